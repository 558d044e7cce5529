// A Dutch or Nordic page with no preferred language and no letter text: its own language stands in
// for the officials' only when the case is at home (home-language.ts). A page about officials
// abroad leaves the languages to the reader; a page in French, English or German is not judged.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

const languagesOf = (page: string) => /^languages: (.*)$/m.exec(importDocument(page, { source: 'page.txt' }).caseText)?.[1];

describe('the page language of a Dutch or Nordic page with no letter', () => {
  it.each([
    [
      'a Dutch church page on a case in Kenya',
      [
        'Aktie Gevangenenbrief',
        'Op zondag 9 maart houden wij weer de schrijfactie na de dienst in de kerkzaal.',
        'Deze maand schrijven wij voor de Keniaanse journalist Omar Voorbeeld, die al twee jaar zonder proces vastzit in Nairobi. Zijn familie weet niet waar hij is en vreest voor zijn gezondheid.',
        'In de te schrijven brief roepen we de minister van Justitie in Kenia op om Omar Voorbeeld onmiddellijk vrij te laten.',
        'De brieven liggen na de dienst klaar en kosten twee euro inclusief postzegel.',
      ],
    ],
    [
      'a Swedish newsletter on a case in Egypt',
      [
        'Insats nummer 3',
        'I mars uppmärksammar vi fallet med studenten Karim Exempel som sitter fängslad i Egypten sedan två år tillbaka. Han greps efter en demonstration vid universitetet i Kairo och har inte fått träffa någon advokat.',
        'Skriv till Ahmed Exempelson och protestera mot att Karim Exempel hålls fängslad utan rättegång.',
        'Fler aktioner finns på vår hemsida och i nästa nummer av tidningen.',
      ],
    ],
    [
      'a Norwegian page naming a case at home and others abroad',
      [
        'Skriv for frihet',
        'I år løfter vi fram seks personer fra hele verden, blant annet en blogger i Saudi-Arabia som er dømt til ti år i fengsel for det han har skrevet på nettet.',
        'For første gang er en av sakene norsk, og personer fra mange land vil de neste ukene sende brev til helseminister Kari Eksempel om retten til helsehjelp.',
        'Les mer om hver enkelt sak og skriv under på aksjonene på nettsiden vår.',
      ],
    ],
  ])('gives none for %s', (_, lines) => {
    expect(languagesOf(lines.join('\n'))).toMatch(/^\[\] # TODO: .*officials abroad do not read/);
  });

  it.each([
    [
      'a Dutch petition to a Dutch mayor',
      'nl',
      [
        'Terug naar de petitie',
        'Aan: Burgemeester J. Voorbeeld',
        'Gemeente Voorbeeldstad in Nederland',
        'Reden van ondertekenen',
        'Ik teken omdat de kinderen die hier zijn opgegroeid een eerlijke kans verdienen om in Nederland te blijven wonen. Zij gaan hier naar school en spreken onze taal beter dan die van het land waar hun ouders vandaan komen.',
      ],
    ],
    [
      'a Danish page on a Danish minister',
      'da',
      [
        'Fælles opfordring om familiesammenføring',
        'Vi opfordrer regeringen i Danmark til at ændre reglerne, så bedsteforældre kan blive hos deres familier. Reglerne i Danmark rammer de ældste hårdest, og mange familier er blevet splittet de seneste år.',
        'Mange af de berørte har boet i Danmark i over ti år og har børnebørn, der går i skole her i landet.',
      ],
    ],
    [
      'a French page on a case in Egypt',
      'fr',
      [
        'Appel du mois',
        "Le militant Karim Exemple est détenu en Égypte depuis deux ans sans jugement. Sa famille n'a pas pu lui rendre visite depuis son transfert dans une prison éloignée du Caire.",
        "Écrivez au ministre de la Justice de la République arabe d'Égypte pour demander sa libération immédiate et sans condition.",
      ],
    ],
  ])('keeps it for %s', (_, lang, lines) => {
    expect(languagesOf(lines.join('\n'))).toBe(`[${lang}]`);
  });
});
