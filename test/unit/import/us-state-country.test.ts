// The country of a page about a US state that shares its name with a country ("Georgia: …",
// "Governatore della Georgia", "Atlanta, GA 30334") is the United States, named in the page's
// language, never the country Georgia; a page about the country (Tbilisi) stays Georgia. And a
// country the headline prints in lower case ("vietnam: …") is written as a country's name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

const page = (headline: string, lines: string[]) => [headline, '', ...lines].join('\n');
const country = (text: string): string | undefined => /^country: (.*)$/m.exec(importDocument(text, { source: 'page.txt' }).caseText)?.[1];

const italian = (office: string, town: string) => [
  'Jane Example rischia di essere giustiziata il 20 maggio 2026.', '', 'Scrivete a:', office, 'Brian Example', '206 Washington Street, Suite 203', town, 'Email: governor@example.gov', '',
  'Egregio Signor Governatore,', 'le scrivo per chiederle di commutare la condanna a morte di Jane Example.', 'Distinti saluti',
];
const german = (office: string, town: string) => [
  'John Beispiel droht am 20. Mai 2026 die Hinrichtung.', '', 'Schreiben Sie an:', office, 'Greg Beispiel', 'Office of the Governor', town, 'E-Mail: governor@example.gov', '',
  'Sehr geehrter Herr Gouverneur,', 'ich bitte Sie, die Hinrichtung von John Beispiel auszusetzen.', 'Mit freundlichen Grüßen',
];
const english = (office: string, town: string) => [
  'John Example is due to be executed on 20 May 2026.', '', 'Write to:', office, 'Brian Example', '206 Washington Street, Suite 203', town, 'Email: governor@example.gov', '',
  'Dear Governor,', 'I am writing to ask you to grant clemency to John Example and commute his death sentence.', 'Yours sincerely,',
];

const rows = [
  { label: 'Italian, "Georgia:" with "Atlanta, GA 30334"', text: page("Georgia: condannata a morte rischia l'esecuzione", italian('Governatore della Georgia', 'Atlanta, GA 30334')), expected: 'Stati Uniti' },
  { label: 'German, "Georgia:" with "Atlanta, Georgia 30334"', text: page('Georgia: Hinrichtung droht', german('Gouverneur von Georgia', 'Atlanta, Georgia 30334')), expected: 'Vereinigte Staaten' },
  { label: 'English, "GEORGIA:" with a ZIP+4', text: page('GEORGIA: MAN FACES EXECUTION', english('Governor of Georgia', 'Atlanta, GA 30334-9000')), expected: 'United States' },
  { label: 'a lower-case headline, "vietnam:"', text: page('vietnam: blogger sentenced to ten years', english('Prime Minister', 'Hanoi, Vietnam')), expected: 'Vietnam' },
  { label: 'a lower-case headline in two words, "viet nam:"', text: page('viet nam: blogger sentenced to ten years', english('Prime Minister', 'Hanoi')), expected: 'Viet Nam' },
  { label: 'a lower-case headline, "iran:"', text: page('iran: protester at risk of execution', english('Head of the Judiciary', 'Tehran')), expected: 'Iran' },
];

describe("the country of a page about a US state, and a headline's country in lower case", () => {
  it.each(rows)('$label → $expected', ({ text, expected }) => {
    expect(country(text)).toBe(expected);
  });

  it('a page about the country Georgia, its official in Tbilisi, stays Georgia', () => {
    const text = page('Georgia: attivista detenuto a Tbilisi', italian('Procuratore generale', '0114 Tbilisi, Georgia'));
    expect(country(text)).toBe('Georgia');
  });
});
