// The case's country where the page's own words decide it against a place name: a US state the
// page itself calls one ("im US-Bundesstaat Georgia") is the United States, in the page's
// language; the country of those who write for
// the case ("a member in Sweden") or a language the letter may be written in ("in gutem Spanisch,
// Englisch oder auf Deutsch") is no mention of the case's; an official's title that names his
// country by its adjective ("Presidente mexicano") names it.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

const country = (text: string): string | undefined => /^country: (.*)$/m.exec(importDocument(text, { source: 'page.txt' }).caseText)?.[1];

describe("the case's country against a place name", () => {
  it('a state the page calls a US state, on a German page: the United States, in the page\'s language', () => {
    const text = [
      'Eilaktion: Hinrichtung droht',
      '',
      'Jan Beispiel soll am 21. Mai im US-Bundesstaat Georgia hingerichtet werden. Amnesty International USA ruft zu Appellen auf.',
      'Seit 15 Jahren sitzt er im Bundesstaat Georgia in der Todeszelle.',
    ].join('\n');
    expect(country(text)).toBe('Vereinigte Staaten');
  });

  it('a state the page calls a US state, in the English words, and no other country: the United States', () => {
    const text = [
      'Execution set for next week',
      '',
      'Jan Example is due to be executed on 21 May in the US state of Georgia, although doubts remain about his guilt.',
      'He has spent 15 years on death row in Georgia awaiting his sentence.',
    ].join('\n');
    expect(country(text)).toBe('United States');
  });

  it('a Georgia the page does not call a US state, named alone, stays the country Georgia', () => {
    const text = ['Activist held', '', 'Jan Example was arrested in Georgia on 3 May after a protest in the capital.', 'Police in Georgia have refused to say where he is held.'].join('\n');
    expect(country(text)).toBe('Georgia');
  });

  it("the country of the members who write for the case is not counted: an old newsletter's Sweden is no case's country", () => {
    const text = [
      'POSTCARDS FOR PRISONERS - NEWSLETTER',
      '',
      'Anna Example, Greece. A member in Sweden received a letter from her: "Thank you for the card you sent me from Sweden." Jan Example, Turkey. Appeals to the Minister of Justice in Ankara may still help. Members in Sweden have written to him.',
    ].join('\n');
    // No country at all (the draft's TODO) rather than the writers' Sweden.
    expect(country(text)).toMatch(/^null\b/);
  });

  it('the languages a German page asks letters in are not countries: the one country it names leads', () => {
    const text = [
      'Briefaktion',
      '',
      'Die Juristin Ana Beispiel wurde in Guatemala zu vier Jahren Haft verurteilt.',
      'Bitte schreiben Sie einen Brief in gutem Spanisch, Englisch oder auf Deutsch an den Präsidenten.',
      'Eine Kopie können Sie auf Deutsch oder Spanisch an die Botschaft schicken.',
      'In Guatemala werden Juristinnen verfolgt, die Korruption bekämpfen; die Behörden in Guatemala schweigen.',
    ].join('\n');
    expect(country(text)).toBe('Guatemala');
  });

  it('a French page asking for letters "en espagnol, anglais ou français": the languages are not countries', () => {
    const text = [
      'Écrivez pour l\'avocate',
      '',
      "L'avocate Ana Exemple a été condamnée au Guatemala à quatre ans de prison.",
      'Écrivez en espagnol, anglais ou français aux autorités.',
      'Une copie peut partir en français ou espagnol.',
      'Au Guatemala, les juristes qui luttent contre la corruption sont poursuivis ; les autorités du Guatemala se taisent.',
    ].join('\n');
    expect(country(text)).toBe('Guatemala');
  });
});

describe("the country an official's title names by its adjective", () => {
  it('a German page whose groups write from Austria: the case country it names twice leads', () => {
    const text = [
      'Briefaktion',
      '',
      'Der Student Reza Beispiel ist in Iran seit März in Haft. Unsere Gruppen in Österreich haben ihm geschrieben.',
      'Die Behörden in Iran verweigern ihm einen Anwalt. Mitglieder in Österreich sammeln Unterschriften, und Gruppen in Österreich schreiben weiter.',
    ].join('\n');
    expect(country(text)).toBe('Iran');
  });
});

describe("the country a first official's title names by its adjective", () => {
  it('a Portuguese page of several cases: "Presidente mexicano" over a later "Presidente da Nigéria" is Mexico', () => {
    const text = [
      'Maratona de cartas', '',
      'Presidente mexicano', 'Felipe Exemplo', 'Palácio Nacional', 'Email: presidente@example.org', '',
      'Presidente da Nigéria', 'João Modelo', 'Palácio Presidencial', 'Email: joao@example.org',
    ].join('\n');
    expect(country(text)).toBe('México');
  });

  it('a French page: "Président tunisien" over a later "Ministre de la Justice du Maroc" is Tunisia', () => {
    const text = [
      'Marathon des lettres', '',
      'Président tunisien', 'Jean Exemple', 'Palais présidentiel', 'Courriel : president@example.org', '',
      'Ministre de la Justice du Maroc', 'Paul Modèle', 'Ministère de la Justice', 'Courriel : ministre@example.org',
    ].join('\n');
    expect(country(text)).toBe('Tunisie');
  });
});
