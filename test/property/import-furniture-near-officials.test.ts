// Never invent: the page's furniture that real pages print next to or inside the block of officials
// — a contact under a label the importer does not know ("Gorjeo: @…", "Main Number: …"), a label
// or a link's text ending with its colon ("Lire aussi :"), a letter's dateline, a sign-off, a
// button that shares or signs, a banner saying the action is over, a line cut off at the page's
// end — never lands in any official's name, courtesy, title, organisation, address or greeting,
// and adds no official. Layouts of several languages; the line goes above the block, under an
// official's email or under his last address line (his block's end), or at the page's end; and
// right under an official's name, above the rest of his block, for the kinds that never announce
// the next official (a sign-off, a share button, an over-banner, a countdown, a label whose value
// the case has no field for): his block goes on under it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseContactLine } from '../../src/import/contact-line.js';
import { pageLineKind } from '../../src/import/field-furniture.js';
import { importDocument } from '../../src/import/import-document.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

const layouts = join(import.meta.dirname, '..', 'fixtures', 'import', 'layouts');

/** Each kind of furniture, in the sections' languages (our own words; the kinds are real pages'). */
const FURNITURE: Readonly<Record<string, readonly string[]>> = {
  'an unknown label and its contact': [
    'Gorjeo: @handle_ex', 'Courriel électronique : bureau@example.org', 'Main Number: +1 202 555 0100', 'Sitio web: www.example.gob.pe', 'Courriel électronique :', 'Main Number:',
    'Correo institucional: mesa@example.gob.pe', 'Instagram: @ministerio_ex', 'Facebook: facebook.com/ministerio.ex', 'Website: https://www.example.gov', 'Mobil: +49 170 000000',
    'Téléphone standard : +33 1 00 00 00 00', 'Kontaktformular:', 'Oficina de prensa: +51 1 000 0000',
  ],
  "a link's text with its colon": ['More information about the case:', 'Lire aussi :', 'Read more:', 'Related:', 'Weitere Informationen:', 'Leer más:', 'Lees ook:', 'Läs mer:', 'Leggi anche:', 'Saiba mais:', 'Find out more:'],
  'a dateline': ['Apeldoorn, 20 May 2020.', 'Paris, le 3 mars 2024', 'Berlin, den 12. März 2024', 'Lima, 5 de junio de 2023', 'Stockholm den 4 april 2024', 'Washington, D.C., March 3, 2021'],
  'a sign-off': ['Vriendelijke groet,', 'Mit freundlichen Grüßen', 'Yours sincerely,', 'Atentamente,', 'Bien à vous,', 'Med vänlig hälsning', 'Kind regards,', 'Distinti saluti,'],
  'a button or share line': ['Share on Facebook', 'Jetzt unterschreiben', 'Tweet this', 'Partager sur Twitter', 'Compartir en WhatsApp', 'Auf Facebook teilen', 'Delen op LinkedIn', 'Donate now', 'Back to top'],
  'a banner: the action is over': ['This action has ended', 'Cette action est terminée', 'Diese Aktion ist beendet', 'Esta acción ha finalizado', 'This petition is now closed', 'Deze actie is afgelopen', 'Questa azione è conclusa'],
};
/** A site's countdown to the action's end, in the sections' languages. */
const COUNTDOWNS = ['43 Tage verbleibend', '12 days left', 'noch 5 Tage', 'quedan 10 días', '3 jours restants', 'Nog 4 dagen', 'mancano 3 giorni', '5 dagar kvar'];
/**
 * Right under a name: the kinds above that field-furniture.ts tells by their shape, less the two
 * that may part blocks (a line ending with its colon may announce the next official; a dateline
 * parts the writer's letterhead from the addressee). A label whose value the importer reads as the
 * official's phone, email or handle ("Main Number: +1 …") is a contact line of his, not furniture.
 */
const keepsNothing = (line: string) => {
  const c = parseContactLine(line);
  return c === undefined || (c.emails.length === 0 && c.fax === undefined && c.phone === undefined && c.twitter === undefined && c.salutation === undefined && c.address === undefined);
};
const UNDER_NAME = [...Object.entries(FURNITURE).flatMap(([, list]) => list), ...COUNTDOWNS].filter((l) => {
  const kind = pageLineKind(l);
  return kind !== undefined && kind !== 'a label or link text ending with its colon' && kind !== "a letter's dateline" && keepsNothing(l);
});

/** A line cut off at the page's end, in the middle of a word. */
const CUT_OFF = ['Présidence de la Républiq', 'Ministerio del Inte', 'Bundesministerium der Just', 'Ministry of Foreign Aff', 'Procurador General de la Nac'];

type Target = Record<string, unknown>;
const targetsOf = (caseText: string): Target[] => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets?: Target[] } | null)?.targets ?? [];
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const fieldsOf = (targets: readonly Target[]) =>
  targets.flatMap((t) => [t.name, t.honorific, t.title, t.organisation, t.address, t.salutation].flat().filter((v) => v !== undefined).map((v) => fold(typeof v === 'string' ? v : JSON.stringify(v))));
/** What must not show: the label without its value, the line without its end punctuation. */
const core = (line: string) => fold(line.split(/\s*:\s/u)[0] ?? line).replace(/[\s:.,]+$/u, '');

/** A layout, its officials as read, and the lines next to its block: above it, under an email, under the last address line. */
const BASES = [
  'usa-2023-blank-lines.txt', 'es-venezuela.txt', 'de-briefvorlage.txt', 'fr-ecrivez-a.txt', 'nl-schrijf-naar.txt', 'sv-skriv-till.txt', 'it-scrivete-a.txt',
  'pt-escreva-para.txt', 'en-uk-write-to-block.txt', 'usa-2021-contact-headings.txt', 'de-schreiben-sie-an.txt', 'es-escribe-a.txt',
].map((name) => {
  const lines = readFileSync(join(layouts, name), 'utf8').split('\n');
  const targets = targetsOf(importDocument(lines.join('\n'), { source: name }).caseText);
  const strings = (v: unknown): string[] => [v].flat().filter((s): s is string => typeof s === 'string');
  const all = targets.flatMap((t) => [...strings(t.name), ...strings(t.address), ...strings(t.email)]);
  const after = targets.flatMap((t) => [...strings(t.address).slice(-1), ...strings(t.email)]);
  const first = lines.findIndex((l) => all.some((v) => l.includes(v)));
  const positions = [Math.max(0, first - 2), ...lines.flatMap((l, i) => (after.some((v) => l.includes(v)) ? [i + 1] : []))];
  const names = targets.flatMap((t) => strings(t.name));
  const underName = [...new Set(names.map((v) => lines.findIndex((l) => l.includes(v)) + 1).filter((i) => i > 0))];
  return { name, lines, count: targets.length, positions: [...new Set(positions)], underName };
});

describe("the page's furniture next to the officials", () => {
  it('lands in no field of an official and adds no official, whichever kind, layout and place', () => {
    const kinds = Object.keys(FURNITURE);
    const arb = fc.record({ base: fc.nat(BASES.length - 1), kind: fc.nat(kinds.length - 1), pick: fc.nat(), at: fc.nat(), cut: fc.option(fc.nat(CUT_OFF.length - 1), { nil: undefined }) });
    fc.assert(
      fc.property(arb, ({ base, kind, pick, at, cut }) => {
        const page = BASES[base];
        const list = FURNITURE[kinds[kind] ?? ''] ?? [];
        const line = list[pick % list.length] ?? '';
        if (!page) return;
        const lines = [...page.lines];
        lines.splice(page.positions[at % page.positions.length] ?? 0, 0, line);
        const inserted = [line];
        if (cut !== undefined) inserted.push(CUT_OFF[cut] ?? '');
        if (cut !== undefined) lines.push(CUT_OFF[cut] ?? '');
        const targets = targetsOf(importDocument(lines.join('\n'), { source: page.name }).caseText);
        expect(targets.length).toBeLessThanOrEqual(page.count);
        const fields = fieldsOf(targets);
        for (const l of inserted) for (const f of fields) expect(f).not.toContain(core(l));
      }),
      fuzz(0.4),
    );
  }, fuzzTimeout(0.4));

  it("right under an official's name, lands in no field and adds no official: his block goes on", () => {
    const arb = fc.record({ base: fc.nat(BASES.length - 1), pick: fc.nat(UNDER_NAME.length - 1), at: fc.nat() });
    fc.assert(
      fc.property(arb, ({ base, pick, at }) => {
        const page = BASES[base];
        const line = UNDER_NAME[pick] ?? '';
        if (!page || page.underName.length === 0) return;
        const lines = [...page.lines];
        lines.splice(page.underName[at % page.underName.length] ?? 0, 0, line);
        const targets = targetsOf(importDocument(lines.join('\n'), { source: page.name }).caseText);
        expect(targets.length).toBeLessThanOrEqual(page.count);
        for (const f of fieldsOf(targets)) expect(f).not.toContain(core(line));
      }),
      fuzz(0.4),
    );
  }, fuzzTimeout(0.4));
});
