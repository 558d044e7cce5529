// The salutation when the case gives none (`targets[].salutation` always wins). Rules, per language:
//
//   honorific is an Excellency (His/Her Excellency, Su Excelencia, Son Excellence…)
//        en "Your Excellency" · es "Excelencia" · fr "Excellence"
//   a title          en "Dear <title>"
//                    es "Estimado señor <title>" / "Estimada señora <title>" / "Estimado/a <title>"
//                    fr "Monsieur le <title>" / "Madame la <title>" (l' before a vowel) / "Madame, Monsieur"
//   only a name      en "Dear <honorific> <name>" or "Dear <name>"
//                    es "Estimado señor <name>" / "Estimada señora <name>" / "Estimado/a <name>"
//                    fr "Monsieur" / "Madame" / "Madame, Monsieur" (French letters do not name the person)
//
// Gender is read only from the honorific (His/Her, Mr/Ms, Señor/Señora, Monsieur/Madame…); when it
// says nothing, the forms stay neutral rather than guess. Other languages use the English rules:
// a user template for them can build its own from target.honorific/title/name.
// The result has no closing punctuation: each template adds its language's (",", ":").

export interface SalutationInput {
  name: string;
  /** The honorific in the letter's language, if any. */
  honorific?: string | undefined;
  /** Every form of the honorific the case gives (to read gender from "His Excellency" in a Spanish letter). */
  honorificForms?: readonly string[] | undefined;
  /** The title in the letter's language, if any. */
  title?: string | undefined;
}

type Gender = 'm' | 'f' | undefined;

const MALE = new Set(['his', 'mr', 'sir', 'lord', 'senor', 'sr', 'don', 'monsieur', 'm', 'herr', 'signor', 'sig', 'pan', 'bay', 'bey', 'господин', 'г-н']);
const FEMALE = new Set(['her', 'mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'mlle', 'mademoiselle', 'dame', 'lady', 'senora', 'sra', 'srta', 'dona', 'frau', 'signora', 'pani', 'bayan', 'hanim', 'госпожа', 'г-жа']);

function firstWord(text: string): string {
  const word = text.trim().split(/\s+/)[0] ?? '';
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

export function genderOf(forms: readonly string[]): Gender {
  for (const form of forms) {
    const w = firstWord(form);
    if (MALE.has(w)) return 'm';
    if (FEMALE.has(w)) return 'f';
  }
  return undefined;
}

const isExcellency = (forms: readonly string[]) => forms.some((f) => /excel|eccellen|exzellenz/i.test(f));

/** "Procureur général" → "le Procureur général"; "Ambassadeur" → "l'Ambassadeur". */
function frenchArticle(article: 'le' | 'la', title: string): string {
  if (/^(?:le|la|les)\s|^l['’]/i.test(title)) return title;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(title) ? `l'${title}` : `${article} ${title}`;
}

export function buildSalutation(input: SalutationInput, lang: string): string {
  const forms = [input.honorific, ...(input.honorificForms ?? [])].filter((f): f is string => !!f && f.trim() !== '');
  const gender = genderOf(forms);
  const title = input.title?.trim() || undefined;
  const name = input.name.trim();
  if (lang === 'es') {
    if (isExcellency(forms)) return 'Excelencia';
    const dear = gender === 'm' ? 'Estimado señor' : gender === 'f' ? 'Estimada señora' : 'Estimado/a';
    return `${dear} ${title ?? name}`;
  }
  if (lang === 'fr') {
    if (isExcellency(forms)) return 'Excellence';
    if (gender === 'm') return title ? `Monsieur ${frenchArticle('le', title)}` : 'Monsieur';
    if (gender === 'f') return title ? `Madame ${frenchArticle('la', title)}` : 'Madame';
    return 'Madame, Monsieur';
  }
  if (isExcellency(forms)) return 'Your Excellency';
  if (title) return `Dear ${title.replace(/^the\s+/i, '')}`;
  const honorific = input.honorific?.trim();
  return honorific ? `Dear ${honorific} ${name}` : `Dear ${name}`;
}

const OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['dear', 'your'],
  es: ['estimado', 'estimada', 'estimados', 'estimado/a', 'senor', 'senora', 'distinguido', 'distinguida', 'excelentisimo', 'excelentisima', 'excelencia'],
  fr: ['monsieur', 'madame', 'cher', 'chere', 'excellence'],
};

/**
 * The language a salutation is evidently written in ("Dear …" → en), if one of ours. A plain-string
 * salutation applies to every language, but "Dear Attorney General" must not open a Spanish letter:
 * the channels build one in the letter's language instead.
 */
export function salutationLanguage(text: string): string | undefined {
  const word = firstWord(text).replace(/,$/, '');
  return Object.keys(OPENERS).find((lang) => OPENERS[lang]?.includes(word));
}

/** A salutation the case wrote, without the punctuation the template adds. */
export function cleanSalutation(text: string): string {
  return text.trim().replace(/[\s,:;]+$/, '');
}
