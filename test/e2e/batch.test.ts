import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';
import { itWithPoppler, pageTexts, pdfFonts, pdfInfo } from '../unit/write/pdf/poppler.js';

const onTime = ['--date', '2024-09-01', '--no-log'];
const SIGNERS = [
  'name,address,city,country,email,personal,lang',
  '"Ђорђе Петровић","Кнеза Милоша 10",Београд,Serbia,djordje@example.org,,en',
  '"Łukasz Wiśniewski","ul. Piotrkowska 5\nm. 3",Łódź,Poland,lukasz@example.org,"As a teacher, I care about young people.",en',
  '"Ayşe Öztürk","Bağdat Cd. 7",İstanbul,Türkiye,ayse@example.org,,en',
].join('\r\n');

function signersFile(text = SIGNERS): string {
  const dir = tempDir('ua-signers-');
  const file = join(dir, 'signers.csv');
  writeFileSync(file, `\uFEFF${text}\r\n`);
  return file;
}

describe('generate --format pdf for one signer (the one-file build bin/ua-letter.js picks)', () => {
  itWithPoppler('prints the letters and envelopes with the address blocks as the post wants them', async () => {
    const out = tempDir();
    const signer = ['--name', 'Zeynep Kaya', '--address', 'Bağdat Caddesi 12', '--city', 'İstanbul', '--country', 'Türkiye'];
    const r = await runCli(['generate', exampleCase, ...signer, '--format', 'pdf', '--envelopes', '--channel', 'letter', '--out', out, ...onTime]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Generated 2 letters');
    const folder = join(out, 'venezuela-protest-detentions');
    const letters = pageTexts(join(folder, 'letters.pdf'));
    expect(letters).toHaveLength(2);
    expect(letters[0]).toMatch(/Tarek William Saab[\s\S]*Caracas\s+VENEZUELA/);
    expect(letters[1]).toMatch(/Héctor Constant Rosales[\s\S]*New York, NY 10017\s+UNITED STATES/);
    for (const page of letters) expect(page).toContain('Zeynep Kaya');
    const envelopes = pageTexts(join(folder, 'envelopes.pdf'));
    expect(envelopes).toHaveLength(2);
    expect(envelopes[1]).toContain('PAR AVION');
    expect(pdfFonts(join(folder, 'letters.pdf')).every((f) => f.embedded)).toBe(true);
  });
});

describe('generate --signers (a batch for a letter-writing evening)', () => {
  itWithPoppler('prints one combined PDF, grouped by official, with every signer and non-Latin names intact', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, '--signers', signersFile(), '--format', 'pdf', '--channel', 'letter', '--out', out, ...onTime]);
    expect(r.stderr).toContain('6 letters');
    expect(r.code).toBe(0);
    const pdf = join(out, 'venezuela-protest-detentions', 'letters.pdf');
    expect(pdfInfo(pdf).pages).toBe(6);
    const pages = pageTexts(pdf);
    const officials = ['Tarek William Saab', 'Tarek William Saab', 'Tarek William Saab', 'Héctor Constant Rosales', 'Héctor Constant Rosales', 'Héctor Constant Rosales'];
    const signers = ['Ђорђе Петровић', 'Łukasz Wiśniewski', 'Ayşe Öztürk'];
    pages.forEach((text, i) => {
      expect(text).toContain(officials[i]);
      expect(text).toContain(signers[i % 3]);
    });
    expect(pages[1]).toContain('As a teacher, I care about young people.');
    expect(pages[1]).toContain('Łódź');
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  });

  itWithPoppler('adds envelopes and labels in the same order as the letters', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, '--signers', signersFile(), '--format', 'pdf', '--envelopes', '--labels', 'a4-3x7', '--channel', 'letter', '--out', out, ...onTime]);
    expect(r.code).toBe(0);
    const dir = join(out, 'venezuela-protest-detentions');
    expect(pdfInfo(join(dir, 'envelopes.pdf')).pages).toBe(6);
    const envelopes = pageTexts(join(dir, 'envelopes.pdf'));
    expect(envelopes[0]).toContain('Tarek William Saab');
    expect(envelopes[0]).toContain('Ђорђе Петровић');
    expect(envelopes[0]).toContain('VENEZUELA');
    expect(pdfInfo(join(dir, 'labels-a4-3x7.pdf')).pages).toBe(1);
  });

  it('writes one PDF per signer with --split', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, '--signers', signersFile(), '--format', 'pdf', '--split', '--channel', 'letter', '--out', out, ...onTime]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, 'venezuela-protest-detentions')).sort()).toEqual(['ayse-oeztuerk.pdf', 'djordje-petrovic.pdf', 'lukasz-wisniewski.pdf']);
  });

  it('writes text files per signer folder', async () => {
    const out = tempDir();
    const r = await runCli(['generate', exampleCase, '--signers', signersFile(), '--channel', 'letter,email', '--out', out, ...onTime]);
    expect(r.code).toBe(0);
    const dir = join(out, 'venezuela-protest-detentions');
    expect(readdirSync(dir).sort()).toEqual(['ayse-oeztuerk', 'djordje-petrovic', 'lukasz-wisniewski']);
    expect(readdirSync(join(dir, 'lukasz-wisniewski')).sort()).toEqual([
      'attorney-general.email.eml', 'attorney-general.email.txt', 'attorney-general.letter.txt',
      'permanent-mission.email.eml', 'permanent-mission.email.txt', 'permanent-mission.letter.txt',
    ]);
  });

  it('stops at a bad row with its line and column, writing nothing', async () => {
    const out = tempDir();
    const bad = signersFile(`${SIGNERS}\r\n"Ana Bad",Somewhere,Lisboa,Portugal,not-an-email,,en`);
    const r = await runCli(['generate', exampleCase, '--signers', bad, '--out', out, ...onTime]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:6 email: "not-an-email" is not an email address`);
    expect(existsSync(join(out, 'venezuela-protest-detentions'))).toBe(false);
  });

  it('skips a bad row with --skip-invalid and writes the others', async () => {
    const out = tempDir();
    const bad = signersFile(`${SIGNERS}\r\n"Ana Bad",Somewhere,Lisboa,Portugal,not-an-email,,en`);
    const r = await runCli(['generate', exampleCase, '--signers', bad, '--skip-invalid', '--channel', 'letter', '--out', out, ...onTime]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(row skipped)');
    expect(readdirSync(join(out, 'venezuela-protest-detentions'))).toHaveLength(3);
  });
});
