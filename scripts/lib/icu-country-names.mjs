// Every country name ICU gives through Intl.DisplayNames in `locale`, normalised by `normalize`,
// keyed by the first ISO code that has the name: what scripts/country-names.mjs copies into
// src/channels/country-names.ts, and what its unit test compares that copy with.
export function icuCountryNames(locale, normalize) {
  const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const names = new Map();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // A withdrawn code (DD, BU, VD, YU…) shares today's name; the name must give today's code.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = display.of(code);
      // First code wins: RU before SU (USSR), GB before UK.
      if (name && name !== code && !names.has(normalize(name))) names.set(normalize(name), code);
    }
  }
  return names;
}
