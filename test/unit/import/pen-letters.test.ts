// Protest letters as writers' centres publish them: a "YEAR: Country: Person" headline, the letter's
// addressee block, dateline and greeting, its copies after the signature, two letters on a page.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const LETTER = 'We write to you with deep concern about the arrest of the writer Olga Example, detained after a peaceful reading. We call on you to release her without delay.';
const page = (...lines: string[]): string => lines.join('\n');
const pick = (t: Record<string, unknown>) => ({ name: t['name'], title: t['title'], salutation: t['salutation'], address: t['address'], copy: t['copy'] });

describe("a writers' centre's published letters", () => {
  const rows = [
    {
      name: 'the addressee block right under the headline, then a dateline and a greeting without a comma',
      text: page('2011: Belarus: Writers arrested', '', 'President of the Republic of Belarus', 'Ivan G. Primerov', 'Karl Marx Str. 38', '220016 g. Exampletown', '', 'Oslo, 7th January 2011', '', 'Dear President', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender'),
      expected: [{ name: 'Ivan G. Primerov', title: 'President of the Republic of Belarus', salutation: 'Dear President', address: ['Karl Marx Str. 38', '220016 g. Exampletown'], copy: undefined }],
    },
    {
      name: 'the office over "NAME, institution in pinyin": the holder named, the institution never the name',
      text: page('2007: China: Poet sentenced', '', 'Intro of the centre.', '', 'Governor of the Example Provincial People’s Government', 'LU Example, Zhejiangsheng Renmin Zhengfu', '9 Shengfulu, Hangzhoushi 310007, P.R.China.', '', 'President of the Example Provincial High People’s Court', 'Zhejiangsheng Gaoji Renmin Fayuan', '5 Machenglu, Hangzhoushi 310012, P.R.China.', '', 'Your Excellencies,', '', LETTER, '', 'Yours respectfully,', '', 'Example PEN Centre'),
      expected: [
        { name: 'LU Example', title: 'Governor of the Example Provincial People’s Government', salutation: 'Your Excellencies', address: ['Zhejiangsheng Renmin Zhengfu', '9 Shengfulu, Hangzhoushi 310007, P.R.China.'], copy: undefined },
        { name: 'President of the Example Provincial High People’s Court', title: undefined, salutation: 'Your Excellencies', address: ['Zhejiangsheng Gaoji Renmin Fayuan', '5 Machenglu, Hangzhoushi 310012, P.R.China.'], copy: undefined },
      ],
    },
    {
      name: 'copies one a line under "Copies to:", the town after the comma their address, no greeting for them',
      text: page('2012: Exampleland: Journalist detained', '', 'Intro of the centre.', '', 'Prime Minister', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Dear Sir,', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender', '', 'Copies to:', 'Norwegian Ministry of Foreign Affairs', 'The Exampleland Embassy, Oslo, Norway'),
      expected: [
        { name: 'Omar Example', title: 'Prime Minister', salutation: 'Dear Sir', address: ['1 Palace Road', 'Exampletown'], copy: undefined },
        { name: 'Norwegian Ministry of Foreign Affairs', title: undefined, salutation: undefined, address: undefined, copy: true },
        { name: 'The Exampleland Embassy', title: undefined, salutation: undefined, address: ['Oslo, Norway'], copy: true },
      ],
    },
    {
      name: 'copies on the label\'s line: an office and a name, then institutions',
      text: page('2013: Exampleland: Blogger on trial', '', 'Intro of the centre.', '', 'Prime Minister', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Dear Prime Minister,', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender', '', 'COPY: President Jan Example, Embassy of Exampleland in Norway'),
      expected: [
        { name: 'Omar Example', title: 'Prime Minister', salutation: 'Dear Prime Minister', address: ['1 Palace Road', 'Exampletown'], copy: undefined },
        { name: 'Jan Example', title: 'President', salutation: undefined, address: undefined, copy: true },
        { name: 'Embassy of Exampleland in Norway', title: undefined, salutation: undefined, address: undefined, copy: true },
      ],
    },
    {
      name: "a second letter under its own headline and intro: its addressee an official with its own greeting",
      text: page('2016: Exampleland: Novelist imprisoned', '', 'Intro of the centre.', '', 'Minister of Interior', 'Ahmed Example', '4 Example Street', 'Exampletown', '', 'Dear Minister,', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender', 'Example Writers Centre', '',
        '2017: Otherland: Anna Example', '', 'The centre wrote to the embassy after the poet Anna Example was arrested at her home.', '', 'Embassy of Otherland', 'Street 1', '0244 Oslo', '', 'Dear Sir,', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender'),
      expected: [
        { name: 'Ahmed Example', title: 'Minister of Interior', salutation: 'Dear Minister', address: ['4 Example Street', 'Exampletown'], copy: undefined },
        { name: 'Embassy of Otherland', title: undefined, salutation: 'Dear Sir', address: ['Street 1', '0244 Oslo'], copy: undefined },
      ],
    },
    {
      name: 'the office named as its office over the ministry, the person with "Adv." after her name',
      text: page('2018: Exampleland: Poet under house arrest', '', 'The Office of the Deputy Attorney General (International Law)', 'Ministry of Justice', 'Alisa Example, Adv.', 'P. O. Box 9299 Tel Aviv 61092 Israel', '', 'Dear Ms Example,', '', LETTER, '', 'Sincerely,', '', 'Example Writers Centre'),
      expected: [{ name: 'Alisa Example', title: 'The Office of the Deputy Attorney General (International Law)', salutation: 'Dear Ms Example', address: ['Ministry of Justice', 'P. O. Box 9299 Tel Aviv 61092 Israel'], copy: undefined }],
    },
    {
      name: "the group's signature over a rule, then the next letter's addressee",
      text: page('Letters sent this month', '', 'The Hon Ann Example MP', 'Minister for Immigration', 'Parliament House', 'Canberra ACT 2600', '', 'Dear Minister,', '', LETTER, '', 'Yours sincerely,', '', 'Joe Example', 'AWPA', '', '———————', '', 'The Hon Julie Example MP', 'Foreign Minister', 'Parliament House', 'Canberra ACT 2600', '', 'Dear Foreign Minister,', '', LETTER, '', 'Yours sincerely,', '', 'Joe Example'),
      expected: [
        { name: 'Ann Example', title: 'Minister for Immigration', salutation: 'Dear Minister', address: ['Parliament House', 'Canberra ACT 2600'], copy: undefined },
        { name: 'Julie Example', title: 'Foreign Minister', salutation: 'Dear Foreign Minister', address: ['Parliament House', 'Canberra ACT 2600'], copy: undefined },
      ],
    },
    {
      name: "the site's name over the headline: neither it nor the headline an official",
      text: page('Example Writers Centre', '', '2011: Exampleland: Writers arrested', '', 'Our centre sent the following letter to the President after three writers were detained.', '', 'President of the Republic of Exampleland', 'Ivan G. Primerov', 'Karl Marx Str. 38', '220016 g. Exampletown', '', 'Dear President', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender'),
      expected: [{ name: 'Ivan G. Primerov', title: 'President of the Republic of Exampleland', salutation: 'Dear President', address: ['Karl Marx Str. 38', '220016 g. Exampletown'], copy: undefined }],
    },
  ];
  it.each(rows)('$name', ({ text, expected }) => {
    const targets = draftTargets(importDocument(text, { source: 'letter.txt' }).caseText);
    expect(targets.map(pick)).toEqual(expected);
  });
});
