export function icuCountryNames(locale: string, normalize: (name: string) => string): Map<string, string>;
