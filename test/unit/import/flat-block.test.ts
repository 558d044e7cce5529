import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutFlatBlock as cut } from '../../../src/import/flat-block.js';
import { splitHeader } from '../../../src/import/unflatten.js';
import { importDocument } from '../../../src/import/import-document.js';

const cutFlatBlock = (line: string) => cut(line, splitHeader);

// Blocks written for these tests (invented officials and addresses), each as a page prints it, one
// field a line. Flattened, a block is its lines joined with single spaces and no commas.
const BLOCKS: Array<{ name: string; lines: string[] }> = [
  {
    name: 'a king (en): his name, then his office after it, the royal court, a PO box, a country in capitals',
    lines: ['King Omar bin Exampli', 'King of Examplia', 'Royal Court', 'PO Box 100', 'Example City 11111', 'EXAMPLIA', 'Fax: +999 6 000 1111', 'Twitter: @ExampliaKing', 'Salutation: Your Majesty'],
  },
  {
    name: 'a minister (de) with a PO box, a salutation in brackets in two languages',
    lines: ['INNENMINISTER', 'Karl Beispiel', 'Postfach 12 34', '10115 Berlin', 'DEUTSCHLAND', '(Anrede: Dear Minister / Sehr geehrter Herr Minister)', 'Fax: (00 49) 30 000 000', 'E-Mail: minister@beispiel.example.de'],
  },
  {
    name: 'an embassy (de) with two fax numbers joined by "oder" and two addresses joined by "oder"',
    lines: ['BOTSCHAFT DER REPUBLIK EXAMPLIA', 'S. E. Herrn Ivo Muster', 'Musterstraße 12', '10117 Berlin', 'Fax: 030-000 0001 oder 030-000 0002', 'E-Mail: info@examplia.example.de oder post@examplia.example.de'],
  },
  {
    name: 'a Spanish "Excmo. Sr." block with "Correo-e:" and "Tratamiento:"',
    lines: ['Excmo. Sr. Juan Ejemplo Ruiz', 'Ministro de Justicia', 'Ministerio de Justicia', 'Calle Ejemplo 45', '28001 Madrid', 'ESPAÑA', 'Correo-e: ministro@justicia.example.es', 'Tratamiento: Señor Ministro'],
  },
  {
    name: 'a French minister: office in capitals, "Son Excellence", "Courriel :", "Formule d\'appel :"',
    lines: ['MINISTRE DE LA JUSTICE', 'Son Excellence Monsieur Jean Exemple', 'Ministère de la Justice', '13 place Exemple', '75001 Paris', 'FRANCE', 'Courriel : ministre@justice.example.fr', "Formule d'appel : Monsieur le Ministre"],
  },
  {
    name: 'an AIUSA official (en): office and name, ministry, street, phone and fax, salutation',
    lines: ['Minister of Justice Jane Example', 'Ministry of Justice', '12 Example Road', 'Example City 2040', 'Phone: +999 2 000 3000', 'Fax: +999 2 000 3001', 'Email: minister@justice.example.org', 'Salutation: Dear Minister'],
  },
  {
    name: 'a king (de) with no commas: his bureau, his court, a town before its postcode, a note after the fax',
    lines: ['Seine Majestät König Beispiel bin Muster Al Example', 'Büro Seiner Majestät des Königs', 'Königlicher Hof', 'Riad 11111', 'Saudi-Arabien', 'Fax: +999 11 000 3125 (bitte um Weiterleitung)', 'E-Mail: info@example.gov.xx', 'Anrede: Majestät / Your Majesty'],
  },
  {
    name: 'a president (en) with no commas: the office in capitals, State House, a post box, the town, the country',
    lines: ['PRESIDENT', 'Jane Example', 'Office of the President', 'State House', 'P.O. Box 30135', 'Lusaka', 'Zambia', 'Email: president@statehouse.example.org', 'Salutation: Dear President'],
  },
];

describe('cutFlatBlock', () => {
  const rows: Array<{ name: string; input: string; expected: string[] | undefined }> = [
    {
      name: 'a German "Appell an" block: the office in capitals, then the name, street, postcode and city, country, salutation in brackets, fax, email',
      input: 'GENERALSTAATSANWALT Ivan Beispielenko Exampleska Str. 13/15 01601 Kyiv UKRAINE (Anrede: Dear Prosecutor General / Sehr geehrter Herr Generalstaatsanwalt) Fax: (00 380) 44 000 0000 E-Mail: office@gp.example.ua',
      expected: ['GENERALSTAATSANWALT', 'Ivan Beispielenko', 'Exampleska Str. 13/15', '01601 Kyiv', 'UKRAINE', '(Anrede: Dear Prosecutor General / Sehr geehrter Herr Generalstaatsanwalt)', 'Fax: (00 380) 44 000 0000', 'E-Mail: office@gp.example.ua'],
    },
    {
      name: 'two officials on one line: the first one\'s handle ends its field, the next one\'s office and name follow',
      input: 'President Jane Doe Office of the President Example Palace, Example City Fax: +999 2391 0000 Twitter: @ExamplePresident Ambassador John Roe Embassy of Examplia 3500 Example Ct NW, Washington DC 20008 Phone: 202 000 5400 I Fax: 202 000 5131 Salutation: Dear Ambassador',
      expected: ['President Jane Doe', 'Office of the President Example Palace, Example City', 'Fax: +999 2391 0000', 'Twitter: @ExamplePresident', 'Ambassador John Roe', 'Embassy of Examplia', '3500 Example Ct NW, Washington DC 20008', 'Phone: 202 000 5400', 'Fax: 202 000 5131', 'Salutation: Dear Ambassador'],
    },
    {
      name: 'the page\'s text before the official (the last sentence ends where the official starts), and the letter after a colon salutation',
      input: 'The defenders were arrested at dawn. Please write to the authorities below. Fiscal General Ana Ejemplo Avenida Ejemplo 175 06720 Ciudad de México X: @FiscaliaEjemplo Correo-e: fiscal@fiscalia.example.mx Fiscal General: Le escribo para pedirle que ponga fin a la investigación contra las defensoras.',
      expected: ['The defenders were arrested at dawn. Please write to the authorities below.', 'Fiscal General Ana Ejemplo', 'Avenida Ejemplo 175', '06720 Ciudad de México', 'X: @FiscaliaEjemplo', 'Correo-e: fiscal@fiscalia.example.mx', 'Fiscal General:', 'Le escribo para pedirle que ponga fin a la investigación contra las defensoras.'],
    },
    {
      name: 'a salutation that ends at its titles ("Dear Mr President"), then the next official, his address and bare email addresses',
      input: 'Salutation: Dear Mr President National Police Director Jorge Ejemplo Calle 4, Barrio Ejemplo, Managua, Nicaragua prensa@policia.example.ni jefe@policia.example.ni Salutation: Dear Director',
      expected: ['Salutation: Dear Mr President', 'National Police Director Jorge Ejemplo', 'Calle 4, Barrio Ejemplo, Managua, Nicaragua', 'prensa@policia.example.ni', 'jefe@policia.example.ni', 'Salutation: Dear Director'],
    },
    {
      name: 'a bilingual salutation with a slash and no spaces, then the next official after it',
      input: 'Email: ministro@seguridad.example.hn OR despacho@seguridad.example.hn Salutation: Dear Minister/Sr. Ministro Ambassador Marta Ejemplo Embassy of Honduras 3007 Example St. NW, Washington DC 20008 Phone: 202 000 2604',
      expected: ['Email: ministro@seguridad.example.hn OR despacho@seguridad.example.hn', 'Salutation: Dear Minister/Sr. Ministro', 'Ambassador Marta Ejemplo', 'Embassy of Honduras', '3007 Example St. NW, Washington DC 20008', 'Phone: 202 000 2604'],
    },
    {
      name: 'a salutation naming the office ("Dear Chairman of the Investigative Committee"), then the request for copies',
      input: 'Twitter: @ExampleCommittee Salutation: Dear Chairman of the Investigative Committee Also send copies to diplomatic representatives accredited to your country.',
      expected: ['Twitter: @ExampleCommittee', 'Salutation: Dear Chairman of the Investigative Committee', 'Also send copies to diplomatic representatives accredited to your country.'],
    },
    {
      name: 'a label of no known kind with a web address ("Webform:"), then the next official',
      input: 'Instagram: @example_committee Webform: https://committee.example.org/reception Ambassador Ivan Example Embassy of Examplia 2650 Example Ave. NW, Washington DC 20007 Phone: 202 000 5700',
      expected: ['Instagram: @example_committee', 'Webform: https://committee.example.org/reception', 'Ambassador Ivan Example', 'Embassy of Examplia', '2650 Example Ave. NW, Washington DC 20007', 'Phone: 202 000 5700'],
    },
    {
      name: 'a copies heading after a salutation with a comma: its own line, then the embassy',
      input: 'Twitter: @moi_example Salutation: Your Excellency, And copy: Her Excellency Sara Example Ambassador Embassy of Examplia 100 Example Avenue, Suite 701 Ottawa, ON K1R 0A0 Tel: (613) 000-8090',
      expected: ['Twitter: @moi_example', 'Salutation: Your Excellency,', 'And copy:', 'Her Excellency Sara Example Ambassador', 'Embassy of Examplia', '100 Example Avenue, Suite 701 Ottawa, ON K1R 0A0', 'Tel: (613) 000-8090'],
    },
    {
      name: 'an instruction with a label-like colon and a bare address stays whole',
      input: 'Email: pm@example.org Please be sure to send copies to the Prime Minister’s secretary: clerk@parliament.example.org Salutation: Your Excellency,',
      expected: ['Email: pm@example.org', 'Please be sure to send copies to the Prime Minister’s secretary: clerk@parliament.example.org', 'Salutation: Your Excellency,'],
    },
    {
      name: 'a label of no known kind keeps its value with the field before ("Copies to:")',
      input: 'Prosecutor General Ivan Example Vul. Exampleva, 22 220030 Minsk, Belarus Email: [email protected] Copies to: [email protected] Twitter: @prosecutor_example',
      expected: ['Prosecutor General Ivan Example', 'Vul. Exampleva, 22 220030 Minsk, Belarus', 'Email: [email protected] Copies to: [email protected]', 'Twitter: @prosecutor_example'],
    },
    {
      name: 'a page run onto one line: its list items and the sentence that announces the officials with a colon are lines again',
      input: 'Two defenders were detained on 3 May. Please write to the authorities: ◼ Urging them to release the defenders; ◼ Calling on them to stop the threats. PLEASE SEND APPEALS BEFORE 1 JULY 2024 TO: Minister of Interior Ana Ejemplo Ministerio del Interior Calle Ejemplo 12 Twitter: @MinInteriorEj Salutation: Dear Minister',
      expected: ['Two defenders were detained on 3 May. Please write to the authorities:', '◼ Urging them to release the defenders;', '◼ Calling on them to stop the threats.', 'PLEASE SEND APPEALS BEFORE 1 JULY 2024 TO:', 'Minister of Interior Ana Ejemplo', 'Ministerio del Interior', 'Calle Ejemplo 12', 'Twitter: @MinInteriorEj', 'Salutation: Dear Minister'],
    },
    {
      name: 'a care-of address kept whole after the person, and a fax number with a spaced dash',
      input: 'OBERSTE JUSTIZAUTORITÄT Ayatollah Jane Example [c/o] Public Relations Office Number 4, 2 Example Street Tehran, IRAN (korrekte Anrede: Your Excellency / Exzellenz) Fax: 030 – 88 00 00 00 E-Mail: info@justice.example.ir',
      expected: ['OBERSTE JUSTIZAUTORITÄT', 'Ayatollah Jane Example', '[c/o] Public Relations Office Number 4, 2 Example Street Tehran, IRAN', '(korrekte Anrede: Your Excellency / Exzellenz)', 'Fax: 030 – 88 00 00 00', 'E-Mail: info@justice.example.ir'],
    },
    {
      name: 'two officials with no label between them: a care-of address, then an honorific and a name after the first one\'s address',
      input: 'Head of Judiciary, Jane Example c/o Embassy of Examplia to the European Union Avenue Exemple No. 15, 1050 Bruxelles, Belgium H.E. John Roe Permanent Mission of Examplia 622 Example Avenue, 34th Floor New York, NY 10017 Phone: 212 000 2020 Fax: 212 000 7086',
      expected: ['Head of Judiciary, Jane Example', 'c/o Embassy of Examplia to the European Union Avenue Exemple No. 15, 1050 Bruxelles, Belgium', 'H.E. John Roe', 'Permanent Mission of Examplia', '622 Example Avenue, 34th Floor New York, NY 10017', 'Phone: 212 000 2020', 'Fax: 212 000 7086'],
    },
    {
      name: 'an embassy named before its ambassador\'s honorific, after the first official\'s address; a lower-case heading ends the text before',
      input: 'Please write to them. contact information: His Excellency Jane Example Office of the President Example Building, Private Bag 7700 Causeway, Harare, Examplia Embassy of Examplia in the United States His Excellency Ambassador John Roe 1608 Example Avenue, NW, Washington DC 20009 Email: general@embassy.example.org Salutation: Dear Ambassador sample letter: His Excellency, or Dear Ambassador, I am writing to you about the arrests.',
      expected: ['Please write to them.', 'contact information:', 'His Excellency Jane Example', 'Office of the President', 'Example Building', 'Private Bag 7700', 'Causeway, Harare, Examplia', 'Embassy of Examplia in the United States', 'His Excellency Ambassador John Roe', '1608 Example Avenue, NW, Washington DC 20009', 'Email: general@embassy.example.org', 'Salutation: Dear Ambassador', 'sample letter:', 'His Excellency, or Dear Ambassador, I am writing to you about the arrests.'],
    },
    {
      name: 'one field after a heading and an official\'s head (sv): the office and name, the institution, the place',
      input: 'Skriv till: Minister of Home Affairs Jane Example Ministry of Home Affairs Example Road Dhaka, Examplia E-post: minister@home.example.org',
      expected: ['Skriv till:', 'Minister of Home Affairs Jane Example', 'Ministry of Home Affairs Example Road Dhaka, Examplia', 'E-post: minister@home.example.org'],
    },
    {
      name: 'one field after a heading and an honorific\'s head (en): the person, the office with its place, the handle',
      input: 'Write to: His Excellency Jane Example Office of the President Example Palace Example City, Examplia Twitter: @JaneExample',
      expected: ['Write to:', 'His Excellency Jane Example', 'Office of the President Example Palace Example City, Examplia', 'Twitter: @JaneExample'],
    },
    {
      name: 'a king (de) with no commas: honorific, office and name; his bureau and his court; a town before its postcode; a country in mixed case; a note after the fax',
      input: 'Seine Majestät König Beispiel bin Muster Al Example Büro Seiner Majestät des Königs Königlicher Hof Riad 11111 Saudi-Arabien Fax: +999 11 000 3125 (bitte um Weiterleitung) E-Mail: info@example.gov.xx Anrede: Majestät / Your Majesty',
      expected: ['Seine Majestät König Beispiel bin Muster Al Example', 'Büro Seiner Majestät des Königs', 'Königlicher Hof', 'Riad 11111', 'Saudi-Arabien', 'Fax: +999 11 000 3125 (bitte um Weiterleitung)', 'E-Mail: info@example.gov.xx', 'Anrede: Majestät / Your Majesty'],
    },
    {
      name: 'a president (en) with no commas: the office in capitals, the name, the office\'s institution and its building, a post box, the town, the country',
      input: 'PRESIDENT Jane Example Office of the President State House P.O. Box 30135 Lusaka Zambia Email: president@statehouse.example.org Salutation: Dear President',
      expected: ['PRESIDENT', 'Jane Example', 'Office of the President', 'State House', 'P.O. Box 30135', 'Lusaka', 'Zambia', 'Email: president@statehouse.example.org', 'Salutation: Dear President'],
    },
    {
      name: 'two officials (de) with no label between: the second opens at his honorific after the first one\'s country',
      input: 'Seine Majestät König Beispiel bin Muster Al Example Büro Seiner Majestät des Königs Riad 11111 Saudi-Arabien Seine Exzellenz Herrn Omar Beispiel Al Muster Botschaft des Königreichs Exampleland Tiergartenstraße 33 10785 Berlin Fax: 030 0000 0000 E-Mail: info@botschaft.example.de',
      expected: ['Seine Majestät König Beispiel bin Muster Al Example', 'Büro Seiner Majestät des Königs', 'Riad 11111', 'Saudi-Arabien', 'Seine Exzellenz Herrn Omar Beispiel Al Muster', 'Botschaft des Königreichs Exampleland', 'Tiergartenstraße 33', '10785 Berlin', 'Fax: 030 0000 0000', 'E-Mail: info@botschaft.example.de'],
    },
    {
      name: 'two officials (en) with no label between: a private bag, the town, the country, then the next office and name',
      input: 'Minister of Justice Jane Example Ministry of Justice Private Bag 7704 Lusaka Zambia Ambassador John Roe Embassy of Zambia 2200 Example Avenue NW Washington DC 20008 Email: embassy@example.org',
      expected: ['Minister of Justice Jane Example', 'Ministry of Justice', 'Private Bag 7704', 'Lusaka', 'Zambia', 'Ambassador John Roe', 'Embassy of Zambia', '2200 Example Avenue NW Washington DC 20008', 'Email: embassy@example.org'],
    },
    {
      name: 'a crown prince (en) with no commas: a post box, then the town and its country joined by a spaced dash stay one line',
      input: 'Crown Prince Sheikh Example bin Sample Court of the Crown Prince P.O Box 55501 Riffa – Bahrain Email: (via contact form): http://www.court.example.org/contact Twitter: @ExampleCourt',
      expected: ['Crown Prince Sheikh Example bin Sample', 'Court of the Crown Prince', 'P.O Box 55501', 'Riffa – Bahrain', 'Email: (via contact form): http://www.court.example.org/contact', 'Twitter: @ExampleCourt'],
    },
    {
      name: 'a minister (fr) with no commas: a post box, then the town and its country after a long dash stay one line',
      input: 'Monsieur Jean Exemple Ministre de la Justice Ministère de la Justice B.P. 466 Niamey — Niger Courriel : ministre@justice.example.org Formule d\'appel : Monsieur le Ministre',
      expected: ['Monsieur Jean Exemple', 'Ministre de la Justice', 'Ministère de la Justice', 'B.P. 466', 'Niamey — Niger', 'Courriel : ministre@justice.example.org', 'Formule d\'appel : Monsieur le Ministre'],
    },
    {
      name: 'a queen (en) with no number: her court opens the address, her name keeps no word of it',
      input: 'Her Majesty Queen Jane Example Royal Palace Example City Fax: +999 11 000 3125 (please forward) Email: queen@palace.example.org',
      expected: ['Her Majesty Queen Jane Example', 'Royal Palace Example City', 'Fax: +999 11 000 3125 (please forward)', 'Email: queen@palace.example.org'],
    },
    {
      name: 'a town named after its country keeps it ("Ciudad de Guatemala"): no cut after a joining word',
      input: 'Fiscal General Ana Ejemplo Ministerio Público Avenida Ejemplo 175 Ciudad de Guatemala Fax: +502 0000 0000 Correo-e: fiscal@mp.example.gt',
      expected: ['Fiscal General Ana Ejemplo', 'Ministerio Público', 'Avenida Ejemplo 175 Ciudad de Guatemala', 'Fax: +502 0000 0000', 'Correo-e: fiscal@mp.example.gt'],
    },
    {
      name: 'nothing: one field after a head that does not come apart into lines',
      input: 'President of Examplia Jane Example Zona Central Example City – Examplia Email [email protected] Twitter: @JaneExample',
      expected: undefined,
    },
    {
      name: 'a minister at a corner (fr): the corner word opens the street, the quarter goes with the city',
      input: 'Mr. Karim Example Minister in charge of Human Rights Angle Avenue Ibn Example et Rue Oued El Exemple Agdal – Exampleville 10070 Fax: +999 5 55 55 55 Salutation: Dear Minister',
      expected: ['Mr. Karim Example', 'Minister in charge of Human Rights', 'Angle Avenue Ibn Example et Rue Oued El Exemple', 'Agdal – Exampleville 10070', 'Fax: +999 5 55 55 55', 'Salutation: Dear Minister'],
    },
    {
      name: 'nothing: two columns read across (the same label again with only fields between)',
      input: 'Jane Doe Ambassador John Roe Prosecutor General Embassy of Examplia Phone: 202 000 9420 Twitter: @prosecutor_ex Email: a@prosecutor.example.org Twitter: @embassy_ex Salutation: Dear Ambassador',
      expected: undefined,
    },
    {
      name: 'nothing: a sentence with one label in it',
      input: 'The ministry did not reply to our letters, and the fax number given on its website (Fax: +999 000) no longer answers at all.',
      expected: undefined,
    },
    {
      name: 'nothing: a short line with two labels (read as it is)',
      input: 'Phone: 202 000 5400 I Fax: 202 000 5131',
      expected: undefined,
    },
  ];
  for (const { name, input, expected } of rows) {
    it(`cuts ${name}`, () => {
      expect(cutFlatBlock(input)).toEqual(expected);
    });
  }

  for (const { name, lines } of BLOCKS) {
    it(`cuts ${name} back into the lines it was made of, or into coarser address lines`, () => {
      const cut = cutFlatBlock(lines.join(' ')) ?? [];
      // Every cut falls where the page broke a line: each piece is one line or a few joined.
      expect(cut.join(' ')).toBe(lines.join(' '));
      for (const piece of cut) expect(lines.some((_, i) => lines.slice(i).some((__, j) => lines.slice(i, i + j + 1).join(' ') === piece))).toBe(true);
    });
  }
});

/**
 * The officials the importer reads, without line numbers; the address as one text (a flattened
 * block's address may come back in fewer lines where a cut was unsure: the same words, in order).
 */
function officialsOf(text: string): unknown {
  const { officials } = importDocument(text, { source: 'test.txt' }).findings;
  const value = (x: { value: string } | undefined) => x?.value;
  return officials.found
    ? officials.value.map((o) => ({
      name: value(o.name), honorific: value(o.honorific), title: value(o.title), organisation: value(o.organisation), salutation: value(o.salutation),
      address: o.address.map((a) => a.value).join(' '), emails: o.emails.map((e) => e.value), fax: value(o.fax), phone: value(o.phone), twitter: value(o.twitter), copy: o.copy,
    }))
    : officials.reason;
}

const HEAD = ['URGENT ACTION', 'TEACHER HELD WITHOUT CHARGE', 'A teacher has been held for three months without charge after a peaceful protest.', '', 'Write to:'];
const TAIL = ['', 'Dear Minister,', 'I am writing to ask you to release the teacher at once and to let his family see him.', 'Yours sincerely,'];

describe('a flattened block reads as the block printed', () => {
  it('gives the same officials, whatever blocks follow one another on the page', () => {
    const page = fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(page, (blocks) => {
        const printed = blocks.flatMap((b) => [...b.lines, '']);
        const flat = blocks.flatMap((b) => [b.lines.join(' '), '']);
        expect(officialsOf([...HEAD, ...flat, ...TAIL].join('\n'))).toEqual(officialsOf([...HEAD, ...printed, ...TAIL].join('\n')));
      }),
      { numRuns: 40 },
    );
  });
});

describe('a flattened official with no commas reads as each of his lines', () => {
  const rows = [
    {
      name: 'a king (de): the note after the fax is no part of the number nor an address line',
      block: 'Seine Majestät König Beispiel bin Muster Al Example Büro Seiner Majestät des Königs Königlicher Hof Riad 11111 Saudi-Arabien Fax: +999 11 000 3125 (bitte um Weiterleitung) E-Mail: info@example.gov.xx Anrede: Majestät / Your Majesty',
      expected: { name: 'Beispiel bin Muster Al Example', honorific: 'Seine Majestät', title: 'König', organisation: 'Büro Seiner Majestät des Königs', salutation: 'Majestät / Your Majesty', address: 'Königlicher Hof Riad 11111 Saudi-Arabien', emails: ['info@example.gov.xx'], fax: '+999 11 000 3125', phone: undefined, twitter: undefined, copy: false },
    },
    {
      name: 'a president (en): the building and the post box are address lines, not the institution',
      block: 'PRESIDENT Jane Example Office of the President State House P.O. Box 30135 Lusaka Zambia Fax: +260 211 000 000 (please forward) Email: president@statehouse.example.org Salutation: Dear President',
      expected: { name: 'Jane Example', honorific: undefined, title: 'PRESIDENT', organisation: 'Office of the President', salutation: 'Dear President', address: 'State House P.O. Box 30135 Lusaka Zambia', emails: ['president@statehouse.example.org'], fax: '+260 211 000 000', phone: undefined, twitter: undefined, copy: false },
    },
    {
      name: 'a minister at a corner: "Angle" opens his street, never ends his office',
      block: 'Mr. Karim Example Minister in charge of Human Rights Angle Avenue Ibn Example et Rue Oued El Exemple Agdal – Exampleville 10070 Fax: +999 5 55 55 55',
      expected: { name: 'Karim Example', honorific: 'Mr.', title: 'Minister in charge of Human Rights', organisation: undefined, salutation: undefined, address: 'Angle Avenue Ibn Example et Rue Oued El Exemple Agdal – Exampleville 10070', emails: [], fax: '+999 5 55 55 55', phone: undefined, twitter: undefined, copy: false },
    },
    {
      name: 'an ambassador styled by her rank, then her embassy: one official, the salutation at the end hers',
      block: 'Her Highness Princess Lalla Example Embassy of the Kingdom of Exampleland 3508 International Drive NW, Washington DC 20008 Phone: 202 555 7979 I Fax: 202 555 7643 Email: embassy@example.org Twitter: @example_usa Salutation: Your Highness',
      expected: { name: 'Lalla Example', honorific: 'Her Highness Princess', title: undefined, organisation: 'Embassy of the Kingdom of Exampleland', salutation: 'Your Highness', address: '3508 International Drive NW, Washington DC 20008', emails: ['embassy@example.org'], fax: '202 555 7643', phone: '202 555 7979', twitter: '@example_usa', copy: false },
    },
  ];
  for (const { name, block, expected } of rows) {
    it(`reads ${name}`, () => {
      expect(officialsOf([...HEAD, block, ...TAIL].join('\n'))).toEqual([expected]);
    });
  }
});
