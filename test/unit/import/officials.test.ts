import { describe, expect, it } from 'vitest';
import type { ImportedOfficial } from '../../../src/import/official-block.js';
import { officialsRange, recogniseOfficials } from '../../../src/import/officials.js';
import { doc } from './helpers.js';

const LETTER = 'Dear Minister,\n\nI am writing to you about the people held without charge since the protest last month.\n\nYours sincerely,';

/** A small UA around the officials block under test. */
const ua = (officials: string) =>
  doc(`URGENT ACTION\nPERU: TEST CASE\nA summary of what happened.\n\nTAKE ACTION:\n· Write a letter to the officials below.\n${officials}\n\n${LETTER}`);

/** The fields of each official, without line numbers. */
function shape(o: ImportedOfficial): Record<string, unknown> {
  const v = (l: { value: string } | undefined) => l?.value;
  const out: Record<string, unknown> = {
    name: v(o.name),
    honorific: v(o.honorific),
    title: v(o.title),
    organisation: v(o.organisation),
    address: o.address.map((a) => a.value),
    emails: o.emails.map((e) => e.value),
    fax: v(o.fax),
    phone: v(o.phone),
    twitter: v(o.twitter),
    salutation: v(o.salutation),
    copy: o.copy || undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, x]) => x !== undefined && !(Array.isArray(x) && x.length === 0)));
}

function officials(text: string): Array<Record<string, unknown>> {
  const found = recogniseOfficials(ua(text), ['Peru']);
  return found.found ? found.value.map(shape) : [];
}

describe('recogniseOfficials', () => {
  const rows: Array<{ name: string; block: string; expected: Array<Record<string, unknown>> }> = [
    {
      name: 'title and name on one line, blocks run together without blank lines (the seed layout)',
      block: [
        'Attorney General of the Republic, Tarek William Saab',
        'Edificio Sede Principal del Ministerio Público,',
        'Caracas, Venezuela',
        'Email: ministeriopublico@mp.gob.ve',
        'Permanent Mission of Bolivarian Republic of Venezuela to the United Nations',
        'His Excellency Mr. Héctor Constant Rosales',
        '335 East 46th Street',
        'New York, NY 10017',
        'Email: misionvene@venezuelaonu.gob.ve',
      ].join('\n'),
      expected: [
        { name: 'Tarek William Saab', title: 'Attorney General of the Republic', address: ['Edificio Sede Principal del Ministerio Público', 'Caracas, Venezuela'], emails: ['ministeriopublico@mp.gob.ve'] },
        {
          name: 'Héctor Constant Rosales',
          honorific: 'His Excellency Mr.',
          organisation: 'Permanent Mission of Bolivarian Republic of Venezuela to the United Nations',
          address: ['335 East 46th Street', 'New York, NY 10017'],
          emails: ['misionvene@venezuelaonu.gob.ve'],
        },
      ],
    },
    {
      name: "an email run onto the end of the address's last line, with no label (es, en, fr)",
      block: [
        'Presidenta Juana Ejemplo Prueba',
        'Jirón Ejemplo S/N, cuadra uno, Lima 15001, Perú despacho@presidencia.example.pe',
        'Minister of Justice Jane Example Doe',
        '12 Example Road, Example City 1000 minister@justice.example.org',
        'Ministre Jean Exemple Dupont',
        '3 rue Exemple, 75000 Paris ; cabinet@justice.example.fr.',
      ].join('\n'),
      expected: [
        { name: 'Juana Ejemplo Prueba', title: 'Presidenta', address: ['Jirón Ejemplo S/N, cuadra uno, Lima 15001, Perú'], emails: ['despacho@presidencia.example.pe'] },
        { name: 'Jane Example Doe', title: 'Minister of Justice', address: ['12 Example Road, Example City 1000'], emails: ['minister@justice.example.org'] },
        { name: 'Jean Exemple Dupont', title: 'Ministre', address: ['3 rue Exemple, 75000 Paris'], emails: ['cabinet@justice.example.fr'] },
      ],
    },
    {
      name: 'a bracketed salutation in two languages wrapped onto a second line, the fax and email after it (de, fr)',
      block: [
        'Generalstaatsanwalt',
        'Karl Beispiel Muster',
        'Exempelstraße 13',
        '01601 Kyiv',
        'UKRAINE',
        '(Anrede: Dear Prosecutor General /',
        'Sehr geehrter Herr Generalstaatsanwalt)',
        'Fax: (00 380) 44 000 0000',
        'E-Mail: office@gp.example.ua',
        'Procureur général',
        'Jean Exemple Dupont',
        '3 rue Exemple',
        '75000 Exempleville',
        "(Formule d'appel : Monsieur le Procureur général /",
        'Dear Prosecutor General)',
        'Courriel : cabinet@justice.example.fr',
      ].join('\n'),
      expected: [
        { name: 'Karl Beispiel Muster', title: 'Generalstaatsanwalt', address: ['Exempelstraße 13', '01601 Kyiv', 'UKRAINE'], emails: ['office@gp.example.ua'], fax: '(00 380) 44 000 0000', salutation: 'Dear Prosecutor General / Sehr geehrter Herr Generalstaatsanwalt' },
        { name: 'Jean Exemple Dupont', title: 'Procureur général', address: ['3 rue Exemple', '75000 Exempleville'], emails: ['cabinet@justice.example.fr'], salutation: 'Monsieur le Procureur général / Dear Prosecutor General' },
      ],
    },
    {
      name: 'officials with only an email and a handle',
      block: 'Prosecutor General, Mr. Andrei Halavach\nEmail: info@prokuratura.example.by\nX: @ProkuraturaEx\nHead of the Department of Corrections, Mr. Ihar Shyla\nEmail: dvin@mvd.example.by',
      expected: [
        { name: 'Andrei Halavach', honorific: 'Mr.', title: 'Prosecutor General', emails: ['info@prokuratura.example.by'], twitter: '@ProkuraturaEx' },
        { name: 'Ihar Shyla', honorific: 'Mr.', title: 'Head of the Department of Corrections', emails: ['dvin@mvd.example.by'] },
      ],
    },
    {
      name: 'the name on the line after the title, the email before the address',
      block: 'Inspector General of Police\nMr. Kayode Bello\nEmail: complaints@police.example.ng\nLouis Edet House\nShehu Shagari Way, Area 11\nAbuja, Nigeria',
      expected: [{ name: 'Kayode Bello', honorific: 'Mr.', title: 'Inspector General of Police', address: ['Louis Edet House', 'Shehu Shagari Way, Area 11', 'Abuja, Nigeria'], emails: ['complaints@police.example.ng'] }],
    },
    {
      name: 'the name before the title, an organisation line, contacts before the address',
      block: 'Adaeze Okafor, Attorney General of Lagos State\nLagos State Ministry of Justice\nTel/Fax: +234 1 555 0100\nBlock 3, The Secretariat, Alausa',
      expected: [{ name: 'Adaeze Okafor', title: 'Attorney General of Lagos State', organisation: 'Lagos State Ministry of Justice', address: ['Block 3, The Secretariat, Alausa'], fax: '+234 1 555 0100', phone: '+234 1 555 0100' }],
    },
    {
      name: 'blocks separated by blank lines, the second without any address line after its header',
      block: 'Minister of the Interior, Ms. Ana Ruiz\nJirón Cusco 200\nLima, Peru\n\nPresident of the Republic, Mr. Luis Soto\nPalacio de Gobierno\nFax: +51 1 311 3900',
      expected: [
        { name: 'Ana Ruiz', honorific: 'Ms.', title: 'Minister of the Interior', address: ['Jirón Cusco 200', 'Lima, Peru'] },
        { name: 'Luis Soto', honorific: 'Mr.', title: 'President of the Republic', address: ['Palacio de Gobierno'], fax: '+51 1 311 3900' },
      ],
    },
    {
      name: 'a "Salutation:" line inside the block and a copy recipient under "Copies to:"',
      block: 'Minister of Justice\nMs. Rosa Díaz\nAvenida Central 100\nSalutation: Dear Minister\n\nCopies to:\nEmbassy of Peru\n10 Example Road\nLondon SW1 1AA',
      expected: [
        { name: 'Rosa Díaz', honorific: 'Ms.', title: 'Minister of Justice', address: ['Avenida Central 100'], salutation: 'Dear Minister' },
        { name: 'Embassy of Peru', address: ['10 Example Road', 'London SW1 1AA'], copy: true },
      ],
    },
    {
      name: 'an instruction to the reader on its own line between the name and the contact lines',
      block: 'Prosecutor General Ana Beispiel\nBecause of the strike, please send letters by email only\nFax: +51 1 000 2222\nTwitter: @FiscaliaExample\nMinister of Justice\nMr. Luis Beispiel\nAvenida Central 100\nEmail: ministro@example.pe',
      expected: [
        { name: 'Ana Beispiel', title: 'Prosecutor General', fax: '+51 1 000 2222', twitter: '@FiscaliaExample' },
        { name: 'Luis Beispiel', honorific: 'Mr.', title: 'Minister of Justice', address: ['Avenida Central 100'], emails: ['ministro@example.pe'] },
      ],
    },
    {
      name: "a German page's sections: an office heading in capitals above the name, the salutation in brackets, copies",
      block: 'Appell an\n\nJUSTIZMINISTERIN\nFrau Rosa Beispiel\nAvenida Central 100\nLima\n(korrekte Anrede: Dear Minister)\nE-Mail: über die Internetseite:\nhttp://www.justicia.example.pe/form\n\nSende eine Kopie an\n\nBOTSCHAFT DER REPUBLIK PERU\nS.E. Herrn Carlos Beispiel\nExamplestraße 4\n10117 Berlin\nE-Mail: botschaft@example.de',
      expected: [
        { name: 'Rosa Beispiel', honorific: 'Frau', title: 'JUSTIZMINISTERIN', address: ['Avenida Central 100', 'Lima'], salutation: 'Dear Minister' },
        // The embassy line is the organisation here; the draft prints it as the address's first line.
        { name: 'Carlos Beispiel', honorific: 'S.E. Herrn', organisation: 'BOTSCHAFT DER REPUBLIK PERU', address: ['Examplestraße 4', '10117 Berlin'], emails: ['botschaft@example.de'], copy: true },
      ],
    },
    // Two unlabelled phone numbers after the address: the first is the phone, the second named in a TODO.
    {
      name: 'an address line ending in two phone numbers',
      block: ['Also send copies to:', 'HIS EXCELLENCY MR JUAN EJEMPLO', 'Embassy of Examplia', '4 Example Crescent SW1X 0ZZ, 020 7000 1111 / 020 7000 2222', 'Fax 020 7000 3333', 'embassy@examplia.example.org'].join('\n'),
      expected: [{ name: 'JUAN EJEMPLO', honorific: 'HIS EXCELLENCY MR', organisation: 'Embassy of Examplia', address: ['4 Example Crescent SW1X 0ZZ'], phone: '020 7000 1111', fax: '020 7000 3333', emails: ['embassy@examplia.example.org'], copy: true }],
    },
    // A fax label with no number, the number under it; a second number alone under a fax is a second fax.
    {
      name: 'a fax label with a remark, its number on the next line',
      block: ['Write to:', 'King Omar Example Beispiel', 'Royal Court, Exampletown', 'Fax: (via the Ministry of Interior)', '+999 11 000 3125 (please keep trying)', 'Salutation: Your Majesty'].join('\n'),
      expected: [{ name: 'Omar Example Beispiel', title: 'King', address: ['Royal Court, Exampletown'], fax: '+999 11 000 3125', salutation: 'Your Majesty' }],
    },
    {
      name: 'a second number alone under the fax',
      block: ['Write to:', 'President Jane Example Doe', 'Exampletown, Exampleland', 'Fax: +41 22 000 9431 (Office in Geneva)', '+1 212 000 1697 (Mission to the UN)', 'Twitter: @ExamplePresident'].join('\n'),
      expected: [{ name: 'Jane Example Doe', title: 'President', address: ['Exampletown, Exampleland'], fax: '+41 22 000 9431 / +1 212 000 1697', twitter: '@ExamplePresident' }],
    },
    // A forum post hard-wrapped at its width: the second number's end alone on the next line.
    {
      name: "a phone line's second number wrapped onto the next line",
      block: ['Écrivez au :', 'M. Jean Exemple', '12 rue de l’Exemple', '01000 Villemodèle', 'Tél : 04 00 11 22 33 et 04 00 11', '22 44'].join('\n'),
      expected: [{ name: 'Jean Exemple', honorific: 'M.', address: ['12 rue de l’Exemple', '01000 Villemodèle'], phone: '04 00 11 22 33 / 04 00 11 22 44' }],
    },
    // A messaging number under the address, with the words that say how to use it.
    {
      name: 'a messaging number after the words that lead to it',
      block: ['Schrijf naar:', 'Minister-president Jan Voorbeeld', 'Postbus 10001', '2500 EA Den Haag', 'Je kunt appen naar +31 6 5500 0011'].join('\n'),
      expected: [{ name: 'Jan Voorbeeld', title: 'Minister-president', address: ['Postbus 10001', '2500 EA Den Haag'], phone: '+31 6 5500 0011' }],
    },
    // A writers' group's list: the second fax after a blank line, its note in brackets, and copies announced in a long sentence.
    {
      name: 'a second fax after a blank line, then copies announced at length',
      block: ['Please write to:', 'President Jane Example Doe', 'Exampletown', '', 'Exampleland', 'Fax: 99 7 000 3085 (via Ministry of Foreign Affairs)', '', '1 212 000 1697 (via mission to UN)', '', 'Please also send copies of your appeal letters via the Embassy in London:', '', 'Sra Ana Ejemplo Ruiz', 'Embassy of Exampleland', '3 Example Gardens', 'London W1 2XY'].join('\n'),
      expected: [
        { name: 'Jane Example Doe', title: 'President', address: ['Exampletown', 'Exampleland'], fax: '99 7 000 3085 / 1 212 000 1697' },
        { name: 'Ana Ejemplo Ruiz', honorific: 'Sra', organisation: 'Embassy of Exampleland', address: ['3 Example Gardens', 'London W1 2XY'], copy: true },
      ],
    },
    // The country in its state form ("Union of …") ends an address run over a blank line.
    {
      name: 'a town and the country in its state form after a blank line under the address',
      block: ['Write to:', 'Lt Gen Aung Example', 'Minister of Home Affairs', 'Ministry of Home Affairs', 'Office No. 10', '', 'Example Town', '', 'Union of Myanmar', 'Fax: +95 67 000 439'].join('\n'),
      expected: [{ name: 'Aung Example', honorific: 'Lt Gen', title: 'Minister of Home Affairs', organisation: 'Ministry of Home Affairs', address: ['Office No. 10', 'Example Town', 'Union of Myanmar'], fax: '+95 67 000 439' }],
    },
    // A German office of two words, its last a compound ("Justizautorität"), above the name and a c/o line.
    {
      name: 'an office in German above the name, then the address in care of an embassy',
      block: ['Schreiben Sie an:', 'Oberste Justizautorität', 'Karim Beispiel Muster', 'c/o Embassy of Examplia to the European Union', 'Avenue Exemple 15', '1050 Bruxelles', 'BELGIEN'].join('\n'),
      expected: [{ name: 'Karim Beispiel Muster', title: 'Oberste Justizautorität', address: ['c/o Embassy of Examplia to the European Union', 'Avenue Exemple 15', '1050 Bruxelles', 'BELGIEN'] }],
    },
    // A group's own heading over the embassy ("The Embassy"), courtesy titles stacked, the phone alone under the address.
    {
      name: 'an embassy under a heading of its own, its phone alone on the last line',
      block: ['Please send copies to:', '', 'The Embassy', '', 'His Excellency HRH Prince Karim Example Al-Beispiel', '', 'Royal Embassy of Examplia', '', '30 Example Street, London W1J 0ZZ', '', '020 7000 3000'].join('\n'),
      expected: [{ name: 'Karim Example Al-Beispiel', honorific: 'His Excellency HRH Prince', organisation: 'Royal Embassy of Examplia', address: ['30 Example Street, London W1J 0ZZ'], phone: '020 7000 3000', copy: true }],
    },
    // Labels of other sections' languages, and their institutions' names (the draft prints the organisation as the address's first line).
    {
      name: 'a Polish page: the ministry, the office, the name, and "Forma grzecznościowa:", then a stray line',
      block: ['Ministerstwo Sprawiedliwości Przykładu', 'Minister of Justice', 'KOWALSKI Jan', '1-2-3 Przykładowa', 'Przykładowo 00-950', 'Faks: +48 22 123 45 67', 'Forma grzecznościowa: Dear Minister/ Szanowny Panie Ministrze', 'K'].join('\n'),
      expected: [{ name: 'KOWALSKI Jan', title: 'Minister of Justice', organisation: 'Ministerstwo Sprawiedliwości Przykładu', address: ['1-2-3 Przykładowa', 'Przykładowo 00-950'], fax: '+48 22 123 45 67', salutation: 'Dear Minister/ Szanowny Panie Ministrze' }],
    },
    {
      name: 'an Italian page with "Formula di cortesia:"',
      block: ['Ministero della Giustizia', 'Ministro Mario Esempio Rossi', 'Via Arenula 70', '00186 Roma', 'Formula di cortesia: Signor Ministro'].join('\n'),
      expected: [{ name: 'Mario Esempio Rossi', title: 'Ministro', organisation: 'Ministero della Giustizia', address: ['Via Arenula 70', '00186 Roma'], salutation: 'Signor Ministro' }],
    },
    {
      name: 'a Portuguese page with "Tratamento:"',
      block: ['Procuradoria-Geral da República', 'Procurador-Geral João Exemplo Silva', 'Rua do Exemplo 12', '1250-096 Lisboa', 'Tratamento: Senhor Procurador-Geral'].join('\n'),
      expected: [{ name: 'João Exemplo Silva', title: 'Procurador-Geral', organisation: 'Procuradoria-Geral da República', address: ['Rua do Exemplo 12', '1250-096 Lisboa'], salutation: 'Senhor Procurador-Geral' }],
    },
    {
      name: 'a Dutch page with "Aanhef:"',
      block: ['Minister Jan Voorbeeld', 'Ministerie van Justitie', 'Turfmarkt 147', '2511 DP Den Haag', 'Aanhef: Geachte minister'].join('\n'),
      expected: [{ name: 'Jan Voorbeeld', title: 'Minister', organisation: 'Ministerie van Justitie', address: ['Turfmarkt 147', '2511 DP Den Haag'], salutation: 'Geachte minister' }],
    },
  ];
  for (const row of rows) {
    it(`reads ${row.name}`, () => {
      expect(officials(row.block)).toEqual(row.expected);
    });
  }

  it('drops a stray line that names nobody and gives no way to reach anyone', () => {
    expect(officials('Some text about 2024\nMinister of Justice, Ms. Rosa Díaz\nEmail: despacho@justicia.example.pe')).toEqual([
      { name: 'Rosa Díaz', honorific: 'Ms.', title: 'Minister of Justice', emails: ['despacho@justicia.example.pe'] },
    ]);
  });

  it('skips a wrapped TAKE ACTION bullet instead of reading it as an official', () => {
    const text = doc(
      'URGENT ACTION\nPERU: TEST\nSummary.\n\nTAKE ACTION:\n• Click here to let us know the actions you took on UA\n120/24.\n\nMinister of Justice, Mr. Kemal Öztürk\nEmail: bakanlik@adalet.example.tr\n\n' + LETTER,
    );
    const found = recogniseOfficials(text);
    expect(found.found && found.value.map((o) => o.name?.value)).toEqual(['Kemal Öztürk']);
  });

  it('marks an office without a personal name as standing in for the name, at medium confidence', () => {
    const found = recogniseOfficials(ua('Embassy of Peru\nEmail: embajada@peru.example.org'));
    expect(found.found && found.value[0]).toMatchObject({ nameFromOffice: true, confidence: 'medium' });
  });

  it('looks for officials between the TAKE ACTION bullets and the salutation', () => {
    expect(officialsRange(ua('Minister of Justice, Ms. Rosa Díaz\nEmail: despacho@justicia.example.pe'))).toEqual({ from: 7, to: 9 });
  });

  it('reports where it looked when there is nobody to write to', () => {
    expect(recogniseOfficials(ua('Please share this action with your friends.'))).toEqual({
      found: false,
      reason: 'lines 7–8 hold no address, email, fax, phone or handle',
    });
  });
});
