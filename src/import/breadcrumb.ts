// A web site's breadcrumb trail, copied with the page ("Home » News » Community » Open letter on
// …", "Startseite > Aktuelles > …", "Accueil › Actualités › …"): site furniture that says where the
// page sits on the site. It names no official, even when its last step holds an office ("… the visit
// of the President"): the lines under it are the page's own.
import { fold } from './fold.js';

/** The site's home page, the trail's first step ("Home", "Startseite", "Accueil", "Inicio", …), folded. */
const HOME = /^(?:home(?: ?page)?|start(?:seite|sida)?|accueil(?: du site)?|inicio|portada(?: del sitio)?|pagina (?:de )?inicio|pagina iniziale|hem|forside|etusivu|strona glowna|homepagina)$/;
/** "You are here:", "Sie sind hier:", "Vous êtes ici :" before the trail, folded. */
const HERE = /^(?:you are here|sie sind hier|vous etes ici|usted esta aqui|esta aqui|du ar har|u bent hier|sei qui|voce esta aqui)\s*:\s*/;
/** The marks that part a trail's steps (one kind per trail). */
const SEPARATOR = /\s*([»›>→❯⟩/|])\s*/u;

/** A separator within the line's first 50 characters (after "You are here:" and the home page's name). */
const FIRST_STEP = /^[^»›>→❯⟩/|]{2,50}[»›>→❯⟩/|]/u;

/** The line is a breadcrumb trail and nothing else: from the home page on, each step short. */
export function isBreadcrumb(line: string): boolean {
  // The home page's step comes first, within the first few words: only such a line is folded.
  if (line.length > 300 || !FIRST_STEP.test(line)) return false;
  const f = fold(line).trim().replace(HERE, '');
  const mark = SEPARATOR.exec(f)?.[1];
  if (mark === undefined) return false;
  const steps = f.split(mark).map((s) => s.trim());
  if (steps.length < 2 || !HOME.test(steps[0] ?? '')) return false;
  // Each step is a page's name: short, never an address or a sentence run on after the trail.
  return steps.every((s, i) => s !== '' && !/@|https?:/.test(s) && s.length <= (i === steps.length - 1 ? 140 : 60));
}
