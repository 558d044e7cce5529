// Signer lists as European Excel saves them (semicolons) and as a spreadsheet copy pastes them
// (tabs), through the built binary.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';

describe('generate --signers with other separators', () => {
  it.each([
    { name: 'semicolons (Excel in most of Europe), with a BOM and CRLF', file: 'signers.csv', text: '\uFEFFname;address;city;country\r\nŁukasz Wiśniewski;ul. Piotrkowska 5, m. 3;Łódź;Poland\r\nAna Silva;Rua 1;Lisboa;Portugal\r\n' },
    { name: 'tabs', file: 'signers.tsv', text: 'name\taddress\tcity\tcountry\nŁukasz Wiśniewski\tul. Piotrkowska 5, m. 3\tŁódź\tPoland\nAna Silva\tRua 1\tLisboa\tPortugal\n' },
  ])('reads $name', async ({ file, text }) => {
    const dir = tempDir();
    writeFileSync(join(dir, file), text);
    const r = await runCli(['generate', exampleCase, '--signers', join(dir, file), '--date', '2024-09-01', '--no-log', '--channel', 'letter', '--target', 'attorney-general', '--json', '--stdout']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const letters = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { signer: string; content: string });
    expect(letters.map((l) => l.signer)).toEqual(['Łukasz Wiśniewski', 'Ana Silva']);
    expect(letters[0]!.content.startsWith('Łukasz Wiśniewski\nul. Piotrkowska 5, m. 3\nŁódź\nPoland\n')).toBe(true);
  });
});
