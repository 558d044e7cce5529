// "Send your letter to the Minister, with copies to the Embassy", "Kopien an die Botschaft", "avec
// copie à l'ambassade", "con copia a la embajada": an instruction above the blocks that says which
// institution gets only copies. The block of that institution (an embassy, its ambassador; a
// consulate; a mission) is then a copy recipient, the others are written to. Only when some
// official is left to write to: an embassy that is the only addressee is written to, whatever the
// sentence says.
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt, previousNonBlank } from './text.js';
import type { ImportText } from './types.js';

/** The word for a copy ("copies of your letters", "copie", "Kopien", "kopie", "copia"), folded. */
const COPY = String.raw`(?:cop(?:y|ies)(?:\s+of\s+(?:your|the|this)\s+(?:letters?|emails?|appeals?|messages?))?|copies?|copias?|kopien?|kopieen)`;
/** The word that sends it on ("to", "à", "au", "an", "aan", "para"), and an article. */
const TO = String.raw`(?:to|a|au|aux|al|alla|an|aan|naar|para)`;
const TO_WORD = new RegExp(String.raw`^${TO}$`, 'u');
const ARTICLE = String.raw`(?:the|la|le|les|el|los|las|die|den|der|das|de|het|o|os|as|a)`;

/** Each kind of institution: the word the instruction names it by, and how its block shows it (name, office, organisation, address). */
const KINDS: ReadonlyArray<{ asked: string; block: RegExp }> = [
  {
    asked: String.raw`embass(?:y|ies)|ambassades?|embajadas?|botschaft(?:en)?|ambasciat[ae]|embaixadas?|ambassaden?|high commissions?`,
    block: /\b(?:embassy|ambassade|embajada|botschaft|ambasciata|embaixada|ambassad(?:e|en)?|high commission|ambassador|ambassadeur|ambassadrice|embajador[a]?|botschafter(?:in)?|ambasciatore|embaixador[a]?|high commissioner|charge d['’]affaires)\b/u,
  },
  {
    asked: String.raw`consulates?|consulats?|consulados?|konsulate?n?|consolat[oi]|consula(?:at|ten)`,
    block: /\b(?:consulate|consulat|consulado|konsulat|consolato|consulaat|consul|consul general|konsul)\b/u,
  },
  {
    asked: String.raw`(?:permanent\s+)?missions?|missions? permanentes?|misi[oó]n(?:es)? permanentes?|standige vertretung|representations?`,
    block: /\b(?:mission|mision|standige vertretung|representation|permanent representative|representant permanent|representante permanente)\b/u,
  },
];
const ASKED = KINDS.map((k) => new RegExp(String.raw`(?:^|[\s,;(])${COPY}\s+(?:${TO}\s+)?(?:${ARTICLE}\s+|l'|all')?(?:${k.asked})\b`, 'u'));

/** The kinds of institution (indices into KINDS) a line asks copies to go to. */
export function kindsAsked(line: string): number[] {
  // A cheap look first: a line with no word of copying asks for none.
  if (line.length > 600 || !/cop|kopi/iu.test(line)) return [];
  const f = fold(line);
  return ASKED.flatMap((re, i) => (re.test(f) ? [i] : []));
}

/**
 * "Écrivez au ministre de la Justice, avec copie à l'ambassade.": a sentence that names whom to
 * write to before the institution to copy. It opens no list of copies (as "Copies to the
 * embassy:" does): the blocks under it are the minister's and the embassy's, read as such.
 */
export function namesCopiesInPassing(line: string): boolean {
  if (line.length > 600 || !/cop|kopi/iu.test(line)) return false;
  const f = fold(line);
  const at = Math.min(...ASKED.map((re) => re.exec(f)?.index ?? Infinity));
  if (!Number.isFinite(at)) return false;
  // A line that ends at its colon heads the list of copies ("Puede también enviar copias a la embajada:").
  if (/:\s*$/u.test(line)) return false;
  // Someone to write to before the copy ("send your letter to the Minister, with …"), not "Please send copies to …".
  const before = f.slice(0, at).split(/[\s,;]+/u).filter(Boolean);
  return before.length >= 3 && before.some((w) => TO_WORD.test(w));
}

/**
 * Marks as copies the officials of the institution the instructions above them ask copies to go
 * to. Returns the marked ones.
 */
export function markCopiesAsked(doc: ImportText, officials: readonly ImportedOfficial[]): ImportedOfficial[] {
  const written = officials.filter((o) => !o.copy);
  const first = Math.min(...written.map((o) => o.line));
  if (!Number.isFinite(first)) return [];
  const kinds = new Set(doc.lines.slice(0, Math.max(0, first - 1)).flatMap(kindsAsked));
  // "… send it to the President, / (his block) / with a copy to the High Commission in Australia: /
  // (its block)": the request printed right above the institution's own block.
  const above = (o: ImportedOfficial): number[] => (o.line > first ? kindsAsked(lineAbove(doc, o.line)) : []);
  if (kinds.size === 0 && !written.some((o) => above(o).length > 0)) return [];
  const marked = written.filter((o) => [...kinds, ...above(o)].some((k) => KINDS[k]?.block.test(fold(shownAs(o)))));
  // Every official is of that institution: it is the one written to, not a copy.
  if (marked.length === written.length) return [];
  for (const o of marked) o.copy = true;
  return marked;
}

/** The printed line right above line `n`, past at most two blank lines; '' when there is none so close. */
function lineAbove(doc: ImportText, n: number): string {
  const above = previousNonBlank(doc, n);
  return above !== undefined && n - above <= 3 ? lineAt(doc, above) : '';
}

/** What the block says the official is: name, office, organisation and the first address line. */
const shownAs = (o: ImportedOfficial): string => [o.name?.value, o.title?.value, o.organisation?.value, o.address[0]?.value].filter(Boolean).join(' | ');
