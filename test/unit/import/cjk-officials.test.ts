import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { CJK, mayHoldCjk, splitCjkHead } from '../../../src/import/cjk-words.js';
import { draftTargets } from './helpers.js';

const page = (lines: string[]): string => lines.join('\n');
const countryOf = (caseText: string): unknown => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { country?: unknown }).country;

describe('mayHoldCjk', () => {
  it('lets through every code point of the CJK scripts, so that the gate never hides a CJK page', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (CJK.test(ch) && !mayHoldCjk([`Write to ${ch}`])) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('is false for pages in Latin, Cyrillic, Arabic and Greek script', () => {
    expect(mayHoldCjk(['Minister of Justice', 'Генеральный прокурор', 'وزير العدل', 'Υπουργός Δικαιοσύνης', 'Ministère de la Justice'])).toBe(false);
  });
});

describe('splitCjkHead', () => {
  const rows: Array<{ text: string; expected: ReturnType<typeof splitCjkHead> }> = [
    // The office before the name, apart.
    { text: '駐日ブラジル大使 マルコス・エヘンプロ', expected: { title: '駐日ブラジル大使', name: 'マルコス・エヘンプロ' } },
    // The office glued after a name in kanji.
    { text: '山本例美法務大臣', expected: { title: '法務大臣', name: '山本例美' } },
    // Words that open an office stay with it ("厚生労働" is no name).
    { text: '高橋例郎厚生労働大臣', expected: { title: '厚生労働大臣', name: '高橋例郎' } },
    // A surname that ends in a character of places or institutions ("村", "部") is still a name.
    { text: '中村外務大臣', expected: { title: '外務大臣', name: '中村' } },
    { text: '岡部法務大臣', expected: { title: '法務大臣', name: '岡部' } },
    // A country's office, an institution, an embassy: no person named, the office stands in.
    { text: 'ブラジル大統領', expected: { name: 'ブラジル大統領' } },
    { text: '外務省', expected: { name: '外務省' } },
    { text: '首相府スポークスマン', expected: { name: '首相府スポークスマン' } },
    { text: '駐日ブラジル大使', expected: { name: '駐日ブラジル大使' } },
    { text: 'カザフスタン国防相', expected: { name: 'カザフスタン国防相' } },
    // A country's name opens the words before the office: they are the office's, not a name.
    { text: '香港行政長官', expected: { name: '香港行政長官' } },
    { text: 'イスラエル国防軍総司令官', expected: { name: 'イスラエル国防軍総司令官' } },
    // A word in katakana glued before the office: a surname or a place the table lacks, asked.
    { text: 'エヘンプロ首相', expected: { title: '首相', name: 'エヘンプロ', unsureName: true } },
    // "閣下" (His Excellency) after the name is the honorific.
    { text: 'ブラジル大統領 ルイス・サンプロ閣下', expected: { title: 'ブラジル大統領', name: 'ルイス・サンプロ', honorific: '閣下' } },
    // The name, then the office, apart.
    { text: '山本 例美 法務大臣', expected: { title: '法務大臣', name: '山本 例美' } },
    // No office: not read here.
    { text: '山本例美', expected: undefined },
  ];
  for (const { text, expected } of rows) {
    it(`reads "${text}" as ${JSON.stringify(expected)}`, () => {
      expect(splitCjkHead(text)).toEqual(expected);
    });
  }
});

describe('a Japanese page that lists officials as marked items', () => {
  const rows: Array<{ what: string; text: string; targets: Array<Record<string, unknown>>; country?: string }> = [
    {
      what: 'reads each "＊" item as an official, its postcode, address and numbers under it',
      text: page([
        '【アクション】ブラジル：記者への暴行に抗議を',
        '',
        '＊駐日ブラジル大使　マルコス・エヘンプロ',
        '　〒150-0001　東京都渋谷区神宮前7丁目6−5',
        '　TEL：03-5555-0191　FAX：03-5555-0192',
        '　E-mail：brasemb@example.org',
        '＊山本例美法務大臣',
        '　〒100-8977　東京都千代田区霞が関4−3−2',
      ]),
      targets: [
        { name: 'マルコス・エヘンプロ', title: '駐日ブラジル大使', address: ['〒150-0001', '東京都渋谷区神宮前7丁目6−5'], phone: '03-5555-0191', fax: '03-5555-0192', email: 'brasemb@example.org' },
        { name: '山本例美', title: '法務大臣', address: ['〒100-8977', '東京都千代田区霞が関4−3−2'] },
      ],
      country: 'Brazil',
    },
    {
      what: 'reads full-width digits and labels, and leaves an email the page cut short out',
      text: page([
        '抗議先',
        '●駐日ブラジル大使　マルコス・エヘンプロ',
        '〒１５０－０００１　東京都渋谷区神宮前7丁目6−5',
        'ＦＡＸ　０３－５５５５－０１９２',
        'メール：iken@...',
      ]),
      targets: [{ name: 'マルコス・エヘンプロ', title: '駐日ブラジル大使', address: ['〒１５０－０００１', '東京都渋谷区神宮前7丁目6−5'], fax: '03-5555-0192' }],
      country: 'Brazil',
    },
    {
      what: 'never reads the demands a page lists with the same marks as officials',
      text: page([
        '＜要請＞',
        '・拘束された記者を直ちに釈放すること',
        '・暴行について公正な調査を行うこと',
        '',
        '＜宛先＞',
        '・ブラジル大統領　ルイス・サンプロ閣下',
        '・首相府報道官',
      ]),
      targets: [
        { name: 'ルイス・サンプロ', title: 'ブラジル大統領', honorific: '閣下' },
        { name: '首相府報道官' },
      ],
      country: 'Brazil',
    },
    {
      what: 'keeps an official a Latin-script block names above the items, without the items\' lines',
      text: page([
        'Please write to:',
        'Minister of Justice Jane Example',
        'Example Street 5, Example City',
        'Email: minister@justice.example.org',
        '＊駐日ブラジル大使　マルコス・エヘンプロ',
        '〒150-0001　東京都渋谷区神宮前7丁目6−5',
        '',
        'Dear Minister,',
        'I am writing to you about the journalist.',
        'Yours sincerely,',
      ]),
      targets: [
        { name: 'Jane Example', title: 'Minister of Justice', address: ['Example Street 5, Example City'], email: 'minister@justice.example.org', salutation: 'Dear Minister' },
        { name: 'マルコス・エヘンプロ', title: '駐日ブラジル大使', address: ['〒150-0001', '東京都渋谷区神宮前7丁目6−5'] },
      ],
    },
    {
      what: 'reads a Chinese page\'s items: the office after the name, "地址", "邮编", "传真" and "电邮"',
      text: page([
        '【紧急行动】越南：请关注被拘留的记者',
        '',
        '＊越南驻华大使 阮例山',
        '  地址：北京市朝阳区光华路32号',
        '  邮编：100600',
        '  传真：010-5555-0177',
        '  电邮：vnemb.cn@example.org',
        '＊周例明部长',
        '  中华人民共和国外交部',
        '  北京市东城区朝阳门南大街9号',
      ]),
      targets: [
        { name: '阮例山', title: '越南驻华大使', address: ['北京市朝阳区光华路32号', '邮编：100600'], fax: '010-5555-0177', email: 'vnemb.cn@example.org' },
        // The institution under the name is the envelope's first address line.
        { name: '周例明', title: '部长', address: ['中华人民共和国外交部', '北京市东城区朝阳门南大街9号'] },
      ],
      country: 'Vietnam',
    },
  ];
  for (const { what, text, targets, country } of rows) {
    it(what, () => {
      const { caseText } = importDocument(text, { source: 'test.txt' });
      const got = draftTargets(caseText).map((t) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'id')));
      expect(got).toEqual(targets);
      if (country !== undefined) expect(countryOf(caseText)).toBe(country);
    });
  }
});

describe('the deadline of a Japanese or Chinese page', () => {
  const rows: Array<{ text: string; deadline: string }> = [
    { text: page(['3月1日に逮捕されました。', '2025年7月10日（木）までに送ってください。']), deadline: '2025-07-10' },
    // A date of the story before it is none: only the date before the limit word is.
    { text: page(['記者は2025年3月1日に逮捕され、2025年7月10日までに抗議を届けてください。']), deadline: '2025-07-10' },
    { text: page(['締め切り：２０２５年７月１０日']), deadline: '2025-07-10' },
    { text: page(['记者于2025年3月1日被捕。', '请在2025年7月10日之前寄出信件。']), deadline: '2025-07-10' },
  ];
  for (const { text, deadline } of rows) {
    it(`reads ${deadline} from "${text.replace(/\n/g, ' / ')}"`, () => {
      const { caseText } = importDocument(text, { source: 'test.txt' });
      expect(caseText).toMatch(new RegExp(`^deadline: ${deadline}$`, 'm'));
    });
  }
});
