// The lines under an official's street are his address until the block ends, even when a place's
// name holds a word that elsewhere names an institution ("Centro …") or has a person's name's shape
// (two capitalised words): "Centro Ejemplo", "Distrito Capital", "La Ciudad,", then the country. A
// new official starts only with person or office evidence, on a plain page, on one with a blank
// line after every line, and on a web page alike.
import { describe, expect, it } from 'vitest';
import { asHtml, asSpaced } from '../../../bench/lib/page-variants.mjs';
import { endsWithCountry, opensOfficial, runsOnAddress } from '../../../src/import/address-run.js';
import { htmlToText } from '../../../src/import/html-text.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (address: readonly string[]) =>
  [
    'ACCIÓN URGENTE', 'EJEMPLANDIA: DEFENSORA DETENIDA', 'La defensora Juana Ejemplo fue detenida el 3 de marzo por una protesta pacífica.', '',
    'Escribe a:', 'Ministro del Interior', 'Pedro Muestra Ejemplo', 'Avenida Central 123', ...address, 'EJEMPLANDIA', 'Correo-e: ministro@interior.example', '',
    'Señor Ministro:', 'Le escribo para pedirle que libere de inmediato a Juana Ejemplo, detenida solo por defender los derechos de su comunidad.', 'Atentamente,',
  ].join('\n');

const FORMS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['text', (t) => t],
  ['spaced', asSpaced],
  ['html', (t) => htmlToText(asHtml(t))],
];

describe('a place in an address run', () => {
  const rows: Array<{ place: string[] }> = [
    { place: ['Centro Ejemplo', 'La Ciudad,'] },
    { place: ['Colonia Centro', 'La Ciudad,'] },
    { place: ['Col. Juárez', 'La Ciudad,'] },
    { place: ['Zona 1', 'La Ciudad,'] },
    { place: ['Barrio Modelo', 'La Ciudad,'] },
    { place: ['Plaza de la Muestra 3', 'La Ciudad,'] },
    { place: ['Distrito Capital', 'La Ciudad,'] },
    { place: ['Casco Antiguo', 'La Ciudad,'] },
    { place: ['Quartier Exemple', 'La Ciudad,'] },
    { place: ['Bezirk Mitte', 'La Ciudad,'] },
  ];
  it.each(rows.flatMap(({ place }) => FORMS.map(([form, as]) => ({ place, form, as }))))('$place.0 ($form): one official, every line his address', ({ place, as }) => {
    const targets = draftTargets(importDocument(as(page(place)), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, salutation: t.salutation, address: t.address }))).toEqual([
      { name: 'Pedro Muestra Ejemplo', salutation: 'Señor Ministro', address: ['Avenida Central 123', ...place.map((p) => p.replace(/,$/, '')), 'EJEMPLANDIA'] },
    ]);
  });
});

describe('what opens the next official inside an address run', () => {
  const rows: Array<{ line: string; under?: string; runsOn: boolean }> = [
    { line: 'Centro Ejemplo', under: 'La Ciudad,', runsOn: true },
    { line: 'Casco Antiguo', under: 'La Ciudad,', runsOn: true },
    { line: 'La Ciudad,', under: 'EJEMPLANDIA', runsOn: true },
    // Person or office evidence: a courtesy title, an office, an institution, a name with an office under it.
    { line: 'Su Excelencia', under: 'Juana Muestra', runsOn: false },
    { line: 'Fiscal General Juana Muestra', under: 'Calle 5', runsOn: false },
    { line: 'Embajada de Ejemplandia', under: 'Calle 5', runsOn: false },
    { line: 'Juana Muestra', under: 'Fiscal General de la República', runsOn: false },
    // A name with nothing under it, the letter next: the subject's name above the letter, no town.
    { line: 'Nadia Musterfrau', runsOn: false },
    // A country's name in two capitalised words ends the address, even with the next official under it.
    { line: 'Viet Nam', under: 'Mr Tran Van Muster', runsOn: true },
    { line: 'Sri Lanka', under: 'Sra. Juana Muestra', runsOn: true },
    { line: 'Costa Rica', runsOn: true },
  ];
  it.each(rows)('$line / $under → runs on: $runsOn', ({ line, under, runsOn }) => {
    expect(runsOnAddress(line, under)).toBe(runsOn);
  });

  it('reads a courtesy title, an office and an institution as opening an official, a district not', () => {
    expect([opensOfficial('Excma. Sra. Juana Muestra'), opensOfficial('Innenminister Karl Muster'), opensOfficial('Ministerio del Interior'), opensOfficial('Centro Histórico')]).toEqual([true, true, true, false]);
  });

  it('ends the run at the country', () => {
    expect([endsWithCountry('GUATEMALA', []), endsWithCountry('Ciudad de Guatemala, GUATEMALA', []), endsWithCountry('Lima, Perú', ['Perú']), endsWithCountry('La Ciudad,', [])]).toEqual([true, true, true, false]);
  });
});

describe("a country's name in two capitalised words ending one official's address", () => {
  const page = (country: string) =>
    [
      'URGENT ACTION', 'EXAMPLELAND: WRITER HELD', 'The writer Jane Muster was detained on 3 March for a poem.', '',
      'Appeals to:', 'His Excellency Tran Van Muster', 'President of the Republic', 'Example Street', 'Central District', 'Capital City', country,
      'Mr Le Van Probe', 'Prime Minister', '1 Sample Street', 'Central District', 'Capital City', country, 'Fax: +84 80 44130', '',
      'Dear President,', 'I am writing to ask you to release the writer Jane Muster, held only for a poem she read in public.', 'Yours sincerely,',
    ].join('\n');
  it.each(['Viet Nam', 'Sri Lanka', 'Costa Rica'].flatMap((country) => FORMS.map(([form, as]) => ({ country, form, as }))))('$country ($form): two officials, the country the last line of each address', ({ country, as }) => {
    const targets = draftTargets(importDocument(as(page(country)), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, address: t.address }))).toEqual([
      { name: 'Tran Van Muster', address: ['Example Street', 'Central District', 'Capital City', country] },
      { name: 'Le Van Probe', address: ['1 Sample Street', 'Central District', 'Capital City', country] },
    ]);
  });
});
