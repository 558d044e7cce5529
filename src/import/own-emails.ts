// A page asks its readers to report what they did, or to copy the section, at the campaign's own
// address ("report your action to uan@aiusa.org", "une copie à action@amnesty.be"). Read near an
// official, such an address could land in his emails: an address at Amnesty's own domains is never
// an official's. It is left out and named in a TODO, not dropped.
import type { ImportedOfficial } from './official-block.js';

/** Amnesty's domains: amnesty.org and the sections' (amnesty.org.uk, amnesty.de, amnestyusa.org, aiusa.org, amnistia.org.ar, …). */
const OWN_DOMAIN = /@(?:[\w-]+\.)*(?:amnesty(?:usa|international)?|amnistia(?:internacional)?|amnistie|aiusa)\.[a-z.]{2,10}$/i;

export const isOwnEmail = (email: string): boolean => OWN_DOMAIN.test(email.trim());

/** The official without emails at the campaign's own domains, each named in a TODO instead. */
export function withoutOwnEmails(o: ImportedOfficial): ImportedOfficial {
  const own = o.emails.filter((e) => isOwnEmail(e.value));
  if (own.length === 0) return o;
  return {
    ...o,
    emails: o.emails.filter((e) => !own.includes(e)),
    unsure: [...o.unsure, ...own.map((e) => ({ value: e.value, line: e.line, why: "the campaign's own address (to report back or copy to), not this official's" }))],
  };
}
