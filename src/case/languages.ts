/**
 * ISO 639-1 language codes. The full list (183 codes, as maintained by the Library of Congress),
 * not a /^[a-z]{2}$/ pattern: "sp" or "jp" look like codes but name no language, and a letter
 * "in jp" would silently fall back to another language.
 */
import { quote } from './formats.js';
import type { LangCode } from './types.js';

const CODES =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
  'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki ' +
  'kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no ' +
  'nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te ' +
  'tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

export const ISO_639_1: readonly LangCode[] = CODES.split(' ');
const VALID: ReadonlySet<string> = new Set(ISO_639_1);

/** Codes people write instead: withdrawn ISO codes, country codes, ISO 639-2 codes. */
const LOOKALIKES: Readonly<Record<string, LangCode>> = {
  in: 'id', iw: 'he', ji: 'yi', jw: 'jv', mo: 'ro', sh: 'sr',
  sp: 'es', gr: 'el', jp: 'ja', cn: 'zh', dk: 'da', ua: 'uk', cz: 'cs', vn: 'vi', gb: 'en', us: 'en',
  eng: 'en', spa: 'es', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', por: 'pt', rus: 'ru', ara: 'ar', zho: 'zh',
  chi: 'zh', tur: 'tr', pol: 'pl', ita: 'it', fas: 'fa', per: 'fa', ukr: 'uk', nld: 'nl', dut: 'nl', jpn: 'ja',
};

export function isLangCode(value: string): boolean {
  return VALID.has(value);
}

export function langCodeMessage(value: unknown): string {
  const hint = typeof value === 'string' ? suggestLangCode(value) : undefined;
  return `${quote(value)} is not an ISO 639-1 language code${hint ? `; did you mean "${hint}"?` : ' (such as en, es, fr)'}`;
}

/**
 * The code the writer probably meant: "EN" → "en", "pt-BR" → "pt", "eng" → "en", "Spanish" or
 * "español" → "es". Undefined when nothing is close. Only called on the error path.
 */
export function suggestLangCode(value: string): LangCode | undefined {
  const lower = value.trim().toLowerCase();
  if (VALID.has(lower)) return lower;
  const region = /^([a-z]{2,3})[-_][a-z0-9]+$/.exec(lower);
  if (region?.[1] !== undefined) return suggestLangCode(region[1]);
  const lookalike = LOOKALIKES[lower];
  if (lookalike !== undefined) return lookalike;
  return codeByName(lower);
}

let namesToCodes: Map<string, LangCode> | undefined;

/** English names and autonyms from the ICU data Node ships ("spanish", "español", "русский"). */
function codeByName(name: string): LangCode | undefined {
  if (namesToCodes === undefined) {
    namesToCodes = new Map();
    const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (const code of ISO_639_1) {
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' });
      for (const n of [english.of(code), own.of(code)]) {
        if (n !== undefined && !namesToCodes.has(n.toLowerCase())) namesToCodes.set(n.toLowerCase(), code);
      }
    }
  }
  return namesToCodes.get(name);
}
