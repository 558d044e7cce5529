// "Director John Roe Example City Police Bureau 2 Street …": a page that runs an official onto one
// line leaves no mark where the name ends and the institution begins when the institution's own
// words come first ("Example City Police Bureau", "Guangzhou Public Security Bureau"). The cut then
// falls at the institution's keyword and leaves only its last words on the next line ("Police
// Bureau", "Bureau"): an institution with no words of its own after the keyword ("of Justice"),
// whose first words may still stand on the name. The name is kept as printed and a TODO asks.
import { startsWithOrganisation } from './official-words.js';

/** Words that join an institution's keyword to what it is of ("Ministry of …", "Bureau de …"). */
const JOIN = /^(?:of|for|de|del|du|des|der|di|do|da|para|pour|für)$/iu;

/**
 * The words of `name` that may open the institution printed right after it on the same line, or
 * undefined: the first two words of a name are always his; an institution that names what it is of
 * ("Ministry of Example") begins where it is printed.
 */
export function institutionWordsOnName(name: string, next: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  const after = next.trim().split(/\s+/u);
  if (words.length < 3 || words.length > 7 || after.length > 3 || /\d/u.test(next)) return undefined;
  if (!startsWithOrganisation(next) || after.some((w) => JOIN.test(w))) return undefined;
  return words.slice(2).join(' ');
}

/**
 * Where the name ends when a greeting names him by his surname ("Dear Director Roe" and "John Roe
 * Example City"): the number of the name's words that are his, or undefined when no greeting says.
 * Only a surname after the first word counts, so that the words left over are the ones asked about.
 */
export function greetedNameLength(name: string, greetings: readonly string[]): number | undefined {
  const words = name.trim().split(/\s+/u);
  for (const greeting of greetings) {
    const last = /(\p{Lu}[\p{L}'’-]+)\s*[,:!]?\s*$/u.exec(greeting.trim())?.[1];
    const at = last === undefined ? -1 : words.indexOf(last);
    if (at >= 1 && at < words.length - 1) return at + 1;
  }
  return undefined;
}
