// Long dates ("1 September 2024") for the languages of the built-in templates, without ICU. The
// first Intl.DateTimeFormat of a process costs 10–20 ms of ICU start-up, the largest single item
// of a one-letter `generate`; for these languages the format is a fixed pattern and twelve month
// names. A test holds every day of several decades equal to Intl.DateTimeFormat's output; any
// other language (or a year outside the tested range) goes to Intl as before.

interface LongDatePattern {
  months: readonly string[];
  format(day: number, month: string, year: number): string;
}

const PATTERNS: Readonly<Record<string, LongDatePattern>> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    format: (d, m, y) => `${d} ${m} ${y}`,
  },
  es: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    format: (d, m, y) => `${d} de ${m} de ${y}`,
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    format: (d, m, y) => `${d} ${m} ${y}`,
  },
  de: {
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    format: (d, m, y) => `${d}. ${m} ${y}`,
  },
  pt: {
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    format: (d, m, y) => `${d} de ${m} de ${y}`,
  },
  it: {
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    format: (d, m, y) => `${d} ${m} ${y}`,
  },
};

/** The years the test compares with ICU; outside them Intl decides. */
export const LONG_DATE_YEARS = { from: 1900, to: 2199 } as const;

/** The languages with a pattern here (`en` is British English, as `localeFor` has it). */
export const LONG_DATE_LANGUAGES: readonly string[] = Object.keys(PATTERNS);

/** "1 September 2024" for a valid calendar date, or undefined when Intl must do it. */
export function longDate(year: number, month: number, day: number, lang: string): string | undefined {
  const pattern = PATTERNS[lang];
  if (!pattern || year < LONG_DATE_YEARS.from || year > LONG_DATE_YEARS.to) return undefined;
  const name = pattern.months[month - 1];
  return name === undefined ? undefined : pattern.format(day, name, year);
}
