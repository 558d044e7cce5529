// The salutation when the case gives none (`targets[].salutation` always wins), as a writer of
// formal letters in each language would open one. Per language (RULES below):
//
//        an Excellency          a title (m / f / unknown)                  only a name (m / f / unknown)
//   en   Your Excellency        Dear <title>                               Dear <honorific> <name>
//   es   Excelencia             Estimado señor / Estimada señora / Estimado/a <title or name>
//   fr   Excellence             Monsieur le / Madame la <title>; Madame, Monsieur   Monsieur / Madame / Madame, Monsieur
//   de   Exzellenz              Sehr geehrter Herr / Sehr geehrte Frau <title or name>; Sehr geehrte Damen und Herren
//   it   Eccellenza             Egregio <title> / Gentile <title>          Egregio Signor / Gentile Signora / Gentile <name>
//   pt   Excelentíssimo Senhor / Excelentíssima Senhora [<title>]; Excelência      Prezado Senhor / Prezada Senhora / Prezado(a) <name>
//   nl   Excellentie            Geachte heer / Geachte mevrouw / Geachte <title or name>
//   ru   Ваше Превосходительство   Уважаемый господин / Уважаемая госпожа / Уважаемый(-ая) <title or name>
//   tr   Ekselansları           Sayın <title>                              Sayın <name> (Turkish needs no gender)
//   ar   سعادة <title or name>   معالي <title>                               السيد / السيدة / حضرة <name>
//   fa   جناب آقای / سرکار خانم / جناب <title or name>                       جناب آقای / سرکار خانم <name> / <name> گرامی
//
// Gender is read only from the honorific (His/Her, Mr/Ms, Herr/Frau, господин/госпожа, السيد/السيدة…);
// when it says nothing, the forms stay neutral rather than guess. A language without rules here
// uses the English ones: a user template for it can build its own from target.honorific/title/name.
// The result has no closing punctuation: each template adds its language's (",", ":", "!", "،").

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

/** Lower case, no accents, no final dot: how honorifics and openers are compared. */
function normalWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

function firstWord(text: string): string {
  const words = text.trim().split(/\s+/);
  // Dutch "de heer", "de minister": the article says nothing.
  const word = words[0]?.toLowerCase() === 'de' && words.length > 1 ? words[1] : words[0];
  return normalWord(word ?? '');
}

const wordSet = (words: string) => new Set(words.split(' ').map(normalWord));

const MALE = wordSet('his mr sir lord señor sr don monsieur m herr signor sig signore egregio senhor exmo excelentíssimo heer dhr господин г-н bay bey السيد جناب آقای');
const FEMALE = wordSet(
  'her mrs ms miss madam madame mme mlle mademoiselle dame lady señora sra srta doña dona frau signora sig.ra gentilissima senhora exma excelentíssima mevrouw mevr mw госпожа г-жа bayan hanım hanim السيدة سرکار خانم',
);

export function genderOf(forms: readonly string[]): Gender {
  for (const form of forms) {
    const w = firstWord(form);
    if (MALE.has(w)) return 'm';
    if (FEMALE.has(w)) return 'f';
  }
  return undefined;
}

const isExcellency = (forms: readonly string[]) => forms.some((f) => /excel|eccellen|exzellenz|ekselans|превосходительств|سعادة|فخامة|عالیجناب/i.test(f));

/** "Procureur général" → "le Procureur général"; "Ambassadeur" → "l'Ambassadeur". */
function frenchArticle(article: 'le' | 'la', title: string): string {
  if (/^(?:le|la|les)\s|^l['’]/i.test(title)) return title;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(title) ? `l'${title}` : `${article} ${title}`;
}

interface Facts {
  excellency: boolean;
  gender: Gender;
  title: string | undefined;
  name: string;
  honorific: string | undefined;
}

/** m / f / unknown. */
const by = (g: Gender, m: string, f: string, neutral: string) => (g === 'm' ? m : g === 'f' ? f : neutral);

const RULES: Readonly<Record<string, (x: Facts) => string>> = {
  en: ({ excellency, title, name, honorific }) => {
    if (excellency) return 'Your Excellency';
    if (title) return `Dear ${title.replace(/^the\s+/i, '')}`;
    return honorific ? `Dear ${honorific} ${name}` : `Dear ${name}`;
  },
  es: ({ excellency, gender, title, name }) => (excellency ? 'Excelencia' : `${by(gender, 'Estimado señor', 'Estimada señora', 'Estimado/a')} ${title ?? name}`),
  fr: ({ excellency, gender, title }) => {
    if (excellency) return 'Excellence';
    if (gender === 'm') return title ? `Monsieur ${frenchArticle('le', title)}` : 'Monsieur';
    if (gender === 'f') return title ? `Madame ${frenchArticle('la', title)}` : 'Madame';
    return 'Madame, Monsieur';
  },
  de: ({ excellency, gender, title, name }) =>
    excellency ? 'Exzellenz' : gender === undefined ? 'Sehr geehrte Damen und Herren' : `${by(gender, 'Sehr geehrter Herr', 'Sehr geehrte Frau', '')} ${title ?? name}`,
  it: ({ excellency, gender, title, name }) => {
    if (excellency) return 'Eccellenza';
    if (title) return `${by(gender, 'Egregio', 'Gentile', 'Gentile')} ${title}`;
    return `${by(gender, 'Egregio Signor', 'Gentile Signora', 'Gentile')} ${name}`;
  },
  pt: ({ excellency, gender, title, name }) => {
    const formal = by(gender, 'Excelentíssimo Senhor', 'Excelentíssima Senhora', 'Excelentíssimo(a) Senhor(a)');
    if (excellency) return gender === undefined && !title ? 'Excelência' : title ? `${formal} ${title}` : formal;
    if (title) return `${formal} ${title}`;
    return `${by(gender, 'Prezado Senhor', 'Prezada Senhora', 'Prezado(a)')} ${name}`;
  },
  nl: ({ excellency, gender, title, name }) => (excellency ? 'Excellentie' : `${by(gender, 'Geachte heer', 'Geachte mevrouw', 'Geachte')} ${title ?? name}`),
  ru: ({ excellency, gender, title, name }) =>
    excellency ? 'Ваше Превосходительство' : `${by(gender, 'Уважаемый господин', 'Уважаемая госпожа', 'Уважаемый(-ая)')} ${title ?? name}`,
  tr: ({ excellency, title, name }) => (title ? `Sayın ${title}` : excellency ? 'Ekselansları' : `Sayın ${name}`),
  ar: ({ excellency, gender, title, name }) => {
    if (excellency) return `سعادة ${title ?? name}`;
    if (title) return `معالي ${title}`;
    return `${by(gender, 'السيد', 'السيدة', 'حضرة')} ${name}`;
  },
  fa: ({ excellency, gender, title, name }) => {
    if (gender === 'f') return `سرکار خانم ${title ?? name}`;
    if (gender === 'm') return `جناب آقای ${title ?? name}`;
    return excellency || title ? `جناب ${title ?? name}` : `${name} گرامی`;
  },
};

export function buildSalutation(input: SalutationInput, lang: string): string {
  const forms = [input.honorific, ...(input.honorificForms ?? [])].filter((f): f is string => !!f && f.trim() !== '');
  const facts: Facts = {
    excellency: isExcellency(forms),
    gender: genderOf(forms),
    title: input.title?.trim() || undefined,
    name: input.name.trim(),
    honorific: input.honorific?.trim() || undefined,
  };
  return (RULES[lang] ?? RULES.en!)(facts);
}

/** The first words of salutations in each built-in language (normalised as firstWord does). */
const OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: wordSet('dear your'),
  es: wordSet('estimado estimada estimados estimado/a señor señora distinguido distinguida excelentísimo excelentísima excelencia'),
  fr: wordSet('monsieur madame cher chère excellence'),
  de: wordSet('sehr geehrter geehrte liebe lieber exzellenz'),
  it: wordSet('egregio egregia gentile gentilissimo gentilissima illustrissimo eccellenza'),
  pt: wordSet('prezado prezada prezado(a) excelentíssimo excelentíssima excelentíssimo(a) exmo exma excelência senhor senhora'),
  nl: wordSet('geachte excellentie'),
  ru: wordSet('уважаемый уважаемая уважаемые уважаемый(-ая) ваше'),
  tr: wordSet('sayın ekselansları'),
  ar: wordSet('معالي سعادة فخامة السيد السيدة حضرة'),
  fa: wordSet('جناب سرکار ریاست'),
};

/**
 * The language a salutation is evidently written in ("Dear …" → en), if one of ours. A plain-string
 * salutation applies to every language, but "Dear Attorney General" must not open a Spanish letter:
 * the channels build one in the letter's language instead.
 */
export function salutationLanguage(text: string): string | undefined {
  const word = firstWord(text).replace(/[,،]$/, '');
  return Object.keys(OPENERS).find((lang) => OPENERS[lang]?.has(word));
}

/** A salutation the case wrote, without the punctuation the template adds. */
export function cleanSalutation(text: string): string {
  return text.trim().replace(/[\s,:;!،]+$/, '');
}
