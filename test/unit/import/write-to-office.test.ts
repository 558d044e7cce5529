// An official named only inside the sentence that asks the reader to write to him or to call on
// him, in Dutch, German, French or a Nordic language, with no address (write-to-office.ts): the
// office with what it is of, an office and its holder, a name and his office after a comma, or a
// full name alone before a protest. A card to a person at risk, a bare office, an organisation:
// no one.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { toMailText } from '../../../src/import/mail-text.js';
import { writeToOfficeOfficials } from '../../../src/import/write-to-office.js';

const read = (line: string) => writeToOfficeOfficials(toMailText(line, 'page.txt')).map((o) => ({ name: o.name?.value, title: o.title?.value }));

describe('an official named in the sentence that asks to write', () => {
  it.each([
    ['Schrijf vóór 1 maart een brief aan de president van Kenia. Vraag hem om de studenten vrij te laten.', 'President van Kenia', undefined],
    ['In de brief roepen we de minister van Justitie in Peru op om de advocaat Jan Voorbeeld vrij te laten.', 'Minister van Justitie', undefined],
    ['Stuur een brief aan de minister van Buitenlandse Zaken van Chili en vraag om opheldering.', 'Minister van Buitenlandse Zaken van Chili', undefined],
    ['Schrijf een brief naar Anna Voorbeeld, de directeur van de gevangenis in Lima. Vraag haar om medische zorg.', 'Anna Voorbeeld', 'directeur van de gevangenis in Lima'],
    ['La lettre est adressée à : Ayatollah Jean Exemple, Responsable du pouvoir judiciaire', 'Jean Exemple', 'Responsable du pouvoir judiciaire'],
    ['Pétition à l’attention de Marie Exemple, ministre de l’Intérieur de la République du Bénin', 'Marie Exemple', 'ministre de l’Intérieur de la République du Bénin'],
    ['Doe mee en roep president Exempelov van Wit-Rusland op de gevangenen vrij te laten.', 'Exempelov', 'president'],
    ['Skriv till Lars Exempelsson och protestera mot dödsdomarna mot de tre studenterna.', 'Lars Exempelsson', undefined],
    ['Skriv til justisminister Kari Eksempel og krev at asylsøkerne får bli.', 'Kari Eksempel', 'justisminister'],
    ['Bitte schreiben Sie an Innenministerin Erika Beispiel und fordern Sie die Freilassung der Journalistin.', 'Erika Beispiel', 'Innenministerin'],
    ['Écrivez au ministre de la Justice de la République du Kenya pour demander sa libération.', 'Ministre de la Justice de la République du Kenya', undefined],
    ['I brevet uppmanar vi justitieminister Per Exempel att stoppa utvisningen.', 'Per Exempel', 'justitieminister'],
  ])('%s', (line, name, title) => {
    expect(read(line)).toEqual([{ name, title }]);
  });

  it.each([
    // A card or a greeting goes to the person at risk.
    'Stuur een kaart naar Jan Voorbeeld om hem steun te geven in de gevangenis.',
    'Skriv till Lars Exempelsson och visa att du inte har glömt honom.',
    // Someone's writing told, not asked of the reader.
    'De leraar schrijft elke week een brief aan de koning van Kenia over zijn zaak.',
    'Er schreibt seit Jahren an Minister Erika Beispiel, ohne Antwort zu bekommen.',
    'Han skriver till justitieminister Per Exempel varje vecka.',
    // An office with nothing it is of says too little.
    'Schrijf vóór 1 maart een brief aan de minister en vraag om zijn vrijlating.',
    // The group, its own people, an address, the authorities: no one to write to.
    'Pour toute question, écrivez à Marie Exemple, responsable de la section de Lyon.',
    'Stuur de ingevulde brieven naar het secretariaat van de werkgroep in Utrecht.',
    'In de brief roepen we de autoriteiten in Peru op om de advocaat vrij te laten.',
    'Schreiben Sie bitte an Amnesty International und bestellen Sie das Material.',
  ])('no one: %s', (line) => {
    expect(read(line)).toEqual([]);
  });

  it("gives a group's monthly page its two officials, each from its own sentence", () => {
    const page = [
      'Brieven van de maand',
      'Iedere maand schrijven we twee brieven voor mensen in nood.',
      'Schrijfactie Kenia:',
      'De leraar Omar Voorbeeld werd opgepakt na een bericht op internet over de regering. Hij zit al maanden vast zonder proces.',
      'Schrijf vóór 1 juli 2031 een brief aan de president van Kenia. Vraag hem om Omar Voorbeeld vrij te laten.',
      'Schrijfactie Peru:',
      'Boeren die hun land verdedigen worden bedreigd door gewapende groepen. De politie doet te weinig om hen te beschermen.',
      'Schrijf vóór 1 juli 2031 een brief aan de minister van Binnenlandse Zaken van Peru. Roep hem op de boeren te beschermen.',
    ].join('\n');
    const { caseText } = importDocument(page, { source: 'maand.txt' });
    expect(caseText).toMatch(/name: President van Kenia/);
    expect(caseText).toMatch(/name: Minister van Binnenlandse Zaken van Peru/);
    // The case's heading is no greeting of the letter.
    expect(caseText).not.toMatch(/salutation: Schrijfactie/);
  });

  it('takes no letter-action heading ("Schrijfactie …:", "Briefaktion …:") for a greeting', () => {
    for (const heading of ['Schrijfactie Kenia:', 'Briefaktion Kenia:', 'Brevaksjon Kenya:']) {
      const page = [
        'Brieven van de maand',
        'Werkgroep Voorbeeldstad, Postbus 12, 1234 AB Voorbeeldstad',
        heading,
        'De leraar Omar Voorbeeld werd opgepakt na een bericht op internet over de regering. Hij zit al maanden vast zonder proces.',
        'Schrijf vóór 1 juli 2031 een brief aan de president van Kenia. Vraag hem om Omar Voorbeeld vrij te laten.',
      ].join('\n');
      expect(importDocument(page, { source: 'maand.txt' }).caseText).not.toMatch(/salutation:/);
    }
  });
});
