import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

describe('sentenceOfficials', () => {
  const rows: Array<{ line: string; expected: { name: string; title: string; emails: string[] } | undefined }> = [
    { line: 'Envoyez votre lettre par email au Président Jean-Marc Beispiel Ndiaye : cabinet@presidence.example.sn.', expected: { name: 'Jean-Marc Beispiel Ndiaye', title: 'Président', emails: ['cabinet@presidence.example.sn'] } },
    { line: 'Veuillez écrire une lettre courtoise en arabe ou en français au roi Faisal bin Example al Beispiel:', expected: { name: 'Faisal bin Example al Beispiel', title: 'Roi', emails: [] } },
    { line: 'Please write to President Jane Beispiel: office@president.example.org', expected: { name: 'Jane Beispiel', title: 'President', emails: ['office@president.example.org'] } },
    // The office and name inside a longer instruction, the channel between the name and the email.
    { line: "Pour agir : copiez la lettre ci-dessous en l'adressant au Roi Hamad bin Exemple Al Beispiel via l'e-mail du cabinet royal : bureau@roi.example.org et à l'ambassade du royaume à Bruxelles : ambassade@example.be", expected: { name: 'Hamad bin Exemple Al Beispiel', title: 'Roi', emails: ['bureau@roi.example.org'] } },
    { line: 'Please send it to President Maria Example Beispiel at contact@presidency.example.org today.', expected: { name: 'Maria Example Beispiel', title: 'President', emails: ['contact@presidency.example.org'] } },
    { line: 'Escribe al Presidente Tomás Ejemplo Prueba: despacho@presidencia.example.gob', expected: { name: 'Tomás Ejemplo Prueba', title: 'Presidente', emails: ['despacho@presidencia.example.gob'] } },
    { line: 'Bitte schreiben Sie an Präsident Anton Beispiel Muster: buero@praesident.example.de', expected: { name: 'Anton Beispiel Muster', title: 'Präsident', emails: ['buero@praesident.example.de'] } },
    // The email after "and to the embassy" is the embassy's: the official keeps none.
    { line: 'Please send it to King Omar Example Beispiel and to the embassy in London at embassy@example.org', expected: { name: 'Omar Example Beispiel', title: 'King', emails: [] } },
    // The office with its country after it, a comma, the name, then the address the letter goes to.
    { line: "Copiez la lettre en l'adressant au Président de la République du Valdor, Jean Exemple Martin, en l'envoyant à l'adresse cabinet@presidence.example.org.", expected: { name: 'Jean Exemple Martin', title: 'Président de la République du Valdor', emails: ['cabinet@presidence.example.org'] } },
    { line: 'Please write to the President of the Republic of Valdor, Jane Example Beispiel, sending it to office@president.example.org', expected: { name: 'Jane Example Beispiel', title: 'President of the Republic of Valdor', emails: ['office@president.example.org'] } },
    { line: 'Escribe al Presidente de la República de Valdor, Tomás Ejemplo Prueba, a la dirección despacho@presidencia.example.gob', expected: { name: 'Tomás Ejemplo Prueba', title: 'Presidente de la República de Valdor', emails: ['despacho@presidencia.example.gob'] } },
    // No instruction to write: a sentence of the story that names the president is not an address.
    { line: 'Le journaliste a été reçu au Président Hotel de la capitale en mai.', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    if (expected === undefined) expect(official).toBeUndefined();
    else expect({ name: official?.name?.value, title: official?.title?.value, emails: official?.emails.map((e) => e.value) }).toEqual(expected);
  });
});

describe('sentenceOfficials: the office phrase, the name after a comma, and the clauses after it', () => {
  type Row = { line: string; expected: { name: string; honorific?: string; title: string; emails: string[]; copies: Array<{ name: string; emails: string[] }> } | undefined };
  const rows: Row[] = [
    // An office phrase in lower case, a courtesy title after a comma, two emails, then a copy to an embassy.
    {
      line: "Pour agir : copiez le modèle ci-dessous et adressez-le au Ministre de la Justice de Exempleland, Mme Claire Exemple Dupont, à l'adresse email : cabinet@justice.example ou claire.dupont@example.org, mettez en copie l'ambassade d'Exempleland à Bruxelles : info@ambassade.example.be",
      expected: { name: 'Claire Exemple Dupont', honorific: 'Mme', title: 'Ministre de la Justice de Exempleland', emails: ['cabinet@justice.example', 'claire.dupont@example.org'], copies: [{ name: "Ambassade d'Exempleland à Bruxelles", emails: ['info@ambassade.example.be'] }] },
    },
    // The letter is sent through the embassy: its addresses are where his letter goes.
    {
      line: "Pour AGIR : copiez le modèle en l'adressant au Responsable de la police nationale Jean Exemple Martin, en l'envoyant à l'ambassade du pays en Belgique : secretariat@ambassade.example et bureau@mfa.example",
      expected: { name: 'Jean Exemple Martin', title: 'Responsable de la police nationale', emails: ['secretariat@ambassade.example', 'bureau@mfa.example'], copies: [] },
    },
    {
      line: 'Please write to the Minister of the Interior, Mr John Example Smith, at minister@interior.example and copy the Embassy of Exampleland in London: embassy@example.org.uk',
      expected: { name: 'John Example Smith', honorific: 'Mr', title: 'Minister of the Interior', emails: ['minister@interior.example'], copies: [{ name: 'Embassy of Exampleland in London', emails: ['embassy@example.org.uk'] }] },
    },
    {
      line: 'Escribe al Fiscal General del Estado, Sr. Juan Ejemplo Pérez, al correo despacho@fiscalia.example, con copia a la Embajada de Ejemplia en Madrid: embajada@example.es',
      expected: { name: 'Juan Ejemplo Pérez', honorific: 'Sr.', title: 'Fiscal General del Estado', emails: ['despacho@fiscalia.example'], copies: [{ name: 'Embajada de Ejemplia en Madrid', emails: ['embajada@example.es'] }] },
    },
    {
      line: 'Bitte schreiben Sie an den Justizminister, Herrn Anton Beispiel Muster, per E-Mail an buero@justiz.example.de, und in Kopie an die Botschaft in Berlin: info@botschaft.example.de',
      expected: { name: 'Anton Beispiel Muster', honorific: 'Herrn', title: 'Justizminister', emails: ['buero@justiz.example.de'], copies: [{ name: 'Botschaft in Berlin', emails: ['info@botschaft.example.de'] }] },
    },
    // The copy joined by "and" with a verb of its own, with no comma before it.
    {
      line: "Copiez le modèle en l'adressant par email à la présidente Claire Exemple Dupont : cabinet@presidence.example et en mettant en copie l'ambassade d'Exempleland à Bruxelles : info@ambassade.example.be.",
      expected: { name: 'Claire Exemple Dupont', title: 'Présidente', emails: ['cabinet@presidence.example'], copies: [{ name: "Ambassade d'Exempleland à Bruxelles", emails: ['info@ambassade.example.be'] }] },
    },
    {
      line: 'Please email the letter to President Jane Example Doe at office@presidency.example and copying the Embassy of Exampleland in London: embassy@example.org.uk',
      expected: { name: 'Jane Example Doe', title: 'President', emails: ['office@presidency.example'], copies: [{ name: 'Embassy of Exampleland in London', emails: ['embassy@example.org.uk'] }] },
    },
    {
      line: 'Escribe al Presidente Tomás Ejemplo Prueba al correo despacho@presidencia.example y copiando a la Embajada de Ejemplia en Madrid: embajada@example.es',
      expected: { name: 'Tomás Ejemplo Prueba', title: 'Presidente', emails: ['despacho@presidencia.example'], copies: [{ name: 'Embajada de Ejemplia en Madrid', emails: ['embajada@example.es'] }] },
    },
    // A page that lost its line break after the email: the next sentence is not read as this one's.
    {
      line: "Envoyez-le au Président Jean Exemple Ndiaye par email : president@example.sn Vous pouvez aussi lire notre rapport et en parler à vos amis, ou écrire à info@example.org",
      expected: { name: 'Jean Exemple Ndiaye', title: 'Président', emails: ['president@example.sn'], copies: [] },
    },
    // "of the Republic" is the office's; the name follows it.
    { line: 'Please write to the President of the Republic Jane Example Doe: office@presidency.example', expected: { name: 'Jane Example Doe', title: 'President of the Republic', emails: ['office@presidency.example'], copies: [] } },
    { line: 'Write to the Prime Minister Jane Example Doe via the embassy in Brussels: pm@embassy.example', expected: { name: 'Jane Example Doe', title: 'Prime Minister', emails: ['pm@embassy.example'], copies: [] } },
    // "Dirigida al …", "Richten Sie … an den …": other verbs of addressing a letter.
    { line: 'Envía una carta dirigida al Ministro del Interior, Sr. Juan Ejemplo Pérez, al correo ministro@interior.example', expected: { name: 'Juan Ejemplo Pérez', honorific: 'Sr.', title: 'Ministro del Interior', emails: ['ministro@interior.example'], copies: [] } },
    { line: 'Richten Sie Ihren Appell an den Generalstaatsanwalt, Herrn Karl Beispiel Muster, per E-Mail an buero@gsta.example.de', expected: { name: 'Karl Beispiel Muster', honorific: 'Herrn', title: 'Generalstaatsanwalt', emails: ['buero@gsta.example.de'], copies: [] } },
    // The page's own blind copy for counting is nobody's address.
    { line: "Écrivez au Président Jean Exemple Ndiaye : president@example.sn, en mettant en copie cachée (Cci) action@amnesty.example", expected: { name: 'Jean Exemple Ndiaye', title: 'Président', emails: ['president@example.sn'], copies: [] } },
    // A second person named after "and to": his address is not the official's.
    { line: 'Please write to President Jane Example Doe and to Mr Paul Other at paul@example.org', expected: { name: 'Jane Example Doe', title: 'President', emails: [], copies: [] } },
    // A copy with no institution named ("your MP") is left to the reader.
    { line: 'Please write to President Jane Example Doe at office@example.org, and copy your MP: mp@example.org', expected: { name: 'Jane Example Doe', title: 'President', emails: ['office@example.org'], copies: [] } },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official, ...copies] = sentenceOfficials(doc(line));
    if (expected === undefined) {
      expect(official).toBeUndefined();
      return;
    }
    expect({
      name: official?.name?.value,
      ...(official?.honorific ? { honorific: official.honorific.value } : {}),
      title: official?.title?.value,
      emails: official?.emails.map((e) => e.value),
      copies: copies.map((c) => ({ name: c.name?.value, emails: c.emails.map((e) => e.value) })),
    }).toEqual(expected);
    expect(official?.copy).toBe(false);
    for (const c of copies) expect(c.copy).toBe(true);
  });
});

describe('sentenceOfficials: the name first, the office after a comma', () => {
  const rows: Array<{ line: string; expected: { name: string; title: string; emails: string[] } | undefined }> = [
    { line: 'Please write to Jane Example Doe, Minister of Justice, at minister@justice.example', expected: { name: 'Jane Example Doe', title: 'Minister of Justice', emails: ['minister@justice.example'] } },
    { line: "Écrivez à Jean Exemple Ndiaye, ministre de l'Intérieur : cabinet@interieur.example", expected: { name: 'Jean Exemple Ndiaye', title: "Ministre de l'Intérieur", emails: ['cabinet@interieur.example'] } },
    { line: 'Escribe a Ana Ejemplo Ruiz, fiscal general del Estado: despacho@fiscalia.example', expected: { name: 'Ana Ejemplo Ruiz', title: 'Fiscal general del Estado', emails: ['despacho@fiscalia.example'] } },
    { line: 'Bitte schreiben Sie an Karl Beispiel Muster, Generalstaatsanwalt, unter buero@gsta.example.de', expected: { name: 'Karl Beispiel Muster', title: 'Generalstaatsanwalt', emails: ['buero@gsta.example.de'] } },
    // What follows the name's comma is no office: nothing is taken.
    { line: 'Please write to Jane Example Doe, who was arrested in May, at campaign@example.org', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    if (expected === undefined) expect(official).toBeUndefined();
    else expect({ name: official?.name?.value, title: official?.title?.value, emails: official?.emails.map((e) => e.value) }).toEqual(expected);
  });
});

// The office named with its email and no person: the office is the title, the name is left to the reader.
describe('sentenceOfficials: an office with no name', () => {
  const rows: Array<{ line: string; expected: { title: string; emails: string[] } | undefined }> = [
    { line: 'Appelle können per Post oder per E-Mail an den Justizminister (minister@justiz.example.td) geschickt werden.', expected: { title: 'Justizminister', emails: ['minister@justiz.example.td'] } },
    { line: 'Please write to the Minister of Justice: minister@justice.example.org', expected: { title: 'Minister of Justice', emails: ['minister@justice.example.org'] } },
    { line: 'Écrivez au ministre de la Justice (cabinet@justice.example.fr) pour demander sa libération.', expected: { title: 'Ministre de la Justice', emails: ['cabinet@justice.example.fr'] } },
    { line: 'Escriban al Fiscal General (despacho@fiscalia.example.gob) para pedir su liberación.', expected: { title: 'Fiscal General', emails: ['despacho@fiscalia.example.gob'] } },
    // German names the one written to in the dative, with no "an", a country's adjective before the office.
    { line: 'Schreiben Sie dem belarussischen Botschafter in der Schweiz: schweiz@mfa.example.by', expected: { title: 'Botschafter in der Schweiz', emails: ['schweiz@mfa.example.by'] } },
    { line: 'Bitte schreiben Sie der Justizministerin: ministerin@justiz.example.org', expected: { title: 'Justizministerin', emails: ['ministerin@justiz.example.org'] } },
    // The page's own address for counting actions is nobody's: the office is kept, with no email.
    { line: 'Senden Sie Ihre Appelle an den Justizminister (aktion@amnesty.example.de) und an uns.', expected: { title: 'Justizminister', emails: [] } },
    // Words of the sentence between the office and the email: the email is asked about (below), not taken.
    { line: 'Écrivez au ministre de la Justice pour lui demander de libérer le militant : justice@example.org', expected: { title: 'Ministre de la Justice', emails: [] } },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    if (expected === undefined) expect(official).toBeUndefined();
    else {
      expect(official?.name).toBeUndefined();
      expect({ title: official?.title?.value, emails: official?.emails.map((e) => e.value) }).toEqual(expected);
    }
  });
});

// Italian and German reposts name the official in prose and run his postal address on after the name.
describe('sentenceOfficials: the office, the name and the postal address in one sentence', () => {
  type Row = { line: string; expected: { name?: string; honorific?: string; title: string; address: string[]; emails: string[] } | undefined };
  const rows: Row[] = [
    { line: 'Scrivete al Presidente della Repubblica, Mario Rossi, Palazzo Esempio, 00100 Roma', expected: { name: 'Mario Rossi', title: 'Presidente della Repubblica', address: ['Palazzo Esempio', '00100 Roma'], emails: [] } },
    { line: 'Inviate un appello alla Ministra della Giustizia, Anna Bianchi, Via Esempio 12, 00186 Roma, Italia, chiedendo il rilascio di Luca.', expected: { name: 'Anna Bianchi', title: 'Ministra della Giustizia', address: ['Via Esempio 12', '00186 Roma', 'Italia'], emails: [] } },
    { line: "Scrivi all'Ambasciatore, Paolo Verdi, all'indirizzo ambasciata@example.it", expected: { name: 'Paolo Verdi', title: 'Ambasciatore', address: [], emails: ['ambasciata@example.it'] } },
    // "an den Präsidenten": the address line names the office as "Präsident".
    { line: 'Schreiben Sie an den Präsidenten, Herrn Max Muster, Beispielstraße 1, 10115 Berlin', expected: { name: 'Max Muster', honorific: 'Herrn', title: 'Präsident', address: ['Beispielstraße 1', '10115 Berlin'], emails: [] } },
    { line: 'Bitte schreiben Sie an die Justizministerin, Frau Erika Muster, Musterweg 5, 10117 Berlin, und bitten Sie um die Freilassung.', expected: { name: 'Erika Muster', honorific: 'Frau', title: 'Justizministerin', address: ['Musterweg 5', '10117 Berlin'], emails: [] } },
    // The office and its address, no person: the building is no name, the name is left to the reader.
    { line: 'Scrivete al Presidente della Repubblica, Palazzo Esempio, 00100 Roma', expected: { title: 'Presidente della Repubblica', address: ['Palazzo Esempio', '00100 Roma'], emails: [] } },
    // What follows the name is the sentence's, not an address, when no postcode and town end it.
    { line: 'Scrivete al Presidente della Repubblica, Mario Rossi, Piazza Grande, chiedendo il rilascio di Luca.', expected: { name: 'Mario Rossi', title: 'Presidente della Repubblica', address: [], emails: [] } },
    // The envelope run into the sentence: the building right after the name opens the address, and a
    // four-digit house number before a street's word is no postcode.
    { line: 'Please post your letter to: Governor Jane Example The State House, 2400 Example Avenue NE Capitol City, XY 40001, Exampleland. Sign it with your name.', expected: { name: 'Jane Example', title: 'Governor', address: ['The State House', '2400 Example Avenue NE Capitol City', 'XY 40001', 'Exampleland'], emails: [] } },
    { line: 'Schreiben Sie an den Präsidenten Juan Ejemplo Palacio de Gobierno, Calle Falsa 12, 1000 Ciudad Ejemplo, und bitten Sie um die Freilassung.', expected: { name: 'Juan Ejemplo', title: 'Präsident', address: ['Palacio de Gobierno', 'Calle Falsa 12', '1000 Ciudad Ejemplo'], emails: [] } },
    // No postal address after the building: the name is still his alone, and the building no address.
    { line: 'Please write to Governor Jane Example The State House, asking her to act.', expected: { name: 'Jane Example', title: 'Governor', address: [], emails: [] } },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    if (expected === undefined) {
      expect(official).toBeUndefined();
      return;
    }
    expect({
      ...(official?.name ? { name: official.name.value } : {}),
      ...(official?.honorific ? { honorific: official.honorific.value } : {}),
      title: official?.title?.value,
      address: official?.address.map((a) => a.value),
      emails: official?.emails.map((e) => e.value),
    }).toEqual(expected);
    expect(official?.confidence).toBe('low');
  });
});

// An email given for an office or an embassy the sentence names, with no person: nobody is made up.
describe('sentenceOfficials: an office or an embassy and its email in the instruction', () => {
  type Row = { line: string; expected: { organisation?: string; title?: string; emails: string[] } | undefined };
  const rows: Row[] = [
    { line: 'Email the Minister at minister@example.gov.xx before 1 May 2025.', expected: { title: 'Minister', emails: ['minister@example.gov.xx'] } },
    { line: 'Escribe al fiscal general a fiscal@example.gob.xx antes del 20 de marzo.', expected: { title: 'Fiscal general', emails: ['fiscal@example.gob.xx'] } },
    { line: "Scrivete al Procuratore generale all'indirizzo procura@example.it", expected: { title: 'Procuratore generale', emails: ['procura@example.it'] } },
    // The embassy as printed is the organisation; no name is given.
    { line: "Envoyez votre lettre par courriel à l'ambassade : ambassade.exemple@example.org", expected: { organisation: 'Ambassade', emails: ['ambassade.exemple@example.org'] } },
    { line: 'Please write to the Embassy of Exampleland in London at embassy@example.org.uk', expected: { organisation: 'Embassy of Exampleland in London', emails: ['embassy@example.org.uk'] } },
    { line: 'Schreiben Sie an die Botschaft von Beispielland (info@botschaft.example.de).', expected: { organisation: 'Botschaft von Beispielland', emails: ['info@botschaft.example.de'] } },
    // The email's own label inside the brackets ("(email: …)", "(courriel : …)").
    { line: "vi propongo di inviare questo breve testo all'Ambasciata di Esempio (email: amb@example.it), per chiedere la sua liberazione.", expected: { organisation: 'Ambasciata di Esempio', emails: ['amb@example.it'] } },
    { line: 'Write to the Embassy of Exampleland (email: embassy@example.org) to ask for his release.', expected: { organisation: 'Embassy of Exampleland', emails: ['embassy@example.org'] } },
    { line: "Écrivez à l'ambassade d'Exempleland (courriel : amb@example.fr) pour demander sa libération.", expected: { organisation: "Ambassade d'Exempleland", emails: ['amb@example.fr'] } },
    // A blog's running text: the email right after the office and a comma, the office "current" (attuale) now.
    { line: "Ieri ho scritto all'attuale Ambasciatore esempiano in Italia, ambasciata.roma@example.org e aspetto ancora una risposta.", expected: { title: 'Ambasciatore esempiano in Italia', emails: ['ambasciata.roma@example.org'] } },
    { line: 'Écrivez au ministre de la Justice, cabinet.justice@example.org, pour demander sa libération.', expected: { title: 'Ministre de la Justice', emails: ['cabinet.justice@example.org'] } },
    { line: 'We wrote to the current Minister of the Interior, interior.office@example.org and urge you to do the same.', expected: { title: 'Minister of the Interior', emails: ['interior.office@example.org'] } },
    // No office, institution or person is named: the email is nobody's the importer could say.
    { line: 'Schicken Sie eine E-Mail an botschaft@example.de', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    if (expected === undefined) {
      expect(official).toBeUndefined();
      return;
    }
    expect({
      ...(official?.organisation ? { organisation: official.organisation.value } : {}),
      ...(official?.title ? { title: official.title.value } : {}),
      emails: official?.emails.map((e) => e.value),
    }).toEqual(expected);
    expect(official?.name).toBeUndefined();
    expect(official?.copy).toBe(false);
  });
});

// A postal address run on after the name with no postcode ends where the sentence goes on in lower
// case or ends; "à l'adresse" announces it. Parts are taken only when one is a street and its number.
describe('sentenceOfficials: a postal address with no postcode, or announced', () => {
  type Row = { line: string; expected: { name?: string; title: string; address: string[]; emails: string[] } };
  const rows: Row[] = [
    {
      line: 'Please write to the Prosecutor General, Jane Doe, Office of the Prosecutor General, 1 Example Street, Exampletown, or email her at pg@example.gov, calling on her to release Sam Roe.',
      expected: { name: 'Jane Doe', title: 'Prosecutor General', address: ['Office of the Prosecutor General', '1 Example Street', 'Exampletown'], emails: ['pg@example.gov'] },
    },
    // The sentence ends after the town; the next one, a copy to the campaign's own office, is not his.
    {
      line: 'Please write to the Prosecutor General, Jane Doe, Office of the Prosecutor General, 1 Example Street, Exampletown. Send a copy to Amnesty International, 1 Easton Street, London WC1X 0DW.',
      expected: { name: 'Jane Doe', title: 'Prosecutor General', address: ['Office of the Prosecutor General', '1 Example Street', 'Exampletown'], emails: [] },
    },
    {
      line: "Écrivez au ministre de la Justice, M. Jean Dupont, à l'adresse Ministère de la Justice, 12 rue de l'Exemple, 75001 Exempleville, en demandant la libération de Paul Martin.",
      expected: { name: 'Jean Dupont', title: 'Ministre de la Justice', address: ['Ministère de la Justice', "12 rue de l'Exemple", '75001 Exempleville'], emails: [] },
    },
    {
      line: 'Escriba a la Fiscal General, Ana Ejemplo, a la dirección Fiscalía General, Calle Ejemplo 123, Ciudad Ejemplo, pidiendo la libertad de Luis.',
      expected: { name: 'Ana Ejemplo', title: 'Fiscal General', address: ['Fiscalía General', 'Calle Ejemplo 123', 'Ciudad Ejemplo'], emails: [] },
    },
    {
      line: 'Please write to the Prosecutor General, Jane Doe, at the Office of the Prosecutor General, 1 Example Street, Exampletown, calling on her to act.',
      expected: { name: 'Jane Doe', title: 'Prosecutor General', address: ['Office of the Prosecutor General', '1 Example Street', 'Exampletown'], emails: [] },
    },
    // No street and number among the parts: the words after the name are the sentence's, not an address.
    {
      line: 'Please write to the Prosecutor General, Jane Doe, Office of the Prosecutor General, Exampletown, calling on her to release Sam Roe.',
      expected: { name: 'Jane Doe', title: 'Prosecutor General', address: [], emails: [] },
    },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    expect({
      ...(official?.name ? { name: official.name.value } : {}),
      title: official?.title?.value,
      address: official?.address.map((a) => a.value),
      emails: official?.emails.map((e) => e.value),
    }).toEqual(expected);
  });
});

// A copy the sentence asks for, to an embassy named by its country, is a copy recipient even with no email.
describe('sentenceOfficials: a copy to a named embassy with no email', () => {
  const rows: Array<{ line: string; copies: Array<{ name: string; emails: string[] }> }> = [
    { line: 'Escriba al Fiscal General, Juan Pérez, a fiscal@example.gob, con copia a la Embajada de Ejemplo.', copies: [{ name: 'Embajada de Ejemplo', emails: [] }] },
    { line: 'Please write to the Minister of Justice, Jane Doe, at justice@example.gov, with a copy to the Embassy of Exampleland in London.', copies: [{ name: 'Embassy of Exampleland in London', emails: [] }] },
    // "the embassy of your country" names no embassy: no copy is made up.
    { line: 'Please write to the Minister of Justice, Jane Doe, at justice@example.gov, with a copy to the embassy of your country.', copies: [] },
  ];
  it.each(rows)('$line', ({ line, copies }) => {
    const [, ...rest] = sentenceOfficials(doc(line));
    expect(rest.map((c) => ({ name: c.name?.value, emails: c.emails.map((e) => e.value), copy: c.copy }))).toEqual(copies.map((c) => ({ ...c, copy: true })));
  });
});

// Two officials in one sentence: each keeps the email given right after him; an email after both,
// when the first was given none, could be either's and is left out with a TODO on each.
describe('sentenceOfficials: two officials named in one sentence', () => {
  type Row = { line: string; expected: Array<{ name?: string; title: string; emails: string[]; unsure: string[] }> };
  const rows: Row[] = [
    {
      line: 'Please write to the Minister of Justice, Jane Doe, and the Prosecutor General, John Smith, at justice@example.gov, asking them to release Sam Roe.',
      expected: [
        { name: 'Jane Doe', title: 'Minister of Justice', emails: [], unsure: ['justice@example.gov'] },
        { name: 'John Smith', title: 'Prosecutor General', emails: [], unsure: ['justice@example.gov'] },
      ],
    },
    {
      line: 'Please write to the Minister of Justice, Jane Doe, at jane@example.gov, and the Prosecutor General, John Smith, at pg@example.gov.',
      expected: [
        { name: 'Jane Doe', title: 'Minister of Justice', emails: ['jane@example.gov'], unsure: [] },
        { name: 'John Smith', title: 'Prosecutor General', emails: ['pg@example.gov'], unsure: [] },
      ],
    },
    {
      line: 'Escriba al Ministro del Interior, Juan Pérez, y al Fiscal General, Luis Gómez, a despacho@example.gob.',
      expected: [
        { name: 'Juan Pérez', title: 'Ministro del Interior', emails: [], unsure: ['despacho@example.gob'] },
        { name: 'Luis Gómez', title: 'Fiscal General', emails: [], unsure: ['despacho@example.gob'] },
      ],
    },
    // An email after a second recipient who is no official ("and to Mr Other") is named in a TODO, not lost.
    { line: 'Please write to President Jane Example Doe and to Mr Paul Other at paul@example.org', expected: [{ name: 'Jane Example Doe', title: 'President', emails: [], unsure: ['paul@example.org'] }] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const found = sentenceOfficials(doc(line));
    expect(found.map((o) => ({ ...(o.name ? { name: o.name.value } : {}), title: o.title?.value, emails: o.emails.map((e) => e.value), unsure: o.unsure.map((u) => u.value) }))).toEqual(expected);
  });
});

// An office named alone in the instruction: the title, and the name only when the letter greets that office's holder by name.
describe("sentenceOfficials: an office alone, named by the letter's greeting or not at all", () => {
  const page = (instruction: string, greeting: string) =>
    doc(`URGENT ACTION\nJUDGE DISMISSED\n\n${instruction}\n\nJudge Mary Roe was dismissed on 3 March 2025.\n\n${greeting}\n\nI am writing to ask you to reinstate Judge Mary Roe.\n\nYours sincerely,`);
  const rows: Array<{ instruction: string; greeting: string; expected: { name?: string; title: string } | undefined }> = [
    { instruction: 'Write to the Chief Justice asking him to reinstate Judge Mary Roe.', greeting: 'Dear Chief Justice John Smith,', expected: { name: 'John Smith', title: 'Chief Justice' } },
    { instruction: 'Write to the Chief Justice asking him to reinstate Judge Mary Roe.', greeting: 'Dear Chief Justice,', expected: { title: 'Chief Justice' } },
    // The greeting names a person, not the office: his name is not guessed to be the office holder's.
    { instruction: 'Write to the Chief Justice asking him to reinstate Judge Mary Roe.', greeting: 'Dear Mr Smith,', expected: { title: 'Chief Justice' } },
    { instruction: 'Schreiben Sie an die Oberste Justizautorität und fordern Sie die Wiedereinstellung.', greeting: 'Sehr geehrter Herr Vorsitzender Karl Beispiel,', expected: { title: 'Oberste Justizautorität' } },
    { instruction: 'Schreiben Sie an den Generalstaatsanwalt und fordern Sie die Wiedereinstellung.', greeting: 'Sehr geehrter Herr Generalstaatsanwalt Karl Beispiel,', expected: { name: 'Karl Beispiel', title: 'Generalstaatsanwalt' } },
    { instruction: 'Écrivez au président de la République pour demander sa réintégration.', greeting: 'Monsieur le Président Jean Dupont,', expected: { name: 'Jean Dupont', title: 'Président de la République' } },
    // A federation is a state: the office runs to its end.
    { instruction: 'Bitte schreiben Sie einen höflichen Brief an den Generalstaatsanwalt der Beispielischen Föderation.', greeting: 'Sehr geehrter Herr Generalstaatsanwalt,', expected: { title: 'Generalstaatsanwalt der Beispielischen Föderation' } },
    { instruction: 'Escriba al Fiscal General pidiendo su reincorporación.', greeting: 'Señor Fiscal General Juan Pérez:', expected: { name: 'Juan Pérez', title: 'Fiscal General' } },
    // A copy asked of an office is no addressee.
    { instruction: 'Please send a copy to the Minister of Foreign Affairs asking him to act.', greeting: 'Dear Minister John Smith,', expected: undefined },
  ];
  it.each(rows)('$instruction / $greeting', ({ instruction, greeting, expected }) => {
    const [official] = sentenceOfficials(page(instruction, greeting));
    if (expected === undefined) expect(official).toBeUndefined();
    else expect({ ...(official?.name ? { name: official.name.value } : {}), title: official?.title?.value }).toEqual(expected);
  });
});

// An office named alone is read only when no instruction further down names someone or how to reach him.
describe('sentenceOfficials: an office alone above a fuller instruction', () => {
  const rows: Array<{ lines: string[]; expected: { name?: string; title: string; emails: string[] } }> = [
    {
      lines: ['Écrivez au président de la République pour demander sa libération.', 'Envoyez votre lettre au Président Jean Exemple Ndiaye : cabinet@example.sn.'],
      expected: { name: 'Jean Exemple Ndiaye', title: 'Président', emails: ['cabinet@example.sn'] },
    },
    {
      lines: ['Write to the Chief Justice asking him to reinstate Judge Mary Roe.', 'Please email the Chief Justice at chief.justice@example.gov.'],
      expected: { title: 'Chief Justice', emails: ['chief.justice@example.gov'] },
    },
  ];
  it.each(rows)('$lines.1', ({ lines, expected }) => {
    const [official] = sentenceOfficials(doc(['ACTION URGENTE', '', ...lines.flatMap((l) => [l, ''])].join('\n')));
    expect({ ...(official?.name ? { name: official.name.value } : {}), title: official?.title?.value, emails: official?.emails.map((e) => e.value) }).toEqual(expected);
  });
});

describe('sentenceOfficials: an embassy and its email in a sentence of its own under the instruction', () => {
  const instruction = 'Pour AGIR : envoyez le modèle de lettre au Procureur général Jean Modèle : jm@justice.example';
  const rows: Array<{ under: string[]; expected: Array<[string, string, boolean]> }> = [
    { under: ["Vous pouvez aussi envoyer votre message en copie à l'ambassade d'Exemplie à Bruxelles : amb@exemplie.example.be"], expected: [["Ambassade d'Exemplie à Bruxelles", 'amb@exemplie.example.be', true]] },
    { under: ['', 'You can also send a copy to the Embassy of Exampleland in London: embassy@example.org.uk'], expected: [['Embassy of Exampleland in London', 'embassy@example.org.uk', true]] },
    { under: ["Écrivez aussi à l'ambassade de la République d'Exemplie à Bruxelles : secretariat@ambex.example.eu"], expected: [["Ambassade de la République d'Exemplie à Bruxelles", 'secretariat@ambex.example.eu', false]] },
    // The campaign's own address, to copy for its count, is no recipient; a line of the story is none.
    { under: ['Pour que nous puissions faire un suivi, merci de mettre action@amnesty.be en copie cachée de votre mail.'], expected: [] },
    { under: ["L'ambassade d'Exemplie à Bruxelles : amb@exemplie.example.be a refusé de répondre."], expected: [] },
    // Too far under the instruction to be its own.
    { under: ['Jean Exemple est détenu depuis mars.', 'Il a été condamné sans avocat.', 'Sa famille est inquiète.', "Vous pouvez aussi envoyer votre message en copie à l'ambassade d'Exemplie à Bruxelles : amb@exemplie.example.be"], expected: [] },
  ];
  it.each(rows)('$under', ({ under, expected }) => {
    const officials = sentenceOfficials(doc([instruction, ...under].join('\n')));
    expect(officials.slice(1).map((o) => [o.organisation?.value ?? o.name?.value, o.emails[0]?.value, o.copy])).toEqual(expected);
    expect(officials[0]?.name?.value).toBe('Jean Modèle');
  });
});

describe('sentenceOfficials: a person named with no office, his email after a colon', () => {
  const rows: Array<{ line: string; expected: Array<[string, string]> }> = [
    { line: 'Adressez le message ci-dessous à Jean Modèle : jm@interieur.example.fr', expected: [['Jean Modèle', 'jm@interieur.example.fr']] },
    { line: 'Please send the letter below to Jane Example Doe: office@ministry.example.org', expected: [['Jane Example Doe', 'office@ministry.example.org']] },
    // Reporting back to the campaign, or a copy to its own people, names no official.
    { line: 'Please report the actions you took to Mary Example: mary@group.example.org', expected: [] },
    { line: 'Envoyez une copie à Paul Exemple : paul@groupe.example.be', expected: [] },
    { line: "N'oubliez pas d'écrire à Amnesty Belgique : action@amnesty.be", expected: [] },
    // A name that is an office or no name at all.
    { line: 'Please write to Campaign Office: office@example.org', expected: [] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(sentenceOfficials(doc(line)).map((o) => [o.name?.value, o.emails[0]?.value])).toEqual(expected);
  });
});

describe('sentenceOfficials: institutions the instruction names as its object, each with its email', () => {
  const rows: Array<{ line: string; expected: Array<[string | undefined, string | undefined]> }> = [
    {
      line: "AGIR PAR EMAIL ? Interpellez par email la représentation de l'Exemplie à l'ONU : mission@exemplie.example.int et l'ambassade d'Exemplie à Bruxelles : secretariat@exemplie.example.be .Demandez sa libération.",
      expected: [["Représentation de l'Exemplie à l'ONU", 'mission@exemplie.example.int'], ["Ambassade d'Exemplie à Bruxelles", 'secretariat@exemplie.example.be']],
    },
    { line: 'Please email the Embassy of Exampleland in London: embassy@exampleland.example.org', expected: [['Embassy of Exampleland in London', 'embassy@exampleland.example.org']] },
    // The article and the institution in a sentence that asks nothing of the reader: no official.
    { line: "La représentation de l'Exemplie à l'ONU : mission@exemplie.example.int n'a pas répondu.", expected: [] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(sentenceOfficials(doc(line)).map((o) => [o.organisation?.value ?? o.name?.value, o.emails[0]?.value])).toEqual(expected);
  });
});

describe('sentenceOfficials: a word of urging shouted after the name', () => {
  const rows = [
    { line: 'Call Governor Jane Example NOW!', name: 'Jane Example' },
    { line: 'Please call Attorney General Robin Sample Beispiel Today! 555-010-2000', name: 'Robin Sample Beispiel' },
    { line: 'Llamen al Ministro Tomás Ejemplo Prueba AHORA: +51 1 555 0100', name: 'Tomás Ejemplo Prueba' },
  ];
  it.each(rows)('$line', ({ line, name }) => {
    expect(sentenceOfficials(doc(line)).map((o) => o.name?.value)).toEqual([name]);
  });
});

describe('sentenceOfficials: running text that names the office, then the person after a comma', () => {
  const rows: Array<{ what: string; text: string; expected: Array<{ name: string; title: string }> }> = [
    {
      what: 'a Portuguese infinitive ("Vamos escrever ao …") asks the reader to write',
      text: 'Vamos escrever ao Presidente da Valdória, Tomás Exemplo, exigindo uma investigação independente.',
      expected: [{ name: 'Tomás Exemplo', title: 'Presidente da Valdória' }],
    },
    {
      what: '"urge" names the one to urge, his office before his name',
      text: 'Please urge Secretary of State Jan Example to call for the release of Jane Citizen.',
      expected: [{ name: 'Jan Example', title: 'Secretary of State' }],
    },
    {
      what: 'a post about several cases: each case\'s instruction adds its own official, none twice',
      text: [
        'Caso 1: jornalista detido',
        'Vamos escrever ao Presidente da Valdória, Tomás Exemplo, exigindo uma investigação.',
        'Caso 2: defensora ameaçada',
        'Vamos escrever ao Ministro da Justiça, Jan Example, exigindo que a proteja.',
        'Caso 3: estudante preso',
        'Vamos escrever de novo ao Presidente da Valdória, Tomás Exemplo, exigindo a sua libertação.',
      ].join('\n'),
      expected: [{ name: 'Tomás Exemplo', title: 'Presidente da Valdória' }, { name: 'Jan Example', title: 'Ministro da Justiça' }],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    expect(sentenceOfficials(doc(text)).map((o) => ({ name: o.name?.value, title: o.title?.value }))).toEqual(expected);
  });
});

describe('sentenceOfficials: a letter the post tells of having sent adds no official', () => {
  it('keeps the one to write to now, not the one written to before', () => {
    const text = ['Please write to the Minister of Justice, Jane Example, asking her to release Karim Beispiel.', 'Last year we wrote to the President of Valdor, Jan Example, about the same case.'].join('\n');
    expect(sentenceOfficials(doc(text)).map((o) => o.name?.value)).toEqual(['Jane Example']);
  });
});

describe('sentenceOfficials: the same person by surname in the headline and in full under it', () => {
  it('is one official, named as the fuller mention prints him', () => {
    const page = doc(`
      Urge Minister Example to call for the release of the students

      Before the minister's visit, please urge Minister of Justice Jan Example to call for the release of all the students held since May.`);
    expect(sentenceOfficials(page).map((o) => ({ name: o.name?.value, title: o.title?.value }))).toEqual([{ name: 'Jan Example', title: 'Minister of Justice' }]);
  });
});

describe('sentenceOfficials: the office of a country, then a courtesy title and the name', () => {
  const rows = [
    { line: 'Please write to the President of Valdor Mr J K Example and plead clemency for Maria Sample. email: jk_example@example.gov', expected: { name: 'J K Example', title: 'President of Valdor', emails: ['jk_example@example.gov'] } },
    { line: 'Write to the Minister of Justice of Valdor Mrs Jane Example at minister@justice.example.org', expected: { name: 'Jane Example', title: 'Minister of Justice of Valdor', emails: ['minister@justice.example.org'] } },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const officials = sentenceOfficials(doc(line));
    expect(officials.map((o) => ({ name: o.name?.value, title: o.title?.value, emails: o.emails.map((e) => e.value) }))).toEqual([expected]);
  });
});

describe('sentenceOfficials: a report of letters sent, and a possessive, name no official', () => {
  const rows = [
    // Past tense only, no way to reach anyone: the writer tells what she did, she asks nothing.
    "I wrote to Valdor's Prime Minister, Minister for Justice and Attorney General today.",
    'We have written to the President of Valdor, Jan Example, about the case.',
    // "Valdor's Prime Minister": a country's office, never a person called "Valdor's Prime".
    "Please write to Valdor's Prime Minister, Minister for Justice and Attorney General today.",
  ];
  it.each(rows)('%s', (line) => {
    expect(sentenceOfficials(doc(line)).filter((o) => o.name !== undefined)).toEqual([]);
  });
});

describe('sentenceOfficials: a request to fax him, the number after him', () => {
  const rows = [
    // A clause that says who he is may stand between him and the number.
    { line: 'Please fax in addition, Ambassador Karl Example, who is the chairperson of the Example Committee on +33-1-00-00-00-00, or the embassy of Valdor in your country.', expected: { name: 'Karl Example', title: 'Ambassador', fax: '+33-1-00-00-00-00' } },
    { line: 'Please send a fax to the Minister of the Interior, Jane Example, on +99 1 234 5678.', expected: { name: 'Jane Example', title: 'Minister of the Interior', fax: '+99 1 234 5678' } },
    { line: 'Faxez aussi au ministre de la Justice Jean Exemple au 01 23 45 67 89.', expected: { name: 'Jean Exemple', title: 'Ministre de la Justice', fax: '01 23 45 67 89' } },
    { line: 'Faxen Sie bitte an den Justizminister Max Muster unter 030 1234567.', expected: { name: 'Max Muster', title: 'Justizminister', fax: '030 1234567' } },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const officials = sentenceOfficials(doc(line));
    expect(officials.map((o) => ({ name: o.name?.value, title: o.title?.value, fax: o.fax?.value }))).toEqual([expected]);
  });

  it('takes no number from a later sentence', () => {
    const [official] = sentenceOfficials(doc('Please fax the President, Jane Example, and ask her to act. Her office is on 555 0100 7777.'));
    expect(official?.fax).toBeUndefined();
  });
});

describe('sentenceOfficials: running prose that asks to write to an office holder and to a body, or to an embassy by its shortened adjective', () => {
  type Row = { line: string; expected: Array<{ name?: string; title?: string; organisation?: string; emails: string[] }> };
  const rows: Row[] = [
    // A Spanish request in the infinitive ("Pedimos … enviar cartas al …").
    {
      line: 'Pedimos a los socios enviar cartas al embajador de Valdor en España, Jorge Ejemplo Infante.',
      expected: [{ name: 'Jorge Ejemplo Infante', title: 'Embajador de Valdor en España', emails: [] }],
    },
    {
      line: 'Animamos a todos a escribir al Ministro del Interior, Tomás Ejemplo Prueba, para pedir su libertad.',
      expected: [{ name: 'Tomás Ejemplo Prueba', title: 'Ministro del Interior', emails: [] }],
    },
    // A German call to write, in its "zu schreiben" form, to an office holder and to a body after "und an den".
    {
      line: 'Wir fordern alle Mitglieder auf, an den Gouverneur von Texas, Greg Example, und an den Texas Board of Pardons and Paroles zu schreiben und um Gnade zu bitten.',
      expected: [
        { name: 'Greg Example', title: 'Gouverneur von Texas', emails: [] },
        { name: 'Texas Board of Pardons and Paroles', emails: [] },
      ],
    },
    {
      line: 'Please write to Governor Jane Example and to the State Board of Pardons and Paroles urging clemency.',
      expected: [
        { name: 'Jane Example', title: 'Governor', emails: [] },
        { name: 'State Board of Pardons and Paroles', emails: [] },
      ],
    },
    // A person after "und an den" is no body: he is left to the reader.
    {
      line: 'Wir bitten Sie, an den Gouverneur von Texas, Greg Example, und an den Anwalt Karl Beispiel zu schreiben.',
      expected: [{ name: 'Greg Example', title: 'Gouverneur von Texas', emails: [] }],
    },
    // "an die hiesige kolumb. Botschaft (…)": the place word is dropped, the state's shortened adjective kept.
    {
      line: 'Ana Beispiel wurde festgenommen. Wer mithelfen will, dann schick bitte die Mails an die hiesige kolumb. Botschaft (embexample@example.at).',
      expected: [{ organisation: 'Kolumb. Botschaft', emails: ['embexample@example.at'] }],
    },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const got = sentenceOfficials(doc(line)).map((o) => ({
      ...(o.name ? { name: o.name.value } : {}),
      ...(o.title ? { title: o.title.value } : {}),
      ...(o.organisation ? { organisation: o.organisation.value } : {}),
      emails: o.emails.map((e) => e.value),
    }));
    expect(got).toEqual(expected);
  });
});

// An office phrase ends at a real boundary (a stop, a comma, a word of the sentence in lower case):
// after a region's word the region's name goes on with it; a country in the genitive after the
// office says whose office it is and is never a name; an office cut at a capital would be made up.
describe('sentenceOfficials: an office phrase is cut only at its real end', () => {
  const rows: Array<{ line: string; expected: Array<{ name?: string; title?: string }> }> = [
    { line: 'Bitte schreiben Sie höflich formulierte Briefe an den Staatsanwalt der Region Beispielsk am Don.', expected: [{ title: 'Staatsanwalt der Region Beispielsk am Don' }] },
    { line: 'Please write to the Governor of the Province of Example Valley, asking him to free the students.', expected: [{ title: 'Governor of the Province of Example Valley' }] },
    { line: 'Escriban al Gobernador del Estado de Nuevo Ejemplo para pedir su liberación.', expected: [{ title: 'Gobernador del Estado de Nuevo Ejemplo' }] },
    { line: 'Bitte schreiben Sie Briefe an den Ministerpräsidenten Vietnams und bitten Sie ihn, die Gefangenen freizulassen.', expected: [] },
    { line: 'Please write to the Prime Minister Chinas asking him to release the lawyers.', expected: [] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(sentenceOfficials(doc(line)).map((o) => ({ ...(o.name ? { name: o.name.value } : {}), ...(o.title ? { title: o.title.value } : {}) }))).toEqual(expected);
  });
});
