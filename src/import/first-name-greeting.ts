// A page may print a sample text for someone other than the official it gives an address for: a
// postcard of solidarity to the prisoner sent care of a consul ("Console Paolo Esempio" / "Via …",
// then "Caro Luca,"). Such a greeting is a familiar opener and one given name: when that name is no
// word of the official's, the text greets someone else, and it is no salutation of the official's.
// An office or rank ("Dear Minister", "Caro Presidente") or a word for anyone ("Dear Friend") is
// still a greeting an official may get.
import { fold } from './fold.js';
import { hasOfficeWord } from './office-words.js';

/** The familiar openers, folded, in the languages the importer reads: "Dear", "Caro/Cara", "Lieber", "Querido", "Cher". */
const FAMILIAR = /^(?:dear|my dear|caro|cara|cari|care|carissim[oa]|lieber?|liebe|querid[oa]|cher|chere|beste|lieve|kare|kara|drogi|droga)\s+/;
/** One word of a given name as printed: a capital, then small letters ("Luca", "Anne-Marie"). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Words after an opener that greet anyone (or are a rank), folded: never taken for a given name. */
const ANYONE = /^(?:sir|sirs|madam|madame|friend|friends|colleague|colleagues|amico|amica|amici|freund|freundin|freunde|amigo|amiga|amigos|ami|amie|amis|excellency|excellence|eccellenza|exzellenz|excelencia|signore|signora|senor|senora|monsieur|herr|frau|mr|mrs|ms|dr|doctor|dottore|dottoressa|professor|professore|professoressa|all|everyone|tutti|counsel+or|council+or|congress(?:wo)?man|colonel|captain|major|officer|sergeant|lieutenant|father|sister|brother|reverend|rabbi|imam|bishop|cardinal|honou?rable|justice|sheriff|chancellor|consul|consule|consigliere|onorevole|deputato|senatore|commander|comandante|colonnello|generale|capitano|padre|madre|monsignore|avvocato|sindaca|ministra)$/;

/** The given name a greeting "Caro Luca," greets, folded, or undefined when it greets no one by a first name alone. */
export function greetedFirstName(greeting: string): string | undefined {
  const clean = greeting.trim().replace(/^["“”«»']+/u, '').replace(/[\s,:;!]+$/u, '');
  if (clean.length > 40) return undefined;
  const f = fold(clean);
  const opener = FAMILIAR.exec(f);
  if (!opener) return undefined;
  const rest = clean.slice(opener[0].length).trim();
  if (!GIVEN_NAME.test(rest)) return undefined;
  const word = fold(rest);
  return ANYONE.test(word) || hasOfficeWord(word) ? undefined : word;
}

/** The greeting greets by a first name that is no word of the official's name ("Caro Luca" above "Console Paolo Esempio"). */
export function greetsSomeoneElse(greeting: string, officialName: string | undefined): boolean {
  const given = greetedFirstName(greeting);
  if (given === undefined) return false;
  return !fold(officialName ?? '').split(/[^\p{L}]+/u).includes(given);
}
