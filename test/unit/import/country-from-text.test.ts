import { describe, expect, it } from 'vitest';
import { countryFromText } from '../../../src/import/country-from-text.js';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc, valueOf } from './helpers.js';

// Pages that give the case's country in no headline, label or address: the prose still does.
describe('countryFromText', () => {
  const rows: Array<{ what: string; text: string; expected: string | undefined }> = [
    {
      what: 'the country after an AI index number',
      text: 'Urgent Action\n\nFirst UA: 12/34 Index: EUR 00/1234/2030 Moldova Date: May 2, 2030 URGENT ACTION WRITER HELD',
      expected: 'Moldova',
    },
    {
      what: 'a heading naming one country the text names most',
      text: `
        Saturday, 3 May 2031

        Group letter of the month - Kazakhstan

        A poet was jailed in Kazakhstan for a song. The courts of Kazakhstan refused his appeal.

        Please send one letter from the UK to the President.`,
      expected: 'Kazakhstan',
    },
    {
      what: 'a French heading, the name with an elided article in the prose',
      text: `
        Écrire Libérez le blogueur condamné pour un poème

        Jean Exemple Tunisie blogueur

        Le tribunal de Tunis a condamné le blogueur. Les autorités de la Tunisie doivent le libérer, comme l'ont demandé des groupes de Belgique.

        Envoyez une copie à l'ambassade de Tunisie.`,
      expected: 'Tunisie',
    },
    {
      what: "the embassy the reader is asked to copy, written after an elided article",
      text: `
        Écrire Le militant risque une détention sans fin

        Envoyez votre message en copie à l'ambassade de la République arabe d'Égypte à Bruxelles : copie@example.org`,
      expected: 'Égypte',
    },
    {
      what: 'the embassy an instruction asks the reader to contact, though the story names a neighbour more',
      text: `
        Pastor Expelled and Church Closed

        A visitor from Mongolia was held by police and expelled from China. Groups in Mongolia protested; churches in Mongolia prayed for him.

        Contact the Chinese Embassy in Washington D.C. on behalf of the pastor and his church:
        Ambassador Jan Example`,
      expected: 'China',
    },
    {
      what: 'the one country named, twice',
      text: `
        Please see below for our letters this month.

        A journalist was detained for her reporting on Peru's mines. The courts of Peru refused bail.`,
      expected: 'Peru',
    },
    {
      what: "German inflection ('Ägyptens') counts with the name",
      text: `
        Briefaktion des Monats

        Die Behörden Ägyptens halten den Studenten fest. In Ägypten drohen ihm Jahre in Haft, sagen Anwälte aus Ägypten.`,
      expected: 'Ägypten',
    },
    // A country named by its adjective: no demonym list, ICU's names cut after their last consonant.
    {
      what: 'a French page that names the country only by its adjective, written with its French name',
      text: `
        Écrire Libérez la journaliste marocaine

        Les autorités marocaines l'ont arrêtée après un article. Envoyez une copie à l'ambassade du Royaume à Bruxelles.

        Les juges marocains ont refusé sa libération.`,
      expected: 'Maroc',
    },
    {
      what: 'an English page with the name once and its adjective twice, the name as printed',
      text: `
        Write for the student this month

        The Egyptian authorities hold a student in Egypt for a post. An Egyptian court refused his release.`,
      expected: 'Egypt',
    },
    {
      what: 'German adjectives with their endings ("tschadische", "tschadischen") beside the name once',
      text: `
        Briefaktion des Monats

        Die tschadische Regierung hält den Journalisten fest. Die tschadischen Behörden sagen, der Tschad sei sicher.`,
      expected: 'Tschad',
    },
    {
      what: 'nothing from a first name that begins as a country does ("George", "Georges")',
      text: `
        Write a letter this week

        George wrote to Georges, and George's friends wrote to George again.`,
      expected: undefined,
    },
    {
      what: 'nothing when the adjectives of two countries come as often',
      text: `
        Write a letter this week

        A Chilean student was held by Argentine police. Chilean and Argentinian friends wrote to Chilean and Argentinian papers.`,
      expected: undefined,
    },
    // Conservative: a close second, a tie or the section's own country leaves the field TODO.
    {
      what: 'nothing when two countries are named as often',
      text: `
        Write a letter this week

        A student of Chile was arrested in Argentina. Friends in Chile and in Argentina fear for him.`,
      expected: undefined,
    },
    {
      what: 'nothing when the heading names the section, not the case, and the text is torn between two',
      text: `
        Amnesty International Belgique

        Le militant a été condamné en Ouzbékistan ; des groupes de Belgique ont écrit aux juges de l'Ouzbékistan depuis la Belgique.`,
      expected: undefined,
    },
    {
      what: "the case's country, not the section's, when the section's name is the heading",
      text: `
        Amnesty International Belgique

        Le militant a été condamné en Ouzbékistan ; les juges de l'Ouzbékistan ont refusé son appel.`,
      expected: 'Ouzbékistan',
    },
    {
      what: 'nothing when the only country is named once, outside any heading or embassy',
      text: `
        Write a letter this week

        She was arrested at the airport on her way back from Senegal and is held without charge.`,
      expected: undefined,
    },
    {
      what: 'nothing from lower-case words that happen to spell a country ("chile", "turkey")',
      text: `
        Recipes for the group dinner

        Bring chile for the soup, and turkey, and more chile and turkey.`,
      expected: undefined,
    },
    {
      what: 'the State a French letter names by its adjective, the country\'s name printed nowhere',
      text: `
        Monsieur le Procureur,
        Je vous écris au sujet de l'enseignante Inès Exemple, poursuivie pour avoir manifesté dans la ville de Cali.
        Au vu des engagements internationaux de l'État colombien, je vous prie d'abandonner les charges retenues contre elle.
        Veuillez agréer mes salutations.`,
      expected: 'Colombie',
    },
    {
      what: 'the State a Spanish letter names by its adjective',
      text: `
        Señor Fiscal:
        Le escribo por el periodista Tomás Ejemplo, detenido en Oaxaca tras publicar una nota sobre la policía.
        El Estado mexicano debe proteger a quienes informan, y le pido que lo libere.
        Atentamente,`,
      expected: 'México',
    },
    {
      what: 'the State an English letter names with the adjective first',
      text: `
        Dear Attorney General,
        I write about the farmer Ada Example, charged after a peaceful march in Sampletown.
        The Nigerian State has promised to protect the right to protest: please drop the charges.
        Yours sincerely,`,
      expected: 'Nigeria',
    },
    {
      what: 'a Danish page naming its own country in Danish most, the family\'s country once',
      text: `
        Kære minister, du kender næppe navnene på de fire børn, men du vil ikke glemme dem.
        Familien kom til Danmark for seks år siden på flugt fra Eritrea, og børnene er vokset op her.
        Styrelsen har nu besluttet, at familien skal udvises af Danmark, selvom børnene taler dansk og går i skole her.
        Du kan give dem lov til at blive i Danmark, hvis du vil, og vi beder dig om at gøre det nu.`,
      expected: 'Danmark',
    },
    {
      what: 'a Norwegian page naming its own country in Norwegian most, inflected once',
      text: `
        Mange av Norges fremste jurister har skrevet under på dette brevet om asylpolitikken.
        Flyktninger som kommer til Norge fra Somalia blir ofte avvist uten at historiene deres blir prøvd ordentlig.
        Vi ber om at Norge følger sine egne lover og de avtalene landet har skrevet under på.`,
      expected: 'Norge',
    },
    {
      // "Wit-Rusland" (White Russia) read as two words would be Russia ("Rusland"), named most.
      what: "a Dutch page naming Belarus by its older hyphenated name, never Russia",
      text: `
        Wit-Rusland: studenten vastgezet
        Na de verkiezingen werden in de Wit-Russische hoofdstad Minsk tientallen studenten opgepakt.
        Roep president Voorbeeldenko van Wit-Rusland op de studenten onmiddellijk vrij te laten.`,
      // Printed with the page's own hyphen (case-country.ts), not the name table's space.
      expected: 'Wit-Rusland',
    },
    {
      what: 'a Dutch newsletter naming Belarus in one word, and Russia once',
      text: `
        Nieuwsbrief maart
        Witrusland: journaliste vastgezet
        In Witrusland zijn opnieuw journalisten opgepakt, onder wie Olga Voorbeeld, die voor een krant uit Rusland schreef.
        Zij zit sinds februari vast in Witrusland en haar advocaat mag haar niet bezoeken.`,
      expected: 'Witrusland',
    },
  ];
  it.each(rows)('reads $what', ({ text, expected }) => {
    const found = countryFromText(doc(text));
    expect(found?.found ? found.value : undefined).toBe(expected);
  });

  it('is the last resort: a headline prefix wins over the prose', () => {
    const d = doc(`
      URGENT ACTION

      PERU: JOURNALIST DETAINED

      A journalist from Ecuador was held in Peru after writing about Ecuador, Ecuador and Ecuador.`);
    expect(valueOf(recogniseAll(d).country)).toBe('Peru');
  });

  it('counts names only in the first thousand lines: a long paste past them is not the page', () => {
    const early = 'The courts of Kazakhstan jailed a poet. Kazakhstan refused his appeal.\n';
    const late = 'Mongolia, Mongolia and Mongolia.\n';
    expect(countryFromText(doc(early + 'filler line\n'.repeat(2000) + late.repeat(5)))).toMatchObject({ found: true, value: 'Kazakhstan' });
    expect(countryFromText(doc(late.repeat(5)))).toMatchObject({ found: true, value: 'Mongolia' });
  });
});

describe('the country at the end of an official address', () => {
  it('is read without the full stop that ends the line', () => {
    const d = doc(`
      Please write immediately to the authorities:

      Minister of the Interior
      Jane Example Doe
      Ministerio del Interior
      Avenida Central N4-24 y Espejo,
      170401, Quito, Ecuador.
      Twitter: @ExampleMinistry
      Salutation: Dear Minister`);
    expect(valueOf(recogniseAll(d).country)).toBe('Ecuador');
  });

  it.each([
    { what: 'an English page, the address in French', last: 'Alger 16000 Algérie', write: 'Please write immediately to the authorities:', greeting: 'Dear President,', body: 'I am writing to express my concern about the journalist held since October without trial.', expected: 'Algeria' },
    { what: 'a German page, the address in English', last: 'Cairo, Egypt', write: 'Schreiben Sie bitte an:', greeting: 'Sehr geehrter Herr Präsident,', body: 'ich bin sehr besorgt über den Journalisten, der seit Oktober ohne Verfahren in Haft ist.', expected: 'Ägypten' },
    { what: 'a Spanish page, the address in English', last: 'Cairo, Egypt', write: 'Escriban a:', greeting: 'Señor Presidente:', body: 'me dirijo a usted para expresar mi preocupación por el periodista detenido desde octubre sin juicio.', expected: 'Egipto' },
    // Initials name the country on the envelope; the draft names it in full.
    { what: 'a Spanish page, the country by its initials', last: 'Washington, DC 20001, EE.UU.', write: 'Escriban a:', greeting: 'Señor Presidente:', body: 'me dirijo a usted para expresar mi preocupación por el periodista detenido desde octubre sin juicio.', expected: 'Estados Unidos' },
    // A US state before its ZIP code is the United States, never the country Georgia.
    { what: 'a German page, the address in a US state', last: 'Savannah, Georgia 31401', write: 'Schreiben Sie bitte an:', greeting: 'Sehr geehrter Herr Präsident,', body: 'ich bin sehr besorgt über den Journalisten, der seit Oktober ohne Verfahren in Haft ist.', expected: 'Vereinigte Staaten' },
    { what: 'an English page, the state by its code', last: 'Atlanta, GA 30334-0001', write: 'Please write immediately to the authorities:', greeting: 'Dear President,', body: 'I am writing to express my concern about the journalist held since October without trial.', expected: 'United States' },
    { what: 'an English page, the country Georgia', last: 'Tbilisi 0105, Georgia', write: 'Please write immediately to the authorities:', greeting: 'Dear President,', body: 'I am writing to express my concern about the journalist held since October without trial.', expected: 'Georgia' },
    // Dashes set between the pieces and one left at the end ("… 30334  - USA  -").
    { what: 'an English page, the country between dashes', last: 'Example Town  - Honduras  -', write: 'Please write immediately to the authorities:', greeting: 'Dear President,', body: 'I am writing to express my concern about the journalist held since October without trial.', expected: 'Honduras' },
    { what: 'an English page, the country by its initials', last: 'Washington, DC 20001, USA', write: 'Please write immediately to the authorities:', greeting: 'Dear President,', body: 'I am writing to express my concern about the journalist held since October without trial.', expected: 'United States' },
  ])("is written in the page's language: $what", ({ last, write, greeting, body, expected }) => {
    const d = doc(`
      ${write}

      President of the Republic
      Jane Example Doe
      Example Palace
      ${last}

      ${greeting}
      ${body}`);
    expect(valueOf(recogniseAll(d).country)).toBe(expected);
  });
});

describe('a headline prefix no name table knows', () => {
  const page = (prefix: string, lastLine: string) =>
    doc(`
      Eilaktion

      ${prefix}: Journalist seit Monaten in Haft

      Der Journalist Jan Muster sitzt seit März in Haft, ohne Anklage und ohne Zugang zu einem Anwalt.

      Schreiben Sie an:
      Generalstaatsanwalt
      Anton Beispiel
      Exempelstraße 22
      220050 Minsk,
      ${lastLine}

      Fax: +375 17 000 00 00

      Sehr geehrter Herr Generalstaatsanwalt,
      ich bin sehr besorgt über die Haft des Journalisten Jan Muster, der seit März ohne Anklage festgehalten wird.
      Hochachtungsvoll`);

  it('is the country when the first official’s address ends with the same name (an older name: "Weißrussland")', () => {
    expect(valueOf(recogniseAll(page('Weißrussland', 'Weißrussland')).country)).toBe('Weißrussland');
  });

  it('is not taken when the address ends otherwise (the capital in the address gives the country instead)', () => {
    expect(valueOf(recogniseAll(page('Weißrussland', 'Minskaja Oblast')).country)).toBe('Belarus');
  });
});
