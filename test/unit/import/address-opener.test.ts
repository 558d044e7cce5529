// "An" (also "To", "À", "Aan", "A") alone on a line right above an envelope's address block, as a
// letter download prints it: the block opens there. What stands above it — a subject line, the
// letter's dateline, the page's heading — is never part of that official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const LETTER = {
  de: ['', 'Sehr geehrter Herr Minister,', 'ich schreibe Ihnen, um die sofortige Freilassung von Jana Beispiel zu fordern, die nur wegen ihrer friedlichen Arbeit festgehalten wird.', 'Mit freundlichen Grüßen'],
  en: ['', 'Dear Minister,', 'I am writing to urge you to release Jane Example immediately and unconditionally, as she is held only for her peaceful work.', 'Yours sincerely,'],
  fr: ['', 'Monsieur le Ministre,', 'Je vous écris pour vous demander de libérer immédiatement Jeanne Exemple, détenue uniquement pour son travail pacifique.', 'Veuillez agréer, Monsieur le Ministre, mes salutations distinguées.'],
  nl: ['', 'Geachte minister,', 'Ik schrijf u om te vragen Anna Voorbeeld onmiddellijk vrij te laten, want zij is alleen opgepakt omdat zij vreedzaam protesteerde.', 'Hoogachtend,'],
  es: ['', 'Señor Ministro:', 'Le escribo para pedirle que libere de inmediato a Juana Ejemplo, detenida solo por defender los derechos de su comunidad.', 'Atentamente,'],
} as const;
const HEAD = {
  de: ['Beispielland: Aktivistin in Haft', 'Die Aktivistin Jana Beispiel wurde am 3. März festgenommen. Bitte schreiben Sie bis zum 12. April 2024.', ''],
  en: ['Exampleland: activist detained', 'The activist Jane Example was detained on 3 March. Please write before 12 April 2024.', ''],
  fr: ['Exemplie : une militante détenue', 'La militante Jeanne Exemple a été arrêtée le 3 mars. Écrivez avant le 12 avril 2024.', ''],
  nl: ['Voorbeeldland: activiste gevangen', 'De activiste Anna Voorbeeld werd op 3 maart gearresteerd. Schrijf vóór 12 april 2024.', ''],
  es: ['Ejemplandia: defensora detenida', 'La defensora Juana Ejemplo fue detenida el 3 de marzo. Escribe antes del 12 de abril de 2024.', ''],
} as const;

describe('an address opener alone above the block', () => {
  // `top`: the page opens with the lines above the opener (no summary under a headline).
  const rows: Array<{ lang: keyof typeof LETTER; above: string[]; opener: string; block: string[]; name: string; title: string; top?: true }> = [
    // A subject line above "An": it had become the official's name.
    { lang: 'de', above: ['Freilassung von Jana Beispiel'], opener: 'An', block: ['Innenminister Karl Muster', 'Musterstraße 10', '10115 Beispielstadt', 'BEISPIELLAND'], name: 'Karl Muster', title: 'Innenminister' },
    // Under the page's instruction heading, the subject line between them.
    { lang: 'de', above: ['Schreiben Sie an:', 'Freilassung von Jana Beispiel'], opener: 'An', block: ['Karl Muster', 'Innenminister', 'Musterstraße 10', '10115 Beispielstadt', 'BEISPIELLAND'], name: 'Karl Muster', title: 'Innenminister' },
    // The letter's dateline above "An": the block under it had been read as the summary.
    { lang: 'de', top: true, above: ['Beispielland: Aktivistin in Haft', 'Berlin, 3. März 2024'], opener: 'An', block: ['Karl Muster', 'Innenminister', 'Musterstraße 10', '10115 Beispielstadt', 'BEISPIELLAND'], name: 'Karl Muster', title: 'Innenminister' },
    // The page's heading right above "To": it had become the official's title.
    { lang: 'en', above: ['Open letter to the Minister of the Interior'], opener: 'To', block: ['The Minister of the Interior', 'Karl Sample', 'Example Road 10', 'Example City', 'EXAMPLELAND'], name: 'Karl Sample', title: 'The Minister of the Interior' },
    { lang: 'fr', top: true, above: ['Lettre ouverte au ministre de l’Intérieur d’Exemplie'], opener: 'À', block: ['Ministre de l’Intérieur', 'Monsieur Paul Exemple', '12 rue de l’Exemple', 'Ville-Exemple', 'EXEMPLIE'], name: 'Paul Exemple', title: 'Ministre de l’Intérieur' },
    { lang: 'nl', above: ['Vrijlating van Anna Voorbeeld'], opener: 'Aan', block: ['Jan Voorbeeld', 'Minister van Justitie', 'Voorbeeldstraat 10', 'Voorbeeldstad', 'VOORBEELDLAND'], name: 'Jan Voorbeeld', title: 'Minister van Justitie' },
    { lang: 'es', top: true, above: ['Carta abierta al Ministro del Interior de Ejemplandia'], opener: 'A', block: ['Ministro del Interior', 'Pedro Muestra', 'Avenida Central 123', 'Ciudad Ejemplo', 'EJEMPLANDIA'], name: 'Pedro Muestra', title: 'Ministro del Interior' },
  ];
  it.each(rows)('$lang: "$opener" under "$above"', ({ lang, above, opener, block, name, title, top }) => {
    const page = [...(top ? [] : HEAD[lang]), ...above, opener, ...block, ...LETTER[lang]].join('\n');
    const result = importDocument(page, { source: 'letter.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => ({ name: t.name, title: t.title }))).toEqual([{ name, title }]);
    const official = result.caseText.slice(result.caseText.indexOf('targets:'), result.caseText.indexOf('\n---', 4));
    for (const line of above) expect(official).not.toContain(line);
  });
});
