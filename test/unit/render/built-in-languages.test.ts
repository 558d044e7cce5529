// Every built-in language is a complete translation of the English set: the same template files
// and partials, the same {{#vary}} passages in each, and the same data (a language that forgot
// signer.personal or target.copy would silently drop the personal line or the copy note).
import Handlebars from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { HELPERS } from '../../../src/render/helpers.js';
import type { TemplateDir } from '../../../src/render/template-set.js';

const BUILT_IN = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'tr', 'ar', 'fa'];

/**
 * What a language may leave out: the case's country, which the copy note names in English and
 * Spanish ("the authorities in Venezuela"), where German, French, Italian, Portuguese, Dutch,
 * Russian, Turkish, Arabic and Persian write "your country": their country names take an article
 * or a case ending that a template cannot add to any name ("der Türkei", "Турции").
 */
const MAY_OMIT = new Set(['case.countryName']);

const HELPER_NAMES = new Set([...Object.keys(HELPERS), 'if', 'unless', 'each', 'with', 'lookup']);

interface Uses {
  variables: Set<string>;
  passages: string[];
  partials: Set<string>;
}

/** The data paths, {{#vary}} passage names and partials a template uses, from its syntax tree. */
function uses(source: string): Uses {
  const found: Uses = { variables: new Set(), passages: [], partials: new Set() };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === 'PathExpression') {
      const original = String(n.original);
      if (!HELPER_NAMES.has(original) && original !== 'this' && !original.startsWith('@')) found.variables.add(original);
      return;
    }
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') found.partials.add(String((n.name as { original: unknown }).original));
    if (n.type === 'BlockStatement' && (n.path as { original?: string }).original === 'vary') {
      found.passages.push(String((n.params as Array<{ value: unknown }>)[0]?.value));
    }
    for (const key of ['body', 'program', 'inverse', 'path', 'params', 'hash', 'pairs', 'value']) if (key in n) visit(n[key]);
  };
  visit(Handlebars.parse(source));
  return found;
}

let dir: TemplateDir;
beforeAll(async () => {
  dir = await builtinTemplateDir();
});

/**
 * The document templates of a language. The action page's HTML templates (`*.html.hbs`, issue 17)
 * are English only for now and the page falls back to them: they are not a letter's frame.
 */
const filesOf = (lang: string) =>
  [...dir.files.keys()].filter((k) => k.startsWith(`${lang}/`) && !k.endsWith('.html.hbs')).map((k) => k.slice(lang.length + 1)).sort();
const source = (lang: string, file: string) => dir.files.get(`${lang}/${file}`) ?? '';

describe.each(BUILT_IN.filter((l) => l !== 'en'))('the %s templates', (lang) => {
  it('have the same files as the English ones', () => {
    expect(filesOf(lang)).toEqual(filesOf('en'));
  });

  it('vary the same passages, use the same partials and the same data as the English ones, file by file', () => {
    for (const file of filesOf('en')) {
      const en = uses(source('en', file));
      const own = uses(source(lang, file));
      expect(own.passages, `${lang}/${file}`).toEqual(en.passages);
      expect([...own.partials].sort(), `${lang}/${file}`).toEqual([...en.partials].sort());
      const needed = [...en.variables].filter((v) => !MAY_OMIT.has(v)).sort();
      const extra = [...own.variables].filter((v) => !en.variables.has(v));
      expect([...own.variables].filter((v) => !MAY_OMIT.has(v)).sort(), `${lang}/${file}`).toEqual(needed);
      expect(extra, `${lang}/${file}`).toEqual([]);
    }
  });
});

describe('the check itself', () => {
  it('finds variables, passages and partials, and not helpers', () => {
    const found = uses('{{#if signer.place}}{{upper case.title}}{{/if}}{{#vary "opening"}}a{{or}}{{target.name}}{{/vary}}{{> footer}}{{#each case.letter}}{{this}}{{/each}}');
    expect([...found.variables].sort()).toEqual(['case.letter', 'case.title', 'signer.place', 'target.name']);
    expect(found.passages).toEqual(['opening']);
    expect([...found.partials]).toEqual(['footer']);
  });
});
