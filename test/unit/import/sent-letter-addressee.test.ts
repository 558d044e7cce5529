// A group's page quoting the letter it sent, presented by a sentence that names whom it went to
// ("El texto enviado al Sr. …, Secretario de … dice así:"), with no contact details anywhere: the
// person and his office are the official. A sentence naming no person, or no office, gives none.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { sentLetterAddressee } from '../../../src/import/sent-letter-addressee.js';
import { draftTargets } from './helpers.js';

const page = (...lines: string[]) => [...lines, ''].join('\n');

describe('the addressee of a letter as sent, named in the sentence that quotes it', () => {
  const rows: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'Spanish: the courtesy, the name, a comma and the office, "dice así:" with no comma before it',
      text: page(
        'martes, 4 de marzo de 2014',
        '',
        'COMUNICADO DE LA ASOCIACIÓN',
        '',
        'La Asociación de Vecinos de Villaejemplo se ha sumado a la campaña para que los defensores de la tierra puedan trabajar sin miedo en Ejemplia.',
        '',
        'El texto enviado al Sr. Tomás Ejemplo Ruiz, Secretario de Gobernación de Ejemplia dice así:',
        '',
        '"Le escribo para expresarle mi preocupación por los ataques contra las personas que defienden la tierra en Ejemplia. Le pido que tome las medidas necesarias para protegerlas. Atentamente, la Asociación"',
      ),
      expected: [{ name: 'Tomás Ejemplo Ruiz', title: 'Secretario de Gobernación de Ejemplia' }],
    },
    {
      what: 'English: "The letter we sent to", the office first, then the name, "reads:"',
      text: page(
        'Our letter for the imprisoned teachers',
        '',
        'Members of our local group met last week and agreed to write on behalf of the teachers held since the strike.',
        '',
        'The letter we sent to the Minister of Education, Laura Sample, reads:',
        '',
        '"We are writing to express our concern for the teachers held since the strike in the capital. We ask you to release them without delay."',
      ),
      expected: [{ name: 'Laura Sample', title: 'Minister of Education' }],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    const targets = draftTargets(importDocument(text, { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, title: t.title }))).toEqual(expected);
  });

  it.each([
    ['no person, an office alone', 'The letter we sent to the Minister of Education reads:'],
    ['a group, no office', 'El texto enviado a la Asociación de Vecinos, nuestros amigos, dice así:'],
    ['no quotation announced', 'The letter we sent to Ms Laura Sample, Minister of Education, was never answered.'],
  ])('reads no official from a sentence with %s', (_, line) => {
    expect(sentLetterAddressee(line, 1)).toBeUndefined();
  });
});
