// A numbered fax list under the sentence that announces it ("Faxes should be sent to:"): one
// official an item, a military rank a courtesy title, the office his title, the fax at the item's
// end or wrapped onto the line under it; an item the page cut off keeps its name as printed.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (lines: string[]) =>
  ['URGENT ACTION', '', 'ISRAEL/OPT: ACTIVIST HELD WITHOUT CHARGE', '', 'Karim Beispiel, a community organiser, has been held without charge or trial for six months.', '', ...lines, ''].join('\n');

const rows = [
  {
    label: 'a fax wrapped onto the next line, then one on the item',
    lines: ['Faxes should be sent to:', '1. Major General Jane Example, Regional Commander, Fax:', '972-2-555-0141', '2. Defence Minister John Example, Fax: 972-3-555-0157'],
    want: [{ name: 'Jane Example', honorific: 'Major General', title: 'Regional Commander', fax: '972-2-555-0141' }, { name: 'John Example', title: 'Defence Minister', fax: '972-3-555-0157' }],
  },
  {
    label: 'a last item cut off by the page',
    lines: ['Please send faxes to:', '1. Defence Minister John Example, Fax: 972-3-555-0157', '2. Military Advocate General, Brigadier General Ana Ex'],
    want: [{ name: 'John Example', fax: '972-3-555-0157' }, { name: 'Ana Ex', title: 'Military Advocate General' }],
  },
  {
    label: 'a blank line after every line',
    lines: ['Faxes should be sent to:', '', '1. Major General Jane Example, Regional Commander, Fax:', '', '+972 2 555 0141', '', '2. Defence Minister John Example, Fax: +972 3 555 0157'],
    want: [{ name: 'Jane Example', fax: '+972 2 555 0141' }, { name: 'John Example', fax: '+972 3 555 0157' }],
  },
];

describe('a numbered fax list', () => {
  it.each(rows)('$label: one official an item, each with his own fax', ({ lines, want }) => {
    const result = importDocument(page(lines), { source: 'faxes.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets).toHaveLength(want.length);
    expect(targets).toMatchObject(want);
    expect(JSON.stringify(targets)).not.toMatch(/Karim|Faxes|General Jane|General Ana/);
  });

  it("a cut-off item's missing fax is named in a TODO, never taken from the item above", () => {
    const result = importDocument(page(rows[1]?.lines ?? []), { source: 'faxes.txt' });
    expect(draftTargets(result.caseText)[1]?.fax).toBeUndefined();
    expect(result.caseText).toMatch(/# TODO: line 9 "Military Advocate General, Brigadier General Ana Ex" was left out: no fax number printed/);
  });
});
