// Issue 7: letters from many signers to one official differ, and a rerun reproduces them.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/channels/index.js';
import type { LetterDocument } from '../../../src/channels/types.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import type { Signer } from '../../../src/signer/types.js';
import { fixedToday, twoOfficials } from '../../fixtures/render-cases/two-officials.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = createTemplateSet([await builtinTemplateDir()]);
});

const signers: Signer[] = Array.from({ length: 100 }, (_, i) => ({ name: `Signer ${i}`, address: [], city: 'Leeds', country: 'United Kingdom' }));

/** The letter with the signer's own name masked: what is left differs only by the chosen phrasing. */
function phrasing(lang: string, signer: Signer, vary = true): string {
  const [doc] = renderDocuments(twoOfficials, { templates, signer, today: fixedToday, lang, channels: ['letter'], targets: ['prosecutor-general'], vary }) as LetterDocument[];
  return doc!.body.replaceAll(signer.name, 'NAME');
}

describe('phrasing variation', () => {
  it.each(['en', 'es', 'fr'])('gives 100 signers in %s at least 30 different letters', (lang) => {
    const distinct = new Set(signers.map((s) => phrasing(lang, s)));
    // 4 openings × 4 closings × 3 sign-offs = 48 combinations; 100 draws reach ~42 of them.
    expect(distinct.size).toBeGreaterThanOrEqual(30);
  });

  it('gives the same letters on a second run', () => {
    const first = signers.map((s) => phrasing('en', s));
    const second = signers.map((s) => phrasing('en', s));
    expect(second).toEqual(first);
  });

  it('gives every signer the same letter when variation is off', () => {
    expect(new Set(signers.map((s) => phrasing('en', s, false))).size).toBe(1);
  });

  it('varies the same signer between two officials', () => {
    const toBoth = signers.filter((signer) => {
      const [a, b] = renderDocuments(twoOfficials, { templates, signer, today: fixedToday, lang: 'en', channels: ['letter'] }) as LetterDocument[];
      const opening = (d: LetterDocument) => d.body.split('\n\n')[1];
      return opening(a!) !== opening(b!);
    });
    expect(toBoth.length).toBeGreaterThan(50);
  });
});
