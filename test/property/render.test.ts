// Properties of the renderers and the .eml writer, over generated cases and signers: a document
// or a typed error, never a crash; no placeholder left unfilled; every .eml reads back with the
// headers that were meant, and no header line carries a CR or LF that came from user data.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse-case.js';
import { renderDocuments } from '../../src/channels/index.js';
import type { EmailDocument, RenderedDocument } from '../../src/channels/types.js';
import { builtinTemplateDir } from '../../src/read/template-files.js';
import { UaLetterError } from '../../src/errors.js';
import { buildEml, headerText } from '../../src/write/eml.js';
import { documentText } from '../../src/write/text-formats.js';
import { createTemplateSet, type TemplateSet } from '../../src/render/template-set.js';
import type { Signer } from '../../src/signer/types.js';
import { anyText, caseFile, email, frontMatter, lang, MARKERS, paragraphs, signer, someText } from './arbitraries.js';
import { displayAddress, mailbox, readEml } from './eml-reader.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = createTemplateSet([await builtinTemplateDir()]);
});

// Weighted length as X counts it is not what is under test; twitter-text also slows RegExp.
const tweetLength = (text: string) => [...text].length;

/** Renders every channel of a generated case; returns the documents or the typed error. */
function renderAll(text: string, who: Signer, language: string): RenderedDocument[] | UaLetterError {
  const parsed = parseCase(text, { file: 'gen.md' });
  if (!parsed.case) throw new Error(`a generated case was refused:\n${parsed.errors.map((e) => e.message).join('\n')}\n${text}`);
  try {
    return renderDocuments(parsed.case, { templates, signer: who, today: '2024-09-01', lang: language, tweetLength });
  } catch (error) {
    if (error instanceof UaLetterError) return error;
    throw error;
  }
}

describe('rendering any valid case for any signer', () => {
  it(
    'gives documents or a typed error, with no placeholder left unfilled and the signer named',
    () => {
      let rendered = 0;
      fc.assert(
        fc.property(frontMatter, paragraphs, signer, lang, (fm, letter, who, language) => {
          const text = caseFile(fm, letter);
          const docs = renderAll(text, who, language);
          if (docs instanceof UaLetterError) return; // typed: refused (a post too long), never a crash
          rendered++;
          const inputs = JSON.stringify([fm, letter, who]) + text;
          for (const doc of docs) {
            const out = documentText(doc);
            for (const marker of MARKERS) {
              if (!inputs.includes(marker)) expect(out, `${doc.channel} printed "${marker}"`).not.toContain(marker);
            }
            const firstLine = who.name.trim().split(/\r\n?|\n|\u2028|\u2029|\u0085/)[0]!.trim();
            if (doc.channel === 'letter' && firstLine !== '') expect(doc.text).toContain(firstLine);
          }
        }),
        fuzz(0.5),
      );
      // The property must not hold only because every case was refused.
      expect(rendered).toBeGreaterThan(0);
    },
    fuzzTimeout(),
  );

  it(
    'writes email drafts that read back with the same recipients, sender, subject and body',
    async () => {
      await fc.assert(
        fc.asyncProperty(frontMatter, paragraphs, signer, lang, async (fm, letter, who, language) => {
          const docs = renderAll(caseFile(fm, letter), who, language);
          if (docs instanceof UaLetterError) return;
          for (const doc of docs) if (doc.channel === 'email') await expectEmlRoundTrip(doc);
        }),
        fuzz(0.5),
      );
    },
    fuzzTimeout(),
  );
});

describe('an .eml draft built from any email document', () => {
  const emailDoc = fc.record({
    to: fc.array(email, { minLength: 1, maxLength: 3 }),
    bcc: fc.array(email, { maxLength: 2 }),
    from: fc.option(email, { nil: undefined }),
    subject: anyText,
    body: anyText,
    name: someText,
  });

  it(
    'reads back with the headers that were meant, whatever the subject and names hold',
    async () => {
      await fc.assert(
        fc.asyncProperty(emailDoc, async ({ to, bcc, from, subject, body, name }) => {
          const doc: EmailDocument = {
            caseId: 'c', targetId: 't', lang: 'en', channel: 'email', signer: { name, address: [] },
            to, bcc, from, subject, body, mailto: undefined, gmail: undefined, outlook: undefined,
          };
          await expectEmlRoundTrip(doc);
        }),
        fuzz(3),
      );
    },
    fuzzTimeout(3),
  );

  it('never lets a CR or LF in a subject start a header of its own', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom('\r\n', '\n', '\r', '\u2028', '\r\n\r\n'), anyText, async (before, nl, after) => {
        const subject = `${before}${nl}Bcc: attacker@example.org${nl}${after}`;
        const doc: EmailDocument = {
          caseId: 'c', targetId: 't', lang: 'en', channel: 'email', signer: { name: 'A', address: [] },
          to: ['fiscal@example.org'], bcc: [], from: undefined, subject, body: 'x', mailto: undefined, gmail: undefined, outlook: undefined,
        };
        const eml = readEml(await buildEml(doc, { date: '2024-09-01' }));
        expect(eml.headers.get('bcc')).toBeUndefined();
        expect(eml.headers.get('subject')).toEqual([headerText(subject)]);
      }),
      fuzz(2),
    );
  });
});

/** Builds the .eml of `doc`, reads it back independently, and compares field by field. */
async function expectEmlRoundTrip(doc: EmailDocument): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await buildEml(doc, { date: '2024-09-01' });
  } catch (error) {
    // Refusing an address it cannot write safely is allowed; writing a wrong one is not.
    if (error instanceof UaLetterError) return;
    throw error;
  }
  const eml = readEml(bytes);
  const one = (name: string) => {
    const values = eml.headers.get(name);
    expect(values, `exactly one ${name} header`).toHaveLength(1);
    return values![0]!;
  };
  expect(one('to').split(/,\s*/).map(displayAddress)).toEqual(doc.to.map(headerText));
  if (doc.bcc.length > 0) expect(one('bcc').split(/,\s*/).map(displayAddress)).toEqual(doc.bcc.map(headerText));
  else expect(eml.headers.get('bcc')).toBeUndefined();
  expect(one('subject')).toBe(headerText(doc.subject));
  if (doc.from !== undefined) {
    const from = mailbox(one('from'));
    expect(from.address).toBe(doc.from);
    expect(from.name ?? '').toBe(headerText(doc.signer.name));
  } else expect(eml.headers.get('from')).toBeUndefined();
  // The body: control characters dropped, CR/LF line ends made LF, one final newline.
  // eslint-disable-next-line no-control-regex -- the writer's own rule, restated
  const body = doc.body.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  expect(eml.body).toBe(body.endsWith('\n') ? body : `${body}\n`);
  const inputs = JSON.stringify(doc);
  for (const marker of MARKERS) if (!inputs.includes(marker)) expect(eml.rawHeaderLines.join('\n')).not.toContain(marker);
}
