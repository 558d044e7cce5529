// Amnesty USA's two columns (the main official, the embassy) as a document site runs them onto one
// line, a piece of each in turn: each piece goes to the official its shape or its sure turn gives
// it; a piece that may be either's goes to neither and is named in a TODO; a line of one official
// after the other is no such pair and is left to the other readers.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/import/flat-fields.js';
import { importDocument } from '../../../src/import/import-document.js';
import { readInterleavedColumns } from '../../../src/import/interleaved-columns.js';
import { splitHeader } from '../../../src/import/unflatten.js';
import { draftTargets } from './helpers.js';

/** The pieces in the order a document site prints them: official, embassy, official, embassy… */
const across = (...pieces: string[]): string => pieces.join(' ');

const LETTER = 'Dear Prosecutor General, I am writing to you about the student Jane Example, who was arrested for a poem.';

/** The official's column ends early; the embassy's email, handle and salutation come after. */
const SHORT_LEFT = across(
  'Let us know that we are trying to help.',
  'Jane Roe', 'Ambassador John Doe',
  'Prosecutor General of the Republic of Exampleland', 'Embassy of Exampleland',
  'Main Street 22, 220030 Exampletown, Exampleland', '1619 Example Ave NW',
  'Email: pg@example.gov', 'Washington, DC 20009',
  'CC: press@example.gov', 'Phone: 202 555 0100 I Fax: 202 555 0101',
  'Twitter: @pgexample | Facebook: @pgexample', 'Email: embassy@example.org',
  'Instagram: @pgexample', 'Twitter: @ExampleEmbUSA',
  'Salutation: Dear Ambassador',
  LETTER,
);

/** Both columns run to the end: the official's number abroad and salutation show his column still runs. */
const BOTH_RUN = across(
  'Kari Muster', 'Ambassador Lena Sample',
  'Minister of Justice of Kazakhstan', 'Embassy of the Republic of Kazakhstan',
  'Mangilik El Avenue 14, 010000 Astana, Kazakhstan', '1401 Sample Ave NW',
  'Email: office@justice.example.kz', 'Washington, DC 20036',
  'Phone: +7 7172 55 01 40', 'Phone: 202 555 0232 I Fax: 202 555 0233',
  'Twitter: @JusticeExample', 'Email: kazembusa@example.org',
  'Salutation: Dear Minister', 'Twitter: @KazEmbUSAex',
  'Salutation: Dear Ambassador',
  'Dear Minister, I am writing to you about the blogger Daniyar Example, who was jailed for a video.',
);

/** The embassy's column runs on after the official's has ended: its unmarked handle may be either's. */
const RIGHT_RUNS_ON = across(
  'Jane Roe', 'Ambassador John Doe',
  'Prosecutor General of the Republic of Exampleland', 'Embassy of Exampleland',
  'Main Street 22, 220030 Exampletown, Exampleland', '1619 Example Ave NW',
  'Email: pg@example.gov', 'Washington, DC 20009',
  'Email: embassy@example.org', 'Instagram: @examplelandinfo',
  'Salutation: Dear Ambassador',
  LETTER,
);

describe('readInterleavedColumns', () => {
  const rows: Array<{ name: string; line: string; lines: string[] | undefined; unplaced?: string[] }> = [
    {
      name: "the official's column ended: his fields after his address may be either's, and go to neither",
      line: SHORT_LEFT,
      lines: [
        'Let us know that we are trying to help.', '',
        'Jane Roe', 'Prosecutor General of the Republic of Exampleland', 'Main Street 22, 220030 Exampletown, Exampleland', '',
        'Ambassador John Doe', 'Embassy of Exampleland', '1619 Example Ave NW', 'Washington, DC 20009', 'Phone: 202 555 0100 I Fax: 202 555 0101', 'Email: embassy@example.org', 'Twitter: @ExampleEmbUSA', 'Salutation: Dear Ambassador', '',
        'Dear Prosecutor General,', 'I am writing to you about the student Jane Example, who was arrested for a poem.',
      ],
      unplaced: ['Email: pg@example.gov', 'CC: press@example.gov', 'Twitter: @pgexample | Facebook: @pgexample', 'Instagram: @pgexample'],
    },
    {
      name: 'both columns run to the end: each field between sure pieces of both sides takes its turn',
      line: BOTH_RUN,
      lines: [
        'Kari Muster', 'Minister of Justice of Kazakhstan', 'Mangilik El Avenue 14, 010000 Astana, Kazakhstan', 'Email: office@justice.example.kz', 'Phone: +7 7172 55 01 40', 'Twitter: @JusticeExample', 'Salutation: Dear Minister', '',
        'Ambassador Lena Sample', 'Embassy of the Republic of Kazakhstan', '1401 Sample Ave NW', 'Washington, DC 20036', 'Phone: 202 555 0232 I Fax: 202 555 0233', 'Email: kazembusa@example.org', 'Twitter: @KazEmbUSAex', 'Salutation: Dear Ambassador', '',
        'Dear Minister,', 'I am writing to you about the blogger Daniyar Example, who was jailed for a video.',
      ],
      unplaced: [],
    },
    {
      name: "the embassy's column runs on: a handle that takes the official's turn after his column ended goes to neither",
      line: RIGHT_RUNS_ON,
      lines: [
        'Jane Roe', 'Prosecutor General of the Republic of Exampleland', 'Main Street 22, 220030 Exampletown, Exampleland', '',
        'Ambassador John Doe', 'Embassy of Exampleland', '1619 Example Ave NW', 'Washington, DC 20009', 'Email: embassy@example.org', 'Salutation: Dear Ambassador', '',
        'Dear Prosecutor General,', 'I am writing to you about the student Jane Example, who was arrested for a poem.',
      ],
      unplaced: ['Email: pg@example.gov', 'Instagram: @examplelandinfo'],
    },
    {
      name: 'one official after the other (the embassy after the first one\'s fields) is no such pair',
      line: 'Attorney General Jane Roe Ministerio Público, 15 Avenida 15-16, Zona 1, Example City Phone: +502 2411 0000 | Email: ag@mp.example.gt Ambassador John Doe Embassy of Guatemala 2220 R Street NW, Washington DC 20008 Phone: 202 555 0100 Salutation: Dear Ambassador',
      lines: undefined,
    },
    {
      name: 'a line with no embassy is no such pair',
      line: across('Jane Roe', 'John Doe', 'Prosecutor General of Exampleland', 'Minister of Justice', 'Email: pg@example.gov', 'Email: mj@example.gov', 'Twitter: @pg', 'Twitter: @mj', LETTER),
      lines: undefined,
    },
    {
      name: 'more of the page after the last field (no letter) is no such pair',
      line: `${SHORT_LEFT.slice(0, SHORT_LEFT.indexOf(LETTER))}More information about this case is on our website.`,
      lines: undefined,
    },
  ];
  it.each(rows)('$name', ({ line, lines, unplaced }) => {
    const read = readInterleavedColumns(line, splitHeader);
    expect(read?.lines).toEqual(lines);
    if (unplaced !== undefined) expect(read?.unplaced).toEqual(unplaced);
  });
});

const LETTER_PRC = 'Dear President, I am writing to you about the lawyer Wang Example, who was detained for his work.';

/** The embassy's column first: its ambassador's name, then the president's office and name. */
const EMBASSY_FIRST = across(
  'Ambassador Qin Example', 'President Zhao Example',
  "Embassy of the People's Republic of China", 'Office of the President',
  '3505 Example Place NW', 'Zhongnanhai, Xichengqu',
  'Washington, DC 20008', 'Beijing 100017, China',
  'Phone: 202 555 0100 I Fax: 202 555 0101', 'Email: president@example.gov.cn',
  'Email: chinaemb@example.org', 'Salutation: Dear President',
  'Salutation: Dear Ambassador',
  LETTER_PRC,
);

/** Each column's office on its first line, the two names side by side on the next: "Zhao Example Qin Example". */
const NAMES_SIDE_BY_SIDE = across(
  'President', 'Ambassador',
  'Zhao Example', 'Qin Example',
  'President of the PRC', "Embassy of the People's Republic of China",
  'Zhongnanhai, Xichengqu', '3505 Example Place NW',
  'Beijing 100017, China', 'Washington, DC 20008',
  'Email: president@example.gov.cn', 'Phone: 202 555 0100 I Fax: 202 555 0101',
  'Salutation: Dear President', 'Salutation: Dear Ambassador',
  LETTER_PRC,
);

/** The official's office printed after his email, between the embassy's street and town. */
const OFFICE_AFTER_FIELDS = across(
  'Zhao Example', 'Ambassador Qin Example',
  'Zhongnanhai, Xichengqu, Beijing 100017, China', "Embassy of the People's Republic of China",
  'Email: president@example.gov.cn', '3505 Example Place NW',
  'President of the PRC', 'Washington, DC 20008',
  'Salutation: Dear President', 'Salutation: Dear Ambassador',
  LETTER_PRC,
);

/** Numbers only in the embassy's column, with no Washington code to tell them: a phone falls on the official's turn. */
const NUMBERS_ONE_COLUMN = across(
  'Zhao Example', 'Ambassador Qin Example',
  "President of the People's Republic of China", "Embassy of the People's Republic of China",
  'Zhongnanhai, Xichengqu, Beijing 100017, China', '3505 Example Place NW',
  'Email: president@example.gov.cn', 'Washington, DC 20008',
  'Phone: 555 0100', 'Fax: 555 0101',
  'Salutation: Dear President', 'Salutation: Dear Ambassador',
  LETTER_PRC,
);

/** The official's town and the embassy's run into one head piece ("… 100017, China Washington, DC 20008"). */
const TOWNS_RUN_TOGETHER = across(
  'President Zhao Example', 'Ambassador Qin Example',
  'President of the PRC', "Embassy of the People's Republic of China",
  'Zhongnanhai, Xichengqu', '3505 Example Place NW',
  'Beijing 100017, China', 'Washington, DC 20008',
  'Email: president@example.gov.cn', 'Phone: 202 555 0100 I Fax: 202 555 0101',
  'Salutation: Dear President', 'Salutation: Dear Ambassador',
  LETTER_PRC,
);

const PRC_LETTER_LINES = ['Dear President,', 'I am writing to you about the lawyer Wang Example, who was detained for his work.'];
const PRC_EMBASSY_HEAD = ['Ambassador Qin Example', "Embassy of the People's Republic of China", '3505 Example Place NW', 'Washington, DC 20008'];

describe('readInterleavedColumns: only what is sure goes to a column', () => {
  const rows: Array<{ name: string; line: string; lines: string[]; unplaced: string[] }> = [
    {
      name: "the embassy's column first: the ambassador's name ends where the president's office begins",
      line: EMBASSY_FIRST,
      lines: [
        'President Zhao Example', 'Office of the President', 'Zhongnanhai, Xichengqu', 'Beijing 100017, China', 'Email: president@example.gov.cn', 'Salutation: Dear President', '',
        ...PRC_EMBASSY_HEAD, 'Phone: 202 555 0100 I Fax: 202 555 0101', 'Email: chinaemb@example.org', 'Salutation: Dear Ambassador', '',
        ...PRC_LETTER_LINES,
      ],
      unplaced: [],
    },
    {
      name: "two names side by side are never one name, and the embassy's pieces without its ambassador's name make no official: every piece goes to neither",
      line: NAMES_SIDE_BY_SIDE,
      lines: PRC_LETTER_LINES,
      unplaced: [
        'President', 'Ambassador Zhao Example Qin Example President of the PRC', "Embassy of the People's Republic of China", 'Zhongnanhai, Xichengqu', '3505 Example Place NW',
        'Beijing 100017, China', 'Washington, DC 20008', 'Email: president@example.gov.cn', 'Phone: 202 555 0100 I Fax: 202 555 0101', 'Salutation: Dear President', 'Salutation: Dear Ambassador',
      ],
    },
    {
      name: "an office after the official's fields opens no official of its own, and never joins the embassy's street",
      line: OFFICE_AFTER_FIELDS,
      lines: [
        'Zhao Example', 'Zhongnanhai, Xichengqu, Beijing 100017, China', 'Email: president@example.gov.cn', 'Salutation: Dear President', '',
        ...PRC_EMBASSY_HEAD, 'Salutation: Dear Ambassador', '',
        ...PRC_LETTER_LINES,
      ],
      unplaced: ['President of the PRC'],
    },
    {
      name: 'a number goes to a column by its own shape only, never by its turn',
      line: NUMBERS_ONE_COLUMN,
      lines: [
        'Zhao Example', "President of the People's Republic of China", 'Zhongnanhai, Xichengqu, Beijing 100017, China', 'Email: president@example.gov.cn', 'Salutation: Dear President', '',
        ...PRC_EMBASSY_HEAD, 'Salutation: Dear Ambassador', '',
        ...PRC_LETTER_LINES,
      ],
      unplaced: ['Phone: 555 0100', 'Fax: 555 0101'],
    },
    {
      name: "the official's town and the embassy's run together are two pieces, each to its own column",
      line: TOWNS_RUN_TOGETHER,
      lines: [
        'President Zhao Example', 'President of the PRC', 'Zhongnanhai, Xichengqu', 'Beijing 100017, China', 'Email: president@example.gov.cn', 'Salutation: Dear President', '',
        ...PRC_EMBASSY_HEAD, 'Phone: 202 555 0100 I Fax: 202 555 0101', 'Salutation: Dear Ambassador', '',
        ...PRC_LETTER_LINES,
      ],
      unplaced: [],
    },
  ];
  it.each(rows)('$name', ({ line, lines, unplaced }) => {
    const read = readInterleavedColumns(line, splitHeader);
    expect(read?.lines).toEqual(lines);
    expect(read?.unplaced).toEqual(unplaced);
  });
});

describe('a page whose two columns will not part surely', () => {
  const page = (line: string) => `URGENT ACTION\nCHINA: LAWYER HELD\nTAKE ACTION\nWrite a letter to one or both officials. ${line}\nYours sincerely,\n`;
  it.each([NAMES_SIDE_BY_SIDE, NUMBERS_ONE_COLUMN])('never joins two names, never gives one column\'s number to the other, never drafts an office alone (%#)', (line) => {
    const targets = draftTargets(importDocument(page(line), { source: 'test.txt' }).caseText);
    for (const t of targets) {
      expect(String(t.name ?? '')).not.toMatch(/Zhao Example.*Qin Example|Qin Example.*Zhao Example/);
      expect(t.name).not.toBe('President of the PRC');
      if (String(t.name ?? '').includes('Zhao') || t.email === 'president@example.gov.cn') expect([t.phone, t.fax]).toEqual([undefined, undefined]);
    }
    expect(targets.some((t) => t.phone === '555 0100' || t.fax === '555 0101')).toBe(false);
  });
});

describe('a salutation before the next field of a line run together', () => {
  const rows = [
    { line: 'Salutation: Dear Prosecutor General Twitter: @KazEmbUSAex', fields: ['Salutation: Dear Prosecutor General', 'Twitter: @KazEmbUSAex'] },
    { line: 'Salutation: Dear Minister Email: m@example.gov', fields: ['Salutation: Dear Minister', 'Email: m@example.gov'] },
  ];
  it.each(rows)('$line', ({ line, fields }) => {
    expect(fieldsOf(line).map((f) => line.slice(f.start, f.end).trim())).toEqual(fields);
  });
});

describe('a page with the two columns run onto one line', () => {
  const page = (line: string) => `URGENT ACTION\nEXAMPLELAND: STUDENT HELD FOR A POEM\nTAKE ACTION\nWrite a letter to one or both officials. ${line}\nYours sincerely,\n`;
  it('gives the two officials, names what may be either\'s in a TODO, and never gives it to one of them', () => {
    const { caseText } = importDocument(page(SHORT_LEFT), { source: 'test.txt' });
    const targets = draftTargets(caseText);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([['Jane Roe', 'Dear Prosecutor General'], ['John Doe', 'Dear Ambassador']]);
    expect(targets[0]?.email).toBeUndefined();
    expect(targets[1]?.email).toBe('embassy@example.org');
    expect(JSON.stringify(targets)).not.toMatch(/pgexample|press@|pg@/);
    expect(caseText).toContain(`# TODO: line 4 runs two officials' columns together, and "Email: pg@example.gov" may be either's: left out`);
    expect(caseText).toContain('I am writing to you about the student Jane Example');
  });
});

const LETTER_GENERAL = 'Dear General Example, I am writing to you about the organiser Jan Citizen, who was detained without charge.';

/**
 * The head of mission styled "H.E." with no "Ambassador"; the embassy's street and town on one
 * printed line; the official's postcode and country after the embassy's phone; the embassy's
 * second email cut where its line ended ("…@valdorembassy-" … "us.org").
 */
const EXCELLENCY = (ambassador: string) => across(
  'TAKE ACTION: Write a letter, send an email or tweet:',
  'Police General Jan Example', ambassador,
  'Chief, Valdor National Police', 'Embassy of the Republic of Valdor',
  'National Headquarters Building', '1600 Example Ave. NW, Washington DC 20036',
  'Camp Example, Valdtown', 'Phone: 202 555 9300 I 202 555 9366',
  '1111 Valdor', 'Fax: 202 555 9417',
  'Fax: +632 555 8749', 'Email: [email protected], ambassador@valdorembassy-',
  'Email: [email protected]', 'us.org',
  'Twitter: @ValdorUSA',
  'Salutation: Dear Ambassador',
  LETTER_GENERAL,
);

const VALDOR_OFFICIAL = ['Police General Jan Example', 'Chief, Valdor National Police', 'National Headquarters Building', 'Camp Example, Valdtown', '1111 Valdor', 'Fax: +632 555 8749'];
const VALDOR_EMBASSY = ['Embassy of the Republic of Valdor', '1600 Example Ave. NW, Washington DC 20036', 'Phone: 202 555 9300 I 202 555 9366', 'Fax: 202 555 9417', 'Email: [email protected], ambassador@valdorembassy-us.org', 'Twitter: @ValdorUSA', 'Salutation: Dear Ambassador'];
const VALDOR_LETTER = ['Dear General Example,', 'I am writing to you about the organiser Jan Citizen, who was detained without charge.'];

describe('readInterleavedColumns: a template whose lines the PDF cut and joined', () => {
  const rows = [
    {
      name: 'the head of mission styled "H.E." with no office is the embassy\'s, after the official\'s own name',
      line: EXCELLENCY('H.E. Omar Beispiel'),
      lines: ['TAKE ACTION: Write a letter, send an email or tweet:', '', ...VALDOR_OFFICIAL, '', 'H.E. Omar Beispiel', ...VALDOR_EMBASSY, '', ...VALDOR_LETTER],
    },
    {
      name: "a street and its town on one line, a postcode after a Washington number, an email cut at its column's edge",
      line: EXCELLENCY('Ambassador Omar Beispiel'),
      lines: ['TAKE ACTION: Write a letter, send an email or tweet:', '', ...VALDOR_OFFICIAL, '', 'Ambassador Omar Beispiel', ...VALDOR_EMBASSY, '', ...VALDOR_LETTER],
    },
  ];
  it.each(rows)('$name', ({ line, lines }) => {
    const read = readInterleavedColumns(line, splitHeader);
    expect(read?.lines).toEqual(lines);
    expect(read?.unplaced).toEqual(['Email: [email protected]']);
  });

  it('drafts the two people, never one made of both, nor an embassy standing in for its ambassador', () => {
    const page = `URGENT ACTION\nVALDOR: ORGANISER DETAINED\nJan Citizen was detained on 3 March.\n${EXCELLENCY('H.E. Omar Beispiel')}\n`;
    const targets = draftTargets(importDocument(page, { source: 'test.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.salutation, t.email ?? null, t.fax])).toEqual([
      ['Jan Example', 'Dear General Example', null, '+632 555 8749'],
      ['Omar Beispiel', 'Dear Ambassador', 'ambassador@valdorembassy-us.org', '202 555 9417'],
    ]);
  });
});

/**
 * The official's office first, then the ambassador's line, whose name the PDF ran into the
 * official's name on the row below ("Ambassador Qin Example Zhao Sample"), then the embassy: the
 * rows' turns put a line of the official's between the ambassador's and the embassy's.
 */
const NAME_UNDER_OFFICE = (greeting: string, handle: string) => across(
  'Tell us what you did: we share the total with the officials.',
  "President of the People's Republic of China", 'Ambassador Qin Example Zhao Sample',
  "Embassy of the People's Republic of China", 'Zhongnanhai',
  '3505 Example Place NW', 'Xichengqu, Beijing 100017',
  'Washington, DC 20008', "People's Republic of China",
  'Phone: 202 555 0100 / Fax: 202 555 0101', 'Fax: +86 10 5555 0102',
  `Twitter: @ChinaEmbExample ; ${handle}`,
  'Salutation: Dear Ambassador',
  `${greeting} I am writing to you about the lawyer Wang Example, who was detained for his work.`,
);

describe('readInterleavedColumns: two names on one row, told apart by the page', () => {
  const official = ["President of the People's Republic of China", 'Zhao Sample', 'Zhongnanhai', 'Xichengqu, Beijing 100017', "People's Republic of China", 'Fax: +86 10 5555 0102'];
  const embassy = (handle: string) => ['Ambassador Qin Example', "Embassy of the People's Republic of China", '3505 Example Place NW', 'Washington, DC 20008', 'Phone: 202 555 0100 / Fax: 202 555 0101', `Twitter: @ChinaEmbExample ; ${handle}`, 'Salutation: Dear Ambassador'];
  const rows = [
    { name: "the letter greets the official by his name's first word", greeting: 'Dear President Zhao,', handle: '@ChinaSpokes', told: true },
    { name: "the ambassador's handle spells his name", greeting: 'Dear President,', handle: '@AmbQinExample', told: true },
    { name: 'nothing tells them apart: one long name or two, no piece goes to either', greeting: 'Dear President,', handle: '@ChinaSpokes', told: false },
  ];
  it.each(rows)('$name', ({ greeting, handle, told }) => {
    const read = readInterleavedColumns(NAME_UNDER_OFFICE(greeting, handle), splitHeader);
    if (told) {
      expect(read?.lines.slice(2, -2)).toEqual([...official, '', ...embassy(handle), '']);
      expect(read?.unplaced).toEqual([]);
    } else {
      expect(read?.lines).toEqual(['Tell us what you did: we share the total with the officials.', '', 'Dear President,', 'I am writing to you about the lawyer Wang Example, who was detained for his work.']);
      expect(read?.unplaced).toContain('Ambassador Qin Example Zhao Sample');
    }
  });

  it('drafts the president by the name under his office, and the ambassador by his own', () => {
    const page = `URGENT ACTION\nCHINA: LAWYER HELD\n${NAME_UNDER_OFFICE('Dear President Zhao,', '@ChinaSpokes')}\n`;
    const targets = draftTargets(importDocument(page, { source: 'test.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.salutation, t.fax])).toEqual([
      ['Zhao Sample', 'Dear President Zhao', '+86 10 5555 0102'],
      ['Qin Example', 'Dear Ambassador', '202 555 0101'],
    ]);
  });
});
