import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../src/case/parse-case.js';
import { isPdf, pdfToText, runsToText } from '../../../src/read/pdf-text.js';
import { CaseError } from '../../../src/errors.js';
import { importDocument } from '../../../src/import/import-document.js';
import { fixture } from '../import/helpers.js';
import { makePdf, pdfFromText } from '../import/pdf-fixture.js';

const run = (text: string, x: number, y: number, width = text.length * 5, size = 10) => ({ text, x, y, width, size });

describe('runsToText', () => {
  it('puts runs on one baseline into one line, left to right, with a space where there is a gap', () => {
    const text = runsToText([run('world', 110, 700), run('Hello', 72, 700.3, 30), run('Next line', 72, 688)]);
    expect(text).toBe('Hello world\nNext line');
  });

  it('joins runs that touch without adding a space', () => {
    expect(runsToText([run('Ministe', 72, 700, 35), run('rio', 107, 700)])).toBe('Ministerio');
  });

  it('turns a gap clearly wider than the usual line spacing into a blank line', () => {
    const text = runsToText([run('a', 72, 700), run('b', 72, 688), run('c', 72, 676), run('d', 72, 640)]);
    expect(text).toBe('a\nb\nc\n\nd');
  });
});

describe('isPdf', () => {
  it('recognises a PDF by its first bytes, not its name', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('URGENT ACTION'))).toBe(false);
  });
});

describe('pdfToText', () => {
  it('reads a PDF made with pdfkit, including accents and the Turkish dotted capital', async () => {
    const text = await pdfToText(await pdfFromText('TÜRKİYE: ÇAĞRI\nMüdafaa Caddesi No: 22'), 'x.pdf');
    expect(text).toBe('TÜRKİYE: ÇAĞRI\nMüdafaa Caddesi No: 22');
  });

  it('imports a UA from a PDF with awkward line breaks into a draft that validates', async () => {
    const text = await pdfToText(await pdfFromText(fixture('pdf-source.txt')), 'ua.pdf');
    expect(text.split('\n').length).toBeGreaterThan(fixture('pdf-source.txt').split('\n').length);
    const result = importDocument(text, { source: 'ua.pdf' });
    const parsed = parseCase(result.caseText, { file: 'draft.md' });
    expect(parsed.errors.map((e) => e.message)).toEqual([]);
    expect(parsed.case).toMatchObject({
      reference: 'UA 120/24',
      title: 'Türkiye: peaceful protesters face prison for a march',
      country: 'Türkiye',
      deadline: '2024-11-20',
      languages: ['tr', 'en'],
      subjects: [{ name: 'Twelve students', pronouns: 'they/them' }],
    });
    expect(parsed.case?.targets).toEqual([
      expect.objectContaining({
        id: 'minister-justice',
        name: 'Kemal Öztürk',
        salutation: 'Dear Minister',
        address: ['Adalet Bakanlığı, Milli Müdafaa Caddesi No: 22', '06659 Kızılay, Ankara', 'Türkiye'],
        emails: ['bakanlik@adalet.example.tr'],
      }),
    ]);
    const letter = parsed.case?.sections.find((s) => s.name === 'Letter')?.markdown ?? '';
    expect(letter.split('\n\n').map((p) => p.slice(0, 20))).toEqual(['I am writing about t', 'The march was calm, ', 'I urge you to ensure']);
  });

  it('refuses a file that only looks like a PDF, naming the file', async () => {
    const error = await pdfToText(new TextEncoder().encode('%PDF-1.7\nnot really'), 'broken.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).message).toMatch(/^broken\.pdf: cannot read the PDF/);
  });

  it('says a PDF without text may be a scan', async () => {
    const pdf = await makePdf((doc) => doc.rect(40, 40, 100, 100).fill('#000'));
    await expect(pdfToText(pdf, 'scan.pdf')).rejects.toThrow('scan.pdf: the PDF holds no text (a scanned image?)');
  });
});
