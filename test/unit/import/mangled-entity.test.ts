// Some sites' copies print an HTML entity with "@" for its "&" ("the world@quot;s"): the "@" of
// such an entity holds no email and no handle, so a letter paragraph that has one is still the
// letter's running text, and the greeting above it is still found. A real "@" keeps a line out of
// the running text, as before.
import { describe, expect, it } from 'vitest';
import { asHtml, asSpaced } from '../../../bench/lib/page-variants.mjs';
import { htmlToText } from '../../../src/import/html-text.js';
import { importDocument } from '../../../src/import/import-document.js';
import { isProse } from '../../../src/import/line-kinds.js';

describe('running text with an entity printed as "@quot;"', () => {
  const rows: Array<{ line: string; prose: boolean }> = [
    { line: 'The press club is dismayed that the country@quot;s reporters are still beaten at every march.', prose: true },
    { line: 'Officials ignored the union@amp;s request and the journalist@#39;s complaint for a whole year.', prose: true },
    { line: 'Please write to the minister at minister@example.org and ask him to act on the case today.', prose: false },
    { line: 'Tweet the minister @ExampleMinister and ask him to free the reporter held since March today.', prose: false },
  ];
  it.each(rows)('$line → running text: $prose', ({ line, prose }) => {
    expect(isProse(line)).toBe(prose);
  });

  const page = [
    'Exampleland June 15, 2004', '',
    'Her Excellency Jane Muster', 'Prime Minister', 'Office of the Prime Minister', 'Capital City', 'People@quot;s Republic of Exampleland', 'Fax: (011.555) 811-3244', '',
    'Your Excellency:', '',
    'The Example Press Club is dismayed that your government has not taken seriously the dangers for reporters in the world@quot;s most dangerous country for them.', '',
    'Since our last letter in January, things have gone from bad to worse for the reporters of the capital.',
  ].join('\n');
  const forms: ReadonlyArray<readonly [string, (t: string) => string]> = [['text', (t) => t], ['spaced', asSpaced], ['html', (t) => htmlToText(asHtml(t))]];
  it.each(forms)('finds the greeting and the letter under it (%s)', (_form, as) => {
    const { findings } = importDocument(as(page), { source: 'letter.txt' });
    expect(findings.salutation.found && findings.salutation.value).toEqual(['Your Excellency']);
    expect(findings.letter.found && findings.letter.value.paragraphs[0]?.text).toMatch(/^The Example Press Club is dismayed/);
  });
});
