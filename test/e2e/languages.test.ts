// A case written in another language, as a new user runs it: the letter comes out wholly in that
// language, or the run stops naming what is missing — never an English frame around it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';

const onTime = ['--date', '2024-09-01', '--no-log'];
const signer = ['--name', 'Ada Lovelace', '--city', 'Leeds', '--country', 'United Kingdom'];

/** The example case with its English letter's heading made explicit and a letter in `lang` added. */
function caseWithLetter(dir: string, lang: string, languages: string, letter: string): string {
  const text = readFileSync(exampleCase, 'utf8')
    .replace('languages: [en, es]', `languages: ${languages}`)
    .replace(/^## Letter$/m, '## Letter (en)');
  const file = join(dir, `case-${lang}.md`);
  writeFileSync(file, `${text.trimEnd()}\n\n## Letter (${lang})\n\n${letter}\n`);
  return file;
}

describe('a case with a letter in the officials\' language', () => {
  it('gives a German letter, email and date for a German letter section, with no English frame', async () => {
    const dir = tempDir();
    const file = caseWithLetter(dir, 'de', '[de, en]', 'Ich bitte Sie, alle freizulassen, die nur wegen der Ausübung ihrer Rechte festgehalten werden.');
    const r = await runCli(['generate', file, ...signer, ...onTime, '--stdout', '--channel', 'letter,email', '--target', 'attorney-general', '--no-vary']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('==> attorney-general · letter · de <==');
    expect(r.stdout).toContain('\n1. September 2024\n');
    expect(r.stdout).toContain('ich schreibe Ihnen aus Leeds, Vereinigtes Königreich, weil mich eine Angelegenheit zutiefst beunruhigt.');
    expect(r.stdout).toContain('Ich bitte Sie, alle freizulassen');
    expect(r.stdout).toContain('\nMit freundlichen Grüßen\n');
    expect(r.stdout).not.toMatch(/\b(?:Dear|Yours sincerely|I am writing)\b/);
    expect(r.stderr).not.toContain('warning');
  });

  it('writes an Arabic .eml in UTF-8, in logical order, with the address country as the case wrote it', async () => {
    const dir = tempDir();
    const letter = 'أحثكم على الإفراج عن جميع المحتجزين بسبب ممارستهم حقوقهم، ومنهم 105 أطفال.';
    const file = caseWithLetter(dir, 'ar', '[ar, en]', letter);
    const out = join(dir, 'out');
    const r = await runCli(['generate', file, ...signer, ...onTime, '--out', out, '--target', 'attorney-general', '--no-vary']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(out, 'venezuela-protest-detentions', 'attorney-general.letter.txt'), 'utf8');
    expect(text).toContain(`\n${letter}\n`);
    expect(text).toContain('أكتب إليكم من Leeds، المملكة المتحدة بشأن أمر يثير قلقي البالغ.');
    expect(text).toMatch(/\nCaracas\nVENEZUELA\n/);
    const eml = readFileSync(join(out, 'venezuela-protest-detentions', 'attorney-general.email.eml'), 'utf8');
    expect(eml).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    const body = eml.slice(eml.indexOf('\r\n\r\n') + 4);
    const decoded = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
    expect(decoded).toContain(letter);
  });

  it('stops with exit 2, naming the missing section, when --lang asks for a language the case has no letter in', async () => {
    const r = await runCli(['generate', exampleCase, ...signer, ...onTime, '--stdout', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--lang de: no "## Letter (de)" section; its letter is in English (en), Spanish (es): a German (de) frame around it would mix languages');
  });
});
