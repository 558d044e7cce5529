// An Italian blog's appeal: the blog's own lines around the post (its name, the post's date in the
// blog's language, the comment counter) are never an official nor part of the letter; a closing
// ("Un cordiale saluto,", "Grazie a tutti,") is never the letter's greeting; and a sample text to
// the prisoner ("Caro Luca,") under a consul's postal block is no salutation of the consul's.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { greetedFirstName } from '../../../src/import/first-name-greeting.js';
import { draftTargets } from './helpers.js';

const STORY = ['Ruritania: giornalista in carcere', '', 'Luca Prova, giornalista, è detenuto da tre anni per aver scritto un articolo sulla corruzione.', ''];
const BLOCK = ['Scrivete a:', 'Ministro della Giustizia', 'Mario Esempio', 'Via Esempio 3', '00100 Roma', ''];
const LETTER = ['Signor Ministro,', 'le scrivo per chiederle di rilasciare Luca Prova, detenuto solo per le sue opinioni pacifiche.', 'Distinti saluti', ''];

const run = (lines: readonly string[]) => importDocument(lines.join('\n'), { source: 'blog.txt' });

describe("a blog's own lines around an appeal", () => {
  const rows: Array<{ what: string; lines: string[]; furniture: string }> = [
    { what: "the blog's name alone on the first line, above the block", lines: ['Esempio Blog', '', ...BLOCK, ...LETTER], furniture: 'Esempio Blog' },
    { what: 'a Polish weekday and date on its own line', lines: ['Esempio Blog', '', 'niedziela, 23 września 2007', '', ...STORY, ...BLOCK, ...LETTER], furniture: 'niedziela' },
    { what: 'an Italian weekday and date on its own line', lines: ['Esempio Blog', '', 'sabato 3 marzo 2007', '', ...STORY, ...BLOCK, ...LETTER], furniture: 'sabato' },
    { what: "the Italian comment counter under the letter", lines: [...STORY, ...BLOCK, ...LETTER, 'Nessun commento:', '', 'Posta un commento'], furniture: 'commento' },
    { what: "the Polish comment counter under the letter", lines: [...STORY, ...BLOCK, ...LETTER, 'Komentarze (0):'], furniture: 'Komentarze' },
    { what: "the English comment counter under the letter", lines: [...STORY, ...BLOCK, ...LETTER, '3 comments:', 'Post a Comment'], furniture: 'omment' },
  ];
  it.each(rows)('$what is no official nor part of the letter', ({ lines, furniture }) => {
    const result = run(lines.map((l) => (l === 'Scrivete a:' || l === 'Distinti saluti' ? '' : l)));
    const targets = draftTargets(result.caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe('Mario Esempio');
    expect(result.caseText).not.toContain(furniture);
  });
});

describe('a closing is never the greeting of a letter', () => {
  it.each(['Un cordiale saluto,', 'Grazie a tutti,', 'Cari saluti,'])('%s above a paragraph is no salutation', (closing) => {
    const result = run([...STORY, ...BLOCK, closing, 'le scrivo per chiederle di rilasciare Luca Prova, detenuto solo per le sue opinioni pacifiche.', 'Anna']);
    const targets = draftTargets(result.caseText);
    expect(targets[0]?.salutation).toBeUndefined();
    expect(result.report.entries).toContainEqual(expect.objectContaining({ field: 'salutation', status: 'missing' }));
  });
});

describe("a text for the prisoner under a consul's postal block", () => {
  const rows: Array<{ what: string; lines: string[]; name: string; street: string }> = [
    {
      what: 'an Italian postcard: "Caro Luca" under "Console Paolo Esempio"',
      lines: ['Cartoline per Luca', '', 'Luca Prova è detenuto in Ruritania. Mandategli una cartolina tramite il consolato.', '', 'Console Paolo Esempio', 'Via Esempio 12', 'Città', 'Paese', '', 'Il testo che può essere utilizzato è:', '', 'Caro Luca,', 'ti pensiamo e ti siamo vicini. Non sei solo.', '', 'Un cordiale saluto,'],
      name: 'Paolo Esempio',
      street: 'Via Esempio 12',
    },
    {
      what: 'an English postcard: "Dear Luca" under "Consul Jane Example"',
      lines: ['Postcards for Luca', '', 'Luca Example is held for his writing. Send him a postcard through the consulate.', '', 'Consul Jane Example', '12 Example Street', 'Example City', 'Ruritania', '', 'The text you can use is:', '', 'Dear Luca,', 'we think of you and stand with you. You are not alone.'],
      name: 'Jane Example',
      street: '12 Example Street',
    },
  ];
  it.each(rows)('$what: the consul keeps name and address, and no salutation', ({ lines, name, street }) => {
    const targets = draftTargets(run(lines).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe(name);
    expect(targets[0]?.address).toContain(street);
    expect(targets[0]?.salutation).toBeUndefined();
  });
});

describe('greetedFirstName: a familiar opener and one given name', () => {
  const rows: Array<{ greeting: string; expected: string | undefined }> = [
    { greeting: 'Caro Luca,', expected: 'luca' },
    { greeting: '"Dear Jane,', expected: 'jane' },
    { greeting: 'Liebe Anne-Marie,', expected: 'anne-marie' },
    { greeting: 'Dear Counselor,', expected: undefined },
    { greeting: 'Caro Presidente,', expected: undefined },
    { greeting: 'Dear Minister,', expected: undefined },
    { greeting: 'Dear Friends,', expected: undefined },
    { greeting: 'Dear Mr Example,', expected: undefined },
    { greeting: 'Signor Presidente,', expected: undefined },
  ];
  it.each(rows)('$greeting → $expected', ({ greeting, expected }) => {
    expect(greetedFirstName(greeting)).toBe(expected);
  });
});

describe("a German, French or Spanish blog's comment counter under an office's email", () => {
  it.each([
    ['0 Antworten', 'Hinterlassen Sie einen Kommentar'],
    ['2 réponses', 'Laisser un commentaire'],
    ['0 respuestas', 'Deja un comentario'],
  ])('"%s" / "%s" is no address line', (counter, link) => {
    const page = ['E-Mail-Aktion', '', 'Das Rettungsschiff wartet seit Tagen auf einen Hafen.', '', 'Schreiben Sie an den EU-Ratspräsidenten:', 'praesident@example.eu', '', counter, '', link, ''];
    const result = run(page);
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => t.email)).toEqual(['praesident@example.eu']);
    expect(JSON.stringify(targets)).not.toContain(counter);
  });
});
