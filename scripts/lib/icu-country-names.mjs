// Every country name ICU gives through Intl.DisplayNames in `locale`, normalised by `normalize`,
// keyed by the first ISO code that has the name: what scripts/country-names.mjs copies into
// src/channels/country-names.ts, and what its unit test compares that copy with.
//
// ICU writes a few names with a second name in brackets: "Myanmar (Burma)", Czech "Myanmar
// (Barma)", Spanish "Myanmar (Birmania)". Pages print either name alone ("Barma: …", "Myanmars
// armé"), never both: normalised whole ("myanmar barma") neither would be a name. So each part is a
// name of its own too, when no other region has it (first the whole names, then the parts): the
// part before the brackets ("Mjanma", "Мьянма"), and the bracketed one when it is a single word
// with a capital and no dot — another name, not a qualifier ("(SAR)", "(fr.)", "(США)" of the US's
// islands, "(China)" of Hong Kong, which is China's own name and so taken already).
export function icuCountryNames(locale, normalize) {
  const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const names = new Map();
  const parts = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // A withdrawn code (DD, BU, VD, YU…) shares today's name; the name must give today's code.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = display.of(code);
      // First code wins: RU before SU (USSR), GB before UK.
      if (name && name !== code && !names.has(normalize(name))) names.set(normalize(name), code);
      const bracketed = name && name !== code ? /^(.+?)\s+\(([^()]+)\)$/u.exec(name) : null;
      if (bracketed) parts.push([bracketed[1], code], ...(/^\p{Lu}\p{Ll}+$/u.test(bracketed[2]) ? [[bracketed[2], code]] : []));
    }
  }
  // A part two regions share ("Svatý Martin (Francie)", "… (Nizozemsko)") names neither.
  const shared = new Set(parts.filter(([p, c]) => parts.some(([q, d]) => d !== c && normalize(q) === normalize(p))).map(([p]) => normalize(p)));
  for (const [part, code] of parts) {
    const key = normalize(part);
    if (!names.has(key) && !shared.has(key)) names.set(key, code);
  }
  return names;
}
