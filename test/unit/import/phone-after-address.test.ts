// A flattened block leaves an unlabelled phone number at the end of the address's last line. A
// country code before an area code in brackets ("57(1) …") is such a number, and two of them with a
// spaced dash between are two numbers: the first is the phone, the second named in a TODO.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

interface Target {
  name?: string;
  address?: string[];
  phone?: string;
  email?: string;
}
function read(lines: readonly string[]): { targets: Target[]; caseText: string } {
  const { caseText } = importDocument(`${lines.join('\n')}\n`, { source: 'page.txt' });
  return { targets: (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Target[] }).targets, caseText };
}

const page = (numbers: string) => [
  'ACCIÓN URGENTE',
  'EJEMPLIA: DEFENSORA AMENAZADA',
  'Escriban a:',
  'Sr. Martín Ejemplo Prueba',
  'Fiscal General de la Nación',
  'Calle 22B No. 52-01, Ciudad Ejemplo',
  'Ejemplia',
  `${numbers} fiscal@example.org`,
  '',
  'Señor Fiscal:',
  'Le pido que proteja a la defensora y a su familia sin demora.',
];

describe('an unlabelled phone number under the address', () => {
  it.each([
    { numbers: '57(1) 555 20 00', phone: '57(1) 555 20 00', second: undefined },
    { numbers: '57(1) 555 20 00 - 57(1) 555 90 00', phone: '57(1) 555 20 00', second: '57(1) 555 90 00' },
    { numbers: '57 (1) 555 20 00', phone: '57 (1) 555 20 00', second: undefined },
  ])('"$numbers" is the phone, not an address line', ({ numbers, phone, second }) => {
    const { targets, caseText } = read(page(numbers));
    expect(targets[0]?.phone).toBe(phone);
    expect(targets[0]?.email).toBe('fiscal@example.org');
    expect(targets[0]?.address?.some((a) => /555/.test(a))).toBe(false);
    if (second) expect(caseText).toContain(`"${second}" was left out: a second phone number`);
  });
});
