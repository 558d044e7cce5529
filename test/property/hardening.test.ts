// Properties for issue 16 (hardening, round two), over generated hostile inputs: prototype keys
// anywhere in a case or a signer list, terminal-steering characters in any text, words far longer
// than a line. Run long with FUZZ_RUNS=3000 (see fuzz-config.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse-case.js';
import type { EmailDocument } from '../../src/channels/types.js';
import { UaLetterError } from '../../src/errors.js';
import { buildEml, headerText } from '../../src/write/eml.js';
import { outputName } from '../../src/write/layout.js';
import { breakLongWords } from '../../src/write/pdf/break-long-words.js';
import { parseSignerList } from '../../src/signer/signer-list.js';
import { visible } from '../../src/visible.js';
import { anyText, caseFile, frontMatter, longWord, paragraphs, prototypeKey, slug, steeringText, type FrontMatterData } from './arbitraries.js';
import { readEml } from './eml-reader.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

// eslint-disable-next-line no-control-regex -- the characters that must never reach a terminal raw
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ZWSP = /\u200b/g;

describe('visible() on any text', () => {
  it('leaves nothing that steers a terminal, keeps all else, and is one line when asked', () => {
    fc.assert(
      fc.property(steeringText, (text) => {
        const shown = visible(text);
        expect(shown).not.toMatch(STEERING);
        expect(visible(shown)).toBe(shown);
        // Undoing the escapes gives the text back: nothing is lost, only written differently.
        const back = (s: string) => s.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
        if (!text.includes('\\u')) expect(back(shown)).toBe(text);
        expect(visible(text, { oneLine: true })).not.toMatch(/[\n\u2028\u2029]/);
      }),
      fuzz(2),
    );
  });
});

describe('parseCase with prototype keys and steering text', () => {
  it(
    'refuses a prototype key in any mapping, at the line of the key, and never reads a value through it',
    () => {
      const where = fc.constantFrom('top', 'target', 'links', 'salutation');
      fc.assert(
        fc.property(frontMatter, paragraphs, prototypeKey, where, anyText, (fm, letter, key, at, value) => {
          const text = caseFile(withKey(fm, key, at, value), letter);
          const result = parseCase(text, { file: 'p.md' });
          expect(result.case).toBeUndefined();
          const keyLine = text.split('\n').findIndex((l) => new RegExp(`^[ -]*${key}:`).test(l)) + 1;
          expect(keyLine).toBeGreaterThan(0);
          const reserved = result.errors.filter((e) => e.problem === 'unknown field; this name is reserved and refused');
          expect(reserved.map((e) => e.line)).toContain(keyLine);
        }),
        fuzz(0.5),
      );
    },
    fuzzTimeout(0.5),
  );

  it(
    'shows any title, name or address line with steering characters escaped in every message',
    () => {
      fc.assert(
        fc.property(frontMatter, paragraphs, steeringText, fc.constantFrom('title', 'country', 'reference'), (fm, letter, text, field) => {
          const data = { ...JSON.parse(JSON.stringify(fm)), [field]: text } as FrontMatterData;
          const result = parseCase(caseFile(data, letter), { file: 'p.md' });
          for (const e of result.errors) expect(e.message).not.toMatch(STEERING);
        }),
        fuzz(0.5),
      );
    },
    fuzzTimeout(0.5),
  );

  it(
    'refuses any name longer than a letter holds, whatever its script, with its length',
    () => {
      fc.assert(
        fc.property(frontMatter, paragraphs, longWord, (fm, letter, word) => {
          const data = JSON.parse(JSON.stringify(fm)) as FrontMatterData;
          data.targets[0]!.name = word;
          const result = parseCase(caseFile(data, letter), { file: 'p.md' });
          const tooLong = word.length > 200;
          expect(result.errors.some((e) => e.field === 'targets[0].name' && e.problem === `is too long (${word.length} characters; the limit is 200)`)).toBe(tooLong);
        }),
        fuzz(0.5),
      );
    },
    fuzzTimeout(0.5),
  );
});

describe('signer lists with prototype keys', () => {
  it('refuses the key and never takes a value from it', () => {
    fc.assert(
      fc.property(prototypeKey, fc.constantFrom('csv', 'yaml') as fc.Arbitrary<'csv' | 'yaml'>, (key, format) => {
        const text = format === 'csv' ? `name,${key}\nAna,x\n` : `- name: Ana\n  ${key}: {email: hidden@example.org, personal: hidden}\n`;
        const result = parseSignerList(text, { file: 's', format });
        expect(result.errors.map((e) => e.problem)).toEqual(['unknown column; this name is reserved and refused']);
        for (const { signer } of result.signers) expect(JSON.stringify(signer)).not.toContain('hidden');
      }),
      fuzz(1),
    );
  });
});

describe('long words for the PDF layout', () => {
  it('get a break at least every 24 characters, and lose nothing', () => {
    fc.assert(
      fc.property(fc.oneof(longWord, anyText), anyText, (word, around) => {
        const text = `${around} ${word} ${around}`;
        const broken = breakLongWords(text);
        expect(broken.replace(ZWSP, '')).toBe(text.replace(ZWSP, ''));
        for (const run of broken.split(/[\s\u200b]+/)) expect([...run].length).toBeLessThanOrEqual(24);
      }),
      fuzz(0.5),
    );
  });
});

describe('email drafts of long, unbroken text', () => {
  it(
    'fold every header line under 998 octets, or refuse the draft with a typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(longWord, fc.oneof(longWord.map((w) => w.slice(0, 200)), anyText), async (subject, name) => {
          const doc: EmailDocument = {
            caseId: 'c', targetId: 't', lang: 'en', channel: 'email', signer: { name, address: [] },
            to: ['fiscal@example.org'], bcc: [], from: 'ana@example.org', subject, body: 'x', mailto: undefined, gmail: undefined, outlook: undefined,
          };
          let bytes: Buffer;
          try {
            bytes = await buildEml(doc, { date: '2024-09-01' });
          } catch (error) {
            expect(error).toBeInstanceOf(UaLetterError);
            return;
          }
          // readEml throws on a line over 998 octets; decoded, the subject is what was meant.
          const eml = readEml(bytes);
          expect(eml.headers.get('subject')).toEqual([headerText(subject)]);
        }),
        fuzz(0.5),
      );
    },
    fuzzTimeout(0.5),
  );
});

describe('output names', () => {
  it('are never a name Windows keeps for a device, and never meet another slug', () => {
    const device = fc.tuple(fc.constantFrom('con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9'), fc.constantFrom('', '-x', '1'));
    fc.assert(
      fc.property(fc.oneof(slug, device.map(([d, tail]) => d + tail)), (name) => {
        const out = outputName(name);
        expect(out).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/);
        // Only a device name changes, and only by a "_" that no slug holds.
        expect(out === name || out === `${name}_`).toBe(true);
      }),
      fuzz(10),
    );
  });
});

/**
 * The front matter with `key: value` added in one of its mappings, as an own key that the yaml
 * writer then writes like any other.
 */
function withKey(fm: FrontMatterData, key: string, at: string, value: string): FrontMatterData {
  const data = JSON.parse(JSON.stringify(fm)) as Record<string, unknown>;
  // defineProperty, not assignment: `o.__proto__ = …` would set the prototype, not add a key.
  const own = (target: Record<string, unknown>) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  const target = (data.targets as Record<string, unknown>[])[0]!;
  if (at === 'top') own(data);
  else if (at === 'target') own(target);
  else if (at === 'links') data.links = own({});
  else target.salutation = own({ en: 'Dear Minister' });
  return data as FrontMatterData;
}
