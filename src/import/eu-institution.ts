// A letter to the European Union's institutions — the President of the European Commission, the
// President of the European Council, the European Parliament — is addressed to no state: the
// officials' "country" is the European Union, written as ICU names it in the page's language
// ("Union européenne", "Europäische Union"). Their Brussels or Strasbourg address is the Union's
// seat, not the case's country: a page that prints "1049 Bruxelles, Belgique" under the Commission
// is about Armenia, never Belgium. Read only when every official written to (copies aside) is the
// Union's; a national minister beside them leaves the country to the other readers. So does a
// state's office to the Union ("c/o Embassy of Iran to the European Union", "Représentation
// permanente de la France auprès de l'UE"): the Union is where it sits, the state it represents
// is the officials' country (country.ts reads it), never the Union.
import { countryCode } from '../channels/countries.js';
import { nameIn } from './addressed-office-country.js';
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';
import { found, type Finding, type ImportText } from './types.js';

/** The Union's institutions, folded, in the languages of the sections that publish UAs; or an address at europa.eu. */
const EU_INSTITUTION = /\b(?:european (?:commission|council|parliament|union)|commission europeenne|conseil europeen|parlement europeen|union europeenne|europaische[nrs]? (?:kommission|rat(?:es)?|parlament(?:s)?|union)|europaischer rat|comision europea|consejo europeo|parlamento europeo|union europea|commissione europea|consiglio europeo|unione europea|comissao europeia|conselho europeu|parlamento europeu|uniao europeia|europese (?:commissie|raad|unie)|europees parlement|eu-rats?prasident\p{L}*|eu-kommissionsprasident\p{L}*)\b|@[\w.-]*\beuropa\.eu\b/u;
/** A cheap test for a block that may name one. */
const MAY_NAME = /europ/i;

export function europeanUnionCountry(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const addressed = officials.filter((o) => !o.copy);
  if (addressed.length === 0) return undefined;
  let line: number | undefined;
  for (const o of addressed) {
    const parts = [o.organisation, o.title, o.name, ...o.address, ...o.emails].filter((p) => p !== undefined);
    const union = parts.find((p) => MAY_NAME.test(p.value) && EU_INSTITUTION.test(fold(p.value)));
    if (!union || parts.some((p) => representedState(p.value) !== undefined)) return undefined;
    line ??= union.line;
  }
  if (line === undefined) return undefined;
  return found(nameIn(doc, 'EU'), 'medium', line, "the officials are the European Union's institutions: check whether the case's country is wanted instead");
}

/** "Embassy of Iran to the European Union", "Mission permanente de la France auprès de l'Union européenne": a state's office, its country. */
const STATE_OFFICE = /\b(?:embassy|permanent (?:mission|representation)|mission|representation|embajada|misi[oó]n permanente|representaci[oó]n permanente|ambassade|mission permanente|repr[eé]sentation permanente|botschaft|st[aä]ndige vertretung|ambasciata|rappresentanza permanente|embaixada|representa[cç][aã]o permanente|permanente vertegenwoordiging|ambassad|st[aä]ndiga representation)\s+(?:of|de|du|de la|des|der|von|van|di|della|del|dello|da|do|dos|d['’])\s*(?:the\s+|l['’]\s*)?(.+?)(?:\s+(?:to|at|in|en|ante|a|au|aupr[eè]s|bei|in der|presso|junto|bij|hos|vid)\b.*)?$/iu;

function representedState(part: string): string | undefined {
  const named = STATE_OFFICE.exec(part)?.[1]?.trim();
  return named !== undefined && countryCode(named) !== undefined ? named : undefined;
}
