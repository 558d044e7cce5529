// Several suggested posts through the built binary: a `## Tweet` list shared out among signers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const POSTS = [
  'Seven student journalists in Ruritania have spent three weeks in custody for reporting on a march. Release them now!',
  '@JusticeRU, reporting on a peaceful march is not a crime: free the seven students of Strelsau.',
  'Three weeks without charge for covering a protest. Free the seven student journalists of Strelsau today.',
];

const CASE = `---
id: posts-case
title: "Ruritania: student journalists held"
country: Ruritania
deadline: 2031-01-31
languages: [en]
hashtags: [Ruritania]
targets:
  - id: minister
    name: Rudolf Rassendyll
    twitter: "@JusticeRU"
---

## Letter

Release the students held since 12 August.

## Tweet

Pick one of these:

${POSTS.map((p) => `- ${p}`).join('\n')}
`;

interface PostRecord { signer: string; variant: number; variants: number; length: number; path: string; intent: string }

describe('posts from a "## Tweet" list', () => {
  it('give 30 signers all three suggested posts, each within 280 as X counts, naming the official once; --json says which', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'case.md'), CASE);
    const names = Array.from({ length: 30 }, (_, i) => `Volunteer ${String(i + 1).padStart(2, '0')}`);
    writeFileSync(join(dir, 'signers.csv'), ['name,city', ...names.map((n) => `${n},Leeds`)].join('\n'));
    const args = ['generate', join(dir, 'case.md'), '--signers', join(dir, 'signers.csv'), '--date', '2030-12-01', '--out', join(dir, 'out'), '--json', '--no-log'];
    const r = await runCli(args);
    expect(r.stderr).not.toContain('rror');
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as PostRecord & { channel: string }).filter((rec) => rec.channel === 'tweet');
    expect(records.map((rec) => rec.signer)).toEqual(names);
    expect(new Set(records.map((rec) => rec.variant))).toEqual(new Set([1, 2, 3]));
    for (const rec of records) {
      expect(rec.variants).toBe(3);
      const text = readFileSync(rec.path, 'utf8').split('\n\nPost it: ')[0]!;
      expect(text.startsWith(POSTS[rec.variant - 1]!)).toBe(true);
      expect(text).not.toContain('Pick one');
      expect(twitter.parseTweet(text).weightedLength).toBe(rec.length);
      expect(rec.length).toBeLessThanOrEqual(280);
      expect(text.match(/@JusticeRU/g)).toHaveLength(1);
      expect(text.match(/#Ruritania/g)).toHaveLength(1);
      expect(decodeURIComponent(rec.intent.split('?text=')[1]!)).toBe(text);
    }
    // A rerun gives every signer the same post.
    const again = await runCli(args.map((a) => (a === join(dir, 'out') ? join(dir, 'out2') : a)));
    const variants = again.stdout.trim().split('\n').map((l) => JSON.parse(l) as PostRecord & { channel: string }).filter((rec) => rec.channel === 'tweet').map((rec) => rec.variant);
    expect(variants).toEqual(records.map((rec) => rec.variant));
  });
});
