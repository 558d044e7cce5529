import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Section pages (petitions, a group's letter of the month, an online action) print no contact block:
// the official is named in a sentence ("Briefe an den Präsidenten von …", "Dieser Appell richtet sich
// an …") or greeted in the letter ("Sehr geehrter Herr Beispiel"). An office named alone is resolved
// to the one person the page names with that office; a greeting by courtesy title and surname gives
// that person, in the fuller form the page prints; the page's subject is never an official. The
// office is given in the nominative, as a heading prints it ("an den Präsidenten von …" → "Präsident von …").

/** name · title · salutation */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-', t.salutation ?? '-'].join(' · ');
const targets = (page: string) => draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary);

const story = 'Die Journalistin Ana Muster wurde im Mai festgenommen, weil sie über Korruption berichtet hatte. Seither ist sie ohne Anklage in Haft, und ihre Familie darf sie nicht besuchen.';

describe('an office named in a sentence, resolved to the holder the page names', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'German: the office in the dative with its country, the holder named after his office in the story',
      page: `Valdorien: Ana Muster (März 2025)\n\n${story} Unter Präsident Jan Beispiel greifen die Behörden immer öfter zu Militärprozessen.\n\nBitte schreiben Sie bis 30. April 2025 höflich formulierte Briefe an den Präsidenten von Valdorien und fordern Sie ihn auf, Ana Muster freizulassen.\n`,
      expected: ['Jan Beispiel · Präsident von Valdorien · -'],
    },
    {
      what: 'German: the name, a comma, then the office',
      page: `Valdorien: Ana Muster\n\n${story} Tomas Exemplar, Präsident Valdoriens, schweigt dazu.\n\nBitte schreiben Sie Briefe an den Präsidenten und fordern Sie ihn auf, Ana Muster freizulassen.\n`,
      expected: ['Tomas Exemplar · Präsident · -'],
    },
    {
      what: 'two people named with the office: the office stays',
      page: `Valdorien: Ana Muster\n\n${story} Präsident Jan Beispiel traf sich mit Präsident Karl Modell aus Nordland.\n\nBitte schreiben Sie Briefe an den Präsidenten von Valdorien und fordern Sie ihn auf, Ana Muster freizulassen.\n`,
      expected: ['Präsident von Valdorien · - · -'],
    },
    {
      what: 'the holder named is the page\'s subject (a former president in prison): the office stays',
      page: `Valdorien: Jan Beispiel\n\nDer frühere Präsident Jan Beispiel wurde im Mai festgenommen und ist seither ohne Anklage in Haft.\n\nBitte schreiben Sie Briefe an den Präsidenten von Valdorien und fordern Sie ihn auf, Jan Beispiel freizulassen.\n`,
      expected: ['Präsident von Valdorien · - · -'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(targets(page)).toEqual(expected);
  });

  it('leaves the reader\'s own office ("Your Governor") as it is, though the page names a governor', () => {
    const page = `Stop the execution of Ana Sample\n\nGovernor Jan Example has set a date for the execution of Ana Sample.\n\nMessage Recipients: Your Governor\nDear Governor,\n\nI urge you to stop the execution of Ana Sample and to commute her sentence.\n\nSincerely,\n`;
    expect(targets(page).map((t) => t.split(' · ')[0])).not.toContain('Jan Example');
  });
});

describe('a greeting by courtesy title and name, when no reader found the official', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'German: the surname greeted, the page printing the full name once',
      page: `Haft für eine Journalistin\n\n${story} Zuständig ist Justizminister Karl Otto Beispiel.\n\nSehr geehrter Herr Beispiel,\n\nich bitte Sie, Ana Muster unverzüglich freizulassen.\n\nMit freundlichen Grüßen\n`,
      expected: ['Karl Otto Beispiel · - · Sehr geehrter Herr Beispiel'],
    },
    {
      what: 'Spanish: the surname greeted, printed nowhere else',
      page: `Libertad para Ana Modelo\n\nLa periodista Ana Modelo fue detenida en mayo por informar sobre la corrupción. Sigue presa sin cargos.\n\nEstimado Señor Ejemplo:\n\nLe escribo para pedirle que libere de inmediato a Ana Modelo.\n\nAtentamente,\n`,
      expected: ['Ejemplo · - · Estimado Señor Ejemplo'],
    },
    {
      what: 'Spanish: a courtesy title opens the greeting, the full name after it',
      page: `Firma para pedir a las autoridades que liberen a Ana Modelo.\n\nSeñor Jan Ejemplo Prueba:\n\nMe preocupa enormemente la detención de Ana Modelo, presa sin cargos desde mayo.\n\nAtentamente,\n`,
      expected: ['Jan Ejemplo Prueba · - · Señor Jan Ejemplo Prueba'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(targets(page)).toEqual(expected);
  });

  it('never takes the page\'s subject, greeted in a letter of support', () => {
    const page = `Freiheit für Ana Muster\n\nDie Journalistin Ana Muster ist seit Mai in Haft. Schreiben Sie ihr einen Gruß!\n\nSehr geehrte Frau Muster,\n\nich denke an Sie und hoffe, dass Sie bald frei sind.\n\nHerzliche Grüße\n`;
    expect(targets(page)).toEqual([]);
  });
});
