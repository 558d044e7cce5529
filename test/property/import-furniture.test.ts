// Never invent an official: a heading, an instruction to the reader or the page's furniture (a
// postage note, a price, a page's counter), put anywhere in a real layout, never lands in an
// official's fields (name, honorific, title, organisation, address, salutation) — whatever it does
// to the rest of the draft.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../src/import/import-document.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

const layouts = join(import.meta.dirname, '..', 'fixtures', 'import', 'layouts');
const BASES = ['usa-2023-blank-lines.txt', 'es-venezuela.txt', 'de-briefvorlage.txt', 'ai-template-peru.txt', 'fr-groupe-repost.txt', 'sv-fatta-pennan.txt', 'usa-2021-contact-headings.txt', 'en-usa-contact-one-line.txt', 'pt-escreva-para.txt', 'de-schreiben-sie-an.txt']
  .map((name) => readFileSync(join(layouts, name), 'utf8').split('\n'));

/** Headings and instructions seen on UA pages of the sections, in five languages. */
export const FURNITURE = [
  'URGENT ACTION', 'URGENT ACTION SUMMARY:', 'Urgent Action Update', 'CONTACT INFORMATION', 'SAMPLE LETTER', 'TAKE ACTION',
  'TARGET’S CONTACT DETAILS & “COPIES TO”', 'ADDITIONAL INFORMATION', 'And copies to:',
  'Write a letter in your own words or using the sample below as a guide to one or both government officials listed.',
  'Click here to let us know the actions you took on Urgent Action 27.21.',
  'Due to postal restrictions caused by COVID-19, please only send physical mail to the Embassy',
  'Please send appeals immediately.', 'You can also email, fax, call or Tweet them.',
  'ACCIÓN URGENTE', 'Actúa: redacta tu propio llamamiento o utiliza esta carta modelo', '¿QUÉ PUEDES HACER?', 'Escribe a:', 'Copia a:',
  'Envía tu llamamiento antes del 16 de julio de 2024.', 'Por favor, envía tus llamamientos lo antes posible.',
  'ACTION URGENTE', 'Écrivez à :', 'Modèle de lettre', "Merci d’envoyer vos appels avant le 12 mars 2024.",
  'SCHREIBEN SIE BITTE', 'APPELLE AN', 'KOPIEN AN', 'MUSTERBRIEF', 'E-MAILS, FAXE ODER LUFTPOSTBRIEFE MIT FOLGENDEN FORDERUNGEN',
  'Bitte schreiben Sie Ihre Appelle möglichst sofort.',
  'FATTA PENNAN', 'Skriv till:', 'Brevförslag:', 'Skriv gärna på engelska eller ryska.',
  'Schreiben Sie an:', 'Briefvorlage', 'Envía llamamientos a:', 'AÇÃO URGENTE', 'Escreva para:', 'Envie os seus apelos até 30 de setembro de 2024.',
  'Complaint form online', 'Also send copies to diplomatic representatives accredited to your country.', 'Address:', 'Dirección:',
  // Copies headings of one word or naming the letter, the blank for the writer's name, a sentence among the lines.
  'And copy:', 'Copie :', 'Kopie:', 'Con copia:', 'Copy of this letter to:', 'Copie de cette lettre à :', '(your name)', '(Ihr Name)',
  'The authorities can also be reached on social media.',
  // The page's furniture left inside a block: postage notes and prices in the sections' languages, a
  // reminder in brackets, a copies label with no one after it, a page's counter, a web page's buttons.
  'Tarifs postaux : lettre internationale 1,80 €', 'Porto: 1,10 € (Ausland)', 'Postage: £2.20 to Europe', 'Frankering: 30 kr',
  'Frimerke: 20 NOK', 'Frimærke til udlandet', 'Postzegel: € 1,65', 'Opłata pocztowa: 11 zł', 'Affrancatura: 2,45 €', 'Franqueo: 1,65 €',
  'CHF 2.30 (Ausland)', '(bitte Betreffzeile angeben)', 'Copy to:', 'Page 2 of 3', 'Seite 2 von 3', 'Strona 2 z 3', 'Share this', 'Download PDF',
  'A-Post', 'Prioritaire', 'B-Post / Economy',
  // The story's section headings a page prints right under the last official's fax.
  'Sachlage', 'Antecedentes', 'Achtergrond',
  // A campaign's slogan naming the person at risk, a postage note, an action's start date.
  'Free Jean Exemple Modèle', 'Aucun timbre requis', "Date de début de l'action",
];

const fieldsOf = (caseText: string): string[] => {
  const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets?: Array<Record<string, unknown>> };
  return (fm.targets ?? []).flatMap((t) => [t.name, t.honorific, t.title, t.organisation, t.address, t.salutation].flat().filter((v) => v !== undefined).map((v) => JSON.stringify(v)));
};

const core = (line: string) => line.replace(/[\s:?¿]+$/, '').replace(/^[\s¿]+/, '');

describe('the importer never makes an official of a heading or an instruction', () => {
  it('whichever layout, line and position', () => {
    const arb = fc.record({
      base: fc.integer({ min: 0, max: BASES.length - 1 }),
      insertions: fc.array(fc.record({ at: fc.nat(), line: fc.constantFrom(...FURNITURE) }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ base, insertions }) => {
        const lines = [...(BASES[base] ?? [])];
        for (const { at, line } of insertions) lines.splice(at % (lines.length + 1), 0, line);
        const fields = fieldsOf(importDocument(lines.join('\n'), { source: 'p.txt' }).caseText);
        for (const { line } of insertions) for (const f of fields) expect(f).not.toContain(core(line));
      }),
      fuzz(0.5),
    );
  }, fuzzTimeout(0.5));
});

/** Italian and Portuguese pages, with their own headings and instructions (kept apart: the lists above keep their seeded runs). */
const IT_PT_BASES = ['it-scrivete-a.txt', 'it-indirizzo-c-o-ambasciata.txt', 'pt-enviem-apelos-idioma.txt', 'pt-accao-cargo-com-virgula.txt', 'pt-participe-instrucao-em-duas-linhas.txt']
  .map((name) => readFileSync(join(layouts, name), 'utf8').split('\n'));
const IT_PT_FURNITURE = [
  'AZIONE URGENTE', 'COSA PUOI FARE', 'Scrivete a:', 'Inviate appelli a:', 'In copia a:', 'Copie a:', 'Modello di lettera', 'Lettera modello',
  'Inviate appelli entro il 12 marzo 2024.', 'Scrivete entro il 20 maggio 2024.', 'Informazioni aggiuntive', 'ACÇÃO URGENTE', 'AÇÃO URGENTE',
  'Envie apelos para:', 'Enviem apelos até 12 de março de 2024.', 'Com cópia para:', 'Cópias para:', 'Informações adicionais', '(o seu nome)',
  // Amnesty Portugal's call to act, its instruction wrapped over two lines, the letter's headings.
  'PARTICIPE NESTA AÇÃO', 'Participe nesta ação:', 'PARTICIPE NESTA AÇÃO: ESCREVA UM APELO, NAS SUAS PRÓPRIAS',
  'PALAVRAS OU UTILIZANDO ESTE MODELO DE CARTA', 'Utilize o modelo de carta abaixo.', 'Modelo de carta', 'Texto da carta', 'Aja agora',
];

describe('nor of an Italian or Portuguese heading or instruction', () => {
  it('whichever layout, line and position', () => {
    const arb = fc.record({
      base: fc.integer({ min: 0, max: IT_PT_BASES.length - 1 }),
      insertions: fc.array(fc.record({ at: fc.nat(), line: fc.constantFrom(...IT_PT_FURNITURE) }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ base, insertions }) => {
        const lines = [...(IT_PT_BASES[base] ?? [])];
        for (const { at, line } of insertions) lines.splice(at % (lines.length + 1), 0, line);
        const fields = fieldsOf(importDocument(lines.join('\n'), { source: 'p.txt' }).caseText);
        for (const { line } of insertions) for (const f of fields) expect(f).not.toContain(core(line));
      }),
      fuzz(0.25),
    );
  }, fuzzTimeout(0.25));
});

/** French, Danish and Norwegian reposts' headings and instructions, in the layouts of the sections that repost. */
const NORDIC_FR_BASES = ['sv-fatta-pennan.txt', 'fr-groupe-repost.txt', 'usa-2023-blank-lines.txt', 'de-briefvorlage.txt']
  .map((name) => readFileSync(join(layouts, name), 'utf8').split('\n'));
const NORDIC_FR_FURNITURE = [
  'AGIR :', "Passez à l'action", 'ou en utilisant ce modèle de lettre :', 'or using this model letter',
  'Hastesag', 'HASTEAKTION', 'HASTEAKSJON', 'Det kan du gøre:', 'Hva kan du gjøre?', 'Skriv til:', 'Send din appel til:', 'Send appellen til:',
  'Kontaktoplysninger', 'Kontaktinformasjon', 'Forslag til brev:', 'Eksempel på brev', 'Brevtekst',
  'Venligst send mailen videre til andre.', 'Vennligst skriv så snart som mulig.',
];

describe('nor of a French, Danish or Norwegian heading or instruction', () => {
  it('whichever layout, line and position', () => {
    const arb = fc.record({
      base: fc.integer({ min: 0, max: NORDIC_FR_BASES.length - 1 }),
      insertions: fc.array(fc.record({ at: fc.nat(), line: fc.constantFrom(...NORDIC_FR_FURNITURE) }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ base, insertions }) => {
        const lines = [...(NORDIC_FR_BASES[base] ?? [])];
        for (const { at, line } of insertions) lines.splice(at % (lines.length + 1), 0, line);
        const fields = fieldsOf(importDocument(lines.join('\n'), { source: 'p.txt' }).caseText);
        for (const { line } of insertions) for (const f of fields) expect(f).not.toContain(core(line));
      }),
      fuzz(0.25),
    );
  }, fuzzTimeout(0.25));
});
