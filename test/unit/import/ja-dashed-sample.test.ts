// A Japanese page's protest samples between lines of dashes, each headed by its addressee
// ("内閣総理大臣 山田太郎様") and followed by the institution it goes to ("首相官邸"): each addressee is
// an official, the first sample's text the letter, never the dashes, the next sample or a
// newspaper's quote after the last.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (lines: string[]) => {
  const text = importDocument(lines.join('\n'), { source: 'ja.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fm = (parse(m?.[1] ?? '') ?? {}) as { country?: string; languages?: string[]; targets?: Array<Record<string, unknown>> };
  return { fm, letter: /## Letter\n([\s\S]*?)(?=\n## |$)/.exec(m?.[2] ?? '')?.[1]?.trim() ?? '' };
};

const intro = ['死刑の執行に抗議してください', '', '本日、例拘置所で死刑が執行されました。', '', '抗議のメールを送って下さい。', ''];
const first = '本日の死刑執行に強く抗議します。すべての死刑の執行を直ちに停止してください。';
const second = '法務大臣として、これ以上の死刑の執行を命じないでください。';

const rows: Array<{ what: string; page: string[]; targets: Array<Record<string, unknown>> }> = [
  {
    what: 'two samples between lines of minus signs and of long vowel marks, each over its institution',
    page: [...intro, '首相官邸宛て抗議文サンプル。', '−−−−−−−−−−', '内閣総理大臣 山田太郎様', first, '−−−−−−−−−−', '首相官邸', '', '法務省宛て抗議文サンプル。', 'ーーーーーーーーーー', '法務大臣 鈴木花子様', second, 'ーーーーーーーーーー', '法務省', '', '（例日新聞 2024年1月1日）「死刑が執行された」と報じた。'],
    targets: [
      { name: '山田太郎', title: '内閣総理大臣', honorific: '様', organisation: '首相官邸' },
      { name: '鈴木花子', title: '法務大臣', honorific: '様', organisation: '法務省' },
    ],
  },
  {
    what: 'samples between ASCII dashes, one line of dashes parting them, with no institution under them',
    page: [...intro, '----------', '法務大臣 鈴木花子殿', first, '', '----------', '内閣官房長官 田中一郎様', second, '----------'],
    targets: [
      { name: '鈴木花子', title: '法務大臣', honorific: '殿' },
      { name: '田中一郎', title: '内閣官房長官', honorific: '様' },
    ],
  },
];

describe('a Japanese page of protest samples between lines of dashes', () => {
  for (const r of rows) {
    it(`reads ${r.what}`, () => {
      const { fm, letter } = draft(r.page);
      expect(fm.targets?.map((t, i) => Object.fromEntries(Object.keys(r.targets[i] ?? {}).map((k) => [k, t[k]])))).toEqual(r.targets);
      expect(letter).toBe(first);
      expect(fm.languages).toEqual(['ja']);
      expect(fm.country).toBe('Japan');
    });
  }

  it('takes no country from a bare Japanese office when the page names another country above it', () => {
    const page = ['フィリピンで活動家が拘束されています。', '', '−−−−−−−−−−', '外務大臣 山田太郎様', first, '−−−−−−−−−−', '外務省'];
    const { fm } = draft(page);
    expect(fm.targets?.[0]?.name).toBe('山田太郎');
    expect(fm.country).not.toBe('Japan');
  });
});
