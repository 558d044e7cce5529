// A call-in page that lists desk officers one a line with no heading over them (office, name and
// number on one line, a remark after the number), an institution's switchboard, and a call request
// in running text that names several callees each before his number.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isInstruction } from '../../../src/import/furniture.js';
import { draftTargets } from './helpers.js';

const head = ['URGENT ACTION', '', 'RURITANIA: STUDENT LEADER HELD', '', 'Karim Beispiel, a student leader, has been held without charge since 3 May. He has had no access to a lawyer.', ''];
const read = (lines: string[]) => draftTargets(importDocument([...head, ...lines, ''].join('\n'), { source: 'call.txt' }).caseText);

const lists = [
  {
    label: 'office, colon, name, wide spaces, number',
    lines: ['Director of the Northern Bureau: Jane Example    202-555-0176', 'Country Desk: Maria Example, 202-555-0120'],
    want: [{ name: 'Jane Example', title: 'Director of the Northern Bureau', phone: '202-555-0176' }, { name: 'Maria Example', title: 'Country Desk', phone: '202-555-0120' }],
  },
  {
    label: 'a rank before the name, a remark after the number',
    lines: ['Deputy Director John Example  202-555-0143 Central Region Affairs', 'Desk Officer (Ruritania) Ana Example  202-555-0199'],
    want: [{ name: 'John Example', title: 'Deputy Director', phone: '202-555-0143' }, { name: 'Ana Example', title: 'Desk Officer (Ruritania)', phone: '202-555-0199' }],
  },
  {
    label: 'an office, then a rank and the name',
    lines: ['Office of Southern Affairs: Director Chris Example, 202-555-0187', 'Country Desk: Maria Example, 202-555-0120'],
    want: [{ name: 'Chris Example', title: 'Director', organisation: 'Office of Southern Affairs', phone: '202-555-0187' }, { name: 'Maria Example', phone: '202-555-0120' }],
  },
  {
    label: 'in Spanish',
    lines: ['Llame a los funcionarios del Departamento de Estado:', '', 'Director adjunto Jane Example  202-555-0143 Asuntos de Centroamérica', 'Jefa de la oficina: Ana Ejemplo, 202-555-0199'],
    want: [{ name: 'Jane Example', title: 'Director adjunto', phone: '202-555-0143' }, { name: 'Ana Ejemplo', title: 'Jefa de la oficina', phone: '202-555-0199' }],
  },
  {
    label: 'a switchboard on its own line',
    lines: ['Contact the Foreign Ministry Switchboard: 202-555-0100'],
    want: [{ name: 'Foreign Ministry Switchboard', phone: '202-555-0100' }],
  },
  {
    label: 'two switchboards',
    lines: ['Foreign Ministry Switchboard: 202-555-0100', 'Parliament Switchboard: 202-555-0111'],
    want: [{ name: 'Foreign Ministry Switchboard', phone: '202-555-0100' }, { name: 'Parliament Switchboard', phone: '202-555-0111' }],
  },
  {
    label: 'a request naming three callees',
    lines: ['Call the Foreign Ministry, Ruritania desk, Jane Example at 202-555-0134 or John Example at 202-555-0178; or the Ambassador in Capital City at 011-504-555-0100 ext #42. Demand that he is released.'],
    want: [{ name: 'Jane Example', phone: '202-555-0134' }, { name: 'John Example', phone: '202-555-0178' }, { name: 'Ambassador in Capital City', phone: '011-504-555-0100 ext 42' }],
  },
  {
    label: 'the same request with its line breaks kept',
    lines: ['Call the Foreign Ministry, Ruritania desk, Jane Example at 202-555-0134 or John', 'Example at 202-555-0178; or the Ambassador in Capital City at 011-504-555-0100', 'ext #42. Demand that he is released.'],
    want: [{ name: 'Jane Example', phone: '202-555-0134' }, { name: 'John Example', phone: '202-555-0178' }, { name: 'Ambassador in Capital City', phone: '011-504-555-0100 ext 42' }],
  },
  {
    // An older page prints each number right after its callee, no "at" between.
    label: 'a request naming three officials, each number right after his office and name',
    lines: ['Please phone President Example 555-2-0000001, Prime Minister Sample 555-2-0000002 and Deputy Prime Minister Muster 555-3-0000003 and ask them to stop the demolitions.'],
    want: [{ name: 'Example', title: 'President', phone: '555-2-0000001' }, { name: 'Sample', title: 'Prime Minister', phone: '555-2-0000002' }, { name: 'Muster', title: 'Deputy Prime Minister', phone: '555-3-0000003' }],
  },
];

describe('a call list with no heading, and a call request naming several callees', () => {
  it.each(lists)('$label: one official each, the number as his phone', ({ lines, want }) => {
    const targets = read(lines);
    expect(targets).toHaveLength(want.length);
    expect(targets).toMatchObject(want);
    const text = JSON.stringify(targets);
    // The remark after the number, the instruction above and the person at risk are in no field.
    expect(text).not.toMatch(/Central Region Affairs|Asuntos de|Llame|Karim|Ruritania desk|"salutation"/);
  });

  // "…, Fax 555-…", "Office: Fax …": the label printed before the number says which of his numbers it is.
  it.each([
    {
      label: 'an office with a colon, then a fax label; a person, a comma, then a fax label',
      lines: ['Regional Civil Affairs Command: Fax 011-555-2-000-7001.', '', 'President Jane Example, Fax 202-555-0161, e-mail president'],
      want: [{ name: 'Regional Civil Affairs Command', fax: '011-555-2-000-7001' }, { name: 'Jane Example', title: 'President', fax: '202-555-0161' }],
    },
    {
      label: 'a phone label before the number',
      lines: ['Deputy Director John Example, Phone: 202-555-0143', 'Country Desk: Maria Example, Tel. 202-555-0120'],
      want: [{ name: 'John Example', title: 'Deputy Director', phone: '202-555-0143' }, { name: 'Maria Example', title: 'Country Desk', phone: '202-555-0120' }],
    },
  ])('$label: the number in the field its label names, the label in no name', ({ lines, want }) => {
    const targets = read(lines);
    expect(targets).toMatchObject(want);
    for (const [i, w] of want.entries()) {
      if (!('phone' in w)) expect(targets[i]?.phone).toBeUndefined();
      if (!('fax' in w)) expect(targets[i]?.fax).toBeUndefined();
    }
    expect(JSON.stringify(targets)).not.toMatch(/"(?:Fax|Phone|Tel)|(?:Fax|Phone|Tel\.?)"/);
  });

  it('a switchboard that puts the reader through to his own member is no callee', () => {
    const targets = read(['Please phone President Example 555-2-0000001, Prime Minister Sample 555-2-0000002 and ask them to stop the demolitions.', '', 'Or call the Parliament Switchboard at (555)-010-3132 and ask for the appropriate', 'member of parliament.']);
    expect(targets.map((t) => t.name)).toEqual(['Example', 'Sample']);
  });

  it('a link read where a name stands, its numbers under it, leaves the callees named above', () => {
    const targets = read([
      'Please phone President Example 555-2-0000001, Prime Minister Sample 555-2-0000002 and ask them to stop the demolitions.',
      '',
      'Contact Senators - http://www.example.gov/senators/contact',
      'Contact your Representative - http://www.example.org/reps/',
      '',
      'Public Appeals Officer Phone: 011 (country code 555) (0-inside the country)3-555-1000',
      'Public Appeals Officer Fax: (country code 555) (0-inside the country) 3-555-9400',
    ]);
    expect(targets.map((t) => t.name)).toEqual(['Example', 'Sample']);
  });

  it('one line of a name and a number in running text is no list', () => {
    expect(read(['Her lawyer, Jane Example 202-555-0176'])).toEqual([]);
  });

  it('names printed before numbers with no office and no "at" are no callees', () => {
    expect(read(['Please phone Jane Example 555-2-0000001 and John Example 555-2-0000002 to hear their story.'])).toEqual([]);
  });

  it("the page's own staff and lines are never callees", () => {
    expect(read(['Contact Mary Sample, Urgent Action Coordinator, at 212-555-0100', 'Questions? Call our Urgent Action office at 212-555-0101 or Mary Sample at 212-555-0102.'])).toEqual([]);
  });

  it.each(['Llame a los funcionarios del Departamento de Estado:', 'Appelez le ministère de la Justice :', 'Ligue para o gabinete do ministro:'])('"%s" asks the reader to call: an instruction, never a salutation', (line) => {
    expect(isInstruction(line)).toBe(true);
  });

  it("an organisation whose name opens with a call word is no instruction (\"Ligue des droits de l'Homme\")", () => {
    expect(isInstruction("Ligue des droits de l'Homme")).toBe(false);
  });
});
