import { describe, expect, it } from 'vitest';
import { firstUrl, recognisePreviousLink, recogniseReportLink } from '../../../src/import/links.js';
import { doc } from './helpers.js';

describe('recognisePreviousLink', () => {
  const rows = [
    { label: 'LINK TO PREVIOUS UA: https://www.amnesty.org/en/documents/amr53/8390/2024/en/   ', url: 'https://www.amnesty.org/en/documents/amr53/8390/2024/en/' },
    { label: 'ENLACE A LA AU ANTERIOR: https://example.org/es/au/1', url: 'https://example.org/es/au/1' },
    { label: "LIEN VERS L'AU PRÉCÉDENTE : https://example.org/fr/au/1.", url: 'https://example.org/fr/au/1' },
  ];
  for (const { label, url } of rows) {
    it(`reads ${url} from "${label.slice(0, 30)}…"`, () => {
      expect(recognisePreviousLink(doc(label))).toMatchObject({ found: true, value: url, confidence: 'high' });
    });
  }

  it('reports a label whose address is missing', () => {
    expect(recognisePreviousLink(doc('LINK TO PREVIOUS UA: see our website'))).toEqual({ found: false, reason: 'line 1 holds no web address' });
  });
});

describe('recogniseReportLink', () => {
  it('takes the address when the "let us know" line still has one', () => {
    const text = '• Tell us what you did at https://example.org/ua/report/91-24 so that we can count the actions taken.';
    expect(recogniseReportLink(doc(text))).toMatchObject({ found: true, value: 'https://example.org/ua/report/91-24' });
  });

  it('says the link was lost when the line has no address, instead of inventing one', () => {
    const text = '• Click here to let us know the actions you took on Second Urgent Action 72.24.';
    expect(recogniseReportLink(doc(text))).toEqual({
      found: false,
      reason: "line 1 asks readers to report their actions, but the link's address was lost with the formatting",
    });
  });

  it('reads the Spanish line', () => {
    const text = '· Hagan clic aquí para informarnos de las acciones que han realizado: https://example.org/es/informe';
    expect(recogniseReportLink(doc(text))).toMatchObject({ found: true, value: 'https://example.org/es/informe' });
  });
});

describe('firstUrl', () => {
  it('leaves trailing punctuation out of the address', () => {
    expect(firstUrl('See https://example.org/a/b). Then')).toBe('https://example.org/a/b');
  });
});
