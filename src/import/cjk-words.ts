// Words of Japanese (and Chinese) pages that list officials: offices, countries, honorifics. These
// scripts write no spaces between words, so an office is found as the end or the start of a run of
// characters, not as a word of its own: "木村例子外務大臣" is a name with its office glued after it,
// "フィリピン大統領" a country's office with no person named.

import { countryCode, englishCountryNames } from '../channels/countries.js';

/** Han, kana (and the prolonged sound mark), Hangul: a line in these scripts is read by the CJK readers. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;

/**
 * The blocks of code points where those scripts live, as plain ranges (and the surrogates that open
 * their supplementary planes): a wider net than CJK, tested without Unicode properties, so that a
 * page in other scripts is told in one cheap pass over its lines and the CJK readers never walk it.
 */
const CJK_BLOCKS = /[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u303b\u3040-\u30ff\u3130-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc]|[\ud81b\ud82b\ud82c\ud83c\ud840-\ud8bf]/;

/** Whether any of the lines may hold a CJK character (never false for a line CJK matches). */
export const mayHoldCjk = (lines: readonly string[]): boolean => lines.some((line) => CJK_BLOCKS.test(line));

/**
 * Offices that end an item, longest first where one ends another ("外務大臣" before "大臣"). Japanese
 * and Chinese (大使 / 大使; 部长, 主席…) share many. Not "相" alone: it ends names too; the ministers
 * named that way are listed whole.
 */
const OFFICES = [
  '内閣総理大臣', '総理大臣', '外務大臣', '法務大臣', '防衛大臣', '国防大臣', '内務大臣', '司法大臣', '大臣',
  '副大統領', '大統領', '首相', '総理', '国務長官', '司法長官', '長官', '国防相', '外相', '法相', '内相', '防衛相', '外務相', '財務相', '司法相',
  '特命全権大使', '大使', '総領事', '領事', '公使', '知事', '議長', '国王', '皇太子', '首長', '国家主席', '主席', '総書記', '書記長',
  '検事総長', '検察総長', '検察長', '総長', '委員長', '最高指導者', '司令官', '総督', '総裁', '裁判長', '院長', '局長', '部長', '市長', '署長', '所長',
  '報道官', 'スポークスマン', '代表', '省長',
  // Chinese, simplified and traditional: the office follows the name ("陈例华部长"); "官" ends many.
  '国家主席', '國家主席', '外交部长', '外交部長', '部长', '部長', '总理', '總理', '总统', '總統', '总书记', '總書記', '检察长', '檢察長',
  '省长', '市长', '局长', '書記', '书记', '法官', '检察官', '檢察官', '警官', '长官', '大使馆',
].sort((a, b) => b.length - a.length);

/** Institutions that stand for their office when no person is named ("外務省", "首相府", "大使館"). */
// Not "部" alone: it ends surnames ("阿部"); China's ministries are listed whole.
const INSTITUTION_END = /(?:省|府|庁|大使館|大使馆|領事館|公邸|官邸|事務所|委員会|政府|裁判所|法院|检察院|檢察院|検察庁|警察|外交部|公安部|司法部|国防部|国务院|國務院)$/u;

/**
 * The part of a Chinese name a greeting calls him by: the surname ("张例" → "张"), or a foreign name's
 * last part after the middle dot ("约翰・样例" → "样例").
 */
export function hanCalledName(name: string): string {
  const parts = name.split(/[・·•‧]/u);
  return parts.length > 1 ? (parts.at(-1) ?? '') : name.slice(0, 1);
}

/** The institution a line under an official names ("中华人民共和国外交部", "外務省"). */
export const isCjkInstitution = (text: string): boolean => INSTITUTION_END.test(text.trim());


/**
 * The words an office may open with, before its last word ("外務" of "外務大臣" is listed whole, but
 * "厚生労働大臣" is not): a run of these glued before an office is the office's, never a name.
 */
// Only words of two characters or more, and "副" (deputy): a single character ending a name ("阿部",
// "木村") must never be peeled off it as an office's.
const OFFICE_PREFIX = /(?:外務|法務|財務|総務|防衛|国防|厚生|労働|文部|科学|農林|水産|経済|産業|国土|交通|環境|内務|司法|国務|内閣|官房|外交|首席|副|総理|国家|最高|検事|警察|報道|人権|移民|内政|治安|自治|安全|保安|公安|情報|教育|保健|文化|陸軍|海軍|空軍|大統領府|首相府|政府|国会|議会)$/u;

/** Courtesy words printed after a name ("閣下", Your Excellency; "様", "殿"; Chinese "女士", Ms): the honorific, not the name. */
const HONORIFIC_AFTER = /\s*(閣下|様|殿|氏|先生|女士|阁下)$/u;

/** Country names in katakana and kanji, with the English name the draft gives. A short table of the countries UAs name. */
const COUNTRIES: ReadonlyArray<readonly [string, string]> = ([
  ['アメリカ合衆国', 'United States'], ['アメリカ', 'United States'], ['米国', 'United States'], ['美国', 'United States'],
  ['中華人民共和国', 'China'], ['中华人民共和国', 'China'], ['中華人民共和國', 'China'], ['中国', 'China'], ['大韓民国', 'South Korea'], ['韓国', 'South Korea'], ['韩国', 'South Korea'], ['北朝鮮', 'North Korea'], ['朝鮮', 'North Korea'],
  ['イスラエル', 'Israel'], ['パレスチナ', 'Palestine'], ['イラン', 'Iran'], ['伊朗', 'Iran'], ['イラク', 'Iraq'], ['サウジアラビア', 'Saudi Arabia'], ['エジプト', 'Egypt'], ['トルコ', 'Turkey'], ['シリア', 'Syria'], ['ヨルダン', 'Jordan'], ['レバノン', 'Lebanon'], ['バーレーン', 'Bahrain'], ['アラブ首長国連邦', 'United Arab Emirates'], ['カタール', 'Qatar'], ['イエメン', 'Yemen'],
  ['ロシア', 'Russia'], ['俄罗斯', 'Russia'], ['ウクライナ', 'Ukraine'], ['ベラルーシ', 'Belarus'], ['イギリス', 'United Kingdom'], ['英国', 'United Kingdom'], ['フランス', 'France'], ['ドイツ', 'Germany'], ['スペイン', 'Spain'], ['イタリア', 'Italy'], ['ポーランド', 'Poland'], ['ハンガリー', 'Hungary'],
  ['フィリピン', 'Philippines'], ['菲律宾', 'Philippines'], ['ミャンマー', 'Myanmar'], ['ビルマ', 'Myanmar'], ['缅甸', 'Myanmar'], ['タイ', 'Thailand'], ['泰国', 'Thailand'], ['ベトナム', 'Vietnam'], ['越南', 'Vietnam'], ['カンボジア', 'Cambodia'], ['ラオス', 'Laos'], ['マレーシア', 'Malaysia'], ['シンガポール', 'Singapore'], ['インドネシア', 'Indonesia'], ['印度尼西亚', 'Indonesia'],
  ['インド', 'India'], ['印度', 'India'], ['パキスタン', 'Pakistan'], ['バングラデシュ', 'Bangladesh'], ['スリランカ', 'Sri Lanka'], ['ネパール', 'Nepal'], ['アフガニスタン', 'Afghanistan'], ['カザフスタン', 'Kazakhstan'], ['ウズベキスタン', 'Uzbekistan'], ['タジキスタン', 'Tajikistan'], ['トルクメニスタン', 'Turkmenistan'], ['モンゴル', 'Mongolia'], ['台湾', 'Taiwan'], ['香港', 'Hong Kong'],
  ['メキシコ', 'Mexico'], ['ブラジル', 'Brazil'], ['コロンビア', 'Colombia'], ['ベネズエラ', 'Venezuela'], ['ペルー', 'Peru'], ['チリ', 'Chile'], ['アルゼンチン', 'Argentina'], ['グアテマラ', 'Guatemala'], ['ホンジュラス', 'Honduras'], ['ニカラグア', 'Nicaragua'], ['エルサルバドル', 'El Salvador'], ['キューバ', 'Cuba'], ['カナダ', 'Canada'],
  ['ナイジェリア', 'Nigeria'], ['ケニア', 'Kenya'], ['エチオピア', 'Ethiopia'], ['スーダン', 'Sudan'], ['南スーダン', 'South Sudan'], ['コンゴ民主共和国', 'Democratic Republic of the Congo'], ['ウガンダ', 'Uganda'], ['ジンバブエ', 'Zimbabwe'], ['南アフリカ', 'South Africa'], ['カメルーン', 'Cameroon'], ['エリトリア', 'Eritrea'], ['ソマリア', 'Somalia'], ['アルジェリア', 'Algeria'], ['モロッコ', 'Morocco'], ['チュニジア', 'Tunisia'], ['リビア', 'Libya'],
  ['オーストラリア', 'Australia'], ['日本', 'Japan'],
  ['中華人民共和國', 'China'], ['中國', 'China'], ['伊拉克', 'Iraq'], ['以色列', 'Israel'], ['沙特阿拉伯', 'Saudi Arabia'], ['埃及', 'Egypt'], ['土耳其', 'Turkey'], ['柬埔寨', 'Cambodia'], ['老挝', 'Laos'], ['马来西亚', 'Malaysia'], ['新加坡', 'Singapore'], ['巴基斯坦', 'Pakistan'], ['孟加拉国', 'Bangladesh'], ['斯里兰卡', 'Sri Lanka'], ['尼泊尔', 'Nepal'], ['阿富汗', 'Afghanistan'], ['蒙古', 'Mongolia'], ['朝鲜', 'North Korea'], ['韓國', 'South Korea'], ['美國', 'United States'], ['緬甸', 'Myanmar'], ['越南', 'Vietnam'], ['菲律賓', 'Philippines'], ['泰國', 'Thailand'], ['俄羅斯', 'Russia'], ['乌克兰', 'Ukraine'], ['烏克蘭', 'Ukraine'], ['英國', 'United Kingdom'], ['法国', 'France'], ['法國', 'France'], ['德国', 'Germany'], ['德國', 'Germany'], ['墨西哥', 'Mexico'], ['巴西', 'Brazil'], ['哥伦比亚', 'Colombia'], ['委内瑞拉', 'Venezuela'], ['古巴', 'Cuba'], ['加拿大', 'Canada'], ['尼日利亚', 'Nigeria'], ['肯尼亚', 'Kenya'], ['埃塞俄比亚', 'Ethiopia'], ['苏丹', 'Sudan'], ['澳大利亚', 'Australia'], ['台灣', 'Taiwan'],
] as Array<[string, string]>).sort((a, b) => b[0].length - a[0].length);

/** The country a name from the table stands for ("イスラエル" → Israel), else ICU's (countries.ts), or undefined. */
export function cjkCountry(text: string): string | undefined {
  return COUNTRIES.find(([n]) => n === text)?.[1] ?? icuCountry(text);
}

/**
 * A name the table lacks, in ICU's Japanese and Chinese names (the generated copy countries.ts
 * reads) or its Korean ones ("대한민국", asked of Intl.DisplayNames on a Korean page only), as ICU
 * names it in English ("Myanmar (Burma)" without its bracket).
 */
function icuCountry(text: string): string | undefined {
  const code = /\p{Script=Hangul}/u.test(text) ? koreanNames().get(text.replace(/\s+/gu, '')) : countryCode(text);
  if (code === undefined) return undefined;
  return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code)?.replace(/\s*\(.*\)$/u, '');
}

/** Short forms Korean pages use that ICU does not list: 한국 (Korea, the South), 미국 (the USA). */
const KOREAN_ALIASES: ReadonlyArray<readonly [string, string]> = [['한국', 'KR'], ['남한', 'KR'], ['미국', 'US'], ['중국', 'CN'], ['일본', 'JP']];
let korean: Map<string, string> | undefined;

function koreanNames(): Map<string, string> {
  if (korean) return korean;
  const names = new Intl.DisplayNames(['ko'], { type: 'region', fallback: 'none' });
  korean = new Map(KOREAN_ALIASES);
  for (const code of new Set(englishCountryNames().values())) {
    const name = names.of(code);
    if (name !== undefined) korean.set(name.replace(/\s+/gu, ''), code);
  }
  return korean;
}

/** The first country of the table named in the text, with where; the longest name wins where two start together ("南スーダン"). */
export function cjkCountryIn(text: string): { country: string; index: number } | undefined {
  let best: { country: string; index: number } | undefined;
  for (const [n, country] of COUNTRIES) {
    const index = text.indexOf(n);
    if (index >= 0 && (best === undefined || index < best.index)) best = { country, index };
  }
  return best;
}

/** "駐日フィリピン大使", "フィリピン大使館": the embassy's country (an embassy in Tokyo is its country's). */
export function embassyCountry(text: string): string | undefined {
  // "缅甸驻华大使": China's pages put the country first, then "posted to China".
  const m = /^(?:駐日)?(.+?)(?:特命全権)?大使(?:館)?$/u.exec(text.trim()) ?? /^(.+?)(?:驻华|駐華)大使(?:馆|館)?$/u.exec(text.trim());
  return m?.[1] === undefined ? undefined : cjkCountry(m[1]);
}

/** The office at the end of the text, with the words that open it ("厚生労働大臣"), or undefined. */
export function officeAtEnd(text: string): string | undefined {
  const office = OFFICES.find((o) => text.endsWith(o));
  if (office === undefined) return INSTITUTION_END.test(text) ? text : undefined;
  let rest = text.slice(0, text.length - office.length);
  for (let m = OFFICE_PREFIX.exec(rest); m && m[0] !== ''; m = OFFICE_PREFIX.exec(rest)) rest = rest.slice(0, rest.length - m[0].length);
  return text.slice(rest.length);
}

/** The text names an office or an institution (at its end), as a title does. */
export const isCjkOffice = (text: string): boolean => officeAtEnd(text.trim()) !== undefined;

/** The parts of an item of a list of officials: "駐日フィリピン大使 ホセ・サンプロ", "木村例子外務大臣", "首相府". */
export interface CjkHead {
  name?: string | undefined;
  title?: string | undefined;
  honorific?: string | undefined;
  /** The name may be a place rather than a person ("サンプル" of "サンプル首相"): kept, and asked in a TODO. */
  unsureName?: boolean;
}

/**
 * Parts an item's text into title, name and honorific. The title comes before the name, apart
 * (a space), or after it, apart or glued on; an item that is only an office is named by it
 * (`title` undefined, `name` the office). Undefined when the text names neither a person nor an office.
 */
export function splitCjkHead(raw: string): CjkHead | undefined {
  const h = HONORIFIC_AFTER.exec(raw);
  const text = (h ? raw.slice(0, h.index) : raw).trim();
  const honorific = h?.[1];
  const parts = text.split(/\s+/u).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  // "駐日フィリピン大使 ホセ・サンプロ": the office, then the name.
  if (parts.length > 1 && isCjkOffice(first) && !parts.slice(1).some(isCjkOffice)) return withHonorific({ title: first, name: parts.slice(1).join(' ') }, honorific);
  // "木村 例子 外務大臣": the name, then the office, apart.
  if (parts.length > 1 && isCjkOffice(last) && !parts.slice(0, -1).some(isCjkOffice)) return withHonorific({ title: last, name: parts.slice(0, -1).join(' ') }, honorific);
  if (parts.length > 1) return undefined;
  const office = officeAtEnd(text);
  if (office === undefined) return undefined;
  const rest = text.slice(0, text.length - office.length);
  // "首相府", "フィリピン大統領", "中国外務省": no person named; the office stands in for the name.
  // "香港行政長官", "イスラエル国防軍総司令官": words that open with a country's name are the office's
  // (whose country it is), never a person's name.
  if (rest === '' || cjkCountryIn(rest)?.index === 0 || isPlace(rest)) return withHonorific({ name: text }, honorific);
  if (!isNameShaped(rest)) return undefined;
  // A word in katakana alone may be a surname ("サンプル首相") or a place the table lacks: asked.
  const head: CjkHead = /^[\p{Script=Katakana}ー]+$/u.test(rest) ? { name: rest, title: office, unsureName: true } : { name: rest, title: office };
  return withHonorific(head, honorific);
}

function withHonorific(head: CjkHead, honorific: string | undefined): CjkHead {
  return honorific === undefined ? head : { ...head, honorific };
}

/**
 * A place or institution: "駐日…"/"在日…" (posted to Japan), or its ending ("東京都", "大統領府",
 * "…スタン"). Not "村", "島", "部" or "田": they end surnames ("木村", "中島", "阿部").
 */
const isPlace = (text: string): boolean => /^(?:駐|驻|在)|(?:驻华|駐華)$|(?:国|州|県|都|北海道|府|省|市|区|庁|局|スタン|ランド|ニア|リア|シア|ジア)$/u.test(text);

/** Two to twelve characters of kana or Han, "・" or "＝" between a katakana name's parts. */
const isNameShaped = (text: string): boolean => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・＝=]{2,12}$/u.test(text) && !/^[・＝=]|[・＝=]$/u.test(text);
