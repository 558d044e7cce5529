// Chinese officials' addresses and offices as UAs print them, in pinyin: an address line ends in
// its unit ("166 Xianghua Lu", "Xiangzhou Qu", "Guangzhou Shi", "Chaoyangmen Nandajie"), and an
// office may follow the name as a Chinese letter writes it ("Zhao Kezhi Buzhang", the minister).
// Pinyin place names look like personal names (two capitalised words), so without these rules
// "Xiangzhou Qu" became an official and "Buzhang" a part of the minister's name.

import { officeLengthAt } from './office-words.js';

/** Street units: a line that ends in one names a street ("Dongchangan Jie", "Chaoyangmen Nandajie"). */
// ("Xiang", "Zhou" and "Qi" are units too, but far more often a person's name: left out.)
const STREET_UNIT = String.raw`(?:Lu|Jie|Dajie|Nandajie|Beidajie|Dongdajie|Xidajie|Dadao|Hutong)`;
/** Administrative units: district, city, province, county, town, village, autonomous region. */
const AREA_UNIT = String.raw`(?:Qu|Shi|Sheng|Xian|Zhen|Cun|Zizhiqu|Diqu)`;
const UNIT = `(?:${STREET_UNIT}|${AREA_UNIT})`;

/** One pinyin syllable's final; its initial consonant. */
const FINAL = String.raw`(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)`;
const INITIAL = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])`;
/**
 * A word of pinyin syllables; after the first, a syllable opening with a vowel is set off by an
 * apostrophe ("Xi'an"), except "er", which pages print without one ("Weiwuer", the Uyghurs').
 */
const PINYIN_WORD = new RegExp(String.raw`^${INITIAL}?${FINAL}(?:${INITIAL}${FINAL}|['’]${FINAL}|er)*$`, 'i');
/** Two syllables at least: a place's name ("Xiangzhou", "Chaoyang"), unlike most given names before a unit word ("Wang Jie"). */
const PINYIN_PLACE_WORD = new RegExp(String.raw`^${INITIAL}?${FINAL}(?:${INITIAL}${FINAL}|['’]${FINAL}|er)+$`, 'i');

/** "Xiangzhou Qu", "Guangzhou Shi", "Beijing Shi, 100051": pinyin words, then a unit, then perhaps a postcode. */
const PLACE_LINE = new RegExp(String.raw`^((?:\p{Lu}[\p{Ll}'’]+\s+){1,3})${UNIT}(?:\s*,?\s*\d{6})?,?$`, 'u');

/**
 * A line of a Chinese address in pinyin: its words before the unit are pinyin syllables (so
 * "Wall Street" or "Kings Lu" stay what they are). A person named "Li Shi" reads the same, so
 * the caller asks only inside an official's block once a name has been read.
 */
export function isPinyinPlace(line: string): boolean {
  const m = PLACE_LINE.exec(line.trim());
  if (!m) return false;
  const words = (m[1] ?? '').trim().split(/\s+/);
  return words.every((w) => PINYIN_WORD.test(w)) && PINYIN_PLACE_WORD.test(words.at(-1) ?? '');
}

/** Where a flattened pinyin address breaks: after a unit word and its postcode, if any, before a capital. */
const UNIT_AFTER_SPACE = new RegExp(String.raw`\s${UNIT}`, 'u');
const UNIT_BREAK = new RegExp(String.raw`(\p{L}+)\s${UNIT}(?:,?\s*\d{6})?(,?\s+)(?=\p{Lu})`, 'gu');

/**
 * "6, Chaoyangmen Nandajie Chaoyang Qu Beijing Shi, 100051 People’s Republic of China" → the street,
 * the district, the city with its postcode, the country: one line each, as on the envelope. Only
 * after a unit whose place name is pinyin ("Chaoyang Qu", not "Fleet Lu"); else the line stays whole.
 */
export function splitPinyinAddress(line: string): string[] {
  // Every break follows a unit word after a space: a line with none (nearly every address) is not
  // searched word by word for a pinyin place before it.
  if (!UNIT_AFTER_SPACE.test(line)) return [line];
  const parts: string[] = [];
  let from = 0;
  for (const m of line.matchAll(UNIT_BREAK)) {
    if (!PINYIN_PLACE_WORD.test(m[1] ?? '')) continue;
    const end = m.index + m[0].length - (m[2] ?? '').length;
    parts.push(line.slice(from, end).trim());
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return [line];
  parts.push(line.slice(from).trim());
  return parts.filter((p) => p !== '');
}

/** Offices a Chinese letter writes after the name: minister, bureau chief, department head, procurator, president, governor, chair. */
// "Guojia Zhuxi" (the state's president) and "Guowuyuan Zongli" (the State Council's premier) name
// whose office it is first: the two words are the office together.
const OFFICE_AFTER = /^(.+?)\s+((?:Guojia\s+|Guowuyuan\s+)?(?:Buzhang|Weiyuanzhang|Fuzongli|Juzhang|Tingzhang|Jianchazhang|Yuanzhang|Shengzhang|Shizhang|Xianzhang|Zhuxi|Zongli|Zhuren|Suozhang|Shuji|Siling))$/u;
/**
 * Offices no name ends in ("…zhang", the head of a unit; the state's president or premier; "Zhuren",
 * the director or chairman of a committee or a region's government): after them the name may be
 * Uyghur or Tibetan ("Abuliz Usour Tingzhang", "Dorje Example Zhuren"), not pinyin.
 */
const OFFICE_NO_NAME_ENDS_IN = /zhang$|^Guojia|^Guowuyuan|^Zongli$|^Zhuxi$|^Zhuren$/;

/** A surname in capitals glued to the given name ("WENJiabao", "LIKeqiang"). */
const GLUED_NAME = /^\p{Lu}{2,}\p{Lu}\p{Ll}+$/u;

/**
 * "Wu Example Buzhang / Sifabu": the office's ministry or court in pinyin after a slash, one to
 * three words, the last a ministry's ("-bu"), a court's or council's ("-yuan"), a bureau's ("-ju"),
 * a department's ("-ting") or a commission's ("-wei"): "Sifabu", "Gong'anbu", "Guowuyuan".
 */
const INSTITUTION_AFTER = /^(.+?)\s*\/\s*((?:\p{Lu}[\p{Ll}'’]+\s){0,2}\p{Lu}[\p{Ll}'’]+(?:bu|yuan|ju|ting|wei))$/u;

/**
 * "… Wu Example Buzhang / Sifabu" → the text before the slash and the institution, when a pinyin
 * office ends that text; undefined otherwise.
 */
export function splitPinyinInstitution(text: string): { rest: string; institution: string } | undefined {
  const slash = INSTITUTION_AFTER.exec(text.trim());
  const [rest, institution] = [slash?.[1] ?? '', slash?.[2] ?? ''];
  if (!slash || !OFFICE_AFTER.test(rest) || !institution.split(/\s+/).every((w) => PINYIN_WORD.test(w))) return undefined;
  return { rest, institution };
}

/**
 * "Zhao Kezhi Buzhang" → name "Zhao Kezhi", office "Buzhang"; "Wu Example Buzhang / Sifabu" gives
 * the institution too ("Sifabu", an address's first line as "Ministry of Justice" is); undefined
 * when the line is not such.
 */
export function splitPinyinOffice(text: string): { name: string; office: string; institution?: string } | undefined {
  const { rest, institution } = splitPinyinInstitution(text) ?? { rest: text.trim() };
  const m = OFFICE_AFTER.exec(rest);
  if (!m) return undefined;
  const name = m[1] ?? '';
  const words = name.split(/\s+/);
  // "Premier Li Example Zongli": an office before the name is the title's; the reader splits it off first.
  if (officeLengthAt(words, 0) > 0) return undefined;
  // The name before it is two or three capitalised words, pinyin unless the office says whose it is.
  const office = m[2] ?? '';
  const pinyinName = words.every((w) => PINYIN_WORD.test(w)) || OFFICE_NO_NAME_ENDS_IN.test(office);
  // "WENJiabao Guojia Zongli": a page that lost the space after the surname in capitals prints the
  // name as one word; the office after it is still no part of it.
  const glued = words.length === 1 && GLUED_NAME.test(words[0] ?? '') && PINYIN_WORD.test(words[0] ?? '');
  if ((words.length < 2 && !glued) || words.length > 3 || !words.every((w) => /^\p{Lu}\p{L}+$/u.test(w)) || !pinyinName) return undefined;
  return institution === undefined ? { name, office } : { name, office, institution };
}

/**
 * "Zhejiangsheng Renmin Zhengfu", "Zhejiangsheng Gaoji Renmin Fayuan": a Chinese institution's name
 * in pinyin, as a letter prints it under the office it writes to (or after the holder's name and a
 * comma). It reads like a long personal name, so without this it became the official's name, or an
 * address line with the name before it. Only words that name an institution end it (a government, a
 * court, a procuratorate, a public or state security bureau, a judicial department, a committee):
 * a two-syllable given name ("Jianwei") ends no such word.
 */
const INSTITUTION_END = /(?:zhengfu|fayuan|jianchayuan|gong['’]?an(?:bu|ting|ju)|sifa(?:bu|ting|ju)|anquan(?:bu|ting|ju)|weiyuanhui|guowuyuan)$/i;

/** The line is a pinyin institution's name of two words or more (see INSTITUTION_END). */
export function isPinyinInstitution(text: string): boolean {
  const t = text.trim().replace(/[.,;]$/, '');
  if (t.length > 80 || !INSTITUTION_END.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) && PINYIN_WORD.test(w));
}
