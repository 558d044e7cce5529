// Names printed with a courtesy, an office or an office's heading around them, greetings the readers
// missed, and the sender's lines run into an addressee's: each kind in two layouts or languages at
// least (invented pages, invented people).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isDateOnly } from '../../../src/import/written-date.js';
import { draftTargets } from './helpers.js';

const targetsOf = (lines: readonly string[]) => draftTargets(importDocument(`${lines.join('\n')}\n`, { source: 'page.txt' }).caseText);
const pick = (t: Record<string, unknown> | undefined, ...keys: string[]) => Object.fromEntries(keys.map((k) => [k, t?.[k]]));

describe('a courtesy before the name is no part of it, in any language', () => {
  it.each([
    {
      lines: ['Escriba al Líder de Ejemplandia', '', 'Excelencia Ayatollah Sayed Tomás Ejemplo', 'Líder de la República de Ejemplandia', 'Excelencia,', 'Le escribo con carácter urgente para pedirle que se conmuten todas las condenas a muerte de menores.'],
      name: 'Tomás Ejemplo',
      honorific: 'Excelencia Ayatollah Sayed',
    },
    {
      lines: ['Schreiben Sie an den Botschafter', '', 'Botschaft von Beispielland', 'Exzellenz Herr Hans Beispielmann', 'Musterallee 12', '10115 Berlin', '', 'Exzellenz,', 'ich wende mich an Sie mit der Bitte, sich für die sofortige Freilassung der Gefangenen einzusetzen.'],
      name: 'Hans Beispielmann',
      honorific: 'Exzellenz Herr',
    },
  ])('$name', ({ lines, name, honorific }) => {
    const [t] = targetsOf(lines);
    expect(pick(t, 'name', 'honorific')).toEqual({ name, honorific });
  });
});

describe('"The Office of <office> <Name>": the person is the name', () => {
  it.each([
    { line: 'The Office of Governor Jane Example', name: 'Jane Example', title: 'Governor', first: '100 Capitol Avenue' },
    { line: 'Despacho del Gobernador Juan Ejemplo Ruiz', name: 'Juan Ejemplo Ruiz', title: 'Gobernador', first: '100 Capitol Avenue' },
    { line: 'Bureau du Gouverneur Jean Exemple', name: 'Jean Exemple', title: 'Gouverneur', first: '100 Capitol Avenue' },
  ])('$line', ({ line, name, title, first }) => {
    const [t] = targetsOf(['contact information:', '', line, '', '100 Capitol Avenue', '', 'Example City, EX 36130, USA', '', 'Fax: +1 555 010 0004', '', 'Dear Governor,', 'I am writing to urge you to grant clemency to the prisoner.']);
    expect(pick(t, 'name', 'title')).toEqual({ name, title });
    expect((t?.address as string[] | undefined)?.[0]).toBe(first);
  });
});

describe("an office's bureau under the office and the person's name is his address's first line", () => {
  it.each([
    { office: 'Fiscal General de Ejemplandia / Public Prosecutor', name: 'Jamal Ejemplo', bureau: 'Office of the Public Prosecutor' },
    { office: 'Fiscal General de la Nación', name: 'Juana Ejemplo Pérez', bureau: 'Despacho del Fiscal General de la Nación' },
  ])('$bureau', ({ office, name, bureau }) => {
    const targets = targetsOf(['Actúen: escriban al fiscal', '', office, name, '', bureau, '', 'Avenida Ejemplo 12', '', 'Ciudad Ejemplo, Ejemplandia', '', 'Fax: +20 2 5550 4716', '', 'Señor Fiscal General:', 'Le escribo para pedirle que ponga en libertad a las periodistas detenidas.']);
    expect(targets).toHaveLength(1);
    expect(pick(targets[0], 'name')).toEqual({ name });
    expect((targets[0]?.address as string[] | undefined)?.[0]).toBe(bureau);
  });
});

describe('an office with its article heading the block is a heading, not the title', () => {
  it.each([
    { heading: 'The King', person: 'His Majesty King Tomas bin Example Al Sample,', name: 'Tomas bin Example Al Sample', title: 'King' },
    { heading: 'The Prime Minister', person: 'The Hon. Jane Example', name: 'Jane Example', title: undefined },
    { heading: 'Le Président', person: 'Monsieur Jean Exemple', name: 'Jean Exemple', title: undefined },
  ])('$heading', ({ heading, person, name, title }) => {
    const targets = targetsOf(['Write a letter to the King with copies to the Embassy.', '', '', heading, '', person, '', 'Royal Court, Example City', '', 'Kingdom of Exampleland', '', 'Fax: +966 11 555 3125', '', 'The Embassy', '', 'His Excellency Prince Sam Example', '', 'Embassy of Exampleland', '', '30 Example Street, London W1J 5DZ']);
    expect(targets.map((t) => t.name)).toEqual([name, 'Sam Example']);
    expect(pick(targets[0], 'title')).toEqual({ title });
  });
});

describe('greetings the readers missed', () => {
  it.each([
    // A greeting and its alternative on one line: no address before the second greeting.
    {
      lines: ['contact information:', 'President of Exampleland', 'His Excellency Jan Example', 'Office of the President', 'Private Bag 7700', 'Example City, Exampleland', 'Embassy of Exampleland', 'His Excellency Ambassador Tom Sample', '1608 Example Avenue, NW', 'Washington DC 20009', 'sample letter:'],
      greeting: 'His Excellency, or Dear Ambassador,',
      text: 'I am writing to express my grave concerns about the arrests of opposition members and activists.',
      each: ['His Excellency', 'Dear Ambassador'],
    },
    {
      lines: ['Adressaten:', 'Präsident von Beispielland', 'S.E. Herrn Jan Beispiel', 'Präsidialamt', 'Postfach 7700', 'Beispielstadt, Beispielland', 'Botschaft von Beispielland', 'Botschafter Tom Muster', 'Musterallee 12', '10115 Berlin', 'Briefvorschlag:'],
      greeting: 'Exzellenz, oder Sehr geehrter Herr Botschafter,',
      text: 'ich wende mich an Sie, um meine tiefe Sorge über die Festnahmen von Oppositionellen auszudrücken.',
      each: ['Exzellenz', 'Sehr geehrter Herr Botschafter'],
    },
  ])('"$greeting" gives each official his greeting', ({ lines, greeting, text, each }) => {
    const targets = targetsOf([...lines, greeting, text]);
    expect(targets.map((t) => t.salutation)).toEqual(each);
  });

  it.each([
    { greeting: 'Dear Ms. Jane Example', date: 'Lisbon, 17 th March 2008', phrase: 'urge you in the strongest terms' },
    { greeting: 'Estimada Sra. Juana Ejemplo', date: 'Madrid, 3 de mayo de 2010', phrase: 'le pido que intervenga' },
  ])('"$greeting" over the letter\'s dateline', ({ greeting, date, phrase }) => {
    const page = ['Apelo à Alta Comissária', '', 'Ms. Jane Example', 'High Commissioner for Human Rights', 'Palais Exemple', '52 rue Exemple', 'CH-1201 Geneva, Switzerland', '', 'Modelo de carta:', '', greeting, '', date, '', `Every day, prisoners endure harsh conditions, and I ${phrase} for the release of all of them without delay.`, '', 'Yours sincerely,'];
    const result = importDocument(`${page.join('\n')}\n`, { source: 'page.txt' });
    expect(draftTargets(result.caseText)[0]?.salutation).toBe(greeting);
    const letter = result.caseText.split('## Letter')[1] ?? '';
    expect(letter).toContain(phrase);
    expect(letter).not.toContain(date);
  });

  it.each([
    { greeting: 'Exzellenz,', after: [] },
    { greeting: 'Excelencia:', after: ['Leer más'] },
  ])('"$greeting" alone under the address, the letter cut off', ({ greeting, after }) => {
    const targets = targetsOf(['Hier ist das Anschreiben an die Vertretung des Landes', '', 'Botschaft der Republik Beispielland', 'S.E. Herrn Jan Beispiel', 'Musterallee 43', '14193 BERLIN', '', '', greeting, '', ...after]);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([['Jan Beispiel', greeting.replace(/[,:]$/u, '')]]);
  });

  it('reads "17 th March 2008" as a date', () => {
    expect(isDateOnly('Lisbon, 17 th March 2008')).toBe(true);
    expect(isDateOnly('17 th Example Street 2008')).toBe(false);
  });
});

describe("the sender's lines are never the official's", () => {
  it.each([
    {
      head: ['Amnesty', 'International USA asks release of all prisoners of conscience', 'January 7, 2011'],
      block: ['President of the National Assembly of Exampleland', 'Dr. Jan Example', 'Office of the National Assembly', '35 Example St.', 'Example City, Exampleland'],
      greeting: 'Dear Mr. President,',
    },
    {
      head: ['Amnesty International Gruppe Beispielstadt', 'Musterweg 3, 12345 Beispielstadt', '12. März 2015'],
      block: ['Botschaft von Beispielland', 'S.E. Herrn Jan Example', 'Musterallee 43', '14193 Berlin'],
      greeting: 'Exzellenz,',
    },
  ])('the letter\'s date under the letterhead ends it: $greeting', ({ head, block, greeting }) => {
    const targets = targetsOf([...head, ...block, greeting, 'I am writing to draw your attention to our concerns about the imprisonment of peaceful dissidents.']);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([['Jan Example', greeting.replace(/,$/u, '')]]);
  });

  it.each([
    { address: 'Address letters to: Ambassador Jane Example/ Exampleland Embassy/ 3514 Example Dr. N.W./ Washington, D.C. 20008.', name: 'Jane Example', signer: 'Tom Signer', group: 'On behalf of 25 members of Amnesty International Group 463' },
    { address: 'Address letters to: Minister Juan Ejemplo/ Ministerio de Justicia/ Av. Ejemplo 12/ Ciudad Ejemplo, Ejemplandia.', name: 'Juan Ejemplo', signer: 'Hans Zeichner', group: 'Im Namen der Gruppe 1234 von Amnesty International' },
  ])('the slash block of $name, and its signer left out', ({ address, name, signer, group }) => {
    const targets = targetsOf(['Writer should be released', '', 'Many people wrote letters at our table in support of the writer, who was arrested months ago and still has not been charged.', '', address, '', signer, group, 'Example Town']);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe(name);
    expect(JSON.stringify(targets[0])).not.toContain(signer);
  });
});
