// A letter to the European Union's institutions — the President of the European Commission, the
// President of the European Council, the European Parliament — is addressed to no state: the
// officials' "country" is the European Union, written as ICU names it in the page's language
// ("Union européenne", "Europäische Union"). Their Brussels or Strasbourg address is the Union's
// seat, not the case's country: a page that prints "1049 Bruxelles, Belgique" under the Commission
// is about Armenia, never Belgium. Read only when every official written to (copies aside) is the
// Union's; a national minister beside them leaves the country to the other readers.
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
    if (!union) return undefined;
    line ??= union.line;
  }
  if (line === undefined) return undefined;
  return found(nameIn(doc, 'EU'), 'medium', line, "the officials are the European Union's institutions: check whether the case's country is wanted instead");
}
