// Helpers as a template author meets them: through a template, with errors naming file and line.
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/errors.js';
import { createTemplateSet } from '../../../src/render/template-set.js';

function render(source: string, context: object = {}, data?: { varySeed?: string }) {
  const set = createTemplateSet([{ label: 'my-templates', files: new Map([['en/t.hbs', source]]) }]);
  return set.render('en', 't', { lang: 'en', ...context }, data);
}

function renderError(source: string, context: object = {}): TemplateError {
  try {
    render(source, context);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('template helpers', () => {
  it.each([
    { source: '{{formatDate d}}', context: { d: '2024-09-27' }, expected: '27 September 2024' },
    { source: '{{formatDate d "es"}}', context: { d: '2024-09-27' }, expected: '27 de septiembre de 2024' },
    { source: '{{formatDate d}}', context: { d: '2024-09-27', lang: 'fr' }, expected: '27 septembre 2024' },
    { source: '{{join xs}}', context: { xs: ['Ana', 'Ben', 'Chloé'] }, expected: 'Ana, Ben and Chloé' },
    { source: '{{join xs}}', context: { xs: ['Ana', 'Ben', 'Chloé'], lang: 'es' }, expected: 'Ana, Ben y Chloé' },
    { source: '{{join xs type="or"}}', context: { xs: ['email', 'letter'] }, expected: 'email or letter' },
    { source: '{{join xs}}', context: { xs: ['A', null, '', 'B'] }, expected: 'A and B' },
    { source: '{{upper s}}', context: { s: 'Türkiye' }, expected: 'TÜRKIYE' },
    { source: '{{upper s}}', context: { s: 'istanbul', lang: 'tr' }, expected: 'İSTANBUL' },
    { source: '{{upper s}}', context: { s: null }, expected: '' },
    { source: '{{lines xs}}', context: { xs: ['12 Sample Road', '', 'Leeds'] }, expected: '12 Sample Road\nLeeds' },
    { source: '{{#if (eq lang "en")}}yes{{else}}no{{/if}}', context: {}, expected: 'yes' },
    { source: '{{#if (eq lang "fr")}}yes{{else}}no{{/if}}', context: {}, expected: 'no' },
    { source: "{{s}} & <b>", context: { s: "l'appel & <b>" }, expected: "l'appel & <b> & <b>" },
  ])('$source renders "$expected"', ({ source, context, expected }) => {
    expect(render(source, context)).toBe(expected);
  });

  it.each([
    { source: 'x\n{{join signer.emials}}', context: { signer: {} }, message: 'my-templates/en/t.hbs:2: join needs a list, got nothing (a misspelt name?)' },
    { source: '\n\n{{formatDate "tomorrow"}}', context: {}, message: 'my-templates/en/t.hbs:3: formatDate needs a date YYYY-MM-DD, got "tomorrow"' },
    { source: '{{upper 3}}', context: {}, message: 'my-templates/en/t.hbs:1: upper needs text, got 3' },
    { source: '{{lines "a"}}', context: {}, message: 'my-templates/en/t.hbs:1: lines needs a list, got "a"' },
    { source: '{{#if (eq 1)}}{{/if}}', context: {}, message: 'my-templates/en/t.hbs:1: eq compares two values: (eq a b)' },
  ])('a wrong argument in $source is a TemplateError with file and line', ({ source, context, message }) => {
    expect(renderError(source, context).message).toBe(message);
  });
});
