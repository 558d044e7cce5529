// Countries a page names in words the header reader missed: a state's long name with the country's
// other name in brackets, a seat of government, Hong Kong, a federal state named with its office,
// an adjective alone, and a country whose accented letter the page's source dropped.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const country = (lines: string[]) => {
  const text = importDocument(lines.join('\n'), { source: 'page.txt' }).caseText;
  return ((parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') ?? {}) as { country?: string | null }).country ?? null;
};

const letter = ['Dear Minister,', 'Please release Jane Example immediately and unconditionally: she is held only for her peaceful activism.', 'Yours sincerely,'];
const block = (...lines: string[]) => ['Urgent Action', '', 'Jane Example, an activist, was detained by police last week.', '', 'Write to:', ...lines, 'Email: office@example.org', '', ...letter];

const rows: Array<{ what: string; page: string[]; expected: string | null }> = [
  { what: 'a state\'s long name with the other name in brackets', page: block('Senior General Karim Example', 'Office of the Chairman', 'Nay Pyi Taw', 'REPUBLIC OF THE UNION OF MYANMAR (Burma)'), expected: 'Myanmar' },
  { what: 'a seat of government that is not the capital in the data', page: block('Minister of Home Affairs Karim Example', 'Ministry of Home Affairs', 'Block D1, Parcel D', '62546 Putrajaya'), expected: 'Malaysia' },
  { what: 'Hong Kong ending an address', page: block('Secretary for Security Karim Example', 'Security Bureau', '2 Example Avenue, Tamar', 'Hong Kong'), expected: 'Hong Kong' },
  { what: 'Hong Kong in the headline', page: ['URGENT ACTION', 'HONG KONG: ACTIVIST JAILED FOR A SONG', '', 'Jane Example was jailed.', '', ...letter], expected: 'Hong Kong' },
  { what: 'an Indian state with its chief minister', page: ['Urgent Action', '', 'Jane Example, an activist, was detained.', '', 'Send an email to Madhya Pradesh Chief Minister Karim Example at cm@example.org', '', ...letter], expected: 'India' },
  { what: 'a German state\'s adjective with its minister', page: ['Urgent Action', '', 'Jane Example faces deportation.', '', 'Write to the Bavarian Interior Minister Karim Example, email: im@example.org', '', ...letter], expected: 'Germany' },
  { what: 'a Nigerian state with its governor', page: ['Urgent Action', '', 'Jane Example, a journalist, was detained.', '', 'Call on the Lagos State Governor to release her: governor@example.org', '', ...letter], expected: 'Nigeria' },
  { what: 'a Mexican state after its governor', page: ['Acción Urgente', '', 'Jane Ejemplo, defensora, fue detenida.', '', 'Escriba al Gobernador del Estado de Guerrero: gob@example.org', '', 'Señor Gobernador:', 'Le pido que libere de inmediato a Jane Ejemplo, detenida solo por defender los derechos humanos.', 'Atentamente,'], expected: 'Mexico' },
  { what: 'a US state\'s governor when no other country is named', page: ['Urgent Action', '', 'Jane Example faces execution next month.', '', 'Write to Texas Governor Karim Example: governor@example.org', '', ...letter], expected: 'United States' },
  { what: 'a country named only by its adjective, as the country', page: ['Urgent Action', 'HONDURAN ACTIVIST DETAINED', '', 'Honduran activist Jane Example was detained by Honduran police.', '', 'Write to:', 'Attorney General Karim Example', 'Office of the Attorney General', 'Email: ag@example.org', '', ...letter], expected: 'Honduras' },
  { what: 'a country whose accent the page dropped, with other dropped accents', page: ['Accin Urgente', '', 'Jane Ejemplo, una activista, fue detenida.', '', 'Escriba a:', 'Seor Presidente Karim Pea Example', 'Palacio Nacional', 'Ciudad Capital, Mxico', 'Correo-e: p@example.org', '', 'Seor Presidente:', 'Le pido que libere a Jane Ejemplo de inmediato y sin condiciones, ya que es una activista.', 'Atentamente,'], expected: 'México' },
];

describe('a country named in words the header reader misses', () => {
  for (const r of rows) {
    it(`reads ${r.what} as ${String(r.expected)}`, () => {
      const got = country(r.page);
      expect(got === null ? null : got.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe(r.expected?.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() ?? null);
    });
  }
});

describe('never a country from too little', () => {
  // Two countries named as often leave the prose reader undecided: the US state's office is then no answer either.
  const undecided = ['Urgent Action', '', 'Jane Example fled Guatemala for Mexico; she was arrested after crossing from Mexico, and faces deportation to Guatemala.', '', 'Write to Texas Governor Karim Example: governor@example.org', '', ...letter];
  it('takes a US state for the United States only when the page names no other country', () => {
    expect(country(undecided)).toBeNull();
  });
  it('reads no dropped accent where the page shows none', () => {
    expect(country(['Urgent Action', '', 'Jane Example was detained.', '', 'Write to:', 'President Karim Example', 'Palace Road', 'Capital City, Mxico', 'Email: p@example.org', '', ...letter])).toBeNull();
  });
});
