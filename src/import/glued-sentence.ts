// A page that lost a line break between an official's name and the next sentence glues them with no
// space: "… al presidente de Ejemplia, Juan Ejemplo RuizMás información en: http://…", "… Jane
// ExampleRead more". Read whole, the name ends in a word no one is called. The line is cut inside
// such a word only where the part after its inner capital is an ordinary word of the page's
// languages, the kind that opens a link's or a paragraph's first sentence: real names with an inner
// capital ("McDonald", "DeSantis", "MacArthur", "LeBlanc") end in no such word and stay whole.
import { fold } from './fold.js';

/** Words that open the sentence after a lost break (folded): "Más información", "Read more", "For more", "Weitere Informationen". */
const SENTENCE_OPENER = new Set([
  'mas', 'read', 'more', 'for', 'the', 'para', 'pour', 'weitere', 'plus', 'informacion', 'information', 'informations', 'click', 'see',
  'learn', 'find', 'lire', 'leer', 'lea', 'ver', 'voir', 'mehr', 'lesen', 'siehe', 'hier', 'here', 'aqui', 'ici', 'sign', 'take', 'share',
  'firma', 'signez', 'also', 'tambien', 'aussi', 'auch', 'please', 'por', 'this', 'esta', 'este', 'cette', 'diese',
]);

const GLUE_HINT = /[a-z\u00df-\u00ff\u0100-\u024f][A-Z]/;
/** A capital right after a lower-case letter, and the rest of its word ("…zMás", "…eRead"). */
const INNER_CAPITAL = /\p{Ll}(\p{Lu}\p{Ll}*)(?![\p{L}\p{M}])/gu;
/** The glued word's first part: a capitalised word, as a name's last word is ("Ruiz", "Example"). */
const NAME_PART = /^\p{Lu}\p{Ll}+$/u;

/** The line cut where a name ends and a sentence was glued onto it, or undefined. */
export function splitGluedSentence(line: string): [string, string] | undefined {
  // Cheap test first: a letter right before a capital of ASCII, as every word that opens a sentence
  // here starts with one (a class of code points, not of Unicode properties: this is asked of every line).
  if (line.length > 2000 || !GLUE_HINT.test(line)) return undefined;
  for (const m of line.matchAll(INNER_CAPITAL)) {
    // The word after the inner capital is asked first: few are words that open a sentence.
    if (!SENTENCE_OPENER.has(fold(m[1] ?? ''))) continue;
    const at = m.index + 1;
    const start = line.lastIndexOf(' ', at) + 1;
    // "RuizMás": only a capitalised word glued to it, never "iPhone" or a link, an email or a handle.
    if (!NAME_PART.test(line.slice(start, at)) || insideAddress(line, at)) continue;
    return [line.slice(0, at).trimEnd(), line.slice(at).trim()];
  }
  return undefined;
}

/** The run of non-spaces around `at` holds "@", "/" or "www.". */
function insideAddress(line: string, at: number): boolean {
  const start = line.lastIndexOf(' ', at) + 1;
  const end = line.indexOf(' ', at);
  return /[@/#]|www\./iu.test(line.slice(start, end < 0 ? line.length : end));
}
