// A letter-writing page's addressee with blank lines inside it (its editor put paragraph breaks
// between address lines), a board over its office with no person named, a list of email
// addresses each closed by a stray full stop, and an English office word before a name opening a
// block over an institution's line that reads like a name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const GERMAN_LETTER = ['Sehr geehrter Herr Direktor,', '', 'ich bitte Sie, Karim Beispiel sofort freizulassen.', '', 'Hochachtungsvoll'];
const ENGLISH_LETTER = ['Dear Board Members:', '', 'I am writing to ask you to recommend clemency for Jane Example.', '', 'Sincerely,'];
const SPANISH_LETTER = ['Señor Presidente:', '', 'Le escribo para pedirle que garantice la seguridad de Ana Ejemplo.', '', 'Atentamente,'];

const read = (lines: string[]) => draftTargets(importDocument(lines.join('\n'), { source: 't.txt' }).caseText);

describe('one addressee, one official, whatever blank lines its lines have', () => {
  // `address`: lines the official's address holds (an institution's second line may be left to a TODO).
  const rows: Array<{ what: string; lines: string[]; name: string; title?: string; address: string[] }> = [
    {
      what: "a month's letter whose addressee has blank lines between some of its lines",
      lines: ['Briefe gegen das Vergessen', '', 'Juli 2031', '', 'Director Jan Example', 'Ministry of Example Affairs', '', 'Bureau of Example City', 'Example Province, No. 3,', '', 'West Example Street', '', 'Example City 065200', '', 'VOLKSREPUBLIK CHINA', '', ...GERMAN_LETTER],
      name: 'Jan Example',
      title: 'Director',
      address: ['Example Province, No. 3', 'West Example Street', 'Example City 065200', 'VOLKSREPUBLIK CHINA'],
    },
    {
      what: 'an English office word and a name over an institution that reads like a name',
      lines: ['Juli 2031', '', 'Minister Jan Example', 'Example Public Security', 'Bureau of Example City', 'West Example Street 3', 'Example City 065200', 'VOLKSREPUBLIK CHINA', '', ...GERMAN_LETTER],
      name: 'Jan Example',
      title: 'Minister',
      address: ['Bureau of Example City', 'West Example Street 3', 'Example City 065200', 'VOLKSREPUBLIK CHINA'],
    },
    {
      what: 'a board over its office, no person named',
      lines: ['Exampleland: Man faces execution', '', 'Jane Example is due to be executed on 3 March 2031.', '', 'SAMPLE LETTER', 'Example Board of Pardons and Paroles', "General Counsel's Office", '8610 Example Creek Boulevard', 'Austin, Texas 78758', '', ...ENGLISH_LETTER],
      name: 'Example Board of Pardons and Paroles',
      address: ["General Counsel's Office", '8610 Example Creek Boulevard', 'Austin, Texas 78758'],
    },
  ];
  it.each(rows)('$what', ({ lines, name, title, address }) => {
    const targets = read(lines);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe(name);
    expect(targets[0]?.title).toBe(title);
    expect(targets[0]?.address).toEqual(expect.arrayContaining(address));
  });
});

describe('an email list under "A:", some addresses closed by a stray full stop', () => {
  const rows: Array<{ what: string; list: string[]; expected: Array<{ name: string; email: string | string[] }> }> = [
    {
      what: 'a stop glued to the address, and one after a space',
      list: ['A:', 'Presidencia de Ejemplo', 'contacto@presidencia.example.org', 'notificaciones@presidencia.example.org.', 'Procuraduría General', 'funcion@procuraduria.example.org', 'quejas@procuraduria.example.org .', 'otra@procuraduria.example.org'],
      expected: [
        { name: 'Presidencia de Ejemplo', email: ['contacto@presidencia.example.org', 'notificaciones@presidencia.example.org'] },
        { name: 'Procuraduría General', email: ['funcion@procuraduria.example.org', 'quejas@procuraduria.example.org', 'otra@procuraduria.example.org'] },
      ],
    },
  ];
  it.each(rows)('$what', ({ list, expected }) => {
    const targets = read(['Ejemplia: Defensora amenazada', '', 'Envía tus llamamientos antes del 16 de julio de 2031.', '', ...list, '', ...SPANISH_LETTER]);
    expect(targets.map((t) => ({ name: t.name, email: t.email }))).toEqual(expected);
    expect(JSON.stringify(targets)).not.toMatch(/address/);
  });
});
