import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSignerList, signerListFormat, type SignerListResult } from '../../../src/signer/signer-list.js';

const HEADER = 'name,address,city,country,email,personal,lang';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/signers/${name}`, import.meta.url), 'utf8');
const messages = (r: SignerListResult) => r.errors.map((e) => e.message);
const csv = (text: string) => parseSignerList(text, { file: 'signers.csv' });

describe('parseSignerList (CSV)', () => {
  const cases: Array<{ name: string; text: string; signers: Array<[line: number, name: string, address?: string[]]>; errors: string[] }> = [
    {
      name: 'reads a plain LF file',
      text: `${HEADER}\nAna Silva,Rua 1,Lisboa,Portugal,ana@example.org,,pt\nBen Okafor,,Lagos,Nigeria,,,\n`,
      signers: [[2, 'Ana Silva', ['Rua 1']], [3, 'Ben Okafor', []]],
      errors: [],
    },
    {
      name: 'strips a byte order mark and reads CRLF line ends',
      text: `\uFEFF${HEADER}\r\nAna Silva,Rua 1,Lisboa,Portugal,,,\r\nBen Okafor,,Lagos,,,,\r\n`,
      signers: [[2, 'Ana Silva', ['Rua 1']], [3, 'Ben Okafor', []]],
      errors: [],
    },
    {
      name: 'keeps commas inside quoted cells',
      text: `${HEADER}\n"Okafor, Ben","12 Main Street, Flat 3",Lagos,,,,\n`,
      signers: [[2, 'Okafor, Ben', ['12 Main Street, Flat 3']]],
      errors: [],
    },
    {
      name: 'turns line breaks and " | " in an address into address lines',
      text: `${HEADER}\nAna,"Rua 1\nAndar 2",,,,,\nBen,Flat 3 | 12 Main Street,,,,,\n`,
      signers: [[2, 'Ana', ['Rua 1', 'Andar 2']], [4, 'Ben', ['Flat 3', '12 Main Street']]],
      errors: [],
    },
    {
      name: 'counts lines exactly on a CRLF file with a quoted multi-line cell',
      text: `${HEADER}\r\nAna,"Rua 1\r\nAndar 2\r\nApto 3",,,,,\r\nBen,,,,bad-email,,\r\n\r\nCleo,,,,,,xx1\r\n`,
      signers: [[2, 'Ana', ['Rua 1', 'Andar 2', 'Apto 3']]],
      errors: [
        'signers.csv:5 email: "bad-email" is not an email address',
        'signers.csv:7 lang: "xx1" is not a two-letter language code such as en or es',
      ],
    },
    {
      name: 'reports a short row and a long row, and still reads the rows around them',
      text: `${HEADER}\nAna,,,,,,\nBen,Lagos\nCleo,Rua 1, Porto,,,,,\nDan,,,,,,\n`,
      signers: [[2, 'Ana', []], [5, 'Dan', []]],
      errors: ['signers.csv:3: row has 2 fields, the header has 7', 'signers.csv:4: row has 8 fields, the header has 7'],
    },
    {
      name: 'reports every bad cell of a row, each with its column',
      text: `${HEADER},paper\n,,,,foo,,english,a5\n`,
      signers: [],
      errors: [
        'signers.csv:2 name: is empty; every signer needs a name',
        'signers.csv:2 email: "foo" is not an email address',
        'signers.csv:2 lang: "english" is not a two-letter language code such as en or es',
        'signers.csv:2 paper: "a5" is not a paper size; use a4 or letter',
      ],
    },
    {
      name: 'skips rows of empty cells that spreadsheets export',
      text: `${HEADER}\nAna,,,,,,\n,,,,,,\n , ,,,,,\n`,
      signers: [[2, 'Ana', []]],
      errors: [],
    },
    {
      name: 'counts empty lines before the header and between rows',
      text: `\n\n${HEADER}\n\nAna,,,,,,\n   \n\nBen,,,,x,,\n`,
      signers: [[5, 'Ana', []]],
      errors: ['signers.csv:8 email: "x" is not an email address'],
    },
    {
      name: 'reads old Mac CR-only line ends',
      text: `${HEADER}\rAna,"Rua 1\rAndar 2",,,,,\rBen,,,,,,en\r`,
      signers: [[2, 'Ana', ['Rua 1', 'Andar 2']], [4, 'Ben', []]],
      errors: [],
    },
    {
      name: 'reads names in any script',
      text: `${HEADER}\nЂорђе Петровић,,Beograd,,,,sr\nمریم رضایی,,,,,,fa\n李小龙,,,,,,zh\nŞükrü Işık,,İstanbul,,,,tr\n`,
      signers: [[2, 'Ђорђе Петровић'], [3, 'مریم رضایی'], [4, '李小龙'], [5, 'Şükrü Işık']],
      errors: [],
    },
    {
      name: 'points an unclosed quote at the row where it opens',
      text: `${HEADER}\nAna,,,,,,\n"Ben,,,,,,\nCleo,,,,,,\n`,
      signers: [[2, 'Ana', []]],
      errors: ['signers.csv:3: a quote opened in this row is never closed, so the rest of the file could not be read'],
    },
    {
      name: 'reads stray quotes inside an unquoted cell literally',
      text: `${HEADER}\nBen "Benny" Okafor,,,,,,\n`,
      signers: [[2, 'Ben "Benny" Okafor', []]],
      errors: [],
    },
    {
      name: 'accepts header names in any case, spacing and common spellings',
      text: ` Name ,E-mail,LANGUAGE,Town\nAna,ana@example.org,PT,Lisboa\n`,
      signers: [[2, 'Ana', []]],
      errors: [],
    },
    { name: 'refuses an empty file', text: '', signers: [], errors: ['signers.csv: the file is empty; the first row must name the columns, e.g. name,address,city,country,email'] },
    { name: 'refuses a header without rows', text: `${HEADER}\r\n`, signers: [], errors: ['signers.csv: no signers in the list: add one row per signer below the header row'] },
    {
      name: 'refuses a first row that is not a header',
      text: 'Ana Silva,Rua 1,Lisboa\nBen,,\n',
      signers: [],
      errors: ['signers.csv:1: no "name" column; the first row must name the columns, e.g. name,address,city,country,email'],
    },
    {
      name: 'refuses a misspelt column instead of dropping its values',
      text: 'name,emial\nAna,ana@example.org\n',
      signers: [[2, 'Ana', []]],
      errors: ['signers.csv:1 emial: unknown column; did you mean "email"?'],
    },
    {
      name: 'refuses a postcode column rather than losing postcodes',
      text: 'name,Postal Code\nAna,1000-001\n',
      signers: [[2, 'Ana', []]],
      errors: ['signers.csv:1 Postal Code: no such column; put it in "city" (e.g. "1000-001 Lisboa") or in "address" as a line of its own'],
    },
    {
      name: 'refuses a column given twice',
      text: 'name,email,e-mail\nAna,a@example.org,b@example.org\n',
      signers: [[2, 'Ana', []]],
      errors: ['signers.csv:1 e-mail: names the same column as column 2'],
    },
  ];

  test.each(cases)('$name', ({ text, signers, errors }) => {
    const result = csv(text);
    expect(messages(result)).toEqual(errors);
    expect(result.signers.map((s) => [s.line, s.signer.name, ...(signers.find(([l]) => l === s.line)?.[2] ? [s.signer.address] : [])])).toEqual(
      signers.map(([line, name, address]) => (address ? [line, name, address] : [line, name])),
    );
  });

  test('builds complete signers, dropping empty optional cells', () => {
    const result = csv(`${HEADER},paper\n  Ana  Silva ,Rua 1,Lisboa,Portugal,ana@example.org,As a teacher I,PT,A4\nBen,,,,,,,\n`);
    expect(result.signers.map((s) => s.signer)).toEqual([
      { name: 'Ana Silva', address: ['Rua 1'], city: 'Lisboa', country: 'Portugal', email: 'ana@example.org', personal: 'As a teacher I', lang: 'pt', paper: 'a4' },
      { name: 'Ben', address: [] },
    ]);
  });

  test('warns about, and ignores, a column it does not know', () => {
    const result = csv('name,notes\nAna,met at the fair\n');
    expect(result.errors).toEqual([]);
    expect(result.signers[0]?.signer).toEqual({ name: 'Ana', address: [] });
    expect(result.warnings).toEqual([
      { file: 'signers.csv', line: 1, field: 'notes', message: 'unknown column, ignored (the columns are name, address, city, country, email, personal, lang, paper)' },
    ]);
  });

  test('warns about a signer listed twice at the same address, but keeps both', () => {
    const result = csv('name,address\nAna Silva,Rua 1\nBen,\nana  silva,RUA 1\nAna Silva,Rua 2\n');
    expect(result.signers).toHaveLength(4);
    expect(result.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(['4: ana silva at the same address is already on line 2; listed twice?']);
  });

  test('gives a hint for rows with too many fields', () => {
    expect(csv(`${HEADER}\nA,1,2,3,4,5,6,7\n`).errors[0]?.hint).toBe('put quotes around cells that contain commas');
  });

  test('reads 10,000 rows with multi-line cells and CRLF, each with the line it starts on', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `"Signer ${i}","${i} Long Street\nFlat ${i}",Town,Country,s${i}@example.org,,en`);
    const result = csv(`${HEADER}\r\n${rows.join('\r\n')}\r\n`);
    expect(result.errors).toEqual([]);
    expect(result.signers).toHaveLength(10_000);
    expect(result.signers[9_999]?.line).toBe(2 + 9_999 * 2);
    expect(result.signers[9_999]?.signer.address).toEqual(['9999 Long Street', 'Flat 9999']);
  });
});

describe('parseSignerList (YAML and JSON)', () => {
  const yaml = (text: string) => parseSignerList(text, { file: 'signers.yaml', format: 'yaml' });

  test('reads the fixture lists in all three formats alike', () => {
    const fromCsv = parseSignerList(fixture('signers.csv'), { file: 'signers.csv' });
    const fromYaml = parseSignerList(fixture('signers.yaml'), { file: 'signers.yaml', format: 'yaml' });
    const fromJson = parseSignerList(fixture('signers.json'), { file: 'signers.json', format: 'json' });
    for (const result of [fromCsv, fromYaml, fromJson]) expect(result.errors).toEqual([]);
    expect(fromYaml.signers.map((s) => s.signer)).toEqual(fromCsv.signers.map((s) => s.signer));
    expect(fromJson.signers.map((s) => s.signer)).toEqual(fromCsv.signers.map((s) => s.signer));
    expect(fromCsv.signers.length).toBeGreaterThan(3);
  });

  test('reports each bad value on its own line', () => {
    const result = yaml('- name: Ana\n  email: ana@example.org\n- name: Ben\n  email: not-an-address\n- city: Lagos\n- name: [a, b]\n');
    expect(messages(result)).toEqual([
      'signers.yaml:4 email: "not-an-address" is not an email address',
      'signers.yaml:5 name: is empty; every signer needs a name',
      'signers.yaml:6 name: must be text',
    ]);
    expect(result.signers.map((s) => [s.line, s.signer.name])).toEqual([[1, 'Ana']]);
  });

  test('accepts an address as a list or as text, and a top-level signers key', () => {
    const result = yaml('signers:\n  - name: Ana\n    address: [Rua 1, Andar 2]\n  - name: Ben\n    address: "Flat 3 | 12 Main Street"\n');
    expect(result.signers.map((s) => s.signer.address)).toEqual([['Rua 1', 'Andar 2'], ['Flat 3', '12 Main Street']]);
  });

  test.each([
    { text: '', error: 'signers.yaml: the file is empty; a signer list is a list of entries such as: - name: Ana Silva' },
    { text: 'name: Ana\n', error: 'signers.yaml:1: not a list of signers; a signer list is a list of entries such as: - name: Ana Silva' },
    { text: '- Ana Silva\n', error: 'signers.yaml:1 [0]: is not an entry with name, address, …; a signer list is a list of entries such as: - name: Ana Silva' },
    { text: '- name: "Ana\n', error: 'signers.yaml:1:9: Missing closing "quote' },
    { text: '- name: Ana\n  emial: a@example.org\n', error: 'signers.yaml:2 [0].emial: unknown column; did you mean "email"?' },
  ])('refuses $text as a signer list', ({ text, error }) => {
    expect(messages(yaml(text))).toEqual([error]);
  });

  test('reads JSON with line numbers', () => {
    const result = parseSignerList('[\n  {"name": "Ana"},\n  {"name": "Ben", "lang": "english"}\n]\n', { file: 'signers.json', format: 'json' });
    expect(messages(result)).toEqual(['signers.json:3 lang: "english" is not a two-letter language code such as en or es']);
  });
});

test.each([
  ['signers.csv', 'csv'],
  ['list.YAML', 'yaml'],
  ['list.yml', 'yaml'],
  ['people.json', 'json'],
  ['people.txt', 'csv'],
])('signerListFormat reads %s as %s', (file, format) => {
  expect(signerListFormat(file)).toBe(format);
});

test('gives header problems their own code, so that skipping bad rows cannot skip a column', () => {
  const result = csv('name,emial,zip\nAna,a@example.org,1000\nBen,,\n,,\n x,y,z\n');
  expect(result.errors.map((e) => [e.line, e.code])).toEqual([
    [1, 'signers.header'],
    [1, 'signers.header'],
  ]);
});

test('leaves out a YAML entry with a misspelt key, as it leaves out a bad CSV row', () => {
  const result = parseSignerList('- name: Ana\n  emial: a@example.org\n- name: Ben\n', { file: 's.yaml', format: 'yaml' });
  expect(result.signers.map((s) => s.signer.name)).toEqual(['Ben']);
  expect(result.errors.map((e) => e.message)).toEqual(['s.yaml:2 [0].emial: unknown column; did you mean "email"?']);
});

describe('parseSignerList (CSV with semicolons or tabs, as European Excel and spreadsheet copies write them)', () => {
  const read = (text: string) => {
    const r = csv(text);
    return { signers: r.signers.map((s) => [s.line, s.signer.name, s.signer.address, s.signer.city ?? null]), errors: messages(r) };
  };

  test.each([
    {
      name: 'semicolons, with commas inside the cells left alone',
      text: '\uFEFFname;address;city\r\nOkafor, Ben;12 Main Street, Flat 3;Lagos\r\nAna Silva;"Rua 1; Andar 2";Lisboa\r\n',
      signers: [[2, 'Okafor, Ben', ['12 Main Street, Flat 3'], 'Lagos'], [3, 'Ana Silva', ['Rua 1; Andar 2'], 'Lisboa']],
    },
    {
      name: 'tabs',
      text: 'name\taddress\tcity\nAna Silva\tRua 1, Andar 2\tLisboa\n',
      signers: [[2, 'Ana Silva', ['Rua 1, Andar 2'], 'Lisboa']],
    },
    {
      name: 'a one-column list (no separator at all)',
      text: 'name\nAna Silva\nBen Okafor\n',
      signers: [[2, 'Ana Silva', [], null], [3, 'Ben Okafor', [], null]],
    },
    {
      name: 'commas when the header has more commas than semicolons',
      text: 'name,address,city\n"Ana; Silva",Rua 1,Lisboa\n',
      signers: [[2, 'Ana; Silva', ['Rua 1'], 'Lisboa']],
    },
    {
      name: 'a quoted header cell holding another separator',
      text: '"name";"address, street";city\nAna Silva;Rua 1;Lisboa\n',
      signers: [[2, 'Ana Silva', [], 'Lisboa']],
    },
  ])('reads $name', ({ text, signers }) => {
    expect(read(text)).toEqual({ signers, errors: [] });
  });

  test('says which separator to quote when a row has too many cells', () => {
    expect(read('name;city\nAna;Lisboa;Portugal\n').errors).toEqual(['signers.csv:2: row has 3 fields, the header has 2']);
    expect(csv('name;city\nAna;Lisboa;Portugal\n').errors[0]?.hint).toBe('put quotes around cells that contain semicolons');
  });
});
