// Scandinavian, Dutch and Finnish petitions and open letters whose addressees hold no block of
// contact details: a "Till:" / "Aan:" label naming a person and his office, a headline or sentence
// writing "to" an office and a name ("til justisminister …"), an open letter to a person its
// greeting calls by name, a Finnish "… saakka" (until) closing the signing, and a debate forum's
// byline and counters, which are the author's and never an official's.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { siteFurnitureKind } from '../../../src/import/site-furniture.js';
import { draftTargets } from './helpers.js';

const FIELDS = ['name', 'title', 'salutation'] as const;
const pick = (t: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(FIELDS.filter((f) => t[f] !== undefined).map((f) => [f, t[f]]));
const read = (lines: string[]) => importDocument(lines.join('\n'), { source: 'page.txt' });
const letterOf = (caseText: string): string => /^## Letter\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(caseText)?.[1] ?? '';

describe("a debate forum's counters and the byline above them", () => {
  it.each(['Innlegg: 36', 'Kommentarer: 61', 'Inlägg: 4', 'Indlæg: 12', 'Posts: 1 204', 'Beiträge: 7', '- 3617 visninger Innlegg', '523 Aufrufe'])('%s is the site’s', (line) => {
    expect(siteFurnitureKind(line)).toMatch(/no part of any official/);
  });
  it.each(['Postboks 36', 'Kommentarer til saken', 'Posts: the ministry replies', 'Innlegg 36, 0150 Oslo', 'Views of the committee: 3'])('%s is no counter', (line) => {
    expect(siteFurnitureKind(line)).toBeUndefined();
  });

  it('an English forum: the author over "Posts:" and "Comments:" is no official, and nothing else is read as one', () => {
    const result = read([
      'Advertisement',
      'Mary Jane Sample',
      'Posts: 12',
      'Comments: 40',
      '',
      'Why the shelter must stay open',
      '',
      'The shelter in Exampletown has helped hundreds of families since it opened, and the council now wants to close it.',
    ]);
    expect(draftTargets(result.caseText)).toEqual([]);
    expect(result.caseText).not.toContain('Mary Jane Sample');
  });

  it('a Danish forum spaced out line by line: the byline over "Indlæg:" is no official; the letter\'s addressees are', () => {
    const result = read([
      'Jens Peter Skribent', '', 'Indlæg: 5', '', 'Kommentarer: 9', '', 'Åbent brev om udsendelserne', '',
      'Vi sender dette åbne brev til udlændingeminister Hanne Prøvesen og statsminister Lars Eksempel, fordi familierne ikke kan sendes tilbage til krig.',
    ]);
    expect(draftTargets(result.caseText).map(pick)).toEqual([
      { name: 'Hanne Prøvesen', title: 'udlændingeminister' },
      { name: 'Lars Eksempel', title: 'statsminister' },
    ]);
  });
});

describe('a petition\'s "Till:" / "Til:" / "Aan:" label names a person and his office', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>>; letter?: string }> = [
    {
      what: 'Danish: the office before the name, the petition\'s text right under the label',
      lines: ['Til: Statsminister Mette Eksempelsen', '', 'Vi beder statsministeren om at give familien Prøve lov til at blive i landet, hvor børnene er født og går i skole.', '', 'Skriv under her'],
      expected: [{ name: 'Mette Eksempelsen', title: 'Statsminister' }],
      letter: 'Vi beder statsministeren om at give familien',
    },
    {
      what: 'Swedish: the name, a comma and the office, under a site\'s link',
      lines: ['Hoppa till innehållet', '', 'Till: Per Exempelsson, landshövding', '', 'Låt familjen stanna!', '', 'Denna namninsamling ber landshövdingen att stoppa utvisningen av familjen Prov, som har bott i länet i sex år.'],
      expected: [{ name: 'Per Exempelsson', title: 'landshövding' }],
      letter: 'Denna namninsamling ber landshövdingen',
    },
    {
      what: 'Dutch: the office, an initial and a surname, a remark in brackets; reasons for signing are no letter',
      lines: ['Aan: Wethouder M. Voorbeeld (jeugdzaken)', '', 'Jeugdhuis De Brug', '', 'Reden van ondertekenen', '', '• Ik kom hier al tien jaar en wil dat het jeugdhuis openblijft voor alle kinderen uit de buurt.'],
      expected: [{ name: 'M. Voorbeeld', title: 'Wethouder' }],
      letter: '',
    },
    {
      what: 'a label naming a person with no office (a mail\'s header) names no official',
      lines: ['Til: Jens Hansen', '', 'Hej Jens, her er listen over dem der har skrevet under på vores opfordring i denne uge.'],
      expected: [],
    },
  ];
  it.each(rows)('$what', ({ lines, expected, letter }) => {
    const result = read(lines);
    expect(draftTargets(result.caseText).map(pick)).toEqual(expected);
    if (letter === '') expect(letterOf(result.caseText)).toBe('');
    else if (letter !== undefined) expect(letterOf(result.caseText)).toContain(letter);
  });
});

describe('a headline or sentence writes "to" an office and a name', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'a Norwegian appeal\'s heading, two offices joined by "og"',
      lines: ['Opprop til justisminister Kari Eksempel og statsminister Ola Prøve', '', 'Vi ber om at barna som har bodd her i mange år, får opphold.'],
      expected: [{ name: 'Kari Eksempel', title: 'justisminister' }, { name: 'Ola Prøve', title: 'statsminister' }],
    },
    {
      what: 'a Dutch letter\'s sentence, "aan" then the office and name',
      lines: ['Gezinnen in nood', '', 'Wij sturen deze brief aan staatssecretaris Anna de Voorbeeld-Bakker en aan minister Piet Voorbeeld, die over het beleid gaan.'],
      expected: [{ name: 'Piet Voorbeeld', title: 'minister' }],
    },
    {
      what: 'a person named further on in the sentence, after "om" (about), is no addressee',
      lines: ['Vi har sendt et brev til statsministeren om justisminister Kari Eksempel sitt vedtak i saken.', '', 'Vi venter fortsatt på svar.'],
      expected: [],
    },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    expect(draftTargets(read(lines).caseText).map(pick)).toEqual(expected);
  });

  it('"Vi, undertegnede …," over the statement is its writers: no salutation of the official', () => {
    const result = read([
      'D. 1.04.2012',
      'Erklæring til borgmester Søren Prøvesen og byrådet:',
      '',
      'Vi, undertegnede forældre i Eksempelby,',
      'kræver at skolen i Eksempelby bliver ved med at have sin egen børnehaveklasse.',
      'Vi beder om svar inden sommerferien.',
    ]);
    expect(draftTargets(result.caseText).map(pick)).toEqual([{ name: 'Søren Prøvesen', title: 'borgmester' }]);
  });
});

describe('an open letter to a person its greeting calls by name', () => {
  it('a Swedish letter greets the member by her first name', () => {
    const result = read(['Öppet brev till Anna Provsson (V)', '', 'Hej Anna,', '', 'Jag skriver till dig eftersom du snart ska rösta om förslaget om fler utvisningar av barnfamiljer.']);
    expect(draftTargets(result.caseText).map(pick)).toEqual([{ name: 'Anna Provsson', salutation: 'Hej Anna' }]);
  });
  it('a greeting of someone else leaves the headline\'s person out', () => {
    const result = read(['Öppet brev till Anna Provsson (V)', '', 'Hej Maria,', '', 'Jag skriver till dig eftersom du snart ska rösta om förslaget om fler utvisningar av barnfamiljer.']);
    expect(draftTargets(result.caseText)).toEqual([]);
  });
});

describe('Finnish: the date before "saakka" / "mennessä" ends the signing', () => {
  it.each([
    { line: 'Vetoomukseen kerätään nimiä 15.3.2010 saakka', deadline: '2010-03-15' },
    { line: 'Allekirjoita vetoomus 30. huhtikuuta 2011 mennessä.', deadline: '2011-04-30' },
  ])('$line', ({ line, deadline }) => {
    const result = read(['Vapauttakaa Matti Esimerkki', '', 'Arvoisa oikeusministeri Maija Esimerkkinen,', '', 'Pyydän teitä vaikuttamaan siihen, että Matti Esimerkki vapautetaan vankilasta.', '', line]);
    expect(result.caseText).toContain(`deadline: ${deadline}`);
  });
});
