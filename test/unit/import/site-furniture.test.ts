// A blog's own lines copied with the page (the print plugin's "Print Friendly, PDF & Email", the
// share and print buttons, an archive page's "Category Archives: …" heading) are the site's, never an
// official's name, title or address line, nor the case's title; each is reported as left out.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { siteFurnitureKind } from '../../../src/import/site-furniture.js';
import { draftTargets } from './helpers.js';

const HEADLINE = 'Gefangener des Monats: Karim Beispiel';
const STORY = ['', 'Der Journalist Karim Beispiel wurde im Mai in Nordland festgenommen.', ''];
const BLOCK = ['Seine Exzellenz Jan Example', 'Justizminister', 'Beispielweg 4', '12345 Beispielstadt', 'Nordland'];
const BLOCK_AFTER_HEADING = ['Schreiben Sie an:', 'Justizminister Jan Example', 'Ministerium der Justiz', 'Beispielweg 4', '12345 Beispielstadt', 'Nordland'];
const LETTER = ['', 'Sehr geehrter Herr Minister,', 'ich bitte Sie, Karim Beispiel sofort und bedingungslos freizulassen, da er nur wegen seiner friedlichen Arbeit festgehalten wird.', 'Mit freundlichen Grüßen'];

describe("a blog's own lines around the officials", () => {
  const rows: Array<{ what: string; lines: string[]; furniture: string }> = [
    { what: 'the print plugin above the block', lines: [HEADLINE, ...STORY, 'Print Friendly, PDF & Email', '', ...BLOCK, ...LETTER], furniture: 'Print Friendly' },
    { what: 'the print plugin split onto two lines above the block', lines: [HEADLINE, ...STORY, 'Print Friendly', 'PDF & Email', '', ...BLOCK, ...LETTER], furniture: 'Print Friendly' },
    { what: 'the print plugin under the address', lines: [HEADLINE, ...STORY, ...BLOCK_AFTER_HEADING, 'Print Friendly, PDF & Email', 'Share', ...LETTER], furniture: 'PDF & Email' },
    { what: 'the archive heading above the headline', lines: ['Category Archives: Gefangener des Monats', HEADLINE, ...STORY, ...BLOCK_AFTER_HEADING, ...LETTER], furniture: 'Category Archives' },
    { what: 'the German archive heading above the headline', lines: ['Kategorie-Archiv: Gefangener des Monats', HEADLINE, ...STORY, ...BLOCK_AFTER_HEADING, ...LETTER], furniture: 'Kategorie-Archiv' },
  ];
  it.each(rows)('$what', ({ lines, furniture }) => {
    const result = importDocument(lines.join('\n'), { source: 'page.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe('Jan Example');
    expect(result.caseText).toContain(`title: "${HEADLINE}"`);
    expect(result.caseText).not.toContain(furniture);
    expect(result.report.entries).toContainEqual(expect.objectContaining({ status: 'skipped', note: expect.stringContaining('no part of any official') as string }));
  });
});

describe('siteFurnitureKind: only the whole line is the site’s', () => {
  it.each(['Print Friendly Street 4', 'Teilen Sie diesen Aufruf mit Ihren Freunden', 'Category: Ministry of Justice', 'Fax & Email: +1 555 0100', 'PDF'])('%s is no furniture', (line) => {
    expect(siteFurnitureKind(line)).toBeUndefined();
  });
});

describe("siteFurnitureKind: a forum's or blog's headings of its comments and related posts", () => {
  it.each(['All Comments', 'Related Posts', 'Table of Contents', 'Leave a Reply', 'Kommentare', 'Articles similaires'])('%s is the site’s', (line) => {
    expect(siteFurnitureKind(line)).toMatch(/no part of any official/);
  });
});
