// "Sende eine Kopie an" / "Kronprinz von Beispielland" / "HH Sheikh Example …" / "Crown Prince
// Court": the office line above the person is his title, never his name, also when its office
// word is no word the lists know; and "Schicke eine Kopie an" opens the copies as "Sende" does.
import { describe, expect, it } from 'vitest';
import { isCopiesHeading } from '../../../src/import/furniture.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

/** A German page: the copies heading, then an official whose office line is `office`, one blank between every line. */
const page = (heading: string, office: string, person: string) =>
  [
    'Beispielland: Dichter in Haft',
    '',
    'Der Dichter Karim Beispiel wurde am 3. März 2031 festgenommen. Er sitzt seither ohne Anklage in Haft.',
    '',
    heading,
    '',
    office,
    '',
    person,
    '',
    'Crown Prince Court',
    '',
    'Example City',
    '',
    'BEISPIELLAND',
    '',
    'E-Mail: office@court.example.bl',
    '',
    'Bitte verschicken Sie nach dem 3. Juni 2031 keine Appelle mehr.',
  ].join('\n');

describe('an office of a country above the person is his title', () => {
  it.each([
    ['Kronprinz von Beispielland', 'HH Sheikh Example bin Sample Al Muster', 'Example bin Sample Al Muster'],
    ['Kronprinzessin von Beispielland', 'HH Sheikha Sample bint Example Al Muster', 'Sample bint Example Al Muster'],
    // Office words no list holds: the person under them says what they are.
    ['Großherzog von Beispielland', 'S.E. Herrn Max Muster', 'Max Muster'],
    ['Prinz von Beispielland', 'HH Sheikh Example bin Sample Al Muster', 'Example bin Sample Al Muster'],
    ['Crown Prince of Exampleland', 'HRH Prince Example bin Sample', 'Example bin Sample'],
  ])('%s / %s', (office, person, name) => {
    const [target] = draftTargets(importDocument(page('Sende eine Kopie an', office, person), { source: 'ua.txt' }).caseText);
    expect(target).toMatchObject({ name, title: office, copy: true });
  });

  it.each(['Schicke eine Kopie an', 'Schicken Sie eine Kopie an', 'Bitte schicke Kopien an'])('"%s" heads the copies', (heading) => {
    expect(isCopiesHeading(heading)).toBe(true);
  });
});
