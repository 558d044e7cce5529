// A blog or section post that names the officials and their emails inside one sentence: each
// office and name is an official, the email in brackets right after him is his; "o al", "ou au",
// "or to" add a second one to write to; a courtesy title ("Dottor", "M.", "Herrn") is no part of the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (title: string, story: string, ask: string) => [title, '', story, '', ask, ''].join('\n');

describe('officials and their emails named in a sentence', () => {
  const rows: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'Italian: two officials, each with his email in brackets, the second after "o al"',
      text: page(
        'Città Esempio: attivista arrestata',
        'Lucia Beispiel, attivista per i diritti umani, è stata arrestata il 3 marzo.',
        'Se volete potete scrivere anche voi al Prefetto di Città Esempio, Dottor Mario Esempio (prefettura@example.it), o al vicesindaco di Città Esempio, Lucia Prova (vicesindaco@example.it).',
      ),
      expected: [
        { name: 'Mario Esempio', title: 'Prefetto di Città Esempio', email: 'prefettura@example.it' },
        { name: 'Lucia Prova', title: 'Vicesindaco di Città Esempio', email: 'vicesindaco@example.it' },
      ],
    },
    {
      what: 'French: "écrivez au Préfet …, M. … (a@…) ou au …"',
      text: page(
        'Exemplie : un militant arrêté',
        'Karim Exemple, militant des droits humains, a été arrêté le 3 mars.',
        'Écrivez au Préfet de Ville Exemple, M. Jean Exemple (prefet@example.fr) ou au Ministre de l’Intérieur, Mme Anne Modèle (ministre@example.fr).',
      ),
      expected: [
        { name: 'Jean Exemple', title: 'Préfet de Ville Exemple', email: 'prefet@example.fr' },
        { name: 'Anne Modèle', title: 'Ministre de l’Intérieur', email: 'ministre@example.fr' },
      ],
    },
    {
      what: 'German: "schreiben Sie an den Innenminister, Herrn … (a@…)"',
      text: page(
        'Exampleland: Aktivist festgenommen',
        'Der Aktivist Karim Beispiel wurde am 3. März festgenommen.',
        'Bitte schreiben Sie an den Innenminister, Herrn Karl Muster (innen@example.de), und fordern Sie die Freilassung.',
      ),
      expected: [{ name: 'Karl Muster', title: 'Innenminister', email: 'innen@example.de' }],
    },
    {
      what: 'Spanish: "escriba al Gobernador …, … (a@…)"',
      text: page(
        'Ejemplia: defensora detenida',
        'La defensora Ana Ejemplo fue detenida el 3 de marzo.',
        'Escriba al Gobernador de Estado Ejemplo, Juan Muestra (gobernador@example.mx), para pedir su libertad.',
      ),
      expected: [{ name: 'Juan Muestra', title: 'Gobernador de Estado Ejemplo', email: 'gobernador@example.mx' }],
    },
    {
      what: 'French: an institution with two emails joined by "et"',
      text: page(
        'Exampleland : un défenseur emprisonné',
        'Karim Exemple est détenu depuis le 3 mars.',
        'AGIR ? Interpellez par email la représentation de l’Exampleland à l’ONU : mission@example.org et secretariat@embassy.example demandez à ce que Karim Exemple soit libéré.',
      ),
      expected: [{ name: 'Représentation de l’Exampleland à l’ONU', title: undefined, email: ['mission@example.org', 'secretariat@embassy.example'] }],
    },
    {
      what: 'English: an embassy with two emails joined by "and"',
      text: page(
        'Exampleland: defender detained',
        'Karim Example has been detained since 3 March.',
        'Please write to the Embassy of Exampleland at embassy@example.org and consular@example.org asking for his release.',
      ),
      expected: [{ name: 'Embassy of Exampleland', title: undefined, email: ['embassy@example.org', 'consular@example.org'] }],
    },
    {
      what: 'Italian: the asking sentence inside a blog paragraph of several sentences, past 600 characters',
      text: page(
        'Città Esempio: sgombero in vista',
        'Prima frase.',
        `${'Le azioni urgenti sono campagne immediate lanciate da gruppi di sostenitori in tutto il mondo, quando si rischia una grave violazione dei diritti umani. '.repeat(4)}Se volete potete scrivere anche voi al Prefetto di Città Esempio, Dottor Mario Esempio (prefettura@example.it), o al vicesindaco di Città Esempio, Lucia Prova (vicesindaco@example.it). Grazie a tutti per l’aiuto.`,
      ),
      expected: [
        { name: 'Mario Esempio', title: 'Prefetto di Città Esempio', email: 'prefettura@example.it' },
        { name: 'Lucia Prova', title: 'Vicesindaco di Città Esempio', email: 'vicesindaco@example.it' },
      ],
    },
    {
      what: 'Spanish: a long paragraph is not cut after an initial ("George W. Ejemplo")',
      text: page(
        'Ejemplia: cierre del centro',
        'Primera frase.',
        `${'La organización ha pedido durante años que se cierre el centro de detención y que se juzgue a los detenidos con garantías. '.repeat(4)}Escriban al presidente de Ejemplia, George W. Ejemplo, pidiendo que cierre el centro de detención de inmediato.`,
      ),
      expected: [{ name: 'George W. Ejemplo', title: 'Presidente de Ejemplia', email: undefined }],
    },
    {
      what: 'French: an office named with its state\'s form ("Ambassadeur de la République Islamique d’Exemplie")',
      text: page('Exemplie : une femme condamnée', 'Sakina Exemple risque la lapidation.', 'Un geste minimal : écrire à l’Ambassadeur de la République Islamique d’Exemplie.'),
      expected: [{ name: 'Ambassadeur de la République Islamique d’Exemplie', title: undefined, email: undefined }],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    const targets = draftTargets(importDocument(text, { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name ?? null, title: t.title, email: t.email }))).toEqual(expected);
  });
});
