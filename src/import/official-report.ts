// Report entries for one target: every field the case format knows, found or not.
import type { BuiltTarget } from './targets.js';
import { shorten, type ReportEntry } from './report.js';
import type { Located } from './types.js';
import type { Localized } from '../case/types.js';

const localizedText = (v: Localized): string => (typeof v === 'string' ? v : Object.entries(v).map(([lang, text]) => `${lang}: ${text}`).join('; '));

const DIPLOMATIC = /\b(?:mission|embassy|embajada|misi[oó]n|ambassade|consulate|consulado|consulat)\b/i;

export function officialReport(built: BuiltTarget, index: number): ReportEntry[] {
  const { official: o, target: t } = built;
  const at = `targets[${index}]`;
  const where = `not in the block (${t.origin.replace('read from ', '')})`;
  const one = (field: string, located: Located<string> | undefined, note?: string): ReportEntry =>
    located
      ? { field: `${at}.${field}`, status: 'found', value: located.value, confidence: o.confidence, line: located.line, note }
      : { field: `${at}.${field}`, status: 'missing', note: where };
  const many = (field: string, list: readonly Located<string>[]): ReportEntry =>
    list.length > 0
      ? { field: `${at}.${field}`, status: 'found', value: list.map((l) => l.value).join(' / '), confidence: o.confidence, line: list[0]?.line }
      : { field: `${at}.${field}`, status: 'missing', note: where };
  const salutation: ReportEntry = built.salutation && t.salutation
    ? { field: `${at}.salutation`, status: 'found', value: localizedText(t.salutation), confidence: built.salutation.confidence, line: built.salutation.line, note: built.salutation.fromLetter ? "matched to this official from the letter's salutation" : undefined }
    : { field: `${at}.salutation`, status: 'missing', note: 'none matched this official: the templates will build one' };
  const copyNote = !o.copy && DIPLOMATIC.test(`${t.name} ${t.organisation ?? ''} ${t.address[0] ?? ''}`) ? 'a diplomatic mission: set copy: true if it should only get a copy' : undefined;
  return [
    { field: `${at}.id`, status: 'found', value: t.id, confidence: o.confidence, line: o.line, note: copyNote },
    one('name', o.name, o.nameFromOffice ? 'no personal name: the office stands in for it' : undefined),
    one('honorific', o.honorific),
    one('title', o.title),
    one('organisation', o.organisation),
    salutation,
    many('address', o.address),
    many('email', o.emails),
    one('fax', o.fax),
    one('phone', o.phone),
    one('twitter', o.twitter),
    // What was left out of this official's fields is listed with them, not only as a TODO in the draft.
    ...o.unsure.map((u): ReportEntry => ({ field: at, status: 'skipped', value: shorten(u.value, 60), line: u.line, note: u.why ?? 'neither a name nor an office: left out (a TODO in the draft)' })),
  ];
}
