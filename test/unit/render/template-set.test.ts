import { describe, expect, it } from 'vitest';
import { TemplateError, UsageError } from '../../../src/errors.js';
import { createTemplateSet, type TemplateDir } from '../../../src/render/template-set.js';

const dir = (label: string, files: Record<string, string>): TemplateDir => ({ label, files: new Map(Object.entries(files)) });

const builtins = dir('templates', {
  'en/letter.hbs': 'built-in letter {{name}}',
  'en/email.hbs': 'built-in email {{name}}',
  'es/letter.hbs': 'carta {{name}}',
  'fr/letter.hbs': 'lettre {{> signature}}',
  'fr/_partials/signature.hbs': 'signé {{name}}',
  '_partials/signature.hbs': 'signed {{name}}',
  '_partials/letter.hbs': 'not a language',
});

function errorOf(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('createTemplateSet', () => {
  it("takes a file from the user's folder and the rest from the built-ins", () => {
    const set = createTemplateSet([dir('mine', { 'en/letter.hbs': 'my letter {{name}}' }), builtins]);
    expect(set.render('en', 'letter', { name: 'Ada' })).toBe('my letter Ada');
    expect(set.render('en', 'email', { name: 'Ada' })).toBe('built-in email Ada');
    expect(set.path('en', 'letter')).toBe('mine/en/letter.hbs');
    expect(set.path('en', 'email')).toBe('templates/en/email.hbs');
  });

  it('lists the languages that have a letter template, not partial folders', () => {
    const set = createTemplateSet([dir('mine', { 'de/letter.hbs': 'Brief' }), builtins]);
    expect(set.languages()).toEqual(['de', 'en', 'es', 'fr']);
    expect(set.has('de', 'letter')).toBe(true);
    expect(set.has('de', 'email')).toBe(false);
  });

  it("resolves a partial from the language's _partials before the shared ones", () => {
    const set = createTemplateSet([builtins, dir('extra', { 'en/letter2.hbs': '{{> signature}}' })]);
    expect(set.render('fr', 'letter', { name: 'Ada' })).toBe('lettre signé Ada');
    expect(set.render('en', 'letter2', { name: 'Ada' })).toBe('signed Ada');
  });

  it("lets a user's partial replace a built-in one", () => {
    const set = createTemplateSet([dir('mine', { '_partials/signature.hbs': 'yours, {{name}}', 'en/x.hbs': '{{> signature}}' }), builtins]);
    expect(set.render('en', 'x', { name: 'Ada' })).toBe('yours, Ada');
  });

  it('never looks for a partial outside the folders it was given', () => {
    const set = createTemplateSet([dir('mine', { 'en/x.hbs': 'a\n{{> ../../etc/passwd}}', 'en/y.hbs': '{{> constructor}}' })]);
    expect(errorOf(() => set.render('en', 'x', {})).message).toBe(
      'mine/en/x.hbs:2: partial "../../etc/passwd" not found: partials live in _partials/../../etc/passwd.hbs, in the language folder or at the top of the templates folder',
    );
    expect(errorOf(() => set.render('en', 'y', {})).message).toMatch(/^mine\/en\/y\.hbs:1: partial "constructor" not found/);
  });

  it('names the template file and line of a misspelt variable (strict mode)', () => {
    const set = createTemplateSet([dir('my-templates', { 'en/letter.hbs': 'Dear {{target.name}},\n\nI am {{signer.nmae}}.\n' })]);
    const error = errorOf(() => set.render('en', 'letter', { target: { name: 'X' }, signer: { name: 'Y' } }));
    expect(error.message).toBe('my-templates/en/letter.hbs:3: "signer.nmae" is not defined (a misspelt name, or a helper that does not exist?)');
    expect(error.template).toBe('my-templates/en/letter.hbs');
    expect(error.line).toBe(3);
  });

  it('names the partial, not the including template, when the partial is wrong', () => {
    const set = createTemplateSet([dir('t', { 'en/letter.hbs': 'a\n{{> sig}}', '_partials/sig.hbs': '\n\n{{nope}}' })]);
    expect(errorOf(() => set.render('en', 'letter', {})).message).toMatch(/^t\/_partials\/sig\.hbs:3: "nope" is not defined/);
  });

  it.each([
    { source: 'Hello\n{{#if x}}\nworld\n', message: 't/en/letter.hbs:2: {{#if}} is never closed: add {{/if}}' },
    { source: 'Hello\n{{#each xs}}{{#if a}}\n{{/if}}\n', message: 't/en/letter.hbs:2: {{#each}} is never closed: add {{/each}}' },
    { source: 'Hello\n\n{{foo bar=}}', message: 't/en/letter.hbs:3: syntax error near "Hello{{foo bar=}}"' },
    { source: 'x\n{{#if a}}{{/each}}', message: "t/en/letter.hbs:2: if doesn't match each" },
    { source: 'Dear {{name', message: 't/en/letter.hbs:1: syntax error near "Dear {{name"' },
    { source: '{{or}}', message: 't/en/letter.hbs:1: {{or}} separates alternatives inside {{#vary "name"}}…{{/vary}} and cannot stand outside one' },
  ])('reports a broken template with its file and line: $message', ({ source, message }) => {
    const set = createTemplateSet([dir('t', { 'en/letter.hbs': source })]);
    expect(errorOf(() => set.render('en', 'letter', { x: 1, a: 1, xs: [] })).message).toBe(message);
  });

  it('does not read or compile a template until it is used', () => {
    const set = createTemplateSet([dir('t', { 'en/letter.hbs': 'fine', 'en/call.hbs': '{{#if' })]);
    expect(set.render('en', 'letter', {})).toBe('fine');
    expect(() => set.render('en', 'call', {})).toThrow(TemplateError);
  });

  it('compiles each template once and renders it many times', () => {
    const set = createTemplateSet([dir('t', { 'en/letter.hbs': '{{n}}' })]);
    const out = Array.from({ length: 1000 }, (_, n) => set.render('en', 'letter', { n }));
    expect(out[999]).toBe('999');
  });

  it('asks for a missing template by its path', () => {
    const set = createTemplateSet([dir('mine', { 'de/letter.hbs': 'Brief' }), builtins]);
    expect(() => set.render('de', 'call', {})).toThrow(UsageError);
    expect(() => set.render('de', 'call', {})).toThrow('No template de/call.hbs in mine or templates');
  });

  it('keeps Handlebars prototype protection: constructor and __proto__ print nothing', () => {
    const set = createTemplateSet([dir('t', { 'en/a.hbs': '[{{lookup signer "constructor"}}][{{#with signer}}{{lookup this "__proto__"}}{{/with}}]' })]);
    expect(set.render('en', 'a', { signer: { name: 'A' } })).toBe('[][]');
  });

  it('escapes HTML only in .html.hbs templates', () => {
    const set = createTemplateSet([dir('t', { 'en/page.html.hbs': '<p>{{s}}</p>', 'en/text.hbs': '{{s}}' })]);
    expect(set.render('en', 'page.html', { s: "Tom & Jerry's <b>" })).toBe('<p>Tom &amp; Jerry&#x27;s &lt;b&gt;</p>');
    expect(set.render('en', 'text', { s: "Tom & Jerry's <b>" })).toBe("Tom & Jerry's <b>");
  });
});
