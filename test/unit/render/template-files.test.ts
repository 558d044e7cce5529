import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTemplateDir, loadTemplateDir } from '../../../src/read/template-files.js';
import { UsageError } from '../../../src/errors.js';
import { createTemplateSet } from '../../../src/render/template-set.js';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ua-templates-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('loadTemplateDir', () => {
  it('reads every .hbs file below the folder, keyed by relative path', async () => {
    const root = folder({ 'en/letter.hbs': 'L', 'en/_partials/sig.hbs': 'S', 'fr/letter.hbs': 'F', 'notes.txt': 'x', '.git/x.hbs': 'hidden' });
    const dir = await loadTemplateDir(root, 'mine');
    expect(dir.label).toBe('mine');
    expect([...dir.files.keys()].sort()).toEqual(['en/_partials/sig.hbs', 'en/letter.hbs', 'fr/letter.hbs']);
  });

  it("overrides one built-in file while the others come from the package's templates", async () => {
    const root = folder({ 'en/tweet.hbs': 'my own post {{target.handle}}' });
    const set = createTemplateSet([await loadTemplateDir(root, 'my-templates'), await builtinTemplateDir()]);
    expect(set.path('en', 'tweet')).toBe('my-templates/en/tweet.hbs');
    expect(set.path('en', 'letter')).toBe('templates/en/letter.hbs');
    expect(set.render('en', 'tweet', { target: { handle: '@x' } })).toBe('my own post @x');
  });

  it('refuses a link that leads out of the folder', async () => {
    const outside = folder({ 'secret.hbs': 'secret' });
    const root = folder({ 'en/letter.hbs': 'L' });
    symlinkSync(join(outside, 'secret.hbs'), join(root, 'en', 'email.hbs'));
    await expect(loadTemplateDir(root)).rejects.toThrow(UsageError);
    await expect(loadTemplateDir(root)).rejects.toThrow(/en\/email\.hbs is a link to .*secret\.hbs, outside the templates folder/);
  });

  it('follows a link that stays inside the folder', async () => {
    const root = folder({ 'en/letter.hbs': 'L' });
    mkdirSync(join(root, 'en-GB'));
    symlinkSync(join(root, 'en', 'letter.hbs'), join(root, 'en-GB', 'letter.hbs'));
    const dir = await loadTemplateDir(root);
    expect(dir.files.get('en-GB/letter.hbs')).toBe('L');
  });

  it('refuses a file over 1 MB', async () => {
    const root = folder({ 'en/letter.hbs': 'x'.repeat(1024 * 1024 + 1) });
    await expect(loadTemplateDir(root)).rejects.toThrow('en/letter.hbs is 1025 KB; a template may be at most 1 MB');
  });

  it.each([
    { name: 'a missing folder', path: '/nonexistent/ua-templates', message: 'folder not found' },
    { name: 'an empty folder', path: undefined, message: 'no .hbs files in this folder' },
  ])('explains $name', async ({ path, message }) => {
    const dir = path ?? folder({});
    await expect(loadTemplateDir(dir)).rejects.toThrow(message);
  });

  it('reads the built-in templates once per run', async () => {
    const a = await builtinTemplateDir();
    expect(await builtinTemplateDir()).toBe(a);
    expect([...a.files.keys()].filter((k) => k.startsWith('en/')).sort()).toEqual(['en/call.hbs', 'en/email-subject.hbs', 'en/email.hbs', 'en/letter.hbs', 'en/page-index.html.hbs', 'en/page.html.hbs', 'en/tweet.hbs']);
  });
});
