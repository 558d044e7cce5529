import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { greetedPerson } from '../../../src/import/greeting-addressee.js';
import { draftTargets } from './helpers.js';

// A letter that names its addressee only in its greeting, the page printing no address, email or
// number for anyone: the greeted person is the official, with the greeting as salutation and a TODO
// asking how to reach him. A greeting that names nobody in full, a reader or a prisoner greeted by
// name, and a page whose readers found an official are left as they were.

/** name · honorific · title · salutation */
const summary = (t: Record<string, unknown>) => [t.name, t.honorific ?? '-', t.title ?? '-', t.salutation ?? '-'].join(' · ');

const body = 'I am writing to ask you to release the journalist Ana Sample, held since May without charge for her reporting on the floods.\n\nYours sincerely,\n';

describe('an official named only in the letter\'s greeting', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    { what: 'courtesy title and office before the name, no comma', page: `Send this letter\n\nDear Mr President Jane Example\n\n${body}`, expected: ['Jane Example · Mr · President · Dear Mr President Jane Example'] },
    { what: 'an office after a comma', page: `Dear Mr. Jane Example Garcia, Ambassador of Ruritania to Exemplia,\n\n${body}`, expected: ['Jane Example Garcia · Mr. · Ambassador of Ruritania to Exemplia · Dear Mr. Jane Example Garcia'] },
    // The greeting ends at the comma before the office; the office is his title.
    { what: 'an office of several words after a comma, a courtesy before the name', page: `Dear Ms. Jana Exemplo Ruiz, Ruritanian Consul General in Exemplia,\n\n${body}`, expected: ['Jana Exemplo Ruiz · Ms. · Ruritanian Consul General in Exemplia · Dear Ms. Jana Exemplo Ruiz'] },
    // A Portuguese office that names its state after "da" is taken whole before the name.
    { what: 'a courtesy, an office running on through "da República", the name', page: `Envie este e-mail.\n\nSr. Procurador Geral da República Jan Exemplo,\n\nEscrevo para pedir a libertação imediata da jornalista Ana Teste, detida sem acusação desde maio.\n\nAtenciosamente,\n`, expected: ['Jan Exemplo · Sr. · Procurador Geral da República · Sr. Procurador Geral da República Jan Exemplo'] },
    { what: 'a Portuguese office before the name', page: `Envie um e-mail ao presidente.\n\nCaro Presidente Jane Exemplo,\n\nEscrevo para pedir a libertação imediata da jornalista Ana Teste, detida sem acusação desde maio.\n\nAtenciosamente,\n`, expected: ['Jane Exemplo · - · Presidente · Caro Presidente Jane Exemplo'] },
    { what: 'a Finnish office in lower case before the name', page: `Arvoisa tasavallan presidentti Jane Esimerkki,\n\nKirjoitan teille huolestuneena toimittaja Ana Testin puolesta, joka on ollut vangittuna toukokuusta lähtien.\n\nKunnioittavasti,\n`, expected: ['Jane Esimerkki · - · tasavallan presidentti · Arvoisa tasavallan presidentti Jane Esimerkki'] },
    { what: 'a Danish greeting by name alone, the page naming the minister (his office before his name) before it', page: `Vi har skrevet et åbent brev til udenrigsminister Jane Eksempel om sagen.\n\nKære Jane Eksempel\n\nVi skriver til dig for at bede regeringen om at tage klart afstand fra dommen over bloggeren Ana Test.\n\nMed venlig hilsen\n`, expected: ['Jane Eksempel · - · udenrigsminister · Kære Jane Eksempel'] },
    { what: 'two greetings stacked above a German fax letter, each naming its addressee', page: `Sehr geehrter Herr Paul Beispiel,\nSehr geehrter Herr Jan Muster,\nSie wissen um die Lage der Flüchtlinge in den Lagern an der Grenze, und doch lassen Sie weiter Menschen dorthin zurückschicken.\nMit freundlichen Grüßen,\n`, expected: ['Paul Beispiel · Herr · - · Sehr geehrter Herr Paul Beispiel', 'Jan Muster · Herr · - · Sehr geehrter Herr Jan Muster'] },
    { what: 'three English greetings stacked with blank lines between, a courtesy title in each', page: `Dear Mr Jan Example,\n\nDear Mr John Sample,\n\nDear Mr Adam Test,\n\n${body}`, expected: ['Jan Example · Mr · - · Dear Mr Jan Example', 'John Sample · Mr · - · Dear Mr John Sample', 'Adam Test · Mr · - · Dear Mr Adam Test'] },
    { what: 'a French courtesy, its article and the office before the name', page: `Monsieur le Président Jean Exemple,\n\nJe vous écris pour vous demander la libération immédiate de la journaliste Ana Test, détenue sans inculpation depuis le mois de mai.\n\nVeuillez agréer, Monsieur le Président, l'expression de ma haute considération.\n`, expected: ['Jean Exemple · Monsieur · Président · Monsieur le Président Jean Exemple'] },
    { what: 'an Italian courtesy, its article and the office before the name', page: `Signor il Presidente Paolo Esempio,\n\nLe scrivo per chiederle di liberare subito la giornalista Ana Prova, detenuta senza accusa da maggio per i suoi articoli sulle alluvioni.\n\nDistinti saluti,\n`, expected: ['Paolo Esempio · Signor · Presidente · Signor il Presidente Paolo Esempio'] },
    { what: 'a Chinese greeting with the courtesy word after the name', page: `尊敬的郭某某先生：\n\n我们写信给您，是为了关心被拘留的律师王某某的处境，请您尽快释放他，并保证他能见到家人和律师。\n\n此致\n敬礼\n`, expected: ['郭某某 · 先生 · - · 尊敬的郭某某先生'] },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    expect(caseText).toContain('no address, email, fax, phone or handle is printed for this official');
  });
});

describe('greetings that name no official', () => {
  const rows: Array<{ what: string; page: string }> = [
    // (A state's head greeted alone, "Dear Mr. President,", is greeted-office.ts's: the office is his.)
    { what: 'an office alone, of one word a state has many holders of', page: `Dear Mr. Minister,\n\n${body}` },
    { what: 'a surname alone', page: `Dear General Example,\n\n${body}` },
    { what: 'the page\'s readers', page: `Dear Friends and Supporters,\n\n${body}` },
    { what: 'a prisoner greeted by name, a letter of support (no office before his name on the page)', page: `Send a message of hope to Ana Sample, held since May.\n\nDear Ana Sample,\n\nWe are thinking of you every day and we will not stop until you are free.\n\nWith love,\n` },
  ];
  it.each(rows)('$what', ({ page }) => {
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText)).toEqual([]);
  });

  it('leaves an official found by another reader alone, with his own salutation', () => {
    const page = `Write to:\nMinister of Justice Pedro Example\nMinistry of Justice\n1 Example Street\nExample City, Ruritania\nEmail: minister@justice.example\n\nDear Mr President Jane Example\n\n${body}`;
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map((t) => t.name)).toEqual(['Pedro Example']);
  });
});

describe('a king or a prince greeted by his royal courtesy and his name', () => {
  it.each([
    ['Majestad Karim bin Ejemplo Al Muestra', { name: 'Karim bin Ejemplo Al Muestra', honorific: 'Majestad', title: undefined }],
    ['Majesté Karim Exemple', { name: 'Karim Exemple', honorific: 'Majesté', title: undefined }],
    ['Alteza Karim bin Ejemplo', { name: 'Karim bin Ejemplo', honorific: 'Alteza', title: undefined }],
  ])('%s', (greeting, expected) => {
    expect(greetedPerson(greeting)).toEqual(expected);
  });
});
