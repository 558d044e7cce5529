// An Indonesian letter opens "Kepada Yth." ("to the honourable") and runs the addressee onto the
// line under it: courtesy, academic and pilgrim titles, name, office and institution. The titles
// are no part of the name, and "Kepada Yth." is never an official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const letter = ['', 'Ibu Menteri yang terhormat,', '', 'Kami menulis surat ini untuk meminta Ibu segera membebaskan para aktivis damai yang ditahan tanpa proses hukum yang adil.', '', 'Hormat kami,'];
const pick = (t: Record<string, unknown>) => ({ name: t.name, title: t.title, address: t.address });

describe('an addressee run onto the line under "Kepada Yth."', () => {
  const rows: Array<{ what: string; lines: string[]; targets: Array<Record<string, unknown>> }> = [
    {
      what: 'courtesy, academic and pilgrim titles before the name; the institution after the office opens the address',
      lines: ['Kepada Yth.', 'Ibu Dr. Hj. Sari Contoh Menteri Luar Negeri Kementerian Luar Negeri', 'Jl. Teladan No. 6', 'Jakarta Pusat 10110', ...letter],
      targets: [{ name: 'Sari Contoh', title: 'Menteri Luar Negeri', address: ['Kementerian Luar Negeri', 'Jl. Teladan No. 6', 'Jakarta Pusat 10110'] }],
    },
    {
      what: '"Kepada Yang Terhormat", an office of one word before its own institution\'s word',
      lines: ['Kepada Yang Terhormat', 'Bapak Ir. Budi Contoh Kepala Kantor Staf Presiden Gedung Bina Graha', 'Jl. Teladan No. 1', 'Jakarta Pusat 10110', ...letter],
      targets: [{ name: 'Budi Contoh', title: 'Kepala Kantor Staf Presiden', address: ['Gedung Bina Graha', 'Jl. Teladan No. 1', 'Jakarta Pusat 10110'] }],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText } = importDocument(`${row.lines.join('\n')}\n`, { source: 'test.txt' });
      expect(draftTargets(caseText).map(pick)).toEqual(row.targets);
    });
  }
});
