// Petitions and letters of Central and Eastern Europe: a Polish petition's "Do:" over the office in
// the genitive and "Pana …", a Hungarian "Címzett:" on the name's line or over the block, a
// Bulgarian "До" / "Негово Превъзходителство" / "г-н …", a Lithuanian stack in the dative, an
// Estonian office over "hr …"; a petition whose own words, under the addressee, are its letter.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitHonorific } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

const FIELDS = ['name', 'honorific', 'title', 'organisation', 'salutation', 'address', 'email'] as const;
const pick = (t: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(FIELDS.filter((f) => t[f] !== undefined).map((f) => [f, t[f]]));
const draft = (lines: readonly string[]): string => importDocument(lines.join('\n'), { source: 'test.txt' }).caseText;
const letterOf = (caseText: string): string | undefined => /^## Letter[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(caseText)?.[1]?.trim();

describe('addressee blocks of Central and Eastern European letters and petitions', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'Polish "Do:" over the office in the genitive and "Pana" with the name: the name as printed, the office its title',
      lines: [
        'Petycja: uwolnijcie dziennikarkę',
        '',
        'Dziennikarka Ewa Próbna od miesiąca przebywa w areszcie za artykuł o nadużyciach policji.',
        '',
        'Do:',
        'Prezesa Rady Ministrów',
        'Pana Tomasza Przykładnego',
        'Al. Ujazdowskie 99',
        '00-583 Warszawa',
        '',
        'Wzywamy Pana do podjęcia działań, aby dziennikarka Ewa Próbna została natychmiast zwolniona.',
        '',
        'Podpisz',
      ],
      expected: [{ name: 'Tomasza Przykładnego', honorific: 'Pana', title: 'Prezesa Rady Ministrów', address: ['Al. Ujazdowskie 99', '00-583 Warszawa'] }],
    },
    {
      what: 'a state named in the genitive after the office ("Premiera Republiki Bułgarii") is the office\'s, never a name; "Republika Bułgaria" ends the address',
      lines: [
        'Petycja: wolność dla dziennikarza',
        '',
        'Dziennikarz Piotr Wzorowy został zatrzymany w Sofii po publikacji reportażu.',
        '',
        'Do:',
        'Premiera Republiki Bułgarii',
        'Pana Iwana Przykładowa',
        'bul. Dondukow 1',
        '1194 Sofia',
        'Republika Bułgaria',
        '',
        'Wzywamy Pana do natychmiastowego uwolnienia dziennikarza i zapewnienia mu ochrony.',
      ],
      expected: [{ name: 'Iwana Przykładowa', honorific: 'Pana', title: 'Premiera Republiki Bułgarii', address: ['bul. Dondukow 1', '1194 Sofia', 'Republika Bułgaria'] }],
    },
    {
      what: 'Hungarian "Címzett:" before the name and the office in lower case after it; "Cím:" labels the address',
      lines: [
        'MAGYARORSZÁG: Újságírót hallgattak ki',
        '',
        'Minta Anna újságírót többször kihallgatták egy cikke miatt.',
        '',
        'Címzett: Dr. Minta Péter igazságügyi miniszter',
        'Cím: 1055 Budapest, Példa utca 2.',
        'E-mail: miniszter@example.hu',
        '',
        'Tisztelt Miniszter Úr!',
        '',
        'Arra kérem, hogy biztosítsa, hogy Minta Anna újságíró szabadon végezhesse munkáját.',
        '',
        'Tisztelettel:',
      ],
      expected: [{ name: 'Minta Péter', honorific: 'Dr.', title: 'igazságügyi miniszter', salutation: 'Tisztelt Miniszter Úr', address: ['1055 Budapest, Példa utca 2.'], email: 'miniszter@example.hu' }],
    },
    {
      what: 'Hungarian stack under "Címzett:": the office written as one word ("belügyminiszter") is the title',
      lines: [
        'MAGYARORSZÁG: Civil szervezetet büntettek meg',
        '',
        'Egy budapesti civil szervezetet bírsággal sújtottak egy jelentés miatt.',
        '',
        'Címzett:',
        'Dr. Próba Gábor',
        'belügyminiszter',
        'Belügyminisztérium',
        '1051 Budapest, Minta tér 5.',
        '',
        'Tisztelt Miniszter Úr!',
        '',
        'Kérem, vonják vissza a civil szervezetre kirótt bírságot, amely a szervezet jogszerű munkáját bünteti.',
        '',
        'Tisztelettel:',
      ],
      expected: [{ name: 'Próba Gábor', honorific: 'Dr.', title: 'belügyminiszter', salutation: 'Tisztelt Miniszter Úr', address: ['Belügyminisztérium', '1051 Budapest, Minta tér 5.'] }],
    },
    {
      what: 'Bulgarian "До" alone, "Негово Превъзходителство" and "г-н" before the name, the office under it; "Имейл:" labels the email',
      lines: [
        'БЪЛГАРИЯ: Журналист е бит от полицията',
        '',
        'Журналистът Петър Образцов е бил бит от полицаи по време на протест.',
        '',
        'До',
        'Негово Превъзходителство',
        'г-н Иван Примеров',
        'Министър-председател на Република България',
        'бул. „Примерна“ 1',
        '1194 София',
        'Имейл: kabinet@example.bg',
        '',
        'Уважаеми господин Министър-председател,',
        '',
        'Призовавам Ви да осигурите бързо и безпристрастно разследване на побоя над журналиста.',
        '',
        'С уважение,',
      ],
      expected: [{ name: 'Иван Примеров', honorific: 'Негово Превъзходителство г-н', title: 'Министър-председател на Република България', salutation: 'Уважаеми господин Министър-председател', address: ['бул. „Примерна“ 1', '1194 София'], email: 'kabinet@example.bg' }],
    },
    {
      what: 'Lithuanian office and name in the dative, taken as printed; "El. paštas:" labels the email',
      lines: [
        'LIETUVA: Aktyvistė persekiojama už protestą',
        '',
        'Aktyvistė Ona Pavyzdytė buvo nubausta už taikų protestą.',
        '',
        'Lietuvos Respublikos Prezidentui',
        'Jonui Pavyzdžiui',
        'S. Daukanto a. 3,',
        'LT-01122 Vilnius',
        'El. paštas: kanceliarija@example.lt',
        '',
        'Gerbiamasis Prezidente,',
        '',
        'Raginu Jus užtikrinti, kad Ona Pavyzdytė nebūtų baudžiama už taikų savo nuomonės reiškimą.',
        '',
        'Pagarbiai,',
      ],
      expected: [{ name: 'Jonui Pavyzdžiui', title: 'Lietuvos Respublikos Prezidentui', salutation: 'Gerbiamasis Prezidente', address: ['S. Daukanto a. 3', 'LT-01122 Vilnius'], email: 'kanceliarija@example.lt' }],
    },
    {
      what: 'Estonian office over "hr" and the name; the petition\'s headline is no official',
      lines: [
        'Petitsioon: vabastage ajakirjanik Kati Näidis',
        '',
        'Ajakirjanik Kati Näidis peeti kinni pärast artiklit korruptsioonist.',
        '',
        'Eesti Vabariigi õiguskantsler',
        'hr Mart Näidis',
        'Kohtu 8',
        '15193 Tallinn',
        '',
        'Me, allakirjutanud, palume Teil kontrollida, kas ajakirjaniku kinnipidamine oli seaduslik.',
        '',
        'Eesnimi',
        'Allkirjasta',
      ],
      expected: [{ name: 'Mart Näidis', honorific: 'hr', title: 'Eesti Vabariigi õiguskantsler', address: ['Kohtu 8', '15193 Tallinn'] }],
    },
  ];

  it.each(rows)('$what', ({ lines, expected }) => {
    expect(draftTargets(draft(lines)).map(pick)).toEqual(expected);
  });

  it('reads the Hungarian closing with its colon as the letter\'s end', () => {
    const letter = letterOf(draft(rows[3]?.lines ?? []));
    expect(letter).toContain('vonják vissza');
    expect(letter).not.toContain('Tisztelettel');
  });

  it('reads the Estonian "hr", "pr" only in lower case before a name: "PR China" is no courtesy title', () => {
    expect(splitHonorific('pr Kati Näidis')).toEqual({ honorific: 'pr', rest: 'Kati Näidis' });
    expect(splitHonorific('PR China').honorific).toBeUndefined();
  });
});

describe('a petition\'s own words under its addressee are its letter', () => {
  it('takes the Polish petition\'s paragraphs, to the signature form, and their language', () => {
    const caseText = draft(polishPetition());
    expect(letterOf(caseText)).toBe('Wzywamy Pana do podjęcia działań, aby dziennikarka Ewa Próbna została natychmiast zwolniona.\n\nApelujemy również o zapewnienie jej dostępu do adwokata.');
    expect(/^languages: (.*)$/m.exec(caseText)?.[1]).toBe('[pl]');
  });

  it('tells an Estonian petition\'s language by its opening words, which the detector does not know', () => {
    const caseText = draft(['Petitsioon: vabastage ajakirjanik', '', 'Ajakirjanik peeti kinni pärast artiklit.', '', 'Eesti Vabariigi õiguskantsler', 'hr Mart Näidis', 'Kohtu 8', '15193 Tallinn', '', 'Me, allakirjutanud, palume Teil kontrollida, kas ajakirjaniku kinnipidamine oli seaduslik.', '', 'Eesnimi']);
    expect(letterOf(caseText)).toContain('Me, allakirjutanud, palume');
    expect(/^languages: (.*)$/m.exec(caseText)?.[1]).toBe('[et]');
  });

  it('never takes the page\'s news text for the letter, though it opens as a petition does', () => {
    const caseText = draft([
      'Aktualności',
      '',
      'Apelujemy do władz o uwolnienie dziennikarki, która od miesiąca przebywa w areszcie bez wyroku.',
      '',
      'Wzywamy wszystkich do udziału w pokojowej demonstracji przed budynkiem sądu w przyszły piątek.',
    ]);
    expect(letterOf(caseText)).toBeUndefined();
  });
});

/** A Polish petition with two paragraphs under the addressee and its form under them. */
function polishPetition(): string[] {
  return [
    'Petycja: uwolnijcie dziennikarkę',
    '',
    'Dziennikarka Ewa Próbna od miesiąca przebywa w areszcie za artykuł o nadużyciach policji.',
    '',
    'Do:',
    'Prezesa Rady Ministrów',
    'Pana Tomasza Przykładnego',
    'Al. Ujazdowskie 99',
    '00-583 Warszawa',
    '',
    'Wzywamy Pana do podjęcia działań, aby dziennikarka Ewa Próbna została natychmiast zwolniona.',
    '',
    'Apelujemy również o zapewnienie jej dostępu do adwokata.',
    '',
    'Imię',
    'Nazwisko',
    'Podpisz',
  ];
}
