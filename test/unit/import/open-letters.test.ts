// Open letters published as pages: the addressee's block under the page's title, a stack of
// excellencies with copies under them, a "To:" line naming a body, copies listed after the letter.
// Each row is a page in our own words and the officials a careful reader takes from it.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

interface Row {
  kind: string;
  page: string[];
  /** Each official's fields that must come out as written (others may be present). */
  expected: Array<Record<string, unknown>>;
}

const rows: Row[] = [
  {
    kind: 'an addressee block under the title on a page with a blank line after every line',
    page: [
      'PHILIPPINES: An open letter to President Example by the Example Rights Commission (ERC)', '',
      'Mrs. Jane Quinta Example', '', 'Republic of the Philippines', '', 'Example Palace', '', 'JP Example Street, San Miguel', '', 'Manila 1005', '', 'Fax: +63 2 555 1010', '',
      'Dear President Example,', '', 'Re: Did you discuss the fate of the detained reporters with your visitors?', '',
      'The ERC is writing to you to express its deep concern about the arrest of three reporters last week in the capital.', '', 'Yours sincerely,',
    ],
    expected: [{ name: 'Jane Quinta Example', honorific: 'Mrs.', fax: '+63 2 555 1010', salutation: 'Dear President Example' }],
  },
  {
    kind: 'an addressee block right under the title, its fax after a blank line',
    page: [
      'RURITANIA: An open letter to President Example by the Example Rights Commission (ERC)', '',
      'Mrs. Jane Quinta Example', 'Republic of Ruritania', 'Example Palace', 'JP Example Street, San Miguel', 'Capital 1005 ', '', 'Fax: +99 2 555 1010', '',
      'Dear President Example,', '', 'Re: Did you discuss the fate of the detained reporters with your visitors?', '',
      'The ERC is writing to you to express its deep concern about the arrest of three reporters last week in the capital.', '', 'Yours sincerely,',
    ],
    expected: [{ name: 'Jane Quinta Example', honorific: 'Mrs.', fax: '+99 2 555 1010', salutation: 'Dear President Example' }],
  },
  {
    kind: 'excellencies with their offices, copies sent to, then the date, the subject and a "To:" line naming a body',
    page: [
      'H.E. Mr. Jan Example', 'Secretary-General, United Nations', 'H.E. Ms. Ana Example', 'High Commissioner, Example Office', '',
      'Copies Sent To:', 'Mr. Tom Example', 'Prime Minister of Ruritania', 'Mr. Don Example', 'Minister of Foreign Affairs', '',
      'Subject: The detention of writers in Ruritania', '', 'July 4, 2010', '', 'To: All Members of the Example Council', '', 'Your Excellency:', '',
      'We write to draw your attention to the continued detention of writers in Ruritania, held without charge since March.', '', 'Sincerely,',
    ],
    expected: [
      { name: 'Jan Example', title: 'Secretary-General, United Nations', salutation: 'Your Excellency' },
      { name: 'Ana Example', title: 'High Commissioner, Example Office', salutation: 'Your Excellency' },
      { name: 'Tom Example', copy: true, salutation: undefined },
      { name: 'Don Example', honorific: 'Mr.', copy: true, salutation: undefined },
      { name: 'Example Council', copy: undefined },
    ],
  },
  {
    kind: 'a mail forwarding an open letter: the cover note greets too, the letter is the one under its "To:" and "Copy:" lists',
    page: [
      'From: Jane Sender <sender@example.org>', 'To: EXAMPLE Tom <Tom.EXAMPLE@example.int>', 'Date: Mon, 3 May 2021 10:12:00 +0200', 'Subject: Open letter on the case of Ali Beispiel', '',
      'Dear Mr. Example,', '', 'Please find below our open letter on the case of Ali Beispiel. We would welcome a reply.', '', 'Best regards,', 'Jane Sender', '',
      'To:', 'Mr. Tom Example, Commissioner for Human Rights, Example Council', 'Copy:', 'Ms. Ana Example, Chair of the Committee on Legal Affairs, Example Parliament', 'Mr. Jo Example, High Commissioner for Human Rights, United Nations', '',
      'Dear Mr. Example,', '', 'We, the undersigned organisations, write to you about the case of Ali Beispiel, a lawyer detained since January for his work defending protesters.', '', 'Yours sincerely,', 'Example Network',
    ],
    expected: [
      { name: 'Tom Example', salutation: 'Dear Mr. Example', copy: undefined },
      { name: 'Ana Example', title: 'Chair of the Committee on Legal Affairs, Example Parliament', copy: true },
      { name: 'Jo Example', title: 'High Commissioner for Human Rights, United Nations', address: undefined, copy: true },
    ],
  },
  {
    kind: 'an addressee block, then each block announced "e, para sua informação," as a copy',
    page: [
      'Carta aberta sobre a detenção de defensores', '', 'Att.n', 'Jan Example', 'Primeiro Ministro da República de Ruritânia', 'Capital, Ruritânia', 'pm@example.gov', '',
      'e, para sua informação,', 'Ana Example', 'Primeira Ministra de Exemplia', 'Cidade Exemplo, Exemplia', 'ana@example.gov', '',
      'Senhor Primeiro Ministro,', '', 'Escrevemos para manifestar a nossa profunda preocupação com a detenção de defensores de direitos humanos.', '', 'Atenciosamente,', 'Rede Exemplo',
    ],
    expected: [
      { name: 'Jan Example', address: ['Capital, Ruritânia'], email: 'pm@example.gov', copy: undefined },
      { name: 'Ana Example', address: ['Cidade Exemplo, Exemplia'], email: 'ana@example.gov', copy: true },
    ],
  },
  {
    kind: 'copies one after another, a blank line after each one\'s email, the next named with no courtesy title',
    page: [
      'Carta aberta sobre a detenção de defensores', '', 'Att.n', 'Jan Example', 'Primeiro Ministro da República de Ruritânia', 'Capital, Ruritânia', 'pm@example.gov', '',
      'e, para sua informação,', '', 'Sr. Tom Example', 'Presidente da Comissão Exemplo', 'Bruxelas, Bélgica', 'tom@example.eu', '',
      'Nils Exemplić', 'Comissário para os Direitos Humanos, Conselho Exemplo', 'Estrasburgo, França', 'nils@example.int', '',
      'Senhor Primeiro Ministro,', '', 'Escrevemos para manifestar a nossa profunda preocupação com a detenção de defensores de direitos humanos.', '', 'Atenciosamente,', 'Rede Exemplo',
    ],
    expected: [
      { name: 'Jan Example', email: 'pm@example.gov', copy: undefined },
      { name: 'Tom Example', address: ['Bruxelas, Bélgica'], email: 'tom@example.eu', copy: true },
      { name: 'Nils Exemplić', address: ['Conselho Exemplo', 'Estrasburgo, França'], email: 'nils@example.int', copy: true },
    ],
  },
];

describe('open letters', () => {
  for (const r of rows) {
    it(`reads the officials of ${r.kind}`, () => {
      const targets = draftTargets(importDocument(`${r.page.join('\n')}\n`, { source: 'page.txt' }).caseText);
      expect(targets.map((t) => t.name)).toEqual(r.expected.map((e) => e.name));
      r.expected.forEach((e, i) => expect(Object.fromEntries(Object.keys(e).map((k) => [k, targets[i]?.[k]]))).toEqual(e));
    });
  }
});

describe('a stack of addressees the reader cannot part', () => {
  // "Sr. … Attorney, General of …": a comma in the wrong place leaves a person's line that reads as
  // no name nor name-and-office; it is never an address line of the person above it.
  const page = [
    'Ruritania 10/23/2018', '',
    'Sr. Juan Ejemplo Pérez, President of Ruritania', '', 'Sr. Óscar Fernando Ejemplo Banegas Attorney, General of Ruritania', '',
    'Lica. Karla Muestra, Secretary for Human Rights', '', 'Lic. Rolando Modelo, President of the Supreme Court of Justice', '',
    'October 23, 2018', 'Dear Sirs and Madame:',
    'We are gravely concerned over the eviction order for the community defence group and the arrest warrants issued for eighteen of its members last week.', 'Sincerely,',
  ];
  it('puts no person into another official\'s address, and reads "Lica." as a courtesy title', () => {
    const targets = draftTargets(importDocument(`${page.join('\n')}\n`, { source: 'page.txt' }).caseText);
    for (const t of targets) expect(JSON.stringify(t.address ?? [])).not.toContain('Óscar');
    expect(targets.find((t) => String(t.name).includes('Karla'))).toMatchObject({ name: 'Karla Muestra', honorific: 'Lica.' });
  });
});

describe('an open letter\'s own heading', () => {
  it.each(['CARTA PÚBLICA', 'Open Letter', 'LETTRE OUVERTE', 'Offener Brief'])('"%s" and the headline under it are no official', (heading) => {
    const page = [
      'Ciudad Ejemplo, 10 de julio de 2012', heading, 'ALERTA TEMPRANA, AMENAZAS DE MUERTE A 13 DEFENSORES DE DERECHOS HUMANOS EN EJEMPLIA', 'Señores:',
      'JUAN EJEMPLO CALDERÓN', 'Presidente de la República de Ejemplia', 'LUIS EJEMPLO MODELO', 'Fiscal General de la Nación',
      'En esta oportunidad nos dirigimos con el más alto respeto para pedirles protección urgente para los defensores amenazados.',
    ];
    const targets = draftTargets(importDocument(`${page.join('\n')}\n`, { source: 'page.txt' }).caseText);
    expect(JSON.stringify(targets).toLowerCase()).not.toContain(heading.toLowerCase().replace('ú', 'u').slice(0, 5));
    expect(JSON.stringify(targets)).not.toContain('ALERTA TEMPRANA');
  });
});
