// A campaign post lists the officials to email as bullets, one a line: the person, his office and his
// email between commas, the ones to copy in marked "cc:". Each bullet is an official (a "cc:" one a
// copy); a lone bullet, a bullet of running text, or a page whose blocks name someone is left alone.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const head = ['Solidarity Walk Attacked', '', 'Act now!', '', 'Send an email to the Foreign Office.', ''];
const read = (lines: string[]) => draftTargets(importDocument([...head, ...lines, '', 'Thank you for acting.', ''].join('\n'), { source: 'bullets.txt' }).caseText);

describe('a bulleted list of officials, each a name, an office and an email', () => {
  it.each([
    {
      label: 'bullets with "cc:" on the copies',
      lines: ['  • Jane Example, Assistant Secretary for Southern Affairs, examplej@state.example', '  • cc: John Sample, Deputy Assistant Secretary in the Southern Bureau, samplej@state.example', '  • cc: Ana Muster, Human Rights Officer in the Embassy in Ruritania, mustera@state.example'],
      want: [
        { name: 'Jane Example', title: 'Assistant Secretary for Southern Affairs', email: 'examplej@state.example' },
        { name: 'John Sample', title: 'Deputy Assistant Secretary in the Southern Bureau', email: 'samplej@state.example', copy: true },
        { name: 'Ana Muster', title: 'Human Rights Officer in the Embassy in Ruritania', email: 'mustera@state.example', copy: true },
      ],
    },
    {
      label: 'dashes, a blank line between',
      lines: ['- Jane Example, Minister of Justice, minister@justice.example', '', '- John Sample, Attorney General, ag@justice.example'],
      want: [
        { name: 'Jane Example', title: 'Minister of Justice', email: 'minister@justice.example' },
        { name: 'John Sample', title: 'Attorney General', email: 'ag@justice.example' },
      ],
    },
  ])('$label', ({ lines, want }) => {
    const targets = read(lines);
    expect(targets).toHaveLength(want.length);
    expect(targets).toMatchObject(want);
    expect(targets[0]?.copy).not.toBe(true);
  });

  it.each([
    ['one bullet alone', ['  • Jane Example, Assistant Secretary for Southern Affairs, examplej@state.example']],
    ['bullets of running text', ['  • write to Jane Example, who answers at examplej@state.example', '  • tell John Sample, the deputy, at samplej@state.example']],
  ])('%s: no official read from it', (_what, lines) => {
    expect(read(lines)).toEqual([]);
  });
});
