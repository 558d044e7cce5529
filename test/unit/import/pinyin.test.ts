import { describe, expect, it } from 'vitest';
import { isAddressLike } from '../../../src/import/official-words.js';
import { isPinyinPlace, splitPinyinAddress, splitPinyinInstitution, splitPinyinOffice } from '../../../src/import/pinyin.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('isPinyinPlace', () => {
  const rows: Array<{ line: string; place: boolean }> = [
    { line: 'Xiangzhou Qu', place: true },
    { line: 'Guangzhou Shi', place: true },
    { line: 'Guangdong Sheng', place: true },
    { line: 'Chaoyangmen Nandajie', place: true },
    { line: 'Beijing Shi, 100051', place: true },
    { line: "Xi'an Shi", place: true },
    // "er" is printed without an apostrophe: the Uyghurs' region.
    { line: 'Xinjiang Weiwuer Zizhiqu', place: true },
    // A person's name: a one-syllable given name is no place before a unit word.
    { line: 'Wang Jie', place: false },
    { line: 'Huang Weiyu', place: false },
    { line: 'Li Chunsheng', place: false },
    // Not pinyin before the unit.
    { line: 'Fleet Lu', place: false },
    { line: 'Wall Street', place: false },
  ];
  for (const { line, place } of rows) {
    it(`${place ? 'reads' : 'does not read'} "${line}" as a pinyin place`, () => {
      expect(isPinyinPlace(line)).toBe(place);
    });
  }
});

describe('splitPinyinAddress', () => {
  const rows: Array<{ line: string; lines: string[] }> = [
    { line: '6, Chaoyangmen Nandajie Chaoyang Qu Beijing Shi, 100051 People’s Republic of China', lines: ['6, Chaoyangmen Nandajie', 'Chaoyang Qu', 'Beijing Shi, 100051', 'People’s Republic of China'] },
    { line: '14 Dongchangan Jie Dongchengqu Beijing Shi 100741 China', lines: ['14 Dongchangan Jie', 'Dongchengqu Beijing Shi 100741', 'China'] },
    { line: 'Dongchengqu Beijing Shi 100741', lines: ['Dongchengqu Beijing Shi 100741'] },
    { line: '10 Downing Street London SW1A 2AA', lines: ['10 Downing Street London SW1A 2AA'] },
  ];
  for (const { line, lines } of rows) {
    it(`cuts "${line}" into ${lines.length} line(s)`, () => {
      expect(splitPinyinAddress(line)).toEqual(lines);
    });
  }
});

describe('splitPinyinOffice', () => {
  const rows: Array<{ text: string; expected: { name: string; office: string } | undefined }> = [
    { text: 'Zhao Kezhi Buzhang', expected: { name: 'Zhao Kezhi', office: 'Buzhang' } },
    { text: 'Li Ming Juzhang', expected: { name: 'Li Ming', office: 'Juzhang' } },
    { text: 'Ouyang Xiaoming Jianchazhang', expected: { name: 'Ouyang Xiaoming', office: 'Jianchazhang' } },
    // "Guojia" (the state's) is part of the office; a capitalised surname stays the name's.
    { text: 'XI Jinping Guojia Zhuxi', expected: { name: 'XI Jinping', office: 'Guojia Zhuxi' } },
    { text: 'LI Keqiang Guojia Zongli', expected: { name: 'LI Keqiang', office: 'Guojia Zongli' } },
    // The chairman of a standing committee, and a vice-premier.
    { text: 'WU Example Weiyuanzhang', expected: { name: 'WU Example', office: 'Weiyuanzhang' } },
    { text: 'Zhang Li Fuzongli', expected: { name: 'Zhang Li', office: 'Fuzongli' } },
    // After the head of a unit ("…zhang") the name may be Uyghur or Tibetan, not pinyin.
    { text: 'Abuliz Usour Tingzhang', expected: { name: 'Abuliz Usour', office: 'Tingzhang' } },
    // A page that lost the space after the surname in capitals: the glued name is still no office's.
    { text: 'WENJiabao Guojia Zongli', expected: { name: 'WENJiabao', office: 'Guojia Zongli' } },
    { text: 'ZHAOKezhi Buzhang', expected: { name: 'ZHAOKezhi', office: 'Buzhang' } },
    // No office after the name, or a name that is not pinyin before an office a name might end in.
    { text: 'Zhao Kezhi', expected: undefined },
    { text: 'Mary Brown Shuji', expected: undefined },
  ];
  for (const { text, expected } of rows) {
    it(`reads "${text}"`, () => {
      expect(splitPinyinOffice(text)).toEqual(expected);
    });
  }
});

describe('a pinyin office and its ministry after the name ("Wu Example Buzhang / Sifabu")', () => {
  it.each([
    ['Wu Example Buzhang / Sifabu', { name: 'Wu Example', office: 'Buzhang', institution: 'Sifabu' }],
    ["Hu Example Juzhang / Gong'anbu", { name: 'Hu Example', office: 'Juzhang', institution: "Gong'anbu" }],
    // The premier and the state's chair: no name ends in those words, pinyin or not.
    ['Li Example Zongli / Guowuyuan', { name: 'Li Example', office: 'Zongli', institution: 'Guowuyuan' }],
    ['Li Example Zongli', { name: 'Li Example', office: 'Zongli' }],
    ['Jane Example Zhuxi', { name: 'Jane Example', office: 'Zhuxi' }],
  ])('splitPinyinOffice("%s")', (text, expected) => {
    expect(splitPinyinOffice(text)).toEqual(expected);
  });

  it.each([
    ['Minister of Justice Wu Example Buzhang / Sifabu', { rest: 'Minister of Justice Wu Example Buzhang', institution: 'Sifabu' }],
    ['Premier Li Example Zongli / Zuigao Renmin Fayuan', { rest: 'Premier Li Example Zongli', institution: 'Zuigao Renmin Fayuan' }],
    // No pinyin office before the slash, or no ministry after it.
    ['Minister of Justice / Ministro de Justicia', undefined],
    ['Wu Example Buzhang / Ministry of Justice', undefined],
  ])('splitPinyinInstitution("%s")', (text, expected) => {
    expect(splitPinyinInstitution(text)).toEqual(expected);
  });
});

describe('China named short under an address is its last line', () => {
  it.each(['VR CHINA', 'P.R. CHINA', 'PR China', 'VR China'])('"%s"', (line) => {
    expect(isAddressLike(line)).toBe(true);
  });
});

// The English office above a glued pinyin name and its pinyin office: the name is the glued word,
// the office neither in the name nor glued to it.
describe('a glued pinyin name under its office in English', () => {
  const rows = [
    { office: 'Premier', line: 'WENJiabao Guojia Zongli', name: 'WENJiabao' },
    { office: 'Minister of Public Security', line: 'ZHAOKezhi Buzhang', name: 'ZHAOKezhi' },
  ];
  it.each(rows)('$line', ({ office, line, name }) => {
    const page = ['Please send your letters to:', '', office, line, 'Example Street 2', 'Beijingshi 100017', "People's Republic of China", '', 'Salutation: Your Excellency', '', 'Dear Minister,', '', 'I am writing to ask for the release of Wang Example.', ''].join('\n');
    const [t] = draftTargets(importDocument(page, { source: 'ua.txt' }).caseText);
    expect(t).toMatchObject({ name, title: office });
  });
});
