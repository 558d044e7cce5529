import { describe, expect, it } from 'vitest';
import { readAddresseeList } from '../../../src/import/addressee-list-line.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Officials named in a memo's or a petition's head with no way to reach them printed: "To: Jane
// Example" / "Minister of …" and "Cc: …" lines, or several "name, office" pairs on one addressee
// line. Each person given an office or a courtesy title is an official (a copy under "Cc:"); the
// writer ("From:"), a name with nothing to say it is an official's, and an address block are not
// read here.

describe('readAddresseeList: the people of one addressee line', () => {
  const rows: Array<{ what: string; value: string; below?: string[]; expected: string[] | undefined }> = [
    {
      what: 'name, office pairs, the list cut off with an ellipsis',
      value: 'Sr. Juan Ejemplo, Presidente de la República de Ejemplia, Pedro Muestra, Ministro del Interior, Ana Prueba, Fiscal General del Estado, …',
      expected: ['Juan Ejemplo | Sr. | - | Presidente de la República de Ejemplia', 'Pedro Muestra | - | - | Ministro del Interior', 'Ana Prueba | - | - | Fiscal General del Estado'],
    },
    {
      what: 'two people parted by a comma before a courtesy title, the first with his office before the name',
      value: 'King Aldo Bin Example Al-Sample, His Royal Highness Prince Berto bin ‘Abdul’Example Al-Sample',
      expected: ['Aldo Bin Example Al-Sample | - | King | -', 'Berto bin ‘Abdul’Example Al-Sample | His Royal Highness Prince | - | -'],
    },
    {
      what: 'the office before each name',
      value: 'Ministre de la Justice, M. Jean Exemple, Procureur général, Mme Anne Modèle',
      expected: ['Jean Exemple | M. | - | Ministre de la Justice', 'Anne Modèle | Mme | - | Procureur général'],
    },
    {
      what: 'a join word before the last person, a courtesy title opening it',
      value: 'Pedro Muestra, Ministro del Interior y Sra. Ana Prueba, Fiscal General',
      expected: ['Pedro Muestra | - | - | Ministro del Interior', 'Ana Prueba | Sra. | - | Fiscal General'],
    },
    {
      what: 'office-first pairs, the join word between a person and the next office',
      value: 'Ministro de Salud, Pedro Ejemplo Ruiz y Alcaldesa de Villaejemplo, Carmen Ejemplo Soto',
      expected: ['Pedro Ejemplo Ruiz | - | - | Ministro de Salud', 'Carmen Ejemplo Soto | - | - | Alcaldesa de Villaejemplo'],
    },
    {
      what: 'office-first pairs in English, "and" before the second office',
      value: 'Minister of Health, Jane Example and Governor of Example State, John Sample',
      expected: ['Jane Example | - | - | Minister of Health', 'John Sample | - | - | Governor of Example State'],
    },
    {
      what: 'an office and its institution beside one name',
      value: "Karl Beispiel, Chargé d'Affaires, Embassy of Exampleland",
      expected: ["Karl Beispiel | - | - | Chargé d'Affaires + Embassy of Exampleland"],
    },
    {
      what: 'the office lines printed under a name alone',
      value: 'Jane Example',
      below: ['Minister of Human Rights'],
      expected: ['Jane Example | - | - | Minister of Human Rights'],
    },
    // "President of the United" + "Mexican States" or the office whole: unsure, so not read.
    { what: 'a part after a person that reads as an office or as an office and a name', value: 'Lic. Jane Example, President of the United Mexican States', expected: undefined },
    { what: 'names with no office and no courtesy title', value: 'Jane Example, Karl Beispiel', expected: undefined },
    { what: 'a part that is neither a person nor an office', value: 'Sr. Juan Ejemplo, Presidente, Avenida Central', expected: undefined },
    { what: 'an office that no person follows', value: 'Sr. Juan Ejemplo, Presidente, Ministro del Interior, Fiscal General', expected: undefined },
    { what: 'office lines under a line that names two people', value: 'Sr. Juan Ejemplo, Presidente, Pedro Muestra, Ministro', below: ['Ministry of the Interior'], expected: undefined },
  ];
  it.each(rows)('$what', ({ value, below, expected }) => {
    const listed = readAddresseeList(value, below);
    expect(listed?.map((a) => [a.name, a.honorific ?? '-', a.office ?? '-', a.offices.join(' + ') || '-'].join(' | '))).toEqual(expected);
  });
});

/** name · honorific · title · copy · salutation */
const summary = (t: Record<string, unknown>) => [t.name, t.honorific ?? '-', t.title ?? '-', t.copy === true ? 'copy' : 'official', t.salutation ?? '-'].join(' · ');

const letter = (greeting: string) => `${greeting}\n\nI am writing to you about the lawyer Omar Sample, held since March without being brought before a judge. I urge you to release him at once.\n\nYours sincerely,\nAnn Writer\n`;

describe('officials named in a memo head or on an addressee line, with no contacts printed', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'To: and Cc: with the office on the line under each name, then a remark, then the letter',
      page: `UAN Letter: 12/34 Exampleland\n\nTo: Jane Example\n    Minister of Human Rights\nCc: Karl Beispiel\n    Chargé d'Affaires, Embassy of Exampleland\n\nhand-written letter, transcript follows\n\n${letter('Dear Minister:')}`,
      expected: ['Jane Example · - · Minister of Human Rights · official · Dear Minister', "Karl Beispiel · - · Chargé d'Affaires, Embassy of Exampleland · copy · -"],
    },
    {
      what: 'no office under the To: name, a remark under the head that counts the pages in figures',
      page: `12/34 Exampleland\n\nTo: President Jane Example\nCc: His Excellency Karl A. Beispiel\n    Ambassador, Republic of Exampleland\n\nhand-written letter, transcript follows, page 1 page 2\n\n${letter('Your Excellency:')}`,
      expected: ['Jane Example · - · President · official · Your Excellency', 'Karl A. Beispiel · His Excellency · Ambassador, Republic of Exampleland · copy · -'],
    },
    {
      what: 'the office before the name on the To: line, a courtesy title on the Cc: line, "Your Excellency:"',
      page: `Letters from our members\n\nTo: President Jane Example\n    President of the Republic\nCc: His Excellency Karl Beispiel\n    Ambassador of Exampleland\n\ntyped letter, scanned\n\n${letter('Your Excellency:')}`,
      expected: ['Jane Example · - · President of the Republic · official · Your Excellency', 'Karl Beispiel · His Excellency · Ambassador of Exampleland · copy · -'],
    },
    {
      what: 'a memo head whose To: line names two people parted by a comma; From: is the writer',
      page: `URGENT ACTION\nEXAMPLELAND: BLOGGER HELD\nPlease send the letter below before 30 June 2021.\n\nRe: Omar Sample\nTo: King Aldo Bin Example Al-Sample, His Royal Highness Prince Berto bin ‘Abdul’Example Al-Sample\nFrom: Ann Writer\nDate: 8 May 2021\n\n${letter('Your Majesty, Your Royal Highness,')}`,
      expected: ['Aldo Bin Example Al-Sample · - · King · official · Your Majesty', 'Berto bin ‘Abdul’Example Al-Sample · His Royal Highness Prince · - · official · Your Royal Highness'],
    },
    {
      what: "a petition's Para: line of name, office pairs",
      page: `PETICIÓN\n\nPara: Sr. Juan Ejemplo, Presidente de la República de Ejemplia, Pedro Muestra, Ministro del Interior, Ana Prueba, Fiscal General del Estado, …\n\nSeñor Presidente:\n\nLe escribo para expresar mi preocupación por el defensor Omar Muestra, detenido desde abril. Le pido que lo ponga en libertad de inmediato.\n\nAtentamente,\n`,
      expected: ['Juan Ejemplo · Sr. · Presidente de la República de Ejemplia · official · Señor Presidente', 'Pedro Muestra · - · Ministro del Interior · official · -', 'Ana Prueba · - · Fiscal General del Estado · official · -'],
    },
    {
      what: 'a German An: line',
      page: `PETITION\n\nAn: Herrn Karl Beispiel, Innenminister, Frau Erika Muster, Generalstaatsanwältin\n\nSehr geehrter Herr Minister,\n\nich schreibe Ihnen wegen des Anwalts Omar Beispiel, der seit März ohne Anklage in Haft ist. Ich bitte Sie, ihn sofort freizulassen.\n\nMit freundlichen Grüßen\n`,
      expected: ['Karl Beispiel · Herrn · Innenminister · official · Sehr geehrter Herr Minister', 'Erika Muster · Frau · Generalstaatsanwältin · official · -'],
    },
    {
      what: 'a French À : line',
      page: `PÉTITION\n\nÀ : M. Jean Exemple, Ministre de la Justice, Mme Anne Modèle, Procureure générale\n\nMonsieur le Ministre,\n\nJe vous écris au sujet de l'avocat Omar Exemple, détenu sans inculpation depuis mars. Je vous demande de le libérer immédiatement.\n\nVeuillez agréer mes salutations,\n`,
      expected: ['Jean Exemple · M. · Ministre de la Justice · official · Monsieur le Ministre', 'Anne Modèle · Mme · Procureure générale · official · -'],
    },
    {
      what: 'a Portuguese Destinatários: line',
      page: `PETIÇÃO\n\nDestinatários: Sr. João Exemplo, Presidente da República, Sra. Ana Modelo, Procuradora-Geral da República\n\nSenhor Presidente,\n\nEscrevo-lhe a respeito do advogado Omar Exemplo, detido sem acusação desde março. Peço-lhe que o liberte imediatamente.\n\nAtenciosamente,\n`,
      expected: ['João Exemplo · Sr. · Presidente da República · official · Senhor Presidente', 'Ana Modelo · Sra. · Procuradora-Geral da República · official · -'],
    },
    {
      what: 'one greeting for two officials, each greeted by name',
      page: `OPEN LETTER\nEXAMPLELAND: JOURNALIST HELD\n\nTo: Mr. John Example, Minister of Justice, Mr. Karl Beispiel, Minister of the Interior\n\n${letter('Dear Mr. Example and Mr. Beispiel,')}`,
      expected: ['John Example · Mr. · Minister of Justice · official · Dear Mr. Example and Mr. Beispiel', 'Karl Beispiel · Mr. · Minister of the Interior · official · Dear Mr. Example and Mr. Beispiel'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    // No contact is printed: the draft asks how to reach each one.
    expect(caseText.match(/no address, email, fax, phone or handle is printed for this official/g)?.length).toBe(expected.length);
  });
});

describe('the addressee lines under the headline', () => {
  const rows = [
    { what: 'To: and Cc: with offices under the names', head: "To: Jane Example\nMinister of Human Rights\nCc: Karl Beispiel\nChargé d'Affaires, Embassy of Exampleland" },
    { what: "a petition's Para: line", head: 'Para: Sr. Juan Ejemplo, Presidente de la República, Pedro Muestra, Ministro del Interior' },
  ];
  it.each(rows)('are no summary: $what', ({ head }) => {
    const { caseText } = importDocument(`UAN Letter: 12/34 Exampleland\n\n${head}\n\n${letter('Dear Minister:')}`, { source: 'p.txt' });
    expect(caseText).not.toMatch(/^## Summary/m);
  });
});

describe('a memo head on a page with a blank line after every line', () => {
  it('reads a remark under the head that counts the pages in figures as no address line', () => {
    const page = ['12/34 Exampleland', 'To: President Jane Example', 'Cc: His Excellency Karl A. Beispiel', '    Ambassador, Republic of Exampleland', 'hand-written letter, transcript follows, page 1 page 2', 'Your Excellency:', 'I am writing to you about the lawyer Omar Sample, held since March without being brought before a judge. I urge you to release him at once.', 'Yours sincerely,', 'Ann Writer'].join('\n\n');
    expect(draftTargets(importDocument(`${page}\n`, { source: 'p.txt' }).caseText).map((t) => t.name)).toEqual(['Jane Example', 'Karl A. Beispiel']);
  });
});
