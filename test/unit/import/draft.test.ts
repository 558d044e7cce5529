import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderDraft, type Draft } from '../../../src/import/draft.js';

const base: Draft = {
  source: 'ua.txt',
  id: 'peru-water-defender',
  title: 'Peru: water defender charged',
  country: 'Peru',
  deadline: '2024-10-27',
  languages: ['es', 'en'],
  subjects: [{ name: 'Rosa Quispe Mamani', pronouns: 'she/her' }],
  links: {},
  targets: [
    {
      id: 'public-prosecutor',
      name: 'Elena Vargas Ruiz',
      honorific: 'Ms.',
      address: ['Avenida Abancay 491', 'Lima, Peru'],
      emails: ['a@fiscalia.example.pe'],
      twitter: '@FiscaliaExample',
      fax: '+51 1 625 5555',
      copy: false,
      origin: 'read from lines 11–18',
    },
  ],
  sections: [
    { name: 'Summary', lang: 'en', markdown: 'What happened.' },
    { name: 'Letter', lang: 'en', markdown: 'First.\n\nSecond.' },
  ],
  todo: {},
};

const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('renderDraft', () => {
  it('writes front matter that reads back as the same values, quoting what YAML needs quoted', () => {
    const text = renderDraft(base);
    expect(frontMatter(text)).toEqual({
      id: 'peru-water-defender',
      title: 'Peru: water defender charged',
      country: 'Peru',
      deadline: '2024-10-27',
      languages: ['es', 'en'],
      subjects: [{ name: 'Rosa Quispe Mamani', pronouns: 'she/her' }],
      targets: [{ id: 'public-prosecutor', name: 'Elena Vargas Ruiz', honorific: 'Ms.', address: ['Avenida Abancay 491', 'Lima, Peru'], email: 'a@fiscalia.example.pe', fax: '+51 1 625 5555', twitter: '@FiscaliaExample' }],
    });
    expect(text).toContain('languages: [es, en]\n');
    expect(text).toContain('  # read from lines 11–18\n  - id: public-prosecutor\n');
  });

  it('marks a section in a language other than the first with its code', () => {
    const text = renderDraft(base);
    expect(text).toContain('\n## Summary (en)\n\nWhat happened.\n\n## Letter (en)\n\nFirst.\n\nSecond.\n');
    expect(renderDraft({ ...base, languages: ['en'] })).toContain('\n## Letter\n\nFirst.');
  });

  it('writes a value validate rejects and a TODO comment for each required field not found', () => {
    const text = renderDraft({
      ...base,
      id: undefined,
      title: undefined,
      country: undefined,
      deadline: undefined,
      languages: [],
      targets: [],
      sections: [],
      todo: { id: 'no title', title: 'no headline', country: 'no headline', deadline: 'no line saying until when to act', languages: 'no label', targets: 'nobody listed', letter: 'no salutation' },
    });
    expect(text).toContain('id: TODO-case-id # TODO: not found in the document (no title)\n');
    expect(text).toContain('title: null # TODO: not found in the document (no headline)\n');
    expect(text).toContain('deadline: TODO-YYYY-MM-DD # TODO: not found in the document (no line saying until when to act)\n');
    expect(text).toContain('languages: [] # TODO: not found in the document (no label)\n');
    expect(text).toContain('targets: [] # TODO: not found in the document (nobody listed)\n');
    expect(text).toContain('# TODO: no sample letter found (no salutation): add a "## Letter" section below.\n');
  });

  it('writes copy only for a copy recipient, and a list for several emails', () => {
    const target = { ...base.targets[0]!, emails: ['a@x.example.org', 'b@x.example.org'], copy: true };
    const fm = frontMatter(renderDraft({ ...base, targets: [target] }));
    expect(fm.targets).toEqual([expect.objectContaining({ email: ['a@x.example.org', 'b@x.example.org'], copy: true })]);
  });
});
