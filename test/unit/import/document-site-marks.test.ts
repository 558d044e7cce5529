// A document-sharing site's copy of a letter: the site's watermark and labels around the document
// ("Document Sample", "Powered By Example", "(DOC)", "Uploaded by …"), its title over the file (the
// document's first line with the file's type after it) and its mark at a line's end are the site's,
// never an official's name, title or address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { siteFurnitureKind, withoutDocumentSiteTail } from '../../../src/import/site-furniture.js';
import { draftTargets } from './helpers.js';

describe("siteFurnitureKind: a document site's lines around the document", () => {
  it.each(['Document Sample', 'Powered By Docstoc', '(DOC)', '(PDF) Powered By Docstoc', 'Download as PDF', 'Uploaded by jexample', 'Scribd', 'docslib', 'Sponsored', 'His Excellency Jan Example (DOC)', 'His Excellency Jan Example (DOC) Powered By Docstoc', 'Minister of Justice (PDF) Powered By Example'])('%s is the site’s', (line) => {
    expect(siteFurnitureKind(line)).toContain('document-sharing site');
  });
  it.each(['Document Centre, Example Street 4', 'Sample Road 12', 'Letter to the Minister (PDF)', 'Uploaded', 'Ministry of Power and Energy'])('%s is no such line', (line) => {
    expect(siteFurnitureKind(line)).toBeUndefined();
  });
});

describe("withoutDocumentSiteTail: the site's mark after a line of the document", () => {
  it.each([
    ['Jan Example Powered By Docstoc', 'Jan Example', 'Powered By Docstoc'],
    ['Minister of Justice | Scribd', 'Minister of Justice', '| Scribd'],
  ])('%s', (line, kept, tail) => expect(withoutDocumentSiteTail(line)).toEqual({ kept, tail }));
  it.each(['Powered By Docstoc', 'Ministry of Power and Energy', 'Example Street 4 - Example City'])('%s keeps its words', (line) => expect(withoutDocumentSiteTail(line)).toBeUndefined());
});

describe("a document site's copy of a letter", () => {
  const page = [
    'His Excellency Karim Example (DOC)',
    '',
    'Document Sample',
    'His Excellency Karim Example (DOC) Powered By Docstoc',
    'His Excellency Karim Example',
    'Minister of the Interior',
    'Ministry of the Interior',
    'Example Avenue 9',
    'Exampleville, Examplia',
    '',
    'Your Excellency',
    '',
    'I am writing to ask you to release the teacher Lou Sample, who has been held without charge since May for his peaceful work.',
    '',
    'Yours sincerely',
  ].join('\n');
  it('names the official from the document, with none of the site’s lines', () => {
    const result = importDocument(page, { source: 'doc.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe('Karim Example');
    expect(result.caseText).not.toMatch(/Document Sample|Docstoc|\(DOC\)/);
  });
});
