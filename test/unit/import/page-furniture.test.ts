// The page's own furniture (an action centre's widgets and section headings, a kicker that shouts,
// a headline telling the case) names no one and is no address line: no reader may make an official
// of it, whatever its capitals suggest.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { pageFurnitureKind } from '../../../src/import/page-furniture.js';
import { draftTargets } from './helpers.js';

describe('pageFurnitureKind', () => {
  it.each([
    // An online action centre's widgets and the section headings of a call to act.
    ['Message Recipients', 'widget'],
    ['Review the Message', 'widget'],
    ['*Required Fields', 'widget'],
    ['Topics of Interest', 'widget'],
    ['WHAT YOU NEED TO DO', 'widget'],
    ['How You Can Help:', 'widget'],
    ['Was Sie tun können', 'widget'],
    ['¿Qué puedes hacer?', 'widget'],
    // A kicker or a slogan: it shouts.
    ['ACT NOW!    May 2 - June 14, 2031', 'kicker'],
    ['Raise Your Voice!', 'kicker'],
    ['¡Actúa ya!', 'kicker'],
    // A headline that tells the case, in its capitals or a Romance or German headline's.
    ['TEACHER ARRESTED IN EXAMPLELAND', 'headline'],
    ['UNIONISTKILLED IN PORT EXEMPLE', 'headline'],
    ['Periodista detenida en Ciudad Ejemplo', 'headline'],
    ['Gewerkschafter in Beispielstadt festgenommen', 'headline'],
    // Names, offices and address lines stay what they are.
    ['Jane Example', undefined],
    ['Minister of Information', undefined],
    ['Your Excellency', undefined],
    ['Committee against Torture', undefined],
    ['Detention Centre No. 4', undefined],
    ['12 Example Street', undefined],
    ['Comisión Nacional de Búsqueda de Personas Desaparecidas', undefined],
    // A sentence of the story is no headline (its stop), nor an address with an exclamation mark in a link.
    ['She was arrested on 3 May 2031 at her home.', undefined],
    ['Write online: https://example.org/act!now', undefined],
  ])('"%s" → %s', (line, kind) => {
    const got = pageFurnitureKind(line);
    const short = got === undefined ? undefined : got.startsWith('a kicker') ? 'kicker' : got.startsWith('a headline') ? 'headline' : 'widget';
    expect(short).toBe(kind);
  });
});

describe('the page furniture is never an official nor one of his lines', () => {
  const rows = [
    {
      what: "an action centre's recipients widget right above the office's block",
      lines: ['Take Action', '', 'Message Recipients', '', 'Minister of Justice', 'Ministry of Justice', '12 Example Road', 'Nairobi, Kenya'],
      never: ['Message Recipients'],
    },
    {
      what: "a section heading in capitals over a Spanish office's block, the widget's line above it",
      lines: ['Take Action', '', 'Message to the recipients', '', 'WHAT YOU NEED TO DO', '', 'Ministro de Justicia', 'Ministerio de Justicia', 'Calle Ejemplo 12', 'Lima, Perú'],
      never: ['WHAT YOU NEED', 'Message to the recipients'],
    },
    {
      what: 'a call-to-act heading in title case under a widget in another language',
      lines: ['Take Action', '', 'Mensaje a los destinatarios', '', 'How You Can Help', '', 'Presidente de la República', 'Palacio Nacional', 'Avenida Ejemplo 1', 'Ciudad Ejemplo, Guatemala'],
      never: ['How You Can Help'],
    },
    {
      what: 'a headline with its words glued and a kicker over a call to write',
      lines: ['TEACHER ARRESTEDIN EXAMPLELAND', '', 'Example Group USA - Speak Out!', '', 'ACT NOW!    May 2 - June 14, 2031', '', 'Contact Minister Jane Example and urge her to free Ana Roe.', '', 'CALL:(555) 555-0100', 'WRITE:Jane Example', 'Minister of the Interior', 'Ministry of the Interior', '4 Example Avenue', 'Example City, Exampleland'],
      never: ['ARRESTEDIN', 'Arrestedin', 'ACT NOW', 'Speak Out'],
    },
  ];
  it.each(rows)('$what', ({ lines, never }) => {
    const targets = draftTargets(importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText);
    const all = JSON.stringify(targets);
    for (const n of never) expect(all).not.toContain(n);
  });
});
