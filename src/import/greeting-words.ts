// The "Dear …" of languages whose sections print letters the Latin-script greeting list never
// knew: Danish and Norwegian ("Kære minister", "Kjære statsråd"), Czech ("Vážený pane prezidente,"),
// Polish ("Szanowny Panie Prezydencie,"), Finnish ("Arvoisa pääministeri"), Persian ("با سلام",
// alone under the addressee) and Chinese ("尊敬的…先生："). Each word only ever greets, so a line
// opening with it needs no comma to open the letter (Danish and Finnish letters print none), only
// running text under it. Matched on folded text (fold.ts: no accents, lower case).

/**
 * Arabic letters open "تحية طيبة وبعد،" ("kind greetings, and then"), "السلام عليكم ورحمة الله"
 * ("peace be upon you"), "بعد التحية", "تحية إجلال وتقدير" ("greetings of reverence and esteem"): words that only ever greet (folded: hamzas and marks dropped).
 */
const ARABIC_GREETING = String.raw`تحية\s+(?:طيبة|واحترام|وتقدير|عطرة|اجلال|احترام|تقدير)|السلام\s+عليكم|بعد\s+التحية|مولانا\s+صاحب\s+الجلالة`;

/**
 * Ukrainian "Шановний пане Президенте!", "Вельмишановна пані …", Russian "Уважаемый господин …",
 * "Глубокоуважаемая …" (folded: "й" loses its breve and reads "и"): words that only ever greet.
 */
const CYRILLIC_GREETING = String.raw`(?:вельми)?шановн(?:ии|а|і)\s|(?:глубоко|много)?уважаем(?:ыи|ая|ые|и|а)\s`;

/**
 * Central/Eastern European and Nordic letters: Polish "Wasza Ekscelencjo," (Your Excellency),
 * Romanian "Domnule …," / "Stimate domnule ministru,", Lithuanian "Gerbiamasis ministre," (and its
 * plural "Gerbiamieji"), Latvian "Godātais …", Estonian "Lugupeetud …", Icelandic "Hæstvirtur
 * forsætisráðherra,", Hungarian "Tisztelt Miniszter Úr!" — each a vocative or an honouring word
 * that opens nothing but a letter (folded: "ð" and "æ" stay as they are).
 */
const CEE_NORDIC_GREETING = String.raw`wasza\s+ekscelencj[oa]|domnule\s|stimat(?:e|a|i)\s|gerbiam(?:as|asis|a|oji|ieji|osios)[\s,]|(?:godat|godajam|cienijam)(?:ais|a|ie|as)[\s,]|lugupeetud\s|austatud\s|hæstvirt(?:ur|i|a)?[\s,]|virðuleg(?:i|a|ur)\s|(?:igen\s+)?tisztelt\s`;

/**
 * "致行政長官:" ("to the Chief Executive:"), alone on its line over a Chinese letter: the letter's
 * "to …", an office or a name and the colon, as Taiwanese and Hong Kong sample letters open.
 */
const CJK_TO = String.raw`致[^。！？，,:：\s]{1,12}[:：]$`;

/**
 * "鄭司長 您好：" ("Secretary Cheng, hello:"): a Taiwanese or Hong Kong letter's greeting, the
 * addressee's surname and office, then "您好" (the polite "hello"), alone on its line.
 */
const CJK_HELLO = String.raw`\p{Script=Han}{1,8}\s?您好[:：,，!！]?$`;

/**
 * "Atento saludo.", "Cordial saludo": a Colombian letter's opening under its addressee and subject,
 * the whole line, with or without a full stop ("Reciba un cordial saludo" closes one: closing.ts).
 * Matched on folded text.
 */
export const SALUTE_LINE = /^(?:atento|cordial|respetuoso) saludo[.,:]?$/;

/** The folded line opens with a greeting word of these languages. */
export const OTHER_GREETING = new RegExp(String.raw`^(?:k(?:j)?(?:æ|ae)re\s|vazen[yaie]\s|szanown[yaie]\s|arvoisa\s|hyva\s|excia\b|thua\s|${CEE_NORDIC_GREETING}|${CYRILLIC_GREETING}|با\s+(?:عرض\s+)?سلام|${ARABIC_GREETING}|尊敬的|${CJK_TO}|${CJK_HELLO})`, 'u');

/** A Chinese greeting, the name inside it: "尊敬的张例子先生：", "尊敬的李女士:", "尊敬的部长阁下，", "李部長 您好：". */
export const CJK_GREETING = new RegExp(String.raw`^尊敬的[^。！？]{1,20}[:：,，]?$|^${CJK_TO}|^${CJK_HELLO}`, 'u');

/** Chinese running text: no spaces to count words by, so its characters (a sentence's worth). */
export const isCjkProse = (line: string): boolean => (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= 15;

/**
 * Written in one of these languages by its greeting word. The detector (detect-language.ts) knows no
 * Latvian, Estonian nor Icelandic, and a short Danish, Norwegian or Finnish letter may come out a
 * neighbour's: for them the greeting tells the letter's language.
 */
export const OTHER_GREETING_LANGUAGE: ReadonlyArray<readonly [string, RegExp]> = [
  ['da', /^k(?:æ|ae)re\s/],
  ['no', /^kjære\s/],
  ['cs', /^vazen[yaie]\s/],
  ['pl', /^(?:szanown[yaie]\s|wasza\s+ekscelencj)/],
  ['ro', /^(?:domnule|stimat[eai])\s/],
  ['lt', /^gerbiam/],
  ['lv', /^(?:godat|godajam|cienijam)/],
  ['et', /^(?:lugupeetud|austatud)\s/],
  ['is', /^(?:hæstvirt|virðuleg)/],
  ['hu', /^(?:igen\s+)?tisztelt\s/],
  ['bg', /^уважаем[иа]\s/u],
  ['fi', /^(?:arvoisa|hyva)\s/],
  ['fa', /^با\s+(?:عرض\s+)?سلام/u],
  ['ar', new RegExp(String.raw`^(?:${ARABIC_GREETING})`, 'u')],
  ['zh', /^(?:尊敬的|致)/u],
  ['pt', /^excia\b/],
  ['vi', /^thua\s/],
  ['uk', /^(?:вельми)?шановн/u],
  ['ru', /^(?:глубоко|много)?уважаем/u],
];

/** Languages the detector cannot name, or names for a neighbour's short letter. */
const UNDETECTED = new Set(['da', 'no', 'fi', 'lt', 'lv', 'et', 'is']);
/** What the detector answers for a letter in one of them: nothing, or a neighbour (Danish, Norwegian and Swedish for each other; Lithuanian for Latvian, Finnish for Estonian). */
const NEIGHBOURS = new Set([undefined, 'sv', 'da', 'no', 'lt', 'fi', 'de', 'nl']);

/**
 * "Kære minister" over a Danish letter, "Arvoisa pääministeri" over a Finnish one: when the
 * detector cannot be trusted with them, the letter's own greeting (`greeted`: its language) tells it — when the
 * detector gave nothing, a neighbour, or an answer it barely preferred to others (`unsure`: a
 * Finnish letter under "Hyvä …" read as French by a hair). A detector's clear answer stands: an
 * English letter under a Danish greeting stays English. Asked only when the greeting's language is
 * one the detector cannot name, so `unsure` is a function.
 */
export const letterLanguage = (detected: string | undefined, greeted: string | undefined, unsure: () => boolean = () => false): string | undefined =>
  greeted !== undefined && UNDETECTED.has(greeted) && (NEIGHBOURS.has(detected) || unsure()) ? greeted : detected;
