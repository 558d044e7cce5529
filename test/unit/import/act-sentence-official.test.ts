// The official named only in the sentence or header that asks the reader to act, with no block of
// contact lines: the sentence's office then name ("appeler le guide suprême d'…, X,"), the name then
// a state's office ("ao Aiatolá X, líder da República …"), a rank stripped, an address run on up to a
// country, a "Write to:" label, the verbs of sending a petition, and a petition's header.
import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { petitionHeaderOfficials } from '../../../src/import/petition-header.js';
import { callingOnOfficials } from '../../../src/import/calling-on.js';
import { fullerName } from '../../../src/import/fuller-name.js';
import { headlineAddressees } from '../../../src/import/headline-addressee.js';
import { doc } from './helpers.js';

type Expected = { name?: string; title?: string; honorific?: string; address?: string[] } | undefined;
const shape = (o: ReturnType<typeof sentenceOfficials>[number] | undefined): Expected =>
  o === undefined
    ? undefined
    : {
        ...(o.name ? { name: o.name.value } : {}),
        ...(o.title ? { title: o.title.value } : {}),
        ...(o.honorific ? { honorific: o.honorific.value } : {}),
        ...(o.address.length > 0 ? { address: o.address.map((a) => a.value) } : {}),
      };

describe('sentenceOfficials: the office, a comma after its elided joining word, then the name', () => {
  const rows: Array<{ line: string; expected: Expected }> = [
    { line: "Signez notre pétition pour appeler le guide suprême d’Exemplie, Karim Exemple, à libérer immédiatement la militante.", expected: { name: 'Karim Exemple', title: 'Guide suprême d’Exemplie' } },
    { line: "Scrivete al ministro d'Esempia, Mario Esempio Rossi, per chiedere la liberazione del giornalista.", expected: { name: 'Mario Esempio Rossi', title: "Ministro d'Esempia" } },
  ];
  it.each(rows)('$line', ({ line, expected }) => expect(shape(sentenceOfficials(doc(line))[0])).toEqual(expected));
});

describe('sentenceOfficials: the verbs that send a petition or an appeal to the one named', () => {
  const rows: Array<{ line: string; expected: Expected }> = [
    { line: 'Daher geben wir Ihnen die Möglichkeit, Faxe an den Bezirksstaatsanwalt Karl Beispiel zu schicken.', expected: { name: 'Karl Beispiel', title: 'Bezirksstaatsanwalt' } },
    { line: 'Firma y enviaremos tu firma al Presidente Tomás Ejemplo Prueba.', expected: { name: 'Tomás Ejemplo Prueba', title: 'Presidente' } },
    { line: 'As assinaturas serão entregues ao Presidente Tomás Exemplo Silva em maio.', expected: { name: 'Tomás Exemplo Silva', title: 'Presidente' } },
    { line: 'Join our twitter appeal directed at the Minister of Law, Jane Example Doe, who said in May that the law stays.', expected: { name: 'Jane Example Doe', title: 'Minister of Law' } },
    // The story's verbs are no request: a sentence that tells of a delivery names nobody to write to.
    { line: 'The lawyer Jane Example Doe was arrested in May at her office.', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => expect(shape(sentenceOfficials(doc(line))[0])).toEqual(expected));
});

describe("sentenceOfficials: the name, a rank before it, then a state's office", () => {
  const rows: Array<{ line: string; expected: Expected }> = [
    { line: 'As assinaturas serão entregues ao Aiatolá Sayed Ali Exemplo, líder da República Islâmica de Exemplo, junto a uma carta.', expected: { name: 'Sayed Ali Exemplo', title: 'Líder da República Islâmica de Exemplo', honorific: 'Aiatolá' } },
    { line: 'Please write to Senior General Than Example, Chairman of the Council, asking for the release of all prisoners.', expected: { name: 'Than Example', title: 'Chairman of the Council', honorific: 'Senior General' } },
    { line: 'Skriv till Seniorgeneral Than Exempel, Chairman of the Council, och kräv frihet.', expected: { name: 'Than Exempel', title: 'Chairman of the Council', honorific: 'Seniorgeneral' } },
    // A leader who is not a state's may be the one at risk: no official.
    { line: 'Please write to Jane Example Doe, leader of the student union, at solidarity@example.org', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => expect(shape(sentenceOfficials(doc(line))[0])).toEqual(expected));
});

describe('sentenceOfficials: "Write to:" and an address run on up to a country', () => {
  // A document's paragraph whose line breaks were lost: the label, the addressee, the address, then
  // the next instruction and the organisation's blurb, all on one long line.
  const blurb = ' Example Watch is a movement of people who campaign for the rights of all, for fair trials for every prisoner, and for an end to the death penalty in every country of the world. Example Watch works without taking sides to promote the rights set out in the declaration and in the treaties that states have signed since then.'.repeat(2);
  const rows: Array<{ line: string; expected: Expected }> = [
    // A lost line break ran the next instruction onto the country.
    { line: `Write to: President of Peru, Jane Example Doe, Palacio Ejemplo, Lima, Peru Urge her to: • Ensure that every report of torture is investigated without delay. • Ensure that all detainees see their lawyers.${blurb}`, expected: { name: 'Jane Example Doe', title: 'President of Peru', address: ['Palacio Ejemplo', 'Lima', 'Peru'] } },
    { line: `Bitte schreiben Sie an: Ministerpräsident Karl Beispiel Muster, Staatskanzlei, Beispielstadt, Deutschland Bitte fordern Sie ihn auf: • Sorgen Sie dafür, dass alle Vorwürfe untersucht werden.${blurb}`, expected: { name: 'Karl Beispiel Muster', title: 'Ministerpräsident', address: ['Staatskanzlei', 'Beispielstadt', 'Deutschland'] } },
    // The country named by its bracket ends the address, and is left out of it.
    { line: 'Write to Senior General Than Example, Chairman of the Council, Ministry of defence, Exampletown, Division of Sample, Union of Myanmar(Burma).', expected: { name: 'Than Example', title: 'Chairman of the Council', honorific: 'Senior General', address: ['Ministry of defence', 'Exampletown', 'Division of Sample'] } },
    // People listed before a country are no address.
    { line: `Write to: President of Peru, Jane Example Doe, Ali Example Sample, Bob Example Sample, Peru Urge her to: • Ensure that every report of torture is investigated without delay.${blurb}`, expected: { name: 'Jane Example Doe', title: 'President of Peru' } },
  ];
  it.each(rows)('$line', ({ line, expected }) => expect(shape(sentenceOfficials(doc(line))[0])).toEqual(expected));
});

describe("petitionHeaderOfficials: the person a petition's header names", () => {
  const rows: Array<{ text: string; expected: Expected[] }> = [
    {
      text: 'Exampleland Group\n\nPetitioning Peter Example\n\nWelcome more refugees\n\nSign the petition and call on Minister Example to raise the intake.\n\nPetitioning The Right Honorable Justin Sample\n\nHonour the treaty',
      expected: [{ name: 'Peter Example' }, { name: 'Justin Sample', honorific: 'The Right Honorable' }],
    },
    { text: 'Free the students\n\nPetition to President Jane Example Doe\n\nThe students were arrested in May.', expected: [{ name: 'Jane Example Doe', title: 'President' }] },
    // A printed petition form run onto one line: the next sentence follows the name.
    { text: 'Exampleland: Release the activists To: Crown Prince Omar bin Example At least ten activists were arrested. Sign this petition.', expected: [{ name: 'Omar bin Example', title: 'Crown Prince' }] },
    // An office with a surname alone and no fuller form on the page; a body; a "To:" with no office: nobody.
    { text: 'Petitioning Minister Example\n\nWelcome more refugees', expected: [] },
    { text: 'Petitioning the Government of Exampleland\n\nWelcome more refugees', expected: [] },
    { text: 'Send this petition To: Jane Example Doe At the office.', expected: [] },
  ];
  it.each(rows)('$text', ({ text, expected }) => expect(petitionHeaderOfficials(doc(text)).map(shape)).toEqual(expected));
});

describe('callingOnOfficials and fullerName: an office and a surname named in full elsewhere on the page', () => {
  it('takes the fuller form the page prints', () => {
    const page = doc('Petitioning Peter Example\n\nAustralia can do more. Sign the petition and call on Minister Example to increase the refugee program.');
    expect(callingOnOfficials(page).map(shape)).toEqual([{ name: 'Peter Example', title: 'Minister' }]);
  });
  it('reads the fuller form in any sentence, skipping offices and courtesies before it', () => {
    expect(fullerName(doc('The Minister for Home Affairs, Peter Example, said so.\n\nCall on Minister Example.'), 'Example')).toBe('Peter Example');
    expect(fullerName(doc('Write to Minister Example and Mr Example today.'), 'Example')).toBeUndefined();
  });
  it('takes no fuller form when the page prints two people of that surname', () => {
    expect(fullerName(doc('Peter Example and Jane Example spoke.\n\nCall on Minister Example.'), 'Example')).toBeUndefined();
  });
});

describe('headlineAddressees: an open letter from a sender to an office and a name', () => {
  const page = (headline: string) => doc(`Example Network\n\n${headline}\nExample Watch\nIndex: ABC 12/345/2007\n\nYour Excellency,\n\nI am writing to express my grave concern about the arrest of the teacher Ali Sample.`);
  const rows: Array<{ headline: string; expected: Expected[] }> = [
    { headline: "Open letter from the group's Secretary General Jane Sample to President John Example", expected: [{ name: 'John Example', title: 'President' }] },
    { headline: 'An open letter to Prime Minister Maria Example Doe', expected: [{ name: 'Maria Example Doe', title: 'Prime Minister' }] },
    // The sender is never the one written to.
    { headline: 'Open letter from President John Example to the people', expected: [] },
  ];
  it.each(rows)('$headline', ({ headline, expected }) => expect(headlineAddressees(page(headline)).map(shape)).toEqual(expected));
});
