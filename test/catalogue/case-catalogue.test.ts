// The bad-input catalogue for case files: each entry is a small file with one kind of mistake and
// the exact lines `ua-letter validate` prints for it. A change of wording shows up here first.
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse-case.js';

/** A valid case; entries change single lines of it, so the line numbers below stay put. */
const BASE = [
  /*  1 */ '---',
  /*  2 */ 'id: test-case',
  /*  3 */ 'title: Test case',
  /*  4 */ 'country: Testland',
  /*  5 */ 'deadline: 2024-09-27',
  /*  6 */ 'languages: [en]',
  /*  7 */ 'targets:',
  /*  8 */ '  - id: minister',
  /*  9 */ '    name: Jo Minister',
  /* 10 */ '    email: minister@example.org',
  /* 11 */ '---',
  /* 12 */ '',
  /* 13 */ '## Letter',
  /* 14 */ '',
  /* 15 */ 'Please act.',
];

/** BASE with line `n` (1-based) replaced by the given lines; null deletes it. */
function edit(...edits: [n: number, lines: string | string[] | null][]): string {
  const out = BASE.map((l) => [l] as string[]);
  for (const [n, lines] of edits) out[n - 1] = lines === null ? [] : Array.isArray(lines) ? lines : [lines];
  return out.flat().join('\n') + '\n';
}

/** BASE's front matter with another body. */
const withBody = (...body: string[]) => [...BASE.slice(0, 11), ...body].join('\n') + '\n';

interface Entry {
  name: string;
  input: string;
  errors: string[];
  warnings?: string[];
}

const catalogue: Entry[] = [
  // YAML syntax: reported where the slip is
  { name: 'a tab in the indentation of a field', input: edit([9, '  \tname: Jo Minister']), errors: ['x.md:9:3: a tab is used for indentation; indent with spaces'] },
  { name: 'a tab before a top-level field', input: edit([3, '\ttitle: Test case']), errors: ['x.md:3:1: a tab is used for indentation; indent with spaces'] },
  { name: 'a field indented deeper than the one above', input: edit([9, '      name: Jo Minister']), errors: ['x.md:9:7: this line is indented more than the field above it; line them up'] },
  { name: 'a field indented less than its neighbours', input: edit([10, '   email: minister@example.org']), errors: ['x.md:10:4: wrong indentation: line this field up with the other fields of its mapping'] },
  { name: 'an unclosed double quote (reported on its own line, not at the end)', input: edit([3, 'title: "Test case']), errors: ['x.md:3:8 title: the quoted text that starts here is not closed: add the closing "'] },
  { name: 'an unclosed single quote', input: edit([9, "    name: 'Jo Minister"]), errors: ['x.md:9:11 targets[0].name: the quoted text that starts here is not closed: add the closing \''] },
  { name: 'an unclosed [ list', input: edit([6, 'languages: [en, es']), errors: ['x.md:6:12 languages: the list that starts here with "[" is not closed: add "]"'] },
  { name: 'an unclosed { mapping', input: edit([10, ['    email: minister@example.org', '    salutation: {en: Dear Minister, es: Señora Ministra']]), errors: ['x.md:11:17 targets[0].salutation: the mapping that starts here with "{" is not closed: add "}"'] },
  { name: 'a value holding ": " without quotes', input: edit([3, 'title: Testland: a case']), errors: ['x.md:3:8 title: this value contains ": "; put the whole value in quotes'] },
  { name: 'no space after the colon', input: edit([4, 'country:Testland']), errors: ['x.md:4:8: a space is missing after ":"; write "country: …"'] },
  { name: 'a field name without a colon', input: edit([4, 'country Testland']), errors: ['x.md:4:1: "country Testland" has no ":" after it; a field is written "name: value"'] },
  { name: 'text after a closing quote', input: edit([3, 'title: "Test" case']), errors: ['x.md:3:15 title: unexpected text after the quoted value; put the whole value inside the quotes'] },
  { name: 'an apostrophe inside single quotes', input: edit([3, "title: 'Testland's case'"]), errors: ['x.md:3:17 title: this \' ends the quoted text early; inside single quotes write it twice (\'\') or use double quotes'] },
  { name: 'a double quote inside double quotes', input: edit([3, 'title: "The "free" case"']), errors: ['x.md:3:13 title: this " ends the quoted text early; inside double quotes write \\" or use single quotes'] },
  { name: 'a value starting with @ without quotes', input: edit([10, ['    email: minister@example.org', '    twitter: @jominister']]), errors: ['x.md:11:14 targets[0].twitter: a value cannot start with "@" unless it is in quotes: write "@…"'] },
  { name: 'a value starting with "- " on the line of its field', input: edit([3, 'title: - Test case']), errors: ['x.md:3:8 title: a value cannot start with "- " on the line of its field; put the list items on the lines below, or quote the text'] },
  { name: 'true where text is expected', input: edit([3, 'title: true']), errors: ['x.md:3:8 title: expected text, got true; put it in quotes to mean the word'] },
  { name: 'an invalid escape in double quotes', input: edit([3, 'title: "C:\\data"']), errors: ['x.md:3:11 title: \\d is not a valid escape in double quotes; use single quotes, or write \\\\ for a backslash'] },
  { name: 'a field set twice', input: edit([3, ['title: Test case', 'title: Another case']]), errors: ['x.md:4:1 title: "title" is set twice in the same mapping (first on line 3); keep one'] },
  { name: 'a field set twice in an official', input: edit([9, ['    name: Jo Minister', '    name: Jo Other']]), errors: ['x.md:10:5 targets[0].name: "name" is set twice in the same mapping (first on line 9); keep one'] },
  { name: 'an alias without an anchor', input: edit([4, 'country: *land']), errors: ['x.md:4:10 country: the alias *land refers to no anchor &land above it'] },
  { name: 'an unknown YAML tag (a warning)', input: edit([4, 'country: !place Testland']), errors: [], warnings: ['x.md:4:10 country: unknown YAML tag !place; the value is read as it is written'] },

  // The front matter block itself
  { name: 'no front matter at all', input: '## Letter\n\nPlease act.\n', errors: ['x.md:1: no front matter: a case file starts with a line "---", then fields such as "id: …", then another "---"'] },
  { name: 'front matter that is never closed', input: BASE.slice(0, 10).join('\n') + '\n', errors: ['x.md:1: the front matter is not closed: add a line "---" after its last field'] },
  { name: 'an empty file', input: '', errors: ['x.md:1: the file is empty; a case starts with front matter between two "---" lines'] },
  { name: 'blank lines above the front matter', input: '\n\n' + edit(), errors: ['x.md:1: the front matter must start on line 1; remove the blank lines above "---" (line 3)'] },
  { name: 'an empty front matter', input: '---\n---\n\n## Letter\n\nPlease act.\n', errors: ['x.md:1: the front matter is empty; it needs at least id, title, country, deadline, languages and targets'] },
  { name: 'front matter that is a list', input: '---\n- id: test-case\n---\n\n## Letter\n\nPlease act.\n', errors: ['x.md:2:1: the front matter is a list; it must be fields written "name: value"'] },

  // Fields: presence and type
  { name: 'missing required fields', input: edit([3, null], [4, null]), errors: [
      'x.md:2:1 title: required field is missing',
      'x.md:2:1 country: required field is missing',
    ] },
  { name: 'a required field left empty', input: edit([3, 'title:']), errors: ['x.md:3:1 title: has no value; this field is required'] },
  { name: 'languages written as text instead of a list', input: edit([6, 'languages: en']), errors: ['x.md:6:12 languages: expected a list, got "en"; write a list like [en]'] },
  { name: 'no officials', input: edit([7, 'targets: []'], [8, null], [9, null], [10, null]), errors: ['x.md:7:10 targets: must list at least one official to write to'] },
  { name: 'an official without a name', input: edit([9, null]), errors: ['x.md:8:5 targets[0].name: required field is missing'] },
  { name: 'a list item written as text where fields are expected', input: edit([8, '  - minister'], [9, null], [10, null]), errors: ['x.md:8:5 targets[0]: expected fields (name: value), got "minister"'] },
  { name: 'copy: yes instead of true', input: edit([10, ['    email: minister@example.org', '    copy: yes']]), errors: ['x.md:11:11 targets[0].copy: expected true or false, got "yes"'] },
  { name: 'a misspelt required field, with a did-you-mean', input: edit([7, 'targest:']), errors: ['x.md:2:1 targets: required field is missing ("targest" on line 7 looks like a misspelling of it)'], warnings: ['x.md:7:1 targest: unknown field; did you mean "targets"?'] },
  { name: 'a misspelt optional field of an official (a warning)', input: edit([10, '    emial: minister@example.org']), errors: [], warnings: ['x.md:10:5 targets[0].emial: unknown field; did you mean "email"?'] },
  { name: 'an unknown field without a near name (a warning)', input: edit([5, ['deadline: 2024-09-27', 'priority: high']]), errors: [], warnings: ['x.md:6:1 priority: unknown field; it is kept but not used'] },

  // Field values
  { name: 'an id that is not a slug', input: edit([2, 'id: Test Case']), errors: ['x.md:2:5 id: "Test Case" is not a valid id: use lower-case letters a-z, digits and "-" only'] },
  { name: 'a date that does not exist', input: edit([5, 'deadline: 2024-02-30']), errors: ['x.md:5:11 deadline: "2024-02-30" is not a real date'] },
  { name: 'a date in another format', input: edit([5, 'deadline: 27/09/2024']), errors: ['x.md:5:11 deadline: "27/09/2024" is not a date in the form YYYY-MM-DD'] },
  { name: 'a deadline before the issue date', input: edit([5, ['issued: 2024-10-01', 'deadline: 2024-09-27']]), errors: ['x.md:6:11 deadline: 2024-09-27 is before the issue date 2024-10-01'] },
  { name: 'two officials with the same id', input: edit([10, ['    email: minister@example.org', '  - id: minister', '    name: Jo Deputy']]), errors: ['x.md:11:9 targets[1].id: "minister" is already the id of targets[0] (line 8); ids must be unique'] },
  { name: 'a language listed twice', input: edit([6, 'languages: [en, en]']), errors: ['x.md:6:17 languages[1]: "en" is already listed as languages[0] (line 6)'] },
  { name: 'an email address with " at " for "@"', input: edit([10, '    email: minister at example.org']), errors: ['x.md:10:12 targets[0].email: "minister at example.org" is not an email address'] },
  { name: 'a bad address in a list of emails', input: edit([10, ['    email:', '      - minister@example.org', '      - minister@example']]), errors: ['x.md:12:9 targets[0].email[1]: "minister@example" is not an email address'] },
  { name: 'a bad Bcc address', input: edit([6, ['languages: [en]', 'bcc: [actions@]']]), errors: ['x.md:7:7 bcc[0]: "actions@" is not an email address'] },
  { name: 'an X handle with a space', input: edit([10, ['    email: minister@example.org', '    twitter: "@jo minister"']]), errors: ['x.md:11:14 targets[0].twitter: "@jo minister" is not an X handle (1–15 letters, digits or _, with or without @)'] },
  { name: 'an X profile address instead of a handle', input: edit([10, ['    email: minister@example.org', '    twitter: https://x.com/jominister']]), errors: ['x.md:11:14 targets[0].twitter: "https://x.com/jominister" is a profile address; write the handle "@jominister"'] },
  { name: 'an X handle longer than 15 characters', input: edit([10, ['    email: minister@example.org', '    twitter: MinisterOfJusticeTL']]), errors: ['x.md:11:14 targets[0].twitter: "MinisterOfJusticeTL" is not an X handle (1–15 letters, digits or _, with or without @)'] },
  { name: 'a link without https://', input: edit([6, ['languages: [en]', 'links:', '  report: www.example.org/report']]), errors: ['x.md:8:11 links.report: "www.example.org/report" is not a full web address; write it with https:// in front'] },
  { name: 'a link that is not a web address', input: edit([6, ['languages: [en]', 'links:', '  previous: see the previous action']]), errors: ['x.md:8:13 links.previous: "see the previous action" is not a web address starting with http:// or https://'] },
  { name: 'a language code that is a country code', input: edit([6, 'languages: [en, sp]']), errors: ['x.md:6:17 languages[1]: "sp" is not an ISO 639-1 language code; did you mean "es"?'] },
  { name: 'a language written as a name', input: edit([6, 'languages: [English]']), errors: ['x.md:6:13 languages[0]: "English" is not an ISO 639-1 language code; did you mean "en"?'] },
  { name: 'a language map keyed by an invalid code', input: edit([10, ['    email: minister@example.org', '    salutation: {en: Dear Minister, EN: Dear Minister}']]), errors: ['x.md:11:37 targets[0].salutation.EN: "EN" is not an ISO 639-1 language code; did you mean "en"?'] },
  { name: 'a status other than open or closed', input: edit([5, ['deadline: 2024-09-27', 'status: finished']]), errors: ['x.md:6:9 status: "finished" is not a status: write open or closed'] },
  { name: 'a hashtag with a space', input: edit([5, ['deadline: 2024-09-27', 'hashtags: [Free Them]']]), errors: ['x.md:6:12 hashtags[0]: "Free Them" is not a hashtag (letters, digits and _, no spaces)'] },
  { name: 'a phone number with letters', input: edit([10, ['    email: minister@example.org', '    phone: call the office']]), errors: ['x.md:11:12 targets[0].phone: "call the office" is not a phone number (digits, spaces, + - ( ) . /)'] },
  { name: 'a subject written as text instead of name:', input: edit([5, ['deadline: 2024-09-27', 'subjects: [Jo Doe]']]), errors: ['x.md:6:12 subjects[0]: expected fields (name: value), got "Jo Doe"'] },

  // The body
  { name: 'front matter nested 65 levels deep', input: edit([3, `title: ${'['.repeat(65)}${']'.repeat(65)}`]), errors: ['x.md:3:72: is nested too deeply (more than 64 levels of [ ] and { })'] },
  { name: 'front matter indented past 256 columns', input: edit([7, ['targets:', ...Array.from({ length: 130 }, (_, i) => `${'  '.repeat(i)}- `), `${'  '.repeat(130)}x`]]), errors: ['x.md:136:257: is nested too deeply (more than 256 columns of indentation and list markers)'] },
  { name: 'a letter section longer than a letter holds', input: withBody('', '## Letter', '', 'Please act now. '.repeat(1300).trim()), errors: ['x.md:13:1 ## Letter: is too long (20799 characters; the limit is 20000)'] },
  { name: 'a background section of 60,000 characters', input: withBody('', '## Letter', '', 'Please act.', '', '## Background', '', 'b'.repeat(60_000)), errors: ['x.md:17:1 ## Background: is too long (60000 characters; the limit is 50000)'] },
  { name: 'an empty letter section', input: withBody('', '## Letter', '', '## Background', '', 'More.'), errors: ['x.md:13:1 ## Letter: the letter section is empty'] },
  { name: 'a letter section holding only a placeholder comment', input: withBody('', '## Letter', '', '<!-- the letter goes here -->'), errors: ['x.md:13:1 ## Letter: the letter section is empty'] },
  { name: 'no letter section', input: withBody('', '## Summary', '', 'Please act.'), errors: ['x.md:12: no letter section: add a "## Letter" heading followed by the letter\'s paragraphs'] },
  { name: 'a letter heading at level 1', input: withBody('', '# Letter', '', 'Please act.'), errors: ['x.md:12: no letter section: add a "## Letter" heading followed by the letter\'s paragraphs ("# Letter" on line 13 must be a level-2 heading: "## Letter")'] },
  { name: 'a letter heading with a language name', input: withBody('', '## Letter', '', 'Please act.', '', '## Letter (Spanish)', '', 'Actúe, por favor.'), errors: ['x.md:17:12 ## Letter (Spanish): "Spanish" is not an ISO 639-1 language code; did you mean "es"?'] },
  { name: 'two letters in the same language', input: withBody('', '## Letter', '', 'Please act.', '', '## Letter (en)', '', 'Please act now.'), errors: ['x.md:17:1 ## Letter (en): a second letter in "en"; the first is "## Letter" on line 13'] },
  { name: 'a heading inside a code block is not a section', input: withBody('', '```', '## Letter', 'Please act.', '```'), errors: ['x.md:12: no letter section: add a "## Letter" heading followed by the letter\'s paragraphs'] },
  { name: 'a preferred language without a letter (a warning only)', input: edit([6, 'languages: [en, es]']), errors: [], warnings: ['x.md:6:17 languages[1]: no "## Letter (es)" section, so there is no sample letter in this language'] },

  // Found by fuzzing (issue 6): a message stays one line, and control characters are shown, not sent
  { name: 'languages written as text over two lines', input: edit([6, 'languages: "en\\nes"']), errors: ['x.md:6:12 languages: expected a list, got "en\\nes"; write a list like [a, b]'] },
  { name: 'a terminal escape sequence in a line without a colon', input: edit([4, ['country: Testland', '\u001b[2Jwrong']]), errors: ['x.md:5:1: "\\u001b[2Jwrong" has no ":" after it; a field is written "name: value"'] },

  // Issue 16: hidden keys, numbers where lines are expected, values longer than a letter holds
  { name: '__proto__ in an official, which would lend it a hidden email', input: edit([10, '    __proto__: {email: hidden@example.org}']), errors: ['x.md:10:5 targets[0].__proto__: unknown field; this name is reserved and refused'] },
  { name: 'constructor at the top', input: edit([5, ['deadline: 2024-09-27', 'constructor: x']]), errors: ['x.md:6:1 constructor: unknown field; this name is reserved and refused'] },
  { name: 'prototype as a language of a salutation', input: edit([10, ['    email: minister@example.org', '    salutation: {en: Dear Minister, prototype: x}']]), errors: ['x.md:11:37 targets[0].salutation.prototype: unknown field; this name is reserved and refused'] },
  { name: 'a number where address lines are expected', input: edit([10, ['    email: minister@example.org', '    address: 42']]), errors: ['x.md:11:14 targets[0].address: expected a list of address lines or a block of text, got the number 42'] },
  { name: 'a title longer than a letter holds', input: edit([3, `title: ${'t'.repeat(301)}`]), errors: ['x.md:3:8 title: is too long (301 characters; the limit is 300)'] },
  { name: "an official's name longer than a letter holds", input: edit([9, `    name: ${'n'.repeat(201)}`]), errors: ['x.md:9:11 targets[0].name: is too long (201 characters; the limit is 200)'] },
  { name: 'an address line longer than an envelope holds', input: edit([10, ['    email: minister@example.org', '    address:', `      - ${'a'.repeat(201)}`]]), errors: ['x.md:12:9 targets[0].address[0]: is too long (201 characters; the limit is 200)'] },
  { name: 'an address of more lines than a window holds', input: edit([10, ['    email: minister@example.org', '    address: |', ...Array.from({ length: 21 }, (_, i) => `      Line ${i + 1}`)]]), errors: ['x.md:11:14 targets[0].address: has too many lines (21; the limit is 20)'] },

  // Everything at once, in file order
  {
    name: 'several problems in one file, all of them',
    input: edit([2, 'id: Test Case'], [6, 'languages: [en, es]'], [10, '    email: minister at example.org']),
    errors: [
      'x.md:2:5 id: "Test Case" is not a valid id: use lower-case letters a-z, digits and "-" only',
      'x.md:10:12 targets[0].email: "minister at example.org" is not an email address',
    ],
    warnings: ['x.md:6:17 languages[1]: no "## Letter (es)" section, so there is no sample letter in this language'],
  },

  // Accepted as they are
  { name: 'a byte order mark and CRLF line ends', input: '\uFEFF' + edit().replace(/\n/g, '\r\n'), errors: [] },
  { name: 'a letter only in a language the officials do not list', input: withBody('', '## Letter (fr)', '', 'Agissez.'), errors: [], warnings: ['x.md:6:13 languages[0]: no "## Letter (en)" section, so there is no sample letter in this language'] },
];

describe('the case file catalogue of mistakes', () => {
  it('has at least thirty entries', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(30);
  });

  it.each(catalogue)('reports $name', ({ input, errors, warnings = [] }) => {
    const result = parseCase(input, { file: 'x.md' });
    expect(result.errors.map((e) => e.message)).toEqual(errors);
    expect(result.warnings.map((w) => formatWarning(w))).toEqual(warnings);
  });
});

function formatWarning(w: { file: string; line?: number | undefined; column?: number | undefined; field?: string | undefined; message: string }): string {
  const where = `${w.file}${w.line === undefined ? '' : `:${w.line}`}${w.column === undefined ? '' : `:${w.column}`}`;
  return w.field ? `${where} ${w.field}: ${w.message}` : `${where}: ${w.message}`;
}
