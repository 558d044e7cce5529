// `generate --format html` through the built binary and the library: which files a run writes,
// batches with their case index, the no-clobber rule, --json, and refusals. What the page looks like
// in a browser is test/browser/action-page.test.ts.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleCase, repoRoot, runCli, tempDir } from '../helpers/cli.js';

const ada = ['--name', 'Ada', '--city', 'Leeds', '--country', 'United Kingdom', '--date', '2024-09-01', '--no-log'];
const pagePath = (out: string) => join(out, 'venezuela-protest-detentions', 'index.html');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function signerList(dir: string): string {
  const path = join(dir, 'signers.csv');
  writeFileSync(path, 'name,city,country\nAda Lovelace,Leeds,United Kingdom\nBéatrice Ngo,Lyon,France\nÇağrı Demir,İzmir,Türkiye\n');
  return path;
}

describe('generate --format html', () => {
  it('writes one page for the case and nothing else, and says where it is', async () => {
    const out = join(tempDir(), 'letters');
    const r = await runCli(['generate', exampleCase, '--format', 'html', '--out', out, ...ada]);
    expect(r.code).toBe(0);
    expect(filesIn(out)).toEqual(['venezuela-protest-detentions/index.html']);
    expect(r.stderr).toContain(`Open ${out}/venezuela-protest-detentions/index.html in your browser`);
    const html = readFileSync(pagePath(out), 'utf8');
    expect(html).toContain('<h1>Venezuela: mass detention of vulnerable groups</h1>');
    expect(html.match(/<article class="letter"/g)).toHaveLength(2);
  });

  it('prints a case field holding <script> as text', async () => {
    const dir = tempDir();
    const file = join(dir, 'case.md');
    writeFileSync(file, readFileSync(exampleCase, 'utf8').replace('title: "Venezuela: mass detention of vulnerable groups"', 'title: "Venezuela <script>alert(1)</script>"'));
    const r = await runCli(['generate', file, '--format', 'html', '--out', join(dir, 'out'), ...ada]);
    expect(r.code).toBe(0);
    const html = readFileSync(pagePath(join(dir, 'out')), 'utf8');
    expect(html).toContain('<h1>Venezuela &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('with the text files too (html,txt), as repeated flags or a list', async () => {
    for (const flags of [['--format', 'html,txt'], ['--format', 'html', '--format', 'txt']]) {
      const out = join(tempDir(), 'letters');
      const r = await runCli(['generate', exampleCase, ...flags, '--out', out, ...ada]);
      expect(r.code).toBe(0);
      expect(filesIn(out)).toEqual([
        'venezuela-protest-detentions/attorney-general.email.eml',
        'venezuela-protest-detentions/attorney-general.email.txt',
        'venezuela-protest-detentions/attorney-general.letter.txt',
        'venezuela-protest-detentions/index.html',
        'venezuela-protest-detentions/permanent-mission.email.eml',
        'venezuela-protest-detentions/permanent-mission.email.txt',
        'venezuela-protest-detentions/permanent-mission.letter.txt',
      ]);
    }
  });

  it('gives each signer of a batch a page, lists them in the case index, and writes the PDF beside them', async () => {
    const dir = tempDir();
    const out = join(dir, 'letters');
    const r = await runCli(['generate', exampleCase, '--format', 'html,pdf', '--signers', signerList(dir), '--out', out, '--date', '2024-09-01', '--no-log']);
    expect(r.code, r.stderr).toBe(0);
    const files = filesIn(out);
    expect(files.filter((f) => f.endsWith('.html'))).toEqual([
      'venezuela-protest-detentions/ada-lovelace/index.html',
      'venezuela-protest-detentions/beatrice-ngo/index.html',
      'venezuela-protest-detentions/cagri-demir/index.html',
      'venezuela-protest-detentions/index.html',
    ]);
    expect(files).toContain('venezuela-protest-detentions/letters.pdf');
    const index = readFileSync(pagePath(out), 'utf8');
    expect([...index.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="what">([^<]+)<\/span><\/li>/g)].map((m) => m.slice(1))).toEqual([
      ['ada-lovelace/index.html', 'Ada Lovelace', '2 letters, 2 emails'],
      ['beatrice-ngo/index.html', 'Béatrice Ngo', '2 letters, 2 emails'],
      ['cagri-demir/index.html', 'Çağrı Demir', '2 letters, 2 emails'],
    ]);
    // Each signer's page holds that signer's letters only.
    const beatrice = readFileSync(join(out, 'venezuela-protest-detentions', 'beatrice-ngo', 'index.html'), 'utf8');
    expect(beatrice.match(/<p class="signature">Béatrice Ngo<\/p>/g)).toHaveLength(2);
    expect(beatrice).not.toContain('Ada Lovelace');
  });

  it('keeps the pages of an earlier run, and replaces them with --force', async () => {
    const out = join(tempDir(), 'letters');
    expect((await runCli(['generate', exampleCase, '--format', 'html', '--out', out, ...ada])).code).toBe(0);
    writeFileSync(pagePath(out), 'edited by hand');
    const again = await runCli(['generate', exampleCase, '--format', 'html', '--out', out, ...ada]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('1 file existed already and was kept');
    expect(readFileSync(pagePath(out), 'utf8')).toBe('edited by hand');
    expect((await runCli(['generate', exampleCase, '--format', 'html', '--out', out, '--force', ...ada])).code).toBe(0);
    expect(readFileSync(pagePath(out), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('with --json, gives each document with its page as its file', async () => {
    const out = join(tempDir(), 'letters');
    const r = await runCli(['generate', exampleCase, '--format', 'html', '--json', '--out', out, ...ada]);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { channel: string; path: string; bytes: number; status: string });
    expect(records.map((d) => d.channel)).toEqual(['letter', 'email', 'letter', 'email']);
    for (const d of records) expect(d).toMatchObject({ path: pagePath(out), bytes: statSync(pagePath(out)).size, status: 'written' });
  });

  const refusals = [
    { args: ['--format', 'html', '--stdout'], message: '--format html writes web pages into the output folder: leave out --stdout' },
    { args: ['--format', 'txt,pdf'], message: '--format: txt and pdf are both letter formats; choose one of txt, md and pdf' },
    { args: ['--format', 'web'], message: '--format: "web" is not a format; choose from txt, md, pdf, html' },
  ];
  for (const { args, message } of refusals) {
    it(`refuses ${args.join(' ')} with one line and exit 2`, async () => {
      const dir = tempDir();
      const r = await runCli(['generate', exampleCase, ...args, '--out', join(dir, 'out'), ...ada]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(readdirSync(dir)).toEqual([]);
    });
  }
});

describe('generate({ format: "html" }) in process', () => {
  it('writes the page and reports it as each document\'s file', async () => {
    const { generate } = (await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');
    const out = join(tempDir('ua-lib-'), 'out');
    const summary = await generate({ cases: [exampleCase], signer: { name: 'Ada', city: 'Leeds', country: 'United Kingdom' }, out, date: '2024-09-01', format: 'html' });
    expect(summary.written).toBe(1);
    expect(new Set(summary.documents.map((d) => d.path))).toEqual(new Set([pagePath(out)]));
    expect(readFileSync(pagePath(out), 'utf8')).toContain('Prepared for Ada.');
  });
});
