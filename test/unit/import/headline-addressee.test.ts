// Petitions and open letters addressed in one line or in the headline: "À M. …, Président …:" over
// the petition's text, "An: Bundesrat …", "Carta Aberta a Sua Excia …" with the office under it,
// "Carta al <office>, <name>" with "Fiscal General:" glued to the first sentence, a demand of "al
// gobernador <name> que …", "Der Appell geht an den <office>, <name>:", two offices in a headline
// each greeted on its own stacked line. And the headlines that name no one to write to: nothing.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { recogniseSalutation } from '../../../src/import/salutation.js';
import { doc, draftTargets } from './helpers.js';

const FIELDS = ['name', 'honorific', 'title', 'salutation'] as const;
const pick = (t: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(FIELDS.filter((f) => t[f] !== undefined).map((f) => [f, t[f]]));
const letterOf = (caseText: string): string => /^## Letter[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(caseText)?.[1] ?? '';

describe('petitions and open letters addressed in one line or in the headline', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>>; letter?: string; notInLetter?: string }> = [
    {
      what: 'a French petition site: the line "À M. …, Président …:" names him, and the petition is the text under it, not the site\'s',
      lines: ['Accepter les cookies', 'Libérez Ana', 'Libérez Ana', 'À Mme Jeanne Exemple, Ministre de la Justice:', 'Ana est détenue depuis un an. Nous vous demandons de la libérer sans délai.', 'Cordialement,', 'Signez notre lettre ouverte maintenant:', 'En continuant, vous acceptez de recevoir nos nouvelles par courriel.'],
      expected: [{ name: 'Jeanne Exemple', honorific: 'Mme', title: 'Ministre de la Justice' }],
      letter: 'Nous vous demandons de la libérer sans délai',
      notInLetter: 'En continuant',
    },
    {
      what: 'a Swiss petition: "An: Bundesrat …" and the greeting "Geschätzter …" with no comma',
      lines: ['An: Bundesrätin Anna Beispiel', 'Kein Abschiebeflug', 'Geschätzte Bundesrätin Anna Beispiel', 'Wir bitten Sie, die Abschiebung von Ali Muster in der Schweiz sofort zu stoppen.', 'Freundliche Grüsse', 'Die Unterzeichnenden'],
      expected: [{ name: 'Anna Beispiel', title: 'Bundesrätin', salutation: 'Geschätzte Bundesrätin Anna Beispiel' }],
      letter: 'die Abschiebung von Ali Muster',
    },
    {
      what: 'a blog: "Der Appell geht an den Präsidenten von …, Name:" and the appeal in quotation marks, the blog\'s text after it left out',
      lines: ['Freiheit für Ana', '', 'Der Appell geht an den Präsidenten von Musterland, Karl Muster:', '', '„Sehr geehrter Herr Präsident,', 'wir bitten Sie, Ana sofort freizulassen. Kritik ist kein Verbrechen.“', '', 'Teilt den Beitrag gerne weiter!'],
      expected: [{ name: 'Karl Muster', title: 'Präsident von Musterland', salutation: 'Sehr geehrter Herr Präsident' }],
      letter: 'Kritik ist kein Verbrechen',
      notInLetter: 'Teilt den Beitrag',
    },
    {
      what: 'a blog\'s kicker before "Carta al <office>, <name>" and a photo caption under it: the headline still names him, the caption is no address',
      lines: ['lunes, 3 de mayo de 2021', '', 'Nadie lo cuenta: Carta al Fiscal General de la República de Ejemplo, Ramón Muestra Ruiz', '', 'Ramón Muestra Ruiz. Foto tomada de la web', 'Fiscal General: Le escribo para preguntarle por qué mi hijo sigue preso sin juicio desde hace dos años.', '', 'Atentamente,', 'Ana Ejemplo'],
      expected: [{ name: 'Ramón Muestra Ruiz', title: 'Fiscal General de la República de Ejemplo', salutation: 'Fiscal General' }],
      letter: 'sigue preso sin juicio',
    },
    {
      what: 'a Portuguese open letter to "Sua Excia" a person, his office on the next line, greeted "Excia,"',
      lines: ['Carta Aberta a Sua Excia Rui Exemplo,', 'Primeiro-Ministro', 'Excia,', 'Pedimos a Vossa Excelência que interceda pela libertação do nosso filho, detido sem acusação.', 'Com os melhores cumprimentos,'],
      expected: [{ name: 'Rui Exemplo', honorific: 'Sua Excia', title: 'Primeiro-Ministro', salutation: 'Excia' }],
    },
    {
      what: 'a Spanish open letter to an office and name, greeted by the office glued to the first sentence',
      lines: ['Carta a la Ministra de Justicia de Ejemplo, Marta Muestra Cura', 'Foto: una protesta frente al ministerio.', 'Ministra de Justicia: Hace dos semanas el periodista Luis Prueba fue detenido en su casa sin ninguna orden judicial.', 'Le pedimos que ordene su liberación.', 'Atentamente,'],
      expected: [{ name: 'Marta Muestra Cura', title: 'Ministra de Justicia de Ejemplo', salutation: 'Ministra de Justicia' }],
      letter: 'Hace dos semanas el periodista Luis Prueba',
    },
    {
      what: 'a campaign headline demands of the governor by name',
      lines: ['Exijamos a la gobernadora Ana María Ejemplo que detenga los desalojos', 'Cien familias pueden perder su casa.', 'Firmar ahora'],
      expected: [{ name: 'Ana María Ejemplo', title: 'gobernadora' }],
    },
    {
      what: 'a Swiss letter to the president and the council, each greeted on its own stacked line',
      lines: ['Brief an Bundespräsident und Bundesrat', 'Unser Brief an Bundespräsident Otto Beispiel vom 2. März', 'Sehr geehrter Herr Bundespräsident', 'Sehr geehrte Bundesrätinnen und Bundesräte', 'Wir bitten Sie, den Familien in Beispielstadt rasch eine Unterkunft zu geben.', 'Mit freundlichen Grüssen'],
      expected: [
        { name: 'Otto Beispiel', title: 'Bundespräsident', salutation: 'Sehr geehrter Herr Bundespräsident' },
        { name: 'Bundesrat', salutation: 'Sehr geehrte Bundesrätinnen und Bundesräte' },
      ],
      letter: 'den Familien in Beispielstadt',
      notInLetter: 'Bundesrätinnen',
    },
    {
      what: 'a headline that names no office or person to write to gives no official',
      lines: ['Carta abierta a la opinión pública, desde la cárcel', 'Escribo esta carta desde mi celda para contar lo que vivimos aquí cada día.', 'Atentamente,'],
      expected: [],
    },
    {
      what: 'a headline that demands of no one by name gives no official',
      lines: ['Exijamos justicia para las familias de La Muestra que perdieron su casa', 'Firma esta petición.'],
      expected: [],
    },
    {
      what: 'a blog\'s "An open letter to <country>\'s ambassador" over "Your Excellency,": the office stands for the name',
      lines: ['An open letter to Valdor’s ambassador', '', 'Remembering Tomas Example, a student who died in the square last week.', '', 'Your Excellency,', '', 'I am writing to you about the shootings in Valdtown on Friday and the arrests that followed them.', '', 'Yours sincerely,', 'Jan Citizen'],
      expected: [{ name: 'Valdor’s ambassador', salutation: 'Your Excellency' }],
      letter: 'the shootings in Valdtown',
    },
    {
      what: '"Open letter to the Minister of Justice" with the greeting right under it: the office with no "the"',
      lines: ['Open letter to the Minister of Justice of Valdor', 'Dear Minister,', 'We write to ask you to release the three journalists held since March without charge.', 'Kind regards,', 'The editors'],
      expected: [{ name: 'Minister of Justice of Valdor', salutation: 'Dear Minister' }],
    },
    {
      what: 'an open letter to an office with no greeting under it (a news item about the letter) names no one to write to',
      lines: ['An open letter to the Minister of Justice', '', 'Last week more than forty groups signed a letter asking for the release of the three journalists.', '', 'The ministry has not answered it.'],
      expected: [],
    },
    {
      what: 'a person alone in an open letter\'s headline, no office under him, gives no official (he may be the one at risk)',
      lines: ['Carta aberta a Tomé Modelo,', 'Querido amigo, estamos contigo e não vamos desistir de ti.'],
      expected: [],
    },
  ];
  it.each(rows)('$what', ({ lines, expected, letter, notInLetter }) => {
    const caseText = importDocument(lines.join('\n'), { source: 'test.txt' }).caseText;
    expect(draftTargets(caseText).map(pick)).toEqual(expected);
    if (letter !== undefined) expect(letterOf(caseText)).toContain(letter);
    if (notInLetter !== undefined) expect(letterOf(caseText)).not.toContain(notInLetter);
  });

  it('reads "Geschätzte …" as a greeting only on a short line with no stop or colon at its end', () => {
    const greeting = recogniseSalutation(doc('Geschätzte Frau Bundesrätin\nWir bitten Sie, die Abschiebung von Ali Muster sofort zu stoppen.'));
    expect(greeting.found ? greeting.value : undefined).toEqual(['Geschätzte Frau Bundesrätin']);
    for (const line of ['Geschätzte zwei Millionen Menschen sind seit dem Frühjahr geflohen.', 'Geschätzte Kosten:']) {
      expect(recogniseSalutation(doc(`${line}\nDie Behörden haben bisher nichts unternommen, um den Menschen zu helfen.`)).found).toBe(false);
    }
  });
});
