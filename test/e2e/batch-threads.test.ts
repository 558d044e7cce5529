// Big batches use helper threads: the signer list is read in a thread of its own, and writer
// threads publish the files while the main thread renders. UA_LETTER_THREADS forces them on (a
// number) or off (0) whatever the batch's size: a small batch must come out the same either way,
// byte for byte, with the same messages.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir, type CliResult } from '../helpers/cli.js';

const onTime = ['--date', '2024-09-01', '--no-log'];
const FIRST = ['Ђорђе', 'Łukasz', 'Ayşe', 'María José', 'Chloé', 'Søren', 'Nguyễn Thị', 'Ana', '李', "Mary-Ellen O'Brien"];
const LAST = ['Петровић', 'Wiśniewski', 'Öztürk', 'Núñez', 'Dubois', 'Kjær', 'Hương', 'Silva', '', 'Smith'];

/** `n` signers; every 17th repeats an earlier name (a folder "-2"), every 5th writes in Spanish. */
function signerList(n: number, extraRows: string[] = []): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / 3) % LAST.length]}${i % 17 === 0 ? '' : ` ${i}`}`.trim();
    return `"${name}","${i} Example Street",Leeds,United Kingdom,s${i}@example.org,,${i % 5 === 0 ? 'es' : 'en'}`;
  });
  const dir = tempDir('ua-threads-');
  const file = join(dir, 'signers.csv');
  writeFileSync(file, ['name,address,city,country,email,personal,lang', ...rows, ...extraRows].join('\n') + '\n');
  return file;
}

/** Every file under `dir` with its bytes, paths relative. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name))]));
}

async function both(args: (out: string) => string[]): Promise<{ on: CliResult & { out: string }; off: CliResult & { out: string } }> {
  const run = async (threads: string) => {
    const out = join(tempDir('ua-threads-out-'), 'out');
    const r = await runCli(args(out), { env: { UA_LETTER_THREADS: threads }, timeoutMs: 60_000 });
    const clean = (s: string) => s.split(out).join('OUT').replace(/\(\d+\.\d s\)/, '(s)');
    return { ...r, stdout: clean(r.stdout), stderr: clean(r.stderr), out };
  };
  return { on: await run('2'), off: await run('0') };
}

describe('a batch with helper threads', () => {
  it('writes the same files and prints the same JSON Lines as without them', async () => {
    const signers = signerList(300);
    const { on, off } = await both((out) => ['generate', exampleCase, '--signers', signers, '--out', out, '--json', ...onTime]);
    expect(on.code).toBe(0);
    expect(off.code).toBe(0);
    expect(on.stdout.split('\n').length).toBeGreaterThan(1200);
    expect(on.stdout).toBe(off.stdout);
    expect(on.stderr).toBe(off.stderr);
    const [a, b] = [tree(on.out), tree(off.out)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it('really runs the writer threads it is asked for (and none when told 0)', async () => {
    const signers = signerList(120);
    const used = async (threads: string) => {
      const out = join(tempDir('ua-threads-used-'), 'out');
      const r = await runCli(['generate', exampleCase, '--signers', signers, '--out', out, '--debug', ...onTime], { env: { UA_LETTER_THREADS: threads }, timeoutMs: 60_000 });
      expect(r.code).toBe(0);
      return /writer threads used: (\d+)/.exec(r.stderr)?.[1];
    };
    expect(await used('2')).toBe('2');
    expect(await used('0')).toBe('0');
  });

  it('reports the same problems in a signer list it reads in a thread', async () => {
    const bad = ['"",1 Road,Leeds,United Kingdom,x@example.org,,en', '"Bad Email",2 Road,Leeds,United Kingdom,not-an-email,,en', '"Too",Many,Fields,Here,a@b.org,,en,extra'];
    const signers = signerList(50, bad);
    const refused = await both((out) => ['generate', exampleCase, '--signers', signers, '--out', out, ...onTime]);
    expect(refused.on.code).toBe(2);
    expect(refused.on.stderr).toBe(refused.off.stderr);
    expect(refused.on.stderr).toMatch(/signers\.csv:5\d/);
    const skipped = await both((out) => ['generate', exampleCase, '--signers', signers, '--skip-invalid', '--out', out, ...onTime]);
    expect(skipped.on.code).toBe(0);
    expect(skipped.on.stderr).toBe(skipped.off.stderr);
    expect(skipped.on.stderr).toContain('(row skipped)');
  });

  it('stops with the same error when a file cannot be written', async () => {
    const signers = signerList(40);
    const { on, off } = await both((out) => {
      // A folder where the second signer's letter should go.
      mkdirSync(join(out, 'venezuela-protest-detentions', 'lukasz-petrovic-1', 'attorney-general.letter.txt'), { recursive: true });
      return ['generate', exampleCase, '--signers', signers, '--out', out, ...onTime];
    });
    expect(on.code).toBe(1);
    expect(on.stderr).toContain('Cannot write OUT/venezuela-protest-detentions/lukasz-petrovic-1/attorney-general.letter.txt: a folder of that name is in the way');
    expect(on.stderr).toBe(off.stderr);
  });
});
