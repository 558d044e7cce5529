// A page asks its readers to report what they did, or to copy the section, at the campaign's own
// address ("report your action to uan@aiusa.org", "une copie à action@amnesty.be"). Read near an
// official, such an address could land in his emails: an address at Amnesty's own domains is never
// an official's. It is left out and named in a TODO, not dropped.
import type { ImportedOfficial } from './official-block.js';

/** Amnesty's names as a domain prints them: amnesty.org and the sections' (amnesty.org.uk, amnestyusa.org, aiusa.org, amnistia.org.ar, anistia.org.br, …). */
const NAME = String.raw`(?:amnesty(?:-?(?:usa|international))?|amnistia(?:-?internacional)?|anistia(?:-?internacional)?|amnistie|aiusa)`;
/**
 * One of Amnesty's names is a label of the domain ("ua.amnesty.org"), or, joined to a place, the
 * whole domain of a local group ("amnesty-hamburg.de"). Another's domain whose sub-domain only
 * sounds like it ("amnesty-watch.example.org") is not.
 */
const OWN_DOMAIN = new RegExp(String.raw`@(?:[\w-]+\.)*(?:${NAME}\.[\w.-]+|${NAME}-[a-z]+\.[a-z]{2,3})$`, 'i');
/** A group's mailbox at a provider of its own choosing ("amnesty.gruppe.koeln@…"). */
const OWN_MAILBOX = /^[^@]*(?:amnesty|amnistia|anistia|amnistie)[^@]*@/i;

/** The one test of the campaign's own address: every reader that takes an email asks it. */
export const isOwnEmail = (email: string): boolean => OWN_DOMAIN.test(email.trim()) || OWN_MAILBOX.test(email.trim());

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

/** "www.amnesty.org", "https://www.amnistia.org.mx/": a web address at one of Amnesty's own domains. */
const OWN_SITE = new RegExp(String.raw`^(?:https?://)?(?:[\w-]+\.)*${NAME}\.[a-z]{2,3}(?:\.[a-z]{2})?(?:/\S*)?$`, 'i');
export const isOwnWebsite = (url: string): boolean => OWN_SITE.test(url.trim());
