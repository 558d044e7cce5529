// A blog passing on a call to act prints each official's name or institution ending in a colon,
// the contact lines right under it: that line heads the official, it is no section heading. The
// words around such blocks ("TEXT:", "Fon:", "via the contact form:") are read for what they are.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isLetterHeading, furnitureKind, isOwnOrganisation } from '../../../src/import/furniture.js';
import { parseContactLine } from '../../../src/import/contact-line.js';
import { draftTargets } from './helpers.js';

const page = (head: string, contact: string[]) => ['Please act today for Samuel Beispiel, who faces execution on Thursday:', head, ...contact, 'TEXT:', 'We ask you to stop the execution of Samuel Beispiel and to review his case.', '[your name]'].join('\n');

describe('an official named on a line ending in a colon', () => {
  const rows = [
    { head: 'Governor Jane Roe:', contact: ['Tel.: +1 555 010 4000', 'E-Mail: governor@state.example.gov'], name: 'Jane Roe', title: 'Governor' },
    { head: 'Gouverneurin Anna Probe:', contact: ['Fax: 001 (555) 010-4001', 'E-Mail: gouverneurin@example.gov'], name: 'Anna Probe', title: 'Gouverneurin' },
    { head: 'Examplia State Board of Pardons and Parole:', contact: ['Tel.: 001 (555) 010-2000', 'E-Mail: board@pardons.example.gov'], name: 'Examplia State Board of Pardons and Parole', title: undefined },
  ];
  it.each(rows)('$head heads the official', ({ head, contact, name, title }) => {
    const [target, ...others] = draftTargets(importDocument(page(head, contact), { source: 'blog.txt' }).caseText);
    expect(others).toEqual([]);
    expect(target?.name).toBe(name);
    expect(target?.title).toBe(title);
  });

  it('on a page with a blank line after every line too', () => {
    const spaced = page('Governor Jane Roe:', ['Tel.: +1 555 010 4000', 'E-Mail: governor@state.example.gov']).split('\n').join('\n\n');
    expect(draftTargets(importDocument(spaced, { source: 'blog.txt' }).caseText).map((t) => t.name)).toEqual(['Jane Roe']);
  });

  it('a heading ending in a colon stays a heading', () => {
    const targets = draftTargets(importDocument(page('Contact information:', ['Tel.: +1 555 010 4000', 'E-Mail: governor@state.example.gov']), { source: 'blog.txt' }).caseText);
    expect(targets.map((t) => t.name)).not.toContain('Contact information');
  });
});

describe('the words around such blocks', () => {
  it.each(['TEXT:', 'Text:', 'Brieftext:', 'Texte :', 'Texto:'])('%s heads the letter', (line) => {
    expect(isLetterHeading(line)).toBe(true);
  });
  it.each(['Über das Kontaktformular der Website:', 'or via the contact form', 'par le formulaire de contact'])('%s sends the reader to a web form', (line) => {
    expect(furnitureKind(line)).toBe('a web form (no field for it)');
  });
  it('"Fon:" gives a phone number', () => {
    expect(parseContactLine('Fon: 001 (555) 010-3000')?.phone).toBe('001 (555) 010-3000');
  });
  it.each([
    { line: 'Amnesty International USA bittet alle Unterstützer:', own: false },
    { line: 'Amnesty International USA calls on its members:', own: false },
    { line: 'Amnesty International', own: true },
    { line: 'Amnesty International Sektion der Bundesrepublik Deutschland e. V.', own: true },
  ])('$line: the sender? $own', ({ line, own }) => {
    expect(isOwnOrganisation(line)).toBe(own);
  });
});
