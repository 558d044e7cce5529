import { describe, expect, it } from 'vitest';
import type { ImportedOfficial } from '../../../src/import/official-block.js';
import { assignSalutations, recogniseSalutation, salutationValue, splitAlternatives } from '../../../src/import/salutation.js';
import { doc } from './helpers.js';

describe('splitAlternatives', () => {
  const rows: Array<{ input: string; expected: string[] }> = [
    { input: 'Dear Attorney General of the Republic, or Dear Permanent Representative of Venezuela,', expected: ['Dear Attorney General of the Republic', 'Dear Permanent Representative of Venezuela'] },
    { input: 'Dear Minister, or Dear Governor,', expected: ['Dear Minister', 'Dear Governor'] },
    { input: 'Dear Sir or Madam,', expected: ['Dear Sir or Madam'] },
    { input: 'Señor Fiscal:', expected: ['Señor Fiscal'] },
    { input: 'Señor Fiscal o Señora Procuradora:', expected: ['Señor Fiscal', 'Señora Procuradora'] },
    { input: 'Sr. o Sra. Ministra:', expected: ['Sr. o Sra. Ministra'] },
    { input: 'Monsieur le Ministre, ou Madame la Procureure,', expected: ['Monsieur le Ministre', 'Madame la Procureure'] },
    { input: 'Your Majesty, Your Excellency (aanspreektitel ambassadeur),', expected: ['Your Majesty', 'Your Excellency'] },
    { input: 'Majesteit, Excellentie,', expected: ['Majesteit', 'Excellentie'] },
    { input: 'Sehr geehrter Herr Minister, sehr geehrter Herr Botschafter,', expected: ['Sehr geehrter Herr Minister', 'sehr geehrter Herr Botschafter'] },
    { input: 'Sehr geehrter Herr Minister (Anrede für den Minister),', expected: ['Sehr geehrter Herr Minister'] },
    { input: 'Excelentísimo Sr. (para el embajador):', expected: ['Excelentísimo Sr.'] },
    { input: 'Sehr geehrter Herr Justizminister!', expected: ['Sehr geehrter Herr Justizminister'] },
    { input: 'Dear Governor Example,                                    Date:', expected: ['Dear Governor Example'] },
    { input: 'Dear Senator Sample, Date: __________', expected: ['Dear Senator Sample'] },
  ];
  for (const { input, expected } of rows) {
    it(`splits "${input}"`, () => {
      expect(splitAlternatives(input)).toEqual(expected);
    });
  }
});

const official = (fields: { title?: string; organisation?: string; name?: string; honorific?: string }): ImportedOfficial => {
  const at = (value: string | undefined) => (value === undefined ? undefined : { value, line: 1 });
  return { line: 1, confidence: 'high', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [], title: at(fields.title), organisation: at(fields.organisation), name: at(fields.name), honorific: at(fields.honorific) };
};

describe('assignSalutations', () => {
  const attorney = official({ title: 'Attorney General of the Republic', name: 'Tarek William Saab' });
  const mission = official({ organisation: 'Permanent Mission of Bolivarian Republic of Venezuela to the United Nations', honorific: 'His Excellency Mr.', name: 'Héctor Constant Rosales' });

  it('gives each official the alternative that shares most words with its title and organisation', () => {
    const result = assignSalutations(['Dear Permanent Representative of Venezuela', 'Dear Attorney General of the Republic'], [attorney, mission]);
    expect(result).toEqual([
      { official: 0, value: 'Dear Attorney General of the Republic', confidence: 'high' },
      { official: 1, value: 'Dear Permanent Representative of Venezuela', confidence: 'high' },
    ]);
  });

  it('gives a single salutation only to the official it names', () => {
    const fiscal = official({ title: 'Fiscal General de la República', name: 'Andrés Pop Caal' });
    const pdh = official({ title: 'Procurador de los Derechos Humanos', name: 'Ramiro Chen Xol' });
    expect(assignSalutations(['Señor Fiscal'], [fiscal, pdh])).toEqual([{ official: 0, value: 'Señor Fiscal', confidence: 'high' }]);
  });

  it('gives a salutation that names no office to every official, less surely when there are several', () => {
    expect(assignSalutations(['Dear Sir or Madam'], [attorney, mission]).map((a) => [a.official, a.confidence])).toEqual([
      [0, 'medium'],
      [1, 'medium'],
    ]);
  });

  it.each(['Your Excellency', 'Excelentísimo Señor', 'Exzellenz', 'Monsieur le Président'])('gives "%s", a rank that names no office of theirs, only to the first official, the one the letter is written to', (greeting) => {
    expect(assignSalutations([greeting], [attorney, mission])).toEqual([{ official: 0, value: greeting, confidence: 'medium' }]);
  });

  it.each([
    { greeting: 'Your Excellency', ambassador: official({ title: 'Ambassador', name: 'Omar Example', organisation: 'Embassy of Valdor in the United States' }) },
    { greeting: 'Votre Excellence', ambassador: official({ title: 'Ambassadeur de Valdor en France', name: 'Jean Exemple' }) },
  ])('gives "$greeting", an ambassador\'s style, to the first official and to an ambassador written to beside him, never to a copy', ({ greeting, ambassador }) => {
    expect(assignSalutations([greeting], [attorney, ambassador]).map((a) => a.official)).toEqual([0, 1]);
    expect(assignSalutations([greeting], [attorney, { ...ambassador, copy: true }]).map((a) => a.official)).toEqual([0]);
    // A greeting that names an office is never his: "Dear Attorney General" stays the attorney's.
    expect(assignSalutations(['Dear Attorney General'], [attorney, ambassador]).map((a) => a.official)).toEqual([0]);
  });

  it.each(['Dear Sir or Madam', 'To whom it may concern', 'Sehr geehrte Damen und Herren', 'Madame, Monsieur'])('gives "%s", which names no rank, to every official', (greeting) => {
    expect(assignSalutations([greeting], [attorney, mission]).map((a) => a.official)).toEqual([0, 1]);
  });

  it('gives a salutation that a copy matches as well only to the official written to', () => {
    const minister = official({ title: 'Minister of Justice', name: 'Tomas Varga' });
    const staff = { ...official({ title: "Minister's chief of staff" }), copy: true };
    expect(assignSalutations(['Dear Minister'], [minister, staff])).toEqual([{ official: 0, value: 'Dear Minister', confidence: 'high' }]);
    // With copies alone matching, they keep it.
    expect(assignSalutations(['Dear Minister'], [staff])).toEqual([{ official: 0, value: 'Dear Minister', confidence: 'high' }]);
  });

  it('gives greetings that name only a rank to the officials left, in page order, when there are as many of each', () => {
    const king = official({ honorific: 'His Majesty', name: 'King Example' });
    const ambassador = { ...official({ honorific: 'H.E. Mr.', name: 'John Roe', organisation: 'Embassy of the Kingdom of Example' }), copy: true };
    expect(assignSalutations(['Your Majesty', 'Your Excellency'], [king, ambassador]).map((a) => [a.official, a.value])).toEqual([
      [0, 'Your Majesty'],
      [1, 'Your Excellency'],
    ]);
    expect(assignSalutations(['Majesteit', 'Excellentie'], [official({ name: 'Willem Voorbeeld' }), official({ name: 'Jan Jansen' })]).map((a) => [a.official, a.value])).toEqual([
      [0, 'Majesteit'],
      [1, 'Excellentie'],
    ]);
    // One greeting for two officials: whose it is would be a guess.
    expect(assignSalutations(['Your Majesty', 'Your Excellency'], [king, ambassador, official({ name: 'Jan Jansen' })]).map((a) => a.official)).toEqual([0]);
  });

  it('leaves an official without a matching alternative to the templates', () => {
    const police = official({ title: 'Chief of the National Police', name: 'Surya Wibowo' });
    const minister = official({ title: 'Minister of Law and Human Rights' });
    expect(assignSalutations(['Dear Minister', 'Dear Governor'], [minister, police])).toEqual([{ official: 0, value: 'Dear Minister', confidence: 'medium' }]);
  });
});

describe('recogniseSalutation', () => {
  it('finds the salutation followed by the letter, not a "Dear" inside the summary', () => {
    const text = doc('URGENT ACTION\nPERU: X\nDear friends of the river wrote to us.\n\nTAKE ACTION:\n· Write.\nMinister, Ms. Ana Ruiz\nEmail: a@b.example.pe\n\nDear Minister,\n\nI am writing to you about the people held without charge since the protest.');
    expect(recogniseSalutation(text)).toEqual({ found: true, value: ['Dear Minister'], confidence: 'high', line: 10 });
  });

  it('does not take an official\'s "Señor" line for the salutation', () => {
    const text = doc('ACCIÓN URGENTE\nPERÚ: X\nResumen.\n\nACTÚEN:\n· Escriban.\nSeñor Luis Soto\nPresidente de la República\nCorreo: a@b.example.pe\n\nSeñor Presidente:\n\nMe dirijo a usted para expresarle mi preocupación por las personas detenidas.');
    expect(recogniseSalutation(text)).toMatchObject({ value: ['Señor Presidente'], line: 11 });
  });

  it('takes a bare courtesy form without a comma ("Monseigneur") when the letter follows it', () => {
    const text = doc('Veuillez écrire au roi Faisal bin Example al Beispiel:\n\nPROPOSITION DE LETTRE\n\nMonseigneur\n\nLe 3 mars, le défenseur des droits humains a été condamné à dix ans de prison pour ses écrits.\n\nVeuillez agréer, Monseigneur, mes salutations respectueuses.');
    expect(recogniseSalutation(text)).toMatchObject({ value: ['Monseigneur'], line: 5 });
  });

  it('does not take "Amnesty fordert:" above the demands for a salutation', () => {
    const text = doc('Appell an\n\nJUSTIZMINISTER\nHerrn Karl Beispiel\nExamplestraße 4\n10117 Berlin\n\nAmnesty fordert:\n\nSCHREIBEN SIE BITTE E-MAILS ODER BRIEFE MIT FOLGENDEN FORDERUNGEN AN DIE BEHÖRDEN');
    expect(recogniseSalutation(text)).toMatchObject({ found: false });
  });

  it('does not take "Letters should be sent to:" above a flattened address for a salutation', () => {
    const text = doc('Send a letter to Regional Party Secretary Jane Example at her office, No. 30 Example Street, Example City 610016.\n\nLetters should be sent to:\n\nJane Example, Regional Party Secretary, Example Provincial Office, No. 30 Example Street, Example City 610016, Ruritania\n\nWe have also attached the addresses as a printable document below which you can cut out and stick to your envelope.');
    expect(recogniseSalutation(text)).toMatchObject({ found: false });
  });
});

describe('salutationValue', () => {
  it('turns a block\'s salutation in two languages into a language map', () => {
    expect(salutationValue('Dear Attorney General / Señor Fiscal General')).toEqual({ en: 'Dear Attorney General', es: 'Señor Fiscal General' });
  });

  it('keeps a salutation in one language as written', () => {
    expect(salutationValue('Dear Minister')).toBe('Dear Minister');
    expect(salutationValue('Dear Sir / Dear Madam')).toBe('Dear Sir / Dear Madam');
  });
});
