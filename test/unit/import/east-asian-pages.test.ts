// Kinds of Taiwanese and Japanese action pages: a bracketed target over a sample letter opened
// "致…:", addressees glossed in Japanese over their English lines, postcard envelopes printed whole
// under "宛先" with copies, an English petition followed by its Japanese version, a petition to
// sign with its addressee at the page's head.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const page = (lines: string[]): string => lines.join('\n');
const frontMatter = (caseText: string): Record<string, unknown> => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') ?? {}) as Record<string, unknown>;
const letters = (caseText: string): string => [...caseText.matchAll(/^## Letter\b[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm)].map((m) => m[1] ?? '').join('\n');

describe('East Asian action pages', () => {
  const rows: Array<{ what: string; text: string; expected: Record<string, unknown>; letter?: string }> = [
    {
      what: 'reads a Taiwanese page\'s "【訴求對象】" official, the "致…:" greeting over the letter, and the bracketed place of the headline as the country',
      text: page([
        '【香港】寫信呼籲釋放示例記者!',
        ' ',
        '示例記者陳例明因報導抗議活動被捕。',
        '【訴求對象】',
        ' 行政長官 張示例女士 ',
        ' The Hon. Jane Example, Chief Executive',
        '【訴求範本信 】',
        '致行政長官:',
        '我是國際特赦組織的支持者。我懇請您立即無條件釋放示例記者陳例明,並確保他獲得適當的醫療照顧。',
        '此致',
      ]),
      expected: { country: 'Hong Kong', languages: ['zh'], targets: [{ name: '張示例', title: '行政長官', honorific: '女士', salutation: '致行政長官' }] },
      letter: '我懇請您立即無條件釋放',
    },
    {
      what: 'reads addressees glossed in Japanese over their English lines: the English name, both numbers of a "Tel / Fax" line, the "書き出し:" salutation',
      text: page([
        '■アピールの宛先',
        '台湾政府 総統',
        'Mr. MA Ying Example',
        'President, Taiwan',
        '122 Example Road Sec. 1',
        'Taiwan',
        'Tel: +886 2 5555 0101 / Fax: +886 2 5555 0102',
        '要請文の書き出し: Dear President',
        '',
        '台湾政府 法務部長',
        'Mr. WANG Ching Sample',
        'Minister of Justice',
        '130 Example Road Sec. 1',
        'Fax: +886 2 5555 0202',
        '要請文の書き出し: Dear Minister',
      ]),
      expected: {
        targets: [
          { name: 'MA Ying Example', title: 'President, Taiwan', salutation: 'Dear President', phone: '+886 2 5555 0101', fax: '+886 2 5555 0102', address: ['122 Example Road Sec. 1', 'Taiwan'] },
          { name: 'WANG Ching Sample', title: 'Minister of Justice', salutation: 'Dear Minister', fax: '+886 2 5555 0202' },
        ],
      },
    },
    {
      what: 'reads postcard envelopes opened by their office in brackets, an office alone as the official, and the envelopes under "<写しの宛先>" as copies',
      text: page([
        '宛先',
        '',
        '(国家主席)',
        '中国 100016',
        '北京市 国家主席',
        '胡示例 主席 收',
        '',
        '(司法廳)',
        '中国 830002',
        '司法廳',
        '廳長 收',
        '',
        '<写しの宛先>',
        '[駐日中国大使]',
        '〒106-0046',
        '東京都港区元麻布3-4-33',
        '崔示例 閣下',
        'Email: embassy@example.org',
      ]),
      expected: {
        targets: [
          { name: '胡示例', title: '主席', address: ['中国 100016', '北京市 国家主席'] },
          { name: '廳長', address: ['中国 830002', '司法廳'] },
          { name: '崔示例', honorific: '閣下', title: '駐日中国大使', email: 'embassy@example.org', copy: true },
        ],
      },
    },
    {
      what: 'keeps the Japanese version after an English petition\'s closing, greeted by its addressee\'s line, and lists both languages in page order',
      text: page([
        'Your Excellency,',
        '',
        'I am writing to Your Excellency to express my concern for the lawyer Wang Example, who has been detained without charge.',
        '',
        'Yours sincerely,',
        '',
        '請 願 書',
        '',
        '国家主席閣下',
        '',
        '私は人権派弁護士の王例さんが起訴されないまま拘束されていることを深く憂慮しています。',
        '',
        '敬具',
      ]),
      expected: { languages: ['en', 'ja'] },
      letter: '深く憂慮しています',
    },
    {
      what: 'reads a petition\'s addressee at the page\'s head under a blank date, the lines above his name as his office, and the petition under its title as the letter',
      text: page([
        '2001年  月  日',
        '',
        '法務省入国者収容所',
        '東日本入国管理センター所長',
        '酒示例 明 殿',
        '',
        '仮放免を求める請願書',
        '',
        '私たちは、収容されているサンプル・ジョンさんの健康状態を深く憂慮しています。',
        'サンプルさんを直ちに仮放免するよう求めます。',
        '',
        '住所',
        '',
        '氏名',
      ]),
      expected: { country: 'Japan', languages: ['ja'], targets: [{ name: '酒示例 明', title: '東日本入国管理センター所長', organisation: '法務省入国者収容所' }] },
      letter: '仮放免するよう求めます',
    },
  ];

  it.each(rows)('$what', ({ text, expected, letter }) => {
    const { caseText } = importDocument(text, { source: 'page.txt' });
    expect(frontMatter(caseText)).toMatchObject(expected);
    if (letter !== undefined) {
      expect(letters(caseText)).toContain(letter);
      expect(letters(caseText)).not.toMatch(/住所|氏名|請 願 書|国家主席閣下/u);
    }
  });
});
