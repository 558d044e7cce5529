// A page in one language names the office over the name in its own words; under the name it prints
// the office again as the envelope to that country addresses it, right over the street. That line
// is the address's first line, as printed: neither a second title nor a line left out.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (...block: string[]) =>
  ['URGENT ACTION', 'EXAMPLELAND: DEFENDER THREATENED', '', 'Contact these officials by 3 June:', ...block, '', 'I am writing to ask you to protect Rafael Example.'].join('\n');

describe('an office in the local language under the name, over the street', () => {
  const rows: Array<{ what: string; block: string[]; title: string; address: string[] }> = [
    {
      what: 'a Spanish office under an English one',
      block: ['Attorney General', 'Marta Ejemplo Ruiz', 'Fiscal General de la República', '12 avenida 3-40 zona 1', 'Ciudad Ejemplo, 01001', 'Email: fiscal@example.gob', 'Salutation: Dear Attorney General'],
      title: 'Attorney General',
      address: ['Fiscal General de la República', '12 avenida 3-40 zona 1', 'Ciudad Ejemplo, 01001'],
    },
    {
      what: 'a Polish office under an English one, the street in its own form',
      block: ['Minister of Justice', 'Jan Przykładowy', 'Minister Sprawiedliwości', 'Al. Przykładowa 11', '00-950 Warszawa', 'Fax: +48 22 000 0000', 'Salutation: Dear Minister'],
      title: 'Minister of Justice',
      address: ['Minister Sprawiedliwości', 'Al. Przykładowa 11', '00-950 Warszawa'],
    },
  ];
  it.each(rows)('$what', ({ block, title, address }) => {
    const [target] = draftTargets(importDocument(page(...block), { source: 't.txt' }).caseText);
    expect(target?.title).toBe(title);
    expect(target?.address).toEqual(address);
  });

  // The office made fuller under the name replaces the word above it: no address line.
  it('keeps a fuller form of the same office as the title', () => {
    const [target] = draftTargets(importDocument(page('President', 'Jan Example', 'President of the Republic', '1 Palace Road', 'Exampletown 1000', 'Fax: +99 1 000 000', 'Salutation: Dear President'), { source: 't.txt' }).caseText);
    expect(target?.title).toBe('President of the Republic');
    expect(target?.address).toEqual(['1 Palace Road', 'Exampletown 1000']);
  });
});
