// Turkish contact blocks ("İletişim bilgileri:"). Turkish names an institution with its keyword
// last, in the possessive: "Örnek Bakanlığı" (Ministry of Örnek), "Ceza ve Tevkif Evleri Genel
// Müdürlüğü" (Directorate General of Prisons), "Örnekköy F Tipi Hapishanesi" (a prison), "T.C."
// (the Republic of Türkiye) before it. The readers of Latin-script pages look for the keyword
// first ("Ministry of …"), so such a line named nobody. And "X telefonu: 0282 …" (X's phone) is
// the number of another institution than the block's: a line of its own, never an address line
// of the official above it.
import type { BlockLine, ImportedOfficial } from './official-block.js';
import { isTurkishInstitution } from './turkish-contact-words.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Örnekköy 2 No’lu F Tipi Hapishanesi telefonu: 0282 555 12 82": whose phone (or fax), then the number. */
const NAMED_NUMBER = /^(\p{Lu}.{2,90}?)\s+(telefonu|telefon numaras[iı]|faks[iı]|faks numaras[iı])\s*:\s*(\+?\(?\d[\d\s()./-]{6,24}\d)$/u;

export interface NamedNumber {
  name: string;
  kind: 'phone' | 'fax';
  number: string;
}

export function namedNumber(line: string): NamedNumber | undefined {
  // Only lines with the possessive word are tried: most lines have none.
  if (!/telefon|faks/u.test(line)) return undefined;
  const m = NAMED_NUMBER.exec(line.trim());
  if (!m) return undefined;
  return { name: (m[1] ?? '').trim(), kind: /^telefon/u.test(m[2] ?? '') ? 'phone' : 'fax', number: (m[3] ?? '').replace(/\s{2,}/gu, ' ').trim() };
}

/**
 * The officials with each "X telefonu: …" line among their lines read as an official of its own (X
 * stands in for the name, as an office does), taken out of the official whose block it ended.
 */
export function withNamedNumbers(doc: ImportText, officials: readonly ImportedOfficial[]): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  for (const o of officials) {
    const lines = [...o.address, ...o.unsure].map((l) => l.line);
    const named = [...new Set(lines)].flatMap((n) => {
      const x = namedNumber(lineAt(doc, n));
      return x ? [{ n, x }] : [];
    });
    if (named.length === 0) {
      out.push(o);
      continue;
    }
    const taken = new Set(named.map((m) => m.n));
    out.push({ ...o, address: o.address.filter((l) => !taken.has(l.line)), unsure: o.unsure.filter((l) => !taken.has(l.line)) });
    for (const { n, x } of named) {
      out.push({ line: n, confidence: 'medium', nameFromOffice: true, name: { value: x.name, line: n }, [x.kind]: { value: x.number, line: n }, address: [], emails: [], copy: o.copy, unsure: [] });
    }
  }
  return out;
}

/**
 * A block that opens with a Turkish institution's name ("TC. Örnek Bakanlığı … Genel Müdürlüğü")
 * and names no person: the institution stands in for the name, taken off the address, the
 * organisation or the unsure parts where the block's reader put it.
 */
export function turkishInstitutionStandsIn(o: ImportedOfficial, first: BlockLine | undefined): ImportedOfficial {
  if (o.name || first === undefined || !isTurkishInstitution(first.text)) return o;
  const on = (f: { line: number; value: string } | undefined) => f !== undefined && f.line === first.n && f.value === first.text.trim();
  if (!o.address.some(on) && !on(o.organisation) && !o.unsure.some(on)) return o;
  return {
    ...o,
    name: { value: first.text.trim(), line: first.n },
    nameFromOffice: true,
    organisation: on(o.organisation) ? undefined : o.organisation,
    address: o.address.filter((a) => !on(a)),
    unsure: o.unsure.filter((u) => !on(u)),
  };
}
