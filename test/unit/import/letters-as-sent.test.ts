// Letters published as they were sent: a sender's letterhead run straight into the dateline, copies
// listed after the signature (with no label, or under "Cc:" one a line), "Copied:" under an open
// letter's addressee, a church page's letters each told in a paragraph first, a blog's letter head
// whose line breaks were lost, a closing and signer glued onto the last paragraph and the story run
// on under the copies' full stop. Each official as printed; the sender, the intro and the copies'
// label never become one.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitGluedClosing } from '../../../src/import/glued-closing.js';
import { splitGluedLetterHead } from '../../../src/import/glued-letter-head.js';
import { draftTargets } from './helpers.js';

const page = (...lines: string[]): string => lines.join('\n');
/** name · title · address · copy */
const summary = (t: Record<string, unknown>) => [t['name'], t['title'] ?? '-', ((t['address'] as string[] | undefined) ?? []).join(' / '), t['copy'] === true ? 'copy' : 'to'].join(' · ');
const LETTER = 'We write about the journalist Ann Example, detained since May without charge. We urge you to release her without delay.';

describe('letters as sent', () => {
  const rows: Array<{ what: string; text: string; expected: string[] }> = [
    {
      what: "a lawyers' letterhead run straight into the dateline and the addressee, no blank line between: the sender is no official",
      text: page('CABINET EXEMPLE', 'CABINET EXEMPLE', '12, Rue Exemple', 'B.P. 4321', 'Exampleville, Haiti', 'Tel : (509) 2000-0000', 'Email: office@cabinet.example.org', 'Exampleville, le 3 Mars 2013', 'Monsieur Pablo EXEMPLO', 'Président de la Commission Exemple', '100 Example Street NW', 'Washington DC 20006', 'Re: Demande urgente', 'Monsieur le Président,', 'Nous vous écrivons au nom de notre cliente, détenue depuis mai sans inculpation, et vous prions de demander sa libération.', 'Veuillez agréer, Monsieur le Président, nos salutations.'),
      expected: ['Pablo EXEMPLO · Président de la Commission Exemple · 100 Example Street NW / Washington DC 20006 · to'],
    },
    {
      what: 'copies after the signature with no label, one a line ending in commas, the last an office, its institution and its holder',
      text: page('Minister of Justice', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Oslo, 06.10.2016', '', 'Your Excellency,', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender', 'President, Example Writers Centre', '', 'The Exampleland Ministry of Foreign Affairs,', 'The Embassy of Exampleland in Oslo,', 'Secretary General, High Council for Human Rights, Ali Sample.'),
      expected: [
        'Omar Example · Minister of Justice · 1 Palace Road / Exampletown · to',
        'The Exampleland Ministry of Foreign Affairs · - ·  · copy',
        'The Embassy of Exampleland in Oslo · - ·  · copy',
        'Ali Sample · Secretary General ·  · copy',
      ],
    },
    {
      what: '"Cc:" with the first copy on its line and more copies one a line under it, each with its title and address pieces',
      text: page('Minister of Justice', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Your Excellency,', '', LETTER, '', 'Yours sincerely,', '', 'Joan Sender', '', 'Cc: Dr Sara Example, Rapporteur, Advisory Council for Human Rights, Exampletown', 'Human Rights Committee, The Peoples Hall, Exampleburg', 'Her Excellency Dr. Mona Sample, Ambassador of Exampleland, 12 Example Street, Ottawa ON K1A 0A1'),
      expected: [
        'Omar Example · Minister of Justice · 1 Palace Road / Exampletown · to',
        'Sara Example · Rapporteur · Advisory Council for Human Rights / Exampletown · copy',
        'Human Rights Committee · - · The Peoples Hall, Exampleburg · copy',
        'Mona Sample · Ambassador of Exampleland · 12 Example Street, Ottawa ON K1A 0A1 · copy',
      ],
    },
    {
      what: '"Copied:" under an open letter\'s addressee opens a copy, no part of his fields',
      text: page('Open letter on the detention of Ann Example', '', 'Ivan Example Petrov, Prosecutor General of the City of Exampleburg', 'Copied: Division of Preliminary Investigations in Exampleburg', '', 'Dear Mr Petrov,', '', LETTER, '', 'Sincerely,', '', 'Example Press Network'),
      expected: [
        'Ivan Example Petrov · Prosecutor General of the City of Exampleburg ·  · to',
        'Division of Preliminary Investigations in Exampleburg · - ·  · copy',
      ],
    },
    {
      what: "a church page's letters each told in a paragraph first: the block under the paragraph is the next letter's addressee",
      text: page('Letters for this month', '', 'Minister of Justice', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Your Excellency:', '', LETTER, '', 'Yours sincerely,', '', 'Sara Example is a teacher sentenced to ten years in prison for her union work.', '', 'Ayatollah Ali Example', '(care of) Public relations Office', 'Number 4, Example Street', 'Exampletown', '', 'Your Excellency:', '', LETTER, '', 'Yours sincerely,'),
      expected: [
        'Omar Example · Minister of Justice · 1 Palace Road / Exampletown · to',
        'Ali Example · - · (care of) Public relations Office / Number 4, Example Street / Exampletown · to',
      ],
    },
    {
      what: 'a letter head whose line breaks were lost: the date, the block and the greeting cut apart',
      text: page('The letter we sent', '', 'March 3, 2012Anna ExampleMinister CounsellorEmbassy of the Republic of ExamplelandWashington, DCDear Ms. Example,I write to ask your government to release the two activists arrested last week in the capital without charge.Sincerely,Tom Sender'),
      expected: ['Anna Example · Minister Counsellor · Embassy of the Republic of Exampleland / Washington, DC · to'],
    },
    {
      what: 'the closing and signer glued onto the last paragraph, the copies run on into the story under their full stop',
      text: page('Minister of Justice', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Your Excellency,', LETTER, 'We ask that she may see her lawyer and her children. Yours sincerely,Ms Kari Sender', '', 'Chair of the Example Writers Centre', '', '', 'The Exampleland Ministry of Foreign Affairs,', 'The Embassy of Exampleland in Oslo,', 'Secretary General, High Council for Human Rights, Ali Sample.', 'Last spring Ann Example wrote a letter from her cell to the court.'),
      expected: [
        'Omar Example · Minister of Justice · 1 Palace Road / Exampletown · to',
        'The Exampleland Ministry of Foreign Affairs · - ·  · copy',
        'The Embassy of Exampleland in Oslo · - ·  · copy',
        'Ali Sample · Secretary General ·  · copy',
      ],
    },
    {
      what: 'Spanish: "Atentamente," glued to the last paragraph with the signer after it, the copies under it',
      text: page('Ministro de Justicia', 'Omar Ejemplo', 'Avenida Central 12', 'Ciudad Ejemplo', '', 'Señor Ministro:', 'Le escribimos por la periodista Ana Ejemplo, detenida desde mayo sin cargos, y le pedimos su liberación inmediata.', 'Le rogamos que pueda ver a su abogada y a sus hijos. Atentamente, Juana Remitente', '', 'Ministerio de Relaciones Exteriores de Ejemplia,', 'Embajada de Ejemplia en Madrid.', 'En junio la periodista escribió una carta desde la cárcel al tribunal.'),
      expected: [
        'Omar Ejemplo · Ministro de Justicia · Avenida Central 12 / Ciudad Ejemplo · to',
        'Ministerio de Relaciones Exteriores de Ejemplia · - ·  · copy',
        'Embajada de Ejemplia en Madrid · - ·  · copy',
      ],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    expect(draftTargets(importDocument(text, { source: 'p.txt' }).caseText).map(summary)).toEqual(expected);
  });

  it.each([
    ['a sentence after the closing word', 'We thank you for your attention to this case. Respectfully, we ask you to release her.'],
    ['a closing inside the paragraph', 'She wrote: Yours sincerely, and then the guards took the letter away from her cell.'],
  ])('cuts no closing from a line with %s', (_, line) => {
    expect(splitGluedClosing(line)).toBeUndefined();
  });

  it('reads no unlabelled copies from lines that end in commas but name nobody', () => {
    const text = page('Minister of Justice', 'Omar Example', '1 Palace Road', 'Exampletown', '', 'Your Excellency,', '', LETTER, '', 'Yours sincerely,', '', 'Kari Sender', '', 'With thanks to everyone who signed,', 'and to our members in the north,', 'and to you all.');
    expect(draftTargets(importDocument(text, { source: 'p.txt' }).caseText).map(summary)).toEqual(['Omar Example · Minister of Justice · 1 Palace Road / Exampletown · to']);
  });
});

describe('a letter head glued together', () => {
  it('cuts it back into the date, the block and the greeting', () => {
    expect(splitGluedLetterHead('September 13, 2007Charles ExampleDeputy Chief of MissionEmbassy of ExamplelandWashington, DCDear Mr. Example,As an advocate I write to you.')).toEqual(['September 13, 2007', 'Charles Example', 'Deputy Chief of Mission', 'Embassy of Exampleland', 'Washington, DC', 'Dear Mr. Example,', 'As an advocate I write to you.']);
  });
  it.each([
    ['no greeting after the block', 'September 13, 2007Charles ExampleDeputy Chief of MissionEmbassy of Exampleland'],
    ['no person opening the block', 'September 13, 2007Posted by the teamEmbassy of ExamplelandDear Mr. Example,As an advocate I write.'],
    ['a sentence, no date first', 'On September 13 we met Charles McDonald of the Embassy. Dear Mr. McDonald,As we said.'],
  ])('leaves the line whole with %s', (_, line) => {
    expect(splitGluedLetterHead(line)).toBeUndefined();
  });
});
