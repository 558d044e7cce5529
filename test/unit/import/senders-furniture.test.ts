import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitHonorific } from '../../../src/import/official-words.js';
import { siteFurnitureKind } from '../../../src/import/site-furniture.js';
import { draftTargets } from './helpers.js';

// Pages that print the sender beside the addressee: a list mail whose writer signs under her
// closing before the forwarded letter, a group's letterhead with its references and a labelled date,
// a blog's headline and tags over a numbered document, a letter quoted FROM someone that greets the
// readers, an addressee flattened onto the end of an instruction. The sender is never an official;
// only the block under the letter's date, right above its greeting, is the addressee.

/** name · title · address · fax · phone */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-', ((t.address as string[] | undefined) ?? []).join(' / '), t.fax ?? '-', t.phone ?? '-'].join(' · ');
const read = (page: string) => draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary);

const letter = 'We urge you to release the families held at the centre and to review the policy of detention without trial.\n\nYours sincerely,\nKarim Beispiel\n';

describe('the sender is no official', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'a list mail: the writer signs under her closing, with her own contact lines, above the forwarded letter\'s date',
      page: `Dear Friends,\nthe following letter went to the Prime Minister today.\nIn solidarity,\nJane Example\nInformation Officer\nExample Coalition\nPhone: 08 8111 2222\nFacsimile: 08 8111 3333\nEmail: jane@example.org\nc/o Example Centre\n220 Example Square\nEXAMPLETON\nSOUTH EXAMPLIA 5000\n15 November 1998\nThe Right Honourable Mr John Sample\nPrime Minister of Australia\nParliament House\nCANBERRA\nACT 2600\nDear Mr Sample\n${letter}`,
      expected: ['John Sample · Prime Minister of Australia · Parliament House / CANBERRA / ACT 2600 · - · -'],
    },
    {
      what: 'a group\'s letterhead with its references and a labelled date; "By Fax no :" in the addressee\'s block is his fax',
      page: `EXAMPLE RIGHTS GROUP\nNO.6, Jalan Contoh, 59000 Kuala Lumpur\nTel: 03-1111 2222 Fax: 03-1111 3333 Website:\nYour Reference :\nIn Reply : ABC/NOV/09\nDate : 13TH November 2009\n\nY.B Dato Seri Contoh bin Sample\nHome Minister,\nAras 12 Block D 1,\nComplex Kerajaan Parcel D,\nBy Fax no : 03-8889 0000\n62546 Putrajaya.\n\nDear Sir,\n\n${letter}`,
      expected: ['Contoh bin Sample · Home Minister · Aras 12 Block D 1 / Complex Kerajaan Parcel D / 62546 Putrajaya. · 03-8889 0000 · -'],
    },
    {
      what: 'a blog\'s headline and tags over a numbered document\'s dateline; "Ao Ex.mo Sr." is a courtesy, not the name',
      page: `Carta de Maria Exemplo enviada ao Presidente da Assembleia, Fulano Sample\n\nPapa Exemplo\nFulano Sample\n\nDoc.1   Tires, 18 de Maio de 2017\n\nAo Ex.mo Sr. Fulano Sample\nPresidente da Assembleia da República\nPalácio de S. Bento\n1249-068 Lisboa\n\nAssunto: pedido de audiência\n\nExcelência,\n\nVenho por este meio pedir a Vossa Excelência que receba os representantes das reclusas para ouvir as suas queixas.\n\nCom os melhores cumprimentos,\nMaria Exemplo\n`,
      expected: ['Fulano Sample · Presidente da Assembleia da República · Palácio de S. Bento / 1249-068 Lisboa · - · -'],
    },
    {
      what: 'a letter quoted FROM someone: the block above "Dear all," / "Dear friends," is its writer',
      page: `A letter of support from the Example Parliament\n\nJane Example\nVice President of the Example Parliament\n\nRome 28th April 2008\n\nDear all,\n\nDear friends,\n\nI am very sorry that I cannot be with you today, but I send my full support to your campaign for the prisoners.\n\nBest wishes,\nJane Example\n`,
      expected: [],
    },
    {
      what: 'a German variant: "Liebe Genossinnen und Genossen," under the writer\'s block',
      page: `Ein Grußwort aus dem Beispielparlament\n\nKarim Beispiel\nVizepräsident des Beispielparlaments\nBeispielstraße 4\n10115 Berlin\n\nLiebe Genossinnen und Genossen,\n\nich kann heute leider nicht bei euch sein, aber ich unterstütze eure Kampagne für die Gefangenen von ganzem Herzen.\n\nSolidarische Grüße\nKarim Beispiel\n`,
      expected: [],
    },
    {
      what: 'an instruction with the addressee flattened onto its end makes no lone "Ambassador"',
      page: 'URGENT ACTION\nPlease write to the Ambassador calling on him to press for the release of the prisoner. His Excellency Mr Gabriel Sample Embassy of the Republic of Examplia Examplia House 429 Strand London WC2R 0JR\nWrite before 12 March 2010.\n',
      expected: [],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(read(page)).toEqual(expected);
  });
});

describe('joiners and courtesies are no part of an official', () => {
  it('"And Permanent Mission …" in a list opens the next official, without its "And"', () => {
    const page = `Please send letters to:\nHis Eminence Grand Ayatollah Ali Sample\nHead of the Judiciary\nExample Street\nTehran\nIslamic Republic of Iran\nAnd Permanent Mission of Examplia to the United Nations\n622 Third Avenue\nNew York, NY 10017\nDear Sir,\n${letter}`;
    expect(read(page)).toEqual([
      'Ali Sample · Head of the Judiciary · Example Street / Tehran / Islamic Republic of Iran · - · -',
      'Permanent Mission of Examplia to the United Nations · - · 622 Third Avenue / New York, NY 10017 · - · -',
    ]);
  });
  const rows: Array<{ line: string; honorific: string; rest: string }> = [
    { line: 'His Eminence Grand Ayatollah Ali Sample', honorific: 'His Eminence Grand Ayatollah', rest: 'Ali Sample' },
    { line: 'Ao Ex.mo Sr. Fulano Sample', honorific: 'Ao Ex.mo Sr.', rest: 'Fulano Sample' },
    { line: 'Ex.ma Sra. Maria Exemplo', honorific: 'Ex.ma Sra.', rest: 'Maria Exemplo' },
    { line: 'A Sua Excelência Fulano Sample', honorific: 'A Sua Excelência', rest: 'Fulano Sample' },
  ];
  it.each(rows)('$line', ({ line, honorific, rest }) => {
    expect(splitHonorific(line)).toEqual({ honorific, rest });
  });
});

describe("a site's furniture and a post's title are no part of an official", () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'a document-sharing site\'s file facts under the address',
      page: 'Letter to the Minister of Justice\nMinister Jane Sample\nMinistry of Justice\n12 Example Road\nNairobi\nKenya\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nDear Minister,\nWe urge you to release the activists detained last week and to drop all charges against them.\nYours sincerely,\n',
      expected: ['Jane Sample · Minister · Ministry of Justice / 12 Example Road / Nairobi / Kenya · - · -'],
    },
    {
      what: 'a site\'s title alone above a blank, over an office and name in full',
      page: 'Example Document Share\n\nMinister Jane Sample\nMinistry of Justice\n12 Example Road\nNairobi\n\nDear Minister,\n\nWe urge you to release the activists detained last week and to drop all charges against them.\n',
      expected: ['Jane Sample · Minister · Ministry of Justice / 12 Example Road / Nairobi · - · -'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(read(page)).toEqual(expected);
  });
  it.each(['Total Page:16', 'File Type:pdf, Size:1020Kb', 'File size: 1.2 MB'])('%s is furniture', (line) => {
    expect(siteFurnitureKind(line)).toBeDefined();
  });
});

describe('prose ending in a colon greets no one', () => {
  const salutation = (page: string) => /^\s*salutation: (.*)$/m.exec(importDocument(page, { source: 'p.txt' }).caseText)?.[1];
  const rows: Array<{ what: string; page: string }> = [
    {
      what: 'an English request under the officials',
      page: 'URGENT ACTION\nPlease send appeals to:\nPresident Jan Sample\nOffice of the President\nExample Avenue 1\nLima, Peru\nEmail: president@example.org\nFor that, the Commission respectfully requests:\nThat the authorities release the lawyers at once and guarantee their safety and that of their families.\n',
    },
    {
      what: 'a Polish appeal ("we appeal for:")',
      page: 'PILNA AKCJA\nPrezydent Jan Przykład\nKancelaria Prezydenta\nul. Przykładowa 1\n00-902 Warszawa\nApelujemy o:\nnatychmiastowe uwolnienie więźniów sumienia i zapewnienie im bezpieczeństwa oraz opieki lekarskiej.\n',
    },
  ];
  it.each(rows)('$what', ({ page }) => {
    expect(salutation(page)).toBeUndefined();
  });
});

describe('a letterhead flattened onto one line, and a name over its offices', () => {
  it("takes a group's head run onto one line with the letter's date for no official", () => {
    const page = `Total Page:16\nFile Type:pdf, Size:1020Kb\nEXAMPLE RIGHTS WATCH 350 Example Avenue, 34th Floor New York, NY 10118-3299 Tel: 212-555-4700 September 22, 2008 Fax: 212-555-1300 Email: info@example.org Jane Example, Executive Director Dear Secretary Sample:\n`;
    expect(read(page).filter((t) => t.startsWith('Example Rights Watch') || t.includes('September'))).toEqual([]);
  });
  it('keeps a name over a line of offices parted by commas as the name ("U Han Example", its Burmese courtesy apart / "Minister-Counselor, Chargé d\'Affaires Ad Interim")', () => {
    const page = `Please write to:\n\nU Han Example\n\nMinister-Counselor, Charge d'Affaires Ad Interim\n\nEmbassy of the Republic of Examplia\n\n2300 S Street NW\n\nWashington, DC 20008\n\nFax: 202-555-0101\n\nDear Minister-Counselor,\n\n${letter}`;
    expect(read(page).map((t) => t.split(' · ')[0])).toEqual(['Han Example']);
  });
});
