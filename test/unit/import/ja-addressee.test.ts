import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (lines: string[]): string => lines.join('\n');
const frontMatter = (caseText: string): Record<string, unknown> => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') ?? {}) as Record<string, unknown>;
const letterOf = (caseText: string): string => /^## Letter\b[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(caseText)?.[1]?.trim() ?? '';

describe('a Japanese page\'s addressee section ("■アピールの宛先")', () => {
  const rows: Array<{ what: string; text: string; targets: Array<Record<string, unknown>>; country?: string | null; todo?: RegExp }> = [
    {
      what: 'reads the postcode line above the name, the office and name without the courtesy suffix, and a fax with a word before its label',
      text: page([
        '■アピールの宛先',
        '〒100-0000 千代田区例町1-1-1 中央合同庁舎9号館 例務省',
        '例務大臣 山田 太郎 殿',
        '例務省FAX(大臣官房): 03-5555-0000',
      ]),
      targets: [{ id: 'official', name: '山田 太郎', title: '例務大臣', address: ['〒100-0000 千代田区例町1-1-1 中央合同庁舎9号館 例務省'], fax: '03-5555-0000' }],
      country: 'Japan',
    },
    {
      what: 'names a web form in a TODO, never in a field',
      text: page([
        '【宛先】',
        '例務大臣 山田 太郎 様',
        '〒100-0000 東京都千代田区例が関1-1-1',
        '例務省 ご意見フォーム: https://www.example.go.jp/goiken/',
      ]),
      targets: [{ id: 'official', name: '山田 太郎', title: '例務大臣', address: ['〒100-0000 東京都千代田区例が関1-1-1'] }],
      country: 'Japan',
      todo: /web form/,
    },
    {
      what: 'reads a foreign official\'s address printed in Latin script under the name',
      text: page([
        '宛先：',
        'サンプル大統領',
        'Presidential Palace',
        '1 Example Avenue',
        'Example City 10000',
      ]),
      targets: [{ id: 'official', name: 'サンプル', title: '大統領', address: ['Presidential Palace', '1 Example Avenue', 'Example City 10000'] }],
    },
    {
      what: 'gives no country when the page names another country above the officials',
      text: page([
        'ミャンマー国籍の男性が収容されています。',
        '■宛先',
        '〒100-0000 東京都千代田区例が関1-1-1',
        '例務大臣 山田 太郎 殿',
      ]),
      targets: [{ id: 'official', name: '山田 太郎', title: '例務大臣', address: ['〒100-0000 東京都千代田区例が関1-1-1'] }],
      country: null,
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText } = importDocument(row.text, { source: 'test.txt' });
      expect(draftTargets(caseText)).toEqual(row.targets);
      if (row.country !== undefined) expect(frontMatter(caseText).country).toBe(row.country);
      if (row.todo) expect(caseText).toMatch(row.todo);
    });
  }
});

describe('a Japanese sample letter under its heading ("■手紙の文例")', () => {
  const rows: Array<{ what: string; text: string; letter: string; languages: string[] }> = [
    {
      what: 'reads the letter without the addressee at its head, the greeting or the closing, in Japanese',
      text: page([
        '■手紙の文例',
        '例務大臣 山田 太郎 殿',
        '拝啓',
        'ジョン・サンプルさんの長期収容について、深く懸念しています。',
        'サンプルさんを直ちに仮放免し、適切な医療を受けられるようにしてください。',
        '敬具',
        '（お名前）',
      ]),
      letter: 'ジョン・サンプルさんの長期収容について、深く懸念しています。\n\nサンプルさんを直ちに仮放免し、適切な医療を受けられるようにしてください。',
      languages: ['ja'],
    },
    {
      what: 'joins a line the page wrapped inside a sentence without a space',
      text: page([
        '＜例文＞',
        'ジョン・サンプルさんの長期収容について、',
        '深く懸念しています。直ちに仮放免を認めてください。',
        '',
        '■背景',
        '例国の説明です。',
      ]),
      letter: 'ジョン・サンプルさんの長期収容について、深く懸念しています。直ちに仮放免を認めてください。',
      languages: ['ja'],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText } = importDocument(row.text, { source: 'test.txt' });
      expect(letterOf(caseText)).toBe(row.letter);
      expect(frontMatter(caseText).languages).toEqual(row.languages);
    });
  }
});

describe('a Japanese page\'s numbered addressee blocks ("❷−1 首相官邸" / "1.宛 先 …")', () => {
  const rows: Array<{ what: string; text: string; targets: Array<Record<string, unknown>> }> = [
    {
      what: 'reads one official per block, the postcode after "郵送で", the faxes under "⑶FAX", and no remark ("※…")',
      text: page([
        '❷−1 首相官邸',
        '1.宛 先 内閣総理大臣 山田 太郎 様',
        '2.宛 所',
        '⑴ 首相官邸ホームページの「ご意見募集」',
        '⑵ 郵送で〒100-0000 東京都千代田区例町 1-6-1',
        '※抗議手段は、どちらでも構いません。',
        '',
        '❷−2 例衛省',
        '1.宛 先 例衛大臣 鈴木 一郎 様',
        '2.宛 所',
        '⑵郵送',
        '〒162-0000 東京都新宿区例町 5-1',
        '⑶FAX',
        '03-5555-8018(例衛省)',
        '098-555-8168(例縄局)',
        '※FAXは24時間受け付けています。',
        '',
        // "宛 名" (addressee): a name with no office.
        '❷−3 例縄局',
        '1. 宛 名 斉藤 花子 様',
        '2. 住 所 〒900-0000 沖縄県例覇市例町1-1',
      ]),
      targets: [
        { id: 'official', name: '山田 太郎', title: '内閣総理大臣', address: ['〒100-0000 東京都千代田区例町 1-6-1'] },
        { id: 'official-2', name: '鈴木 一郎', title: '例衛大臣', address: ['〒162-0000 東京都新宿区例町 5-1'], fax: '03-5555-8018 / 098-555-8168' },
        { id: 'official-3', name: '斉藤 花子', address: ['〒900-0000 沖縄県例覇市例町1-1'] },
      ],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const { caseText } = importDocument(row.text, { source: 'test.txt' });
      expect(draftTargets(caseText)).toEqual(row.targets);
    });
  }
});
