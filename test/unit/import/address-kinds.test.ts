// What IS an address line, by kind: a building's name (though it holds an institution's word), and
// a postcode that stays with its town; and what is NOT one though it looks like "Town, Region": a name with its post-nominal letters.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isBuildingLine, opensBuilding } from '../../../src/import/building.js';
import { importDocument } from '../../../src/import/import-document.js';
import { isAddressLike } from '../../../src/import/official-words.js';
import { splitHeader } from '../../../src/import/unflatten.js';

const targetsOf = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;

describe('a building named on its own line is an address line', () => {
  const buildings = [
    'Parliament House', 'Government House', 'Federal Secretariat Complex', 'Presidential Palace', 'City Hall', 'North Block',
    'Rashtrapati Bhavan', 'Shastri Bhawan', 'Raj Niwas', 'Palacio de Gobierno', 'Palacio del Congreso', 'Palais de l’Élysée',
    'Palácio do Planalto', 'Edificio Fiscalía General del Estado', 'Edif. Torre Ejecutiva', 'Immeuble Administratif', 'Complejo Judicial Norte',
    'Wisma Putra', 'Istana Negara', 'Menara Kuala Lumpur', 'Europa Haus',
  ];
  it.each(buildings)('"%s"', (line) => {
    expect(isBuildingLine(line)).toBe(true);
    expect(isAddressLike(line)).toBe(true);
  });
  const notBuildings = [
    'Speaker of the House', 'House of Representatives Committee Chairman', 'Minister of Justice', 'Ana Palacio', 'Ana Palacio Vallelersundi',
    'Human Rights Centre', 'Ministry of Foreign Affairs', 'Palacio', 'Torre', 'Federal Ministry of Justice', 'President Jane House',
    'Please write to Parliament House',
  ];
  it.each(notBuildings)('"%s" is no building', (line) => {
    expect(isBuildingLine(line)).toBe(false);
  });
  it('a surname that is also a building word opens a building only before a joining word', () => {
    expect(opensBuilding('Palacio', 'de')).toBe(true);
    expect(opensBuilding('Palacio', 'Vallelersundi')).toBe(false);
    expect(opensBuilding('Edificio', 'Central')).toBe(true);
  });
  it('opens the address in a flattened official ("… President of Ecuador Palacio de Gobierno, …")', () => {
    expect(splitHeader('Jane Example, President of Examplia Palacio de Gobierno, Calle Mayor N4-12 entre Sol y Luna, 170401 Capitalia')).toEqual([
      'Jane Example,',
      'President of Examplia',
      'Palacio de Gobierno, Calle Mayor N4-12 entre Sol y Luna, 170401 Capitalia',
    ]);
  });
});

describe('splitHeader: a postcode of letters and digits', () => {
  it.each([
    ['The Honourable Jane Example Minister for Foreign Affairs House of Commons Ottawa, Ontario K1A 0A6', 'House of Commons Ottawa, Ontario K1A 0A6'],
  ])('keeps its second half ("0A6", "0AA") on the town\'s line: %s', (head, last) => {
    expect(splitHeader(head).at(-1)).toBe(last);
  });
});

describe('splitHeader: the office that owns the institution', () => {
  it.each([
    ['Prime Minister Nguyen Van Example Prime Minister’s Office Ha Noi, Viet Nam', ['Prime Minister Nguyen Van Example', 'Prime Minister’s Office Ha Noi, Viet Nam']],
    ["President Jane Example Doe President's Office Exampletown", ['President Jane Example Doe', "President's Office Exampletown"]],
  ])('%s', (head, expected) => {
    expect(splitHeader(head)).toEqual(expected);
  });
});

describe('address lines in several countries\' forms', () => {
  const lines = [
    // Brazil: a square, an esplanade, a block and a floor; a town and its state's letters.
    'Praça dos Três Poderes', 'Esplanada dos Ministérios', 'Bloco T, 4º andar', 'Brasília – DF', 'Porto Alegre/RS', 'Largo do Paço',
    // Mexico and Argentina: the city as a line, the streets on either side, a judicial quarter.
    'Ciudad de México', 'Entre Ríos y Leloir', 'entre Sol y Luna', 'Ciudad Judicial',
    // France and Germany: a mansion named "Hôtel de …", a square.
    'Hôtel de Matignon', 'Hôtel de Ville', 'Platz der Republik',
    // India and Australia.
    'North Block', 'Raj Bhavan', 'Parliament House',
  ];
  it.each(lines)('"%s" is an address line', (line) => {
    expect(isAddressLike(line)).toBe(true);
  });
  const notAddresses = ['Jane Doe - MP', 'Minister of Justice', 'Ana Estrada', 'Entre nous', 'Prime Minister Jane Example', 'Hotel Manager'];
  it.each(notAddresses)('"%s" is no address line', (line) => {
    expect(isAddressLike(line)).toBe(false);
  });
});

describe('a postcode after its town, at the end of a flattened official', () => {
  const rows = [
    { head: 'Prime Minister Jane Example Office of the Prime Minister Harbour Lane Istana, Capitalia 238823', last: 'Office of the Prime Minister Harbour Lane Istana, Capitalia 238823' },
    { head: 'Governor Juan Ejemplo Palacio de Gobierno, Ciudad de Ejemplo 01001', last: 'Palacio de Gobierno, Ciudad de Ejemplo 01001' },
    // A post box's number, or a number that starts the street, still opens the address.
    { head: 'Minister Jean Exemple Ministère de la Justice, Boîte Postale 1000', last: 'Boîte Postale 1000' },
    { head: 'Ambassador Jane Doe Embassy of Examplia 2535 15th Street N.W. Washington, DC 20009', last: '2535 15th Street N.W. Washington, DC 20009' },
    { head: 'Jane Doe, Ministry of Justice, 1000-001 Lisboa', last: '1000-001 Lisboa' },
  ];
  for (const r of rows) {
    it(`"${r.head}" ends with "${r.last}"`, () => {
      expect(splitHeader(r.head).at(-1)).toBe(r.last);
    });
  }
});

describe('a name with post-nominal letters is no "Town, Region" line', () => {
  const rows = [
    { line: 'Abubakar Example, SAN', address: false },
    { line: 'Jane Doe, QC', address: false },
    { line: 'John Smith, MP', address: false },
    { line: 'Ngozi Example, GCFR', address: false },
    { line: 'Canberra, ACT', address: true },
    { line: 'Abuja, FCT', address: true },
    { line: 'Columbia, SC', address: true },
  ];
  for (const r of rows) {
    it(`"${r.line}" ${r.address ? 'is' : 'is not'} an address line`, () => {
      expect(isAddressLike(r.line)).toBe(r.address);
    });
  }
});

describe('officials whose address opens with a building', () => {
  const pages = [
    {
      lang: 'en',
      lines: ['Write to:', 'Minister for Home Affairs', 'Ms Jane Example', 'PO Box 6100', 'Parliament House', 'Capitalia ACT 2600', 'Fax: +61 2 6000 0000', 'Salutation: Dear Minister', '', 'Dear Minister,', 'I am writing to ask you to free the refugees held on the island at once.', 'Yours sincerely,'],
      name: 'Jane Example',
      address: ['PO Box 6100', 'Parliament House', 'Capitalia ACT 2600'],
    },
    {
      lang: 'de',
      lines: ['Schreiben Sie an:', 'Abubakar Example, SAN', 'Federal Secretariat Complex', '10th Floor, Example Way', 'PMB 192, Capitalia', 'EXAMPLIA', '', 'Fax: 00 234 – 09 000000', '(Anrede: Dear Minister)', '', 'Sehr geehrter Herr Minister,', 'ich bitte Sie, die Anklagen gegen die drei Aktivisten fallen zu lassen.', 'Mit freundlichen Grüßen'],
      name: 'Abubakar Example',
      address: ['Federal Secretariat Complex', '10th Floor, Example Way', 'PMB 192, Capitalia', 'EXAMPLIA'],
    },
    {
      lang: 'es',
      lines: ['Escriban a:', 'Fiscal General del Estado', 'Sra. Juana Ejemplo', 'Av. Libertad N19-36 y Av. Patria', 'Edificio Fiscalía General del Estado', 'Capitalia, Ejemplia', 'Correo-e: fiscal@fiscalia.example.org', 'Tratamiento: Señora Fiscal', '', 'Señora Fiscal:', 'Le pido que investigue el ataque contra la defensora de inmediato.', 'Atentamente,'],
      name: 'Juana Ejemplo',
      address: ['Av. Libertad N19-36 y Av. Patria', 'Edificio Fiscalía General del Estado', 'Capitalia, Ejemplia'],
    },
    {
      lang: 'fr',
      lines: ['Écrivez à :', 'Président de la République', 'M. Jean Exemple', 'Palais de la Présidence', 'BP 1000', 'Capitalia', 'EXEMPLIE', 'Courriel : president@presidence.example.org', 'Formule d’appel : Monsieur le Président', '', 'Monsieur le Président,', 'Je vous prie de libérer le journaliste détenu depuis le mois dernier.', 'Veuillez agréer, Monsieur le Président, mes salutations distinguées.'],
      name: 'Jean Exemple',
      address: ['Palais de la Présidence', 'BP 1000', 'Capitalia', 'EXEMPLIE'],
    },
  ];
  for (const p of pages) {
    it(`keeps the building among the address lines and the official one (${p.lang})`, () => {
      const page = ['URGENT ACTION', 'EXAMPLIA: ACTIVISTS FACE TRUMPED-UP CHARGES', 'Three activists were charged last month for a peaceful protest.', '', ...p.lines].join('\n');
      const targets = targetsOf(importDocument(page, { source: 'page.txt' }).caseText);
      expect(targets).toHaveLength(1);
      expect(targets[0]?.name).toBe(p.name);
      expect(targets[0]?.address).toEqual(p.address);
    });
  }
});

describe('an official on one comma-parted line, the name in capitals, the labels in lower case or without a colon', () => {
  const rows = [
    {
      lang: 'en',
      line: 'HIS EXCELLENCY MR JOHN SAMPLE, Embassy of Examplia, Flat 2a 5 Example Crescent SW1X 0AA, 020 7000 1111, Fax 020 7000 2222, email: embassy@examplia.example.org',
      name: 'John Sample', address: ['Embassy of Examplia', 'Flat 2a 5 Example Crescent SW1X 0AA'], fax: '020 7000 2222', email: 'embassy@examplia.example.org',
    },
    {
      lang: 'es',
      line: 'EXCMO. SR. JUAN MODELO, Embajada de Ejemplia, Calle Mayor 1, 28013 Madrid, Fax 91 000 22 22, correo-e: embajada@ejemplia.example.org',
      name: 'Juan Modelo', address: ['Embajada de Ejemplia', 'Calle Mayor 1, 28013 Madrid'], fax: '91 000 22 22', email: 'embajada@ejemplia.example.org',
    },
    {
      lang: 'fr',
      line: 'SON EXCELLENCE M. JEAN MODÈLE, Ambassade d’Exemplie, 1 rue de l’Exemple, 75008 Paris, fax 01 00 00 22 22, courriel: ambassade@exemplie.example.org',
      name: 'Jean Modèle', address: ['Ambassade d’Exemplie', '1 rue de l’Exemple, 75008 Paris'], fax: '01 00 00 22 22', email: 'ambassade@exemplie.example.org',
    },
    {
      lang: 'en, an apartment',
      line: 'MS JANE SAMPLE, High Commission of Examplia, Apartment 3 12 Sample Street, Example City, fax 020 7000 3333, email: hc@examplia.example.org',
      name: 'Jane Sample', address: ['High Commission of Examplia', 'Apartment 3 12 Sample Street, Example City'], fax: '020 7000 3333', email: 'hc@examplia.example.org',
    },
  ];
  for (const r of rows) {
    it(`reads the name, the embassy and street as address lines, the fax and the email (${r.lang})`, () => {
      const page = ['URGENT ACTION', 'EXAMPLIA: OMBUDSMAN THREATENED', 'The ombudsman has received death threats after criticising the police.', '', 'Write to:', 'Prosecutor General Jane Example', 'Harbour Road 4', 'Capitalia', 'Email: pg@fiscalia.example.org', '', `Also send copies to diplomatic representatives accredited to your country. ${r.line}`].join('\n');
      const targets = targetsOf(importDocument(page, { source: 'page.txt' }).caseText);
      expect(targets[1]).toMatchObject({ name: r.name, fax: r.fax, email: r.email, copy: true });
      for (const a of r.address) expect(targets[1]?.address).toContain(a);
    });
  }
});

describe('a country named with its form of state ends an address', () => {
  const rows: Array<{ line: string; address: boolean }> = [
    { line: 'VOLKSREPUBLIK CHINA', address: true },
    { line: 'Islamische Republik Iran', address: true },
    { line: 'Kingdom of Saudi Arabia', address: true },
    { line: 'República Bolivariana de Venezuela', address: true },
    { line: 'Arab Republic of Egypt', address: true },
    // A country's name alone in capitals, in the page's language.
    { line: 'KUBA', address: true },
    { line: 'ÄGYPTEN', address: true },
    { line: 'MEXIQUE', address: true },
    // No country after the form of state, or an office.
    { line: 'Republic of Examplia', address: false },
    { line: 'Minister of Justice', address: false },
    { line: 'State Prosecutor of Examplia', address: false },
  ];
  it.each(rows)('$line: $address', ({ line, address }) => {
    expect(isAddressLike(line)).toBe(address);
  });
});

// An institution's own number is part of its name, not a house number or a postcode: the office
// line is no address line (and may stand in for a name). A street with a number stays an address.
describe('offices whose names hold a number', () => {
  const rows: Array<{ line: string; address: boolean }> = [
    { line: 'Director of Example Autonomous Region No. 1 Prison', address: false },
    { line: 'Head of Prison No. 2', address: false },
    { line: 'Director of Penal Colony No. 5', address: false },
    { line: 'President of the District 9 Court', address: false },
    { line: 'Chief of Police Station 14', address: false },
  ];
  it.each(rows)('"$line" is no address line', (r) => {
    expect(isAddressLike(r.line)).toBe(r.address);
  });
});
