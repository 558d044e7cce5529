import { describe, expect, it } from 'vitest';
import { recogniseCountry } from '../../../src/import/country.js';
import { recogniseReference, recogniseTitle } from '../../../src/import/title-reference.js';
import { doc } from './helpers.js';

describe('recogniseReference', () => {
  const rows: Array<{ name: string; text: string; value: string; confidence: string }> = [
    { name: 'a reference line under the heading', text: 'URGENT ACTION\nUA 72/24\nVENEZUELA: X', value: 'UA 72/24', confidence: 'high' },
    { name: 'a reference with a colon', text: 'URGENT ACTION\nUA: 72/24 Index: AMR 53/8390/2024', value: 'UA 72/24', confidence: 'high' },
    { name: 'the Spanish abbreviation', text: 'ACCIÓN URGENTE\nAU 88/24\nGUATEMALA: X', value: 'AU 88/24', confidence: 'high' },
    {
      name: 'the mention in the "let us know" bullet',
      text: 'URGENT ACTION\nVENEZUELA: X\nSummary.\n\nTAKE ACTION:\n· Click here to let us know the actions you took on Second Urgent Action 72.24. It matters.',
      value: 'Second Urgent Action 72.24',
      confidence: 'medium',
    },
    { name: 'a Spanish long form', text: 'ACCIÓN URGENTE\nPERÚ: X\nTexto.\n\n· Hagan clic aquí para informarnos sobre la Segunda Acción Urgente 12.24.', value: 'Segunda Acción Urgente 12.24', confidence: 'medium' },
  ];
  for (const row of rows) {
    it(`reads ${row.name}`, () => {
      expect(recogniseReference(doc(row.text))).toMatchObject({ found: true, value: row.value, confidence: row.confidence });
    });
  }

  it('does not take a French "au 12.30" for a reference', () => {
    expect(recogniseReference(doc('ACTION URGENTE\nTCHAD : X\nIl a été vu au 12.30 rue du Marché.'))).toMatchObject({ found: false });
  });
});

describe('recogniseTitle', () => {
  it('re-cases a headline in capitals, keeping the words the document capitalises', () => {
    const text = 'URGENT ACTION\nVENEZUELA: MASS DETENTION OF VULNERABLE GROUPS\nIn Venezuela, a mass detention of people took place.';
    expect(recogniseTitle(doc(text))).toMatchObject({ found: true, value: 'Venezuela: mass detention of vulnerable groups', confidence: 'medium', line: 2 });
  });

  it('keeps a headline already in mixed case as written, at high confidence', () => {
    const text = 'URGENT ACTION\nVenezuela: Arbitrary detentions must end\nText.';
    expect(recogniseTitle(doc(text))).toMatchObject({ value: 'Venezuela: Arbitrary detentions must end', confidence: 'high' });
  });

  it('joins a headline a PDF wrapped over two lines', () => {
    const text = 'URGENT ACTION\nTÜRKİYE: PEACEFUL PROTESTERS FACE PRISON FOR A\nMARCH\nTwelve students in Türkiye were charged.';
    expect(recogniseTitle(doc(text))).toMatchObject({ value: 'Türkiye: peaceful protesters face prison for a march' });
  });

  it('skips the reference and date lines between the heading and the headline', () => {
    const text = 'URGENT ACTION\nUA 91/24\nDate: 12 September 2024\nPERU: WATER DEFENDER CHARGED\nText.';
    expect(recogniseTitle(doc(text))).toMatchObject({ line: 4 });
  });

  it('finds no headline in a document without one', () => {
    expect(recogniseTitle(doc('Dear friends,\nplease read this.'))).toMatchObject({ found: false });
  });
});

describe('recogniseCountry', () => {
  const rows: Array<{ headline: string; country: string }> = [
    { headline: 'VENEZUELA: MASS DETENTION', country: 'Venezuela' },
    { headline: 'DEMOCRATIC REPUBLIC OF THE CONGO: ACTIVISTS HELD', country: 'Democratic Republic of the Congo' },
    { headline: 'USA: MAN FACES EXECUTION', country: 'USA' },
    { headline: 'TCHAD : UN ÉTUDIANT DÉTENU', country: 'Tchad' },
    { headline: 'PERÚ: DEFENSORA AMENAZADA', country: 'Perú' },
    { headline: 'Saudi Arabia: Activist sentenced', country: 'Saudi Arabia' },
  ];
  for (const { headline, country } of rows) {
    it(`reads ${country} from "${headline}"`, () => {
      expect(recogniseCountry(doc(`URGENT ACTION\n${headline}\nText.`))).toMatchObject({ found: true, value: country, line: 2, confidence: 'high' });
    });
  }

  it('falls back to a "Country:" line', () => {
    expect(recogniseCountry(doc('Country: Nepal\nSomething happened.'))).toMatchObject({ value: 'Nepal' });
  });
});
