// Contact lines a page ran together or left half empty (made-up officials, streets and places):
// - the word for "number" before a house number ("No.", "Nr.", "Nº", "№", "Núm.", "č.", the
//   Vietnamese "Số", often printed "So") opens the address; a name never ends with it;
// - a name under which the page printed a contact label with its value lost ("Fax: +");
// - a courtesy title glued to the name by its full stop ("Mr.Jan Example") after the office;
// - a town alone after a blank line under an unfinished address, over its country;
// - an official's name and street on one line, parted by a slash ("President … / ul. … 38");
// - a street's name before a street word written after it ("Example str. 12"), and an
//   institution opened by its adjective ("Presidential Administration") after the office;
// - an envelope on one line with no number, an institution after the name, the country last.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { salvageName } from '../../../src/import/official-name.js';
import { splitSlashBlock } from '../../../src/import/slash-block.js';
import { splitHeader, unflattenLine } from '../../../src/import/unflatten.js';
import { splitInstitutionToCountry } from '../../../src/import/institution-to-country.js';

const targets = (page: string) => {
  const text = importDocument(page, { source: 'page.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return ((parse(m?.[1] ?? '') ?? {}) as { targets?: Array<Record<string, unknown>> }).targets ?? [];
};

describe('the word for "number" before a house number, on an official\'s run-on line', () => {
  it.each(['No.', 'Nr.', 'Nº', '№', 'Núm.', 'č.', 'Số', 'So'])('"%s" opens the address, never ends the name', (word) => {
    expect(unflattenLine(`Minister of Justice Jane Example ${word} 12 Example Road, Exampletown, Exampleland`)).toEqual([
      'Minister of Justice Jane Example',
      `${word} 12 Example Road`,
      'Exampletown',
      'Exampleland',
    ]);
  });

  it("leaves an institution's own number with it (\"No. 3 Prison\"): no street opens there", () => {
    expect(unflattenLine('Director of Example Region No. 3 Prison')).toEqual(['Director of Example Region No. 3 Prison']);
  });

  it('reads the official of a page whose lines each hold one, the name not ending in the number word', () => {
    const page = [
      'Example Country: Blogger Held Without Trial',
      '',
      'Write a letter in your own words to one or both officials listed.',
      'General Secretary and President Tran Van Example So 7B Example Street, Example District, Example City, Viet Nam',
      'Ambassador Le Thi Example Embassy of Viet Nam 1234 Example St NW, Washington, DC 20036 Phone: 202 555-0100',
      '',
      'Dear General Secretary, I am writing to ask you to release the blogger Nguyen Van Sample at once.',
    ].join('\n');
    const [first] = targets(page);
    expect(first?.name).toBe('Tran Van Example');
    expect(first?.address).toEqual(['So 7B Example Street, Example District, Example City, Viet Nam']);
  });
});

describe('a name with an empty contact label under it', () => {
  it.each(['Fax: +', 'Fax:', 'Email:'])('reads the official over "%s" (his way to reach was lost, not his name)', (label) => {
    const page = [
      'In answer to the arrests of union leaders in Exampleland over the last weeks, the council sent a letter of protest to the President and the embassy.',
      '',
      'Please add your voice today. You can adapt the attached letter and send it to the President of Exampleland,',
      '',
      'Mr Jan B Example',
      '',
      '',
      '',
      label,
      '',
      'and the Embassy in Australia',
      '',
      'Ms Jane Sample',
      '',
      'Embassy of Exampleland',
      '',
      '12 Example Circuit',
      '',
      'Exampletown ACT 2600',
      '',
      'Fax: (02) 5555 0100',
    ].join('\n');
    expect(targets(page).map((t) => t.name)).toEqual(['Jan B Example', 'Jane Sample']);
  });
});

describe('a courtesy title glued to the name after the office, on a run-on line', () => {
  it.each([
    ['Prime Minister Mr.Jan Example Palais Exemple Exampletown, Exampleland', 'Mr.'],
    ['Prime Minister Mrs. Jane Example Palais Exemple Exampletown, Exampleland', 'Mrs.'],
    ['Minister of Justice Dr.Jane Example Palais Exemple', 'Dr.'],
  ])('"%s": the courtesy is kept apart from the name', (line, courtesy) => {
    const read = salvageName(line);
    expect(read?.name).toMatch(/^Ja(?:n|ne) Example$/u);
    expect(read?.courtesy).toBe(courtesy);
  });
});

describe('a town alone after a blank line, over its country', () => {
  const page = (town: string) =>
    [
      'Please write to:',
      '',
      'Sr Jan Example',
      'Ministro de Ejemplo',
      'Ministerio de Ejemplo, Calle No. 12',
      'Barrio Ejemplo',
      '',
      town,
      '',
      'Cuba',
      '',
      'Please also send copies to the embassy:',
    ].join('\n');

  it('goes on with the address, and so does the country', () => {
    expect(targets(page('La Habana'))[0]?.address).toEqual(['Ministerio de Ejemplo, Calle No. 12', 'Barrio Ejemplo', 'La Habana', 'Cuba']);
  });

  it("a person's name there is never made an address line", () => {
    const address = (targets(page('Jane Sample'))[0]?.address ?? []) as string[];
    expect(address).not.toContain('Jane Sample');
  });
});

describe("an official's name and street on one line, parted by a slash", () => {
  it.each([
    ['President Jane Example / ul. Examplova 38', ['President Jane Example', 'ul. Examplova 38']],
    ['Mr Jan Example / 12 Example Road', ['Mr Jan Example', '12 Example Road']],
    ['Justizminister / Minister of Justice', undefined],
    ['Jane Example / Jan Example', undefined],
    ['President Jane Example / Minister of Justice', undefined],
  ])('"%s"', (line, lines) => {
    expect(splitSlashBlock(line)).toEqual(lines);
  });

  it('reads the official and both address lines under a "write to" line', () => {
    const page = ['Schreiben Sie bitte an:', 'President Jane Example / ul. Examplova 38', '220000 Exampletown / EXL'].join('\n');
    const [first] = targets(page);
    expect(first?.name).toBe('Jane Example');
    expect(first?.address).toEqual(['ul. Examplova 38', '220000 Exampletown / EXL']);
  });
});

describe('a street word after the street\'s name, and an institution opened by its adjective', () => {
  it('opens the address at the street\'s name before "str." and keeps "Presidential" with its institution', () => {
    expect(unflattenLine('Jane Example Chairperson of the Example Commission Presidential Administration Example str. 12 220000 Exampletown, Exampleland')).toEqual([
      'Jane Example',
      'Chairperson of the Example Commission',
      'Presidential Administration',
      'Example str. 12 220000 Exampletown, Exampleland',
    ]);
  });
});

describe('an envelope on one line with no number, ending with its country', () => {
  it.each([
    [
      "Chairman Jan Bo Example People's Government of Example Autonomous Region Example City Example Autonomous Region People's Republic of China",
      ['Chairman Jan Bo Example', "People's Government of Example Autonomous Region Example City Example Autonomous Region People's Republic of China"],
    ],
    ['Minister Jane Example Ministry of Example Affairs Example City Union of Myanmar', ['Minister Jane Example', 'Ministry of Example Affairs Example City Union of Myanmar']],
    // No country at the end, or no person before the institution: nothing shows where the address begins.
    ["Chairman Jan Bo Example People's Government of Example Autonomous Region Example City", undefined],
    ["The People's Government of Example Region and its Chairman in China", undefined],
  ])('"%s"', (line, lines) => {
    const cut = unflattenLine(line);
    expect(cut).toEqual(lines ?? [line]);
  });
});

describe('an embassy after a name on one line with no number', () => {
  it.each(['Emir Jan bin Example Al Sample Embassy of the State of Qatar', 'King Jan II Example Royal Embassy of the Kingdom of Jordan'])('"%s": more often the next column\'s, never cut as his envelope', (line) => {
    expect(splitInstitutionToCountry(line, splitHeader)).toBeUndefined();
  });
});

describe("a letter's copies after its closing, each a dashed item a blank line apart", () => {
  it('reads each recipient of a copy, its place after its commas', () => {
    const page = [
      'Please write to:',
      '',
      'Minister Jan Example',
      'Ministry of Example Affairs',
      'Example City, Exampleland',
      'Fax: +99 1 555 0100',
      '',
      'Dear Minister,',
      '',
      'I am writing to you because I am concerned about the health of the teacher Jane Sample, who is held in prison.',
      '',
      'Yours sincerely,',
      '',
      '',
      'Copies of this letter to:',
      '',
      '- U Jan Bo Example, Warden of Example Prison, Example Division, Union of Myanmar.',
      '',
      "- Ambassade de l'Union du Myanmar, Paris, France.",
      '',
      '',
      'Main page',
    ].join('\n');
    const copies = targets(page).filter((t) => t.copy === true);
    expect(copies.map((t) => [t.name, t.address])).toEqual([
      ['Jan Bo Example', ['Example Division', 'Union of Myanmar']],
      ["Ambassade de l'Union du Myanmar", ['Paris, France']],
    ]);
  });
});
