// Golden files: the fixture case × two officials × fixed signer and date, in every built-in
// language, compared byte for byte. Regenerate on purpose only: UPDATE_GOLDEN=1 npx vitest run test/golden
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse-case.js';
import { renderDocuments } from '../../src/channels/index.js';
import { loadTweetLength } from '../../src/channels/tweet-length.js';
import type { RenderedDocument } from '../../src/channels/types.js';
import { builtinTemplateDir } from '../../src/read/template-files.js';
import { createTemplateSet, type TemplateSet } from '../../src/render/template-set.js';
import { ADDED_LANGUAGES, manyLanguages } from '../fixtures/render-cases/many-languages.js';
import { fixedSigner, fixedToday, twoOfficials } from '../fixtures/render-cases/two-officials.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'render');
const update = process.env.UPDATE_GOLDEN === '1';

/** Everything an official would receive, as one readable file per document. */
function serialize(doc: RenderedDocument): string {
  switch (doc.channel) {
    case 'letter':
      return doc.text;
    case 'email':
      return [`From: ${doc.from ?? ''}`, `To: ${doc.to.join(', ')}`, `Bcc: ${doc.bcc.join(', ')}`, `Subject: ${doc.subject}`, '', doc.body, `mailto: ${doc.mailto ?? '(too long)'}`, `gmail: ${doc.gmail ?? '(too long)'}`, `outlook: ${doc.outlook ?? '(too long)'}`, ''].join('\n');
    case 'tweet':
      return `${doc.text}\n\nlength: ${doc.length}\nintent: ${doc.intentUrl}\n`;
    case 'call':
      return `Phone: ${doc.phone}\n\n${doc.text}`;
    case 'fax':
      return `Fax: ${doc.fax}\n\n${doc.text}`;
  }
}

let templates: TemplateSet;
let tweetLength: (text: string) => number;

beforeAll(async () => {
  templates = createTemplateSet([await builtinTemplateDir()]);
  tweetLength = await loadTweetLength();
});

// en, es and fr from the original fixture with an English personal line; the languages added
// later from the same case with its letter in each of them, signed without a personal line.
const runs = [
  ...['en', 'es', 'fr'].map((lang) => ({ lang, c: twoOfficials, signer: fixedSigner })),
  ...ADDED_LANGUAGES.map((lang) => ({ lang, c: manyLanguages, signer: { ...fixedSigner, personal: undefined } })),
];

describe.each(runs)('documents in $lang', ({ lang, c, signer }) => {
  it('match the golden files byte for byte', () => {
    const docs = renderDocuments(c, { templates, signer, today: fixedToday, lang, tweetLength });
    expect(docs.map((d) => `${d.targetId}.${d.channel}`)).toEqual([
      'prosecutor-general.letter', 'prosecutor-general.email', 'prosecutor-general.tweet', 'prosecutor-general.call',
      'ambassador.letter', 'ambassador.email', 'ambassador.tweet',
    ]);
    for (const doc of docs) {
      const file = join(goldenDir, lang, `${doc.targetId}.${doc.channel}.txt`);
      const actual = serialize(doc);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`missing golden file ${file}: run with UPDATE_GOLDEN=1`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual, file).toBe(readFileSync(file, 'utf8'));
    }
  });
});

describe('the same case written as Markdown', () => {
  it('parses and renders to the same documents as the typed fixture', () => {
    const file = 'test/fixtures/render-cases/two-officials.md';
    const parsed = parseCase(readFileSync(join(goldenDir, '..', '..', 'fixtures', 'render-cases', 'two-officials.md'), 'utf8'), { file });
    expect(parsed.errors).toEqual([]);
    for (const lang of ['en', 'es', 'fr']) {
      const options = { templates, signer: fixedSigner, today: fixedToday, lang, tweetLength };
      expect(renderDocuments(parsed.case!, options)).toEqual(renderDocuments(twoOfficials, options));
    }
  });
});
