import { describe, expect, it } from 'vitest';
import { germanNominative, officeAsTitle } from '../../../src/import/german-office-case.js';
import { importDocument } from '../../../src/import/import-document.js';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc, draftTargets } from './helpers.js';

// A German instruction names the office in the case "an den" / "an die" gives it; the case file's
// official is the office as a heading prints it, in the nominative.
describe('germanNominative: the office after "an den" as a heading prints it', () => {
  it.each([
    ['Präsidenten von Beispielland', 'Präsident von Beispielland'],
    ['Staatspräsidenten der Republik Valdor', 'Staatspräsident der Republik Valdor'],
    ['Kronprinzen', 'Kronprinz'],
    ['kolumbianischen Generalstaatsanwalt', 'kolumbianischer Generalstaatsanwalt'],
    ['tunesischen Präsidenten', 'tunesischer Präsident'],
    // A woman's office, its adjective, and the strong nouns take no ending to undo.
    ['tunesische Justizministerin', 'tunesische Justizministerin'],
    ['Innenminister von Beispielland', 'Innenminister von Beispielland'],
    ['Generalstaatsanwältin', 'Generalstaatsanwältin'],
    // Another language's office is no German accusative.
    ['Presidente de la República', 'Presidente de la República'],
  ])('%s → %s', (accusative, nominative) => {
    expect(germanNominative(accusative)).toBe(nominative);
  });

  it('prints a country adjective that opens the office in lower case, any other office with a capital', () => {
    expect([officeAsTitle('kolumbianischen Generalstaatsanwalt'), officeAsTitle('ministre de la Justice')]).toEqual(['kolumbianischer Generalstaatsanwalt', 'Ministre de la Justice']);
  });
});

describe('sentenceOfficials: a German office named alone in the instruction, in the nominative', () => {
  const story = 'Der Journalist Karl Beispiel berichtete über Korruption in der Provinz und wurde seither mehrfach bedroht, überwacht und auf offener Straße angegriffen, zuletzt im März. '.repeat(3);
  it.each([
    ['a country adjective before the office, in a long paragraph with a date', `${story}Bitte schreiben Sie bis 30. Juni 2026 höflich formulierte Briefe an den kolumbianischen Generalstaatsanwalt und fordern Sie ihn auf, die Drohungen untersuchen zu lassen.`, 'kolumbianischer Generalstaatsanwalt'],
    ['a compound weak noun, the country after "von"', 'Schreiben Sie bitte höflich formulierte Briefe an den Staatspräsidenten von Valdor und fordern Sie ihn auf, Karl Beispiel freizulassen.', 'Staatspräsident von Valdor'],
    ['the office first in the sentence, "an den Präsidenten von …"', 'Bitte senden Sie Ihren Brief an den Präsidenten von Beispielland und bitten Sie ihn, sich für Karl Beispiel einzusetzen.', 'Präsident von Beispielland'],
    ['a woman\'s office with its adjective', 'Bitte schreiben Sie an die tunesische Justizministerin und fordern Sie eine unabhängige Untersuchung.', 'tunesische Justizministerin'],
    ['a woman\'s office alone, before a colon', 'Bitte schreiben Sie einen höflich formulierten Brief in gutem Spanisch oder auf Deutsch an die Generalstaatsanwältin:', 'Generalstaatsanwältin'],
  ])('%s', (_what, line, title) => {
    expect(sentenceOfficials(doc(line)).map((o) => o.title?.value)).toEqual([title]);
  });

  it.each([
    ['an adjective that is no country\'s', 'Bitte schreiben Sie an den katholischen Bischof und bitten Sie ihn um Hilfe.'],
    ['a date\'s day ends no sentence: the story\'s words before it are no instruction', `${story}Am 3. Mai 2026 schrieb der Anwalt an den Präsidenten, ohne Antwort.`],
  ])('reads none: %s', (_what, line) => {
    expect(sentenceOfficials(doc(line))).toEqual([]);
  });
});

describe('a page naming its addressee only by office in a German sentence', () => {
  it('gives the office in the nominative, a country adjective in lower case, and the greeting that addresses it', () => {
    const page = [
      'Brief gegen das Vergessen',
      '',
      'Die Anwältin Clara Beispiel wurde im Mai 2026 festgenommen, nachdem sie über Folter in einem Gefängnis berichtet hatte.',
      '',
      'Bitte schreiben Sie bis 31. August 2026 höflich formulierte Briefe an die kolumbianische Generalstaatsanwältin und fordern Sie, dass Clara Beispiel freigelassen wird.',
      '',
      'Sehr geehrte Frau Generalstaatsanwältin,',
      '',
      'ich bitte Sie, Clara Beispiel umgehend und bedingungslos freizulassen.',
      '',
      'Hochachtungsvoll',
    ].join('\n');
    const targets = draftTargets(importDocument(page, { source: 'p.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([['kolumbianische Generalstaatsanwältin', 'Sehr geehrte Frau Generalstaatsanwältin']]);
  });

  it('the masculine office with its adjective, no greeting', () => {
    const page = ['Russland: Karl Beispiel (Mai 2026)', '', 'Brief gegen das Vergessen', '', 'Der Journalist Karl Beispiel wird seit Monaten bedroht.', '', 'Bitte schreiben Sie bis 30. Juni 2026 höflich formulierte Briefe an den russischen Generalstaatsanwalt und fordern Sie, dass Karl Beispiel geschützt wird.'].join('\n');
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map((t) => t.name)).toEqual(['russischer Generalstaatsanwalt']);
  });
});

// The office named alone in the instruction, then printed again under it with its holder's name
// (his address run onto one line no reader takes apart): the office alone would stand for a person
// the page names, so none is read.
describe('sentenceOfficials: no office alone when the page prints it again with its holder under the instruction', () => {
  it.each([
    ['German, after "an den:"', ['Schreiben Sie bitte höflich formulierte Briefe an den iranischen Religionsführer und fordern Sie ihn auf, Karl Beispiel freizulassen.', '', 'Schreiben Sie in gutem Englisch oder auf Deutsch an den: Religionsführer Ayatollah Jan Beispiel The Office of the Leader Example Street Teheran']],
    ['French, the office opening the line under it', ['Écrivez au Président de la République pour demander la libération de Jean Exemple.', '', 'Président Paul Modèle Palais de la République Exempleville']],
  ])('%s', (_what, lines) => {
    expect(sentenceOfficials(doc(lines.join('\n')))).toEqual([]);
  });

  it('still reads the office when what stands under it names no one', () => {
    const lines = ['Bitte schreiben Sie an den Innenminister von Beispielland und fordern Sie ihn auf, Karl Beispiel freizulassen.', '', 'Innenminister sind für die Polizei zuständig.'];
    expect(sentenceOfficials(doc(lines.join('\n'))).map((o) => o.title?.value)).toEqual(['Innenminister von Beispielland']);
  });

  // A field label after the office ("President Salutation: …", "Ministre Adresse : …") is the office's
  // own record, not a holder's name: the office stays.
  it.each([
    ['English, "Salutation:" after it', ['Please write to the President asking him to free Jane Example at once.', '', 'President Salutation: Dear President Example Office of the President of Exampleland', '', '1 Example Avenue Exampleville'], 'President'],
    ['French, "Adresse :" after it', ['Écrivez au Président de la République pour demander la libération de Jean Exemple.', '', 'Président Adresse : Palais de la République, Exempleville'], 'Président de la République'],
  ])('still reads the office when a field label follows it under the instruction: %s', (_what, lines, office) => {
    expect(sentenceOfficials(doc(lines.join('\n'))).map((o) => o.title?.value)).toEqual([office]);
  });
});
