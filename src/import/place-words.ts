// A place named in an address by a word for a town or quarter and a lower-case particle ("Ville
// van der Proef", "Cité de la Paix", "Hay al-Example", "Barrio de la Muestra"). On a flattened
// line the place comes right after the official's name, and a particle inside a name is common
// ("Jan van der Berg", "Hamada al-Example"): only the place word before it tells the two apart.
import { fold } from './fold.js';

/**
 * Words for a town, a quarter or a neighbourhood that open a place's name. Some are names too
 * ("Ville", a Finnish given name; "Hay", a surname): so they open a place only before a particle.
 */
const PLACE_WORD = /^(?:ville|cite|quartier|commune|hay|hayy|harat|madinat|medinat|barrio|colonia|bairro|vila|zona|ciudad|cidade)$/;

/** A particle that joins a place word to the place's name: "de", "do", "van", "al-…", "d'…". */
const PARTICLE = /^(?:de|del|la|las|los|el|do|da|dos|das|du|des|van|der|den|di)$|^(?:al|el|ad|an|ar|as|ash|at|az)-\p{L}|^[dl]['’]\p{L}/u;

/** `word` opens a place's name when `next` is a particle ("Quartier de …", "Madinat al-…"). */
export function opensPlace(word: string, next: string | undefined): boolean {
  return next !== undefined && PLACE_WORD.test(fold(word)) && PARTICLE.test(fold(next));
}
