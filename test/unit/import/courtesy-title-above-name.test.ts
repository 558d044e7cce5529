// A courtesy title alone on its line above the official's name, as Spanish, Portuguese, Dutch and
// Polish pages print the envelope ("Su Excelencia" / "Pedro Muestra" / "Ministro del Interior"):
// it is his honorific, never his name, an address line, nor the letter's greeting (which comes
// under his block, "Señor Ministro:"). Above the office too, as a German envelope prints it ("Ihrer
// Exzellenz" / "Botschafterin der …" / "Wu Example"): the title names no one, so the name under the
// office is the name, never an address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { honorificAlone } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

const LETTERS = {
  es: ['ACCIÓN URGENTE', 'EJEMPLANDIA: DEFENSORA DETENIDA', 'La defensora Juana Ejemplo fue detenida el 3 de marzo.', '', 'Escribe a:'],
  pt: ['AÇÃO URGENTE', 'EXEMPLÂNDIA: DEFENSORA PRESA', 'A defensora Joana Exemplo foi presa no dia 3 de março.', '', 'Escreva para:'],
  nl: ['URGENT ACTION', 'VOORBEELDLAND: ACTIVISTE GEVANGEN', 'De activiste Anna Voorbeeld werd op 3 maart gearresteerd.', '', 'Schrijf naar:'],
  pl: ['PILNA AKCJA', 'PRZYKŁADOWO: AKTYWISTKA ZATRZYMANA', 'Aktywistka Anna Przykład została zatrzymana 3 marca.', '', 'Napisz do:'],
  de: ['Briefe gegen das Vergessen', 'Beispielland: Aktivistin in Haft', 'Die Aktivistin Jana Beispiel wurde am 3. März festgenommen.', '', 'Schreiben Sie an:'],
} as const;
const LETTER_TEXT = {
  es: ['Señor Ministro:', 'Le escribo para pedirle que libere de inmediato a Juana Ejemplo, detenida solo por defender los derechos de su comunidad.', 'Atentamente,'],
  pt: ['Senhor Ministro,', 'Escrevo para pedir que liberte imediatamente Joana Exemplo, presa apenas por defender os direitos da sua comunidade.', 'Atenciosamente,'],
  nl: ['Geachte minister,', 'Ik schrijf u om te vragen Anna Voorbeeld onmiddellijk vrij te laten, want zij is alleen opgepakt omdat zij vreedzaam protesteerde.', 'Hoogachtend,'],
  pl: ['Szanowny Panie Ministrze,', 'Piszę, aby zaapelować o natychmiastowe uwolnienie Anny Przykład, zatrzymanej wyłącznie za pokojowy protest w obronie praw człowieka.', 'Z wyrazami szacunku,'],
  de: ['Exzellenz,', 'ich schreibe Ihnen, um die sofortige Freilassung von Jana Beispiel zu fordern, die nur wegen ihrer friedlichen Arbeit festgehalten wird.', 'Mit freundlichen Grüßen'],
} as const;

const page = (lang: keyof typeof LETTERS, block: readonly string[]) => [...LETTERS[lang], ...block, '', ...LETTER_TEXT[lang]].join('\n');

describe('a courtesy title alone above the name', () => {
  const rows: Array<{ lang: keyof typeof LETTERS; block: string[]; name: string; honorific: string; title: string }> = [
    { lang: 'es', block: ['Su Excelencia', 'Pedro Muestra Ejemplo', 'Ministro del Interior', 'Avenida Central 123', 'Ciudad Ejemplo', 'Correo-e: ministro@example.gob'], name: 'Pedro Muestra Ejemplo', honorific: 'Su Excelencia', title: 'Ministro del Interior' },
    // Bare, with no comma, it once opened the letter: the officials' list above it was lost.
    { lang: 'es', block: ['Excelentísimo Señor', 'Pedro Muestra Ejemplo', 'Ministro del Interior', 'Avenida Central 123', 'Ciudad Ejemplo', 'Correo-e: ministro@example.gob'], name: 'Pedro Muestra Ejemplo', honorific: 'Excelentísimo Señor', title: 'Ministro del Interior' },
    { lang: 'pt', block: ['Vossa Excelência', 'Paulo Exemplo Modelo', 'Ministro da Justiça', 'Esplanada dos Exemplos, Bloco T', 'Cidade Exemplo', 'E-mail: ministro@example.gov'], name: 'Paulo Exemplo Modelo', honorific: 'Vossa Excelência', title: 'Ministro da Justiça' },
    { lang: 'pt', block: ['Excelentíssimo Senhor', 'Paulo Exemplo Modelo', 'Ministro da Justiça', 'Esplanada dos Exemplos, Bloco T', 'Cidade Exemplo', 'E-mail: ministro@example.gov'], name: 'Paulo Exemplo Modelo', honorific: 'Excelentíssimo Senhor', title: 'Ministro da Justiça' },
    // A courtesy title and the office: how the envelope addresses him, his office printed under his name.
    { lang: 'pt', block: ['Senhor Presidente', 'Paulo Exemplo Modelo', 'Governador do Estado', 'Palácio do Exemplo, Praça Central 1', 'Cidade Exemplo', 'E-mail: governador@example.gov'], name: 'Paulo Exemplo Modelo', honorific: 'Senhor Presidente', title: 'Governador do Estado' },
    { lang: 'nl', block: ['Zijne Excellentie', 'Jan Voorbeeld', 'Minister van Justitie', 'Voorbeeldstraat 10', 'Voorbeeldstad', 'E-mail: minister@example.gov'], name: 'Jan Voorbeeld', honorific: 'Zijne Excellentie', title: 'Minister van Justitie' },
    { lang: 'nl', block: ['Hare Excellentie', 'Anna de Proef', 'Minister van Justitie', 'Voorbeeldstraat 10', 'Voorbeeldstad', 'E-mail: minister@example.gov'], name: 'Anna de Proef', honorific: 'Hare Excellentie', title: 'Minister van Justitie' },
    // "Pan" (Mr) alone: also a surname, so only alone on its line is it a courtesy title.
    { lang: 'pl', block: ['Pan', 'Jan Przykładowy', 'Minister Sprawiedliwości', 'Al. Przykładowe 11', '00-950 Warszawa', 'E-mail: minister@example.gov.pl'], name: 'Jan Przykładowy', honorific: 'Pan', title: 'Minister Sprawiedliwości' },
    { lang: 'pl', block: ['Pani', 'Anna Wzorowa', 'Prokurator Generalny', 'ul. Przykładowa 5', '00-950 Warszawa', 'E-mail: prokurator@example.gov.pl'], name: 'Anna Wzorowa', honorific: 'Pani', title: 'Prokurator Generalny' },
    // The office above the name, as a German envelope prints it: the courtesy title names no one, so
    // the office under it does not complete the official, and the name under the office is his.
    { lang: 'de', block: ['Ihrer Exzellenz', 'Botschafterin der Volksrepublik Beispielland', 'in der Bundesrepublik Deutschland', 'Wu Example', 'Märkisches Ufer 54', '10179 Berlin'], name: 'Wu Example', honorific: 'Ihrer Exzellenz', title: 'Botschafterin der Volksrepublik Beispielland in der Bundesrepublik Deutschland' },
    { lang: 'de', block: ['Seiner Exzellenz', 'Botschafter der Republik Beispielland', 'Karl Beispiel', 'Beispielstraße 12', '10557 Berlin'], name: 'Karl Beispiel', honorific: 'Seiner Exzellenz', title: 'Botschafter der Republik Beispielland' },
    { lang: 'de', block: ['Ihre Exzellenz', 'Botschafterin der Republik Beispielland', 'Anna Beispiel', 'Beispielstraße 12', '10557 Berlin'], name: 'Anna Beispiel', honorific: 'Ihre Exzellenz', title: 'Botschafterin der Republik Beispielland' },
    { lang: 'de', block: ['S. E.', 'Botschafter der Republik Beispielland', 'Karl Beispiel', 'Beispielstraße 12', '10557 Berlin'], name: 'Karl Beispiel', honorific: 'S. E.', title: 'Botschafter der Republik Beispielland' },
    { lang: 'de', block: ['I.E.', 'Botschafterin der Volksrepublik Beispielland', 'Wu Example', 'Märkisches Ufer 54', '10179 Berlin'], name: 'Wu Example', honorific: 'I.E.', title: 'Botschafterin der Volksrepublik Beispielland' },
    { lang: 'es', block: ['Su Excelencia', 'Ministro del Interior', 'Pedro Muestra Ejemplo', 'Avenida Central 123', 'Ciudad Ejemplo', 'Correo-e: ministro@example.gob'], name: 'Pedro Muestra Ejemplo', honorific: 'Su Excelencia', title: 'Ministro del Interior' },
    { lang: 'pl', block: ['Szanowny Pan', 'Jan Przykładowy', 'Minister Sprawiedliwości', 'Al. Przykładowe 11', '00-950 Warszawa', 'E-mail: minister@example.gov.pl'], name: 'Jan Przykładowy', honorific: 'Szanowny Pan', title: 'Minister Sprawiedliwości' },
  ];
  it.each(rows)('$lang: "$honorific" above $name', ({ lang, block, name, honorific, title }) => {
    const targets = draftTargets(importDocument(page(lang, block), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, honorific: t.honorific, title: t.title }))).toEqual([{ name, honorific, title }]);
    expect(JSON.stringify(targets[0]?.address)).not.toContain(honorific);
  });

  it('keeps "Pan" on the name\'s own line as the name it may be', () => {
    expect(honorificAlone('Pan Jianwei')).toBeUndefined();
    const targets = draftTargets(importDocument(page('es', ['Pan Jianwei Ejemplo', 'Ministro del Interior', 'Avenida Central 123', 'Ciudad Ejemplo', 'Correo-e: ministro@example.gob']), { source: 'ua.txt' }).caseText);
    expect(targets[0]?.name).toBe('Pan Jianwei Ejemplo');
  });
});
