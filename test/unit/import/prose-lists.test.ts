import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Officials a page lists outside any block of contact details (prose-lists.ts and its readers).
const targets = (text: string) => draftTargets(importDocument(text, { source: 'p.txt' }).caseText);
const summary = (t: Record<string, unknown>) =>
  [t.name, t.title ?? '-', [t.email ?? []].flat().join(' ') || '-', t.copy === true ? 'copy' : 'written to'].map(String).join(' · ');

describe("a campaign form's list of who receives the message, the office in brackets", () => {
  it.each([
    [
      'Portuguese, courtesy or office before the name',
      'Liberdade já\n\nAtivistas foram presos.\n\nSeu email será enviado para o presidente e autoridades relevantes:\nPresidente Jane Exemplo da Silva (Presidente da República)\nSra. Ana Exemplo (Presidente da Fundação Exemplo)\nMaria Exemplo de Souza (Diretora de Proteção)\nMinistro João Exemplo (Ministro-chefe da Casa Exemplo)\n\nEnviar\n',
      ['Jane Exemplo da Silva · Presidente da República · - · written to', 'Ana Exemplo · Presidente da Fundação Exemplo · - · written to', 'Maria Exemplo de Souza · Diretora de Proteção · - · written to', 'João Exemplo · Ministro-chefe da Casa Exemplo · - · written to'],
    ],
    [
      'Spanish, "llegará a", the office in brackets naming the government',
      'Libertad para Juan\n\nTu mensaje llegará a:\n\nPresidenta Ana Ejemplo (Presidenta de la República, Gobierno de Ejemplia)\nSr. Luis Ejemplo (Ministro del Interior)\n',
      ['Ana Ejemplo · Presidenta de la República, Gobierno de Ejemplia · - · written to', 'Luis Ejemplo · Ministro del Interior · - · written to'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });


});

describe('officials a blog names in running text, each with the emails printed after him', () => {
  const post = (body: string) => `Write for Karim Beispiel\n\nKarim Beispiel was arrested last month for a peaceful post.\n\n${body}\n`;
  const salutation = (text: string) => targets(text).map((t) => String(t.salutation));
  it.each([
    [
      'an "Emails" sentence after the name; brackets after the next two, one with his office after a comma; the paragraph printed twice',
      post("I urge all readers to write to Ruritania's Justice Minister Jane Example. Emails (type all three in the address bar): a@justice.example, b@justice.example, c@justice.example.\n\nYou may also wish to write to Prime-Minister John Example (email: pm@example.org) and Ana Example, Minister of Foreign Affairs (email: press@mfa.example).\n\nI urge all readers to write to Ruritania's Justice Minister Jane Example. Emails (type all three in the address bar): a@justice.example, b@justice.example, c@justice.example."),
      ['Jane Example · Justice Minister · a@justice.example b@justice.example c@justice.example · written to', 'John Example · Prime-Minister · pm@example.org · written to', 'Ana Example · Minister of Foreign Affairs · press@mfa.example · written to'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });

  it.each([
    ['a salutation the post asks for greets each of them', post('Please write to Prime-Minister John Example (email: pm@example.org) and Ana Example, Minister of Foreign Affairs (email: press@mfa.example).\n\nBe polite and use the "Your Excellency" salutation.'), ['Your Excellency', 'Your Excellency']],
  ])('%s', (_what, text, expected) => {
    expect(salutation(text)).toEqual(expected);
  });
});


describe('a label that lists the officials on its line', () => {
  it.each([
    [
      'French "Destinataires :", offices and names parted by commas, "au", "et à"',
      'Action urgente\n\nDestinataires : Président de la République, M Exemple, au Ministre des Droits humains, M Jean Exemple, et à Me Ana Exemple, chef du département de la Justice.\n\nMonsieur le Président,\n\nJe vous écris pour demander la libération de Karim Beispiel.\n\nVeuillez agréer,\n',
      ['Exemple · Président de la République · - · written to', 'Jean Exemple · Ministre des Droits humains · - · written to', 'Ana Exemple · chef du département de la Justice · - · written to'],
    ],
    [
      'a petition\'s "Target:", the office after the name',
      'Release Karim Beispiel now\n\nTarget: Jane Example, Minister of Justice\n\nDear Minister Example,\n\nI urge you to release Karim Beispiel immediately.\n\nYours sincerely,\n',
      ['Jane Example · Minister of Justice · - · written to'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });
});

describe('offices with the person in brackets, fax numbers by office further down', () => {
  const fax = (t: Record<string, unknown>) => `${String(t.name)} · ${String(t.title)} · ${String(t.fax)}`;
  it.each([
    [
      'two offices, a note between the numbers',
      'Karim Beispiel in danger\n\nPlease send appeals:\n\nIn English, to the Prosecutor General (Jane Example):\n\nDear Prosecutor General,\nRelease Karim Beispiel.\n\nIn English, to the Interior Minister (John Example):\n\nDear Minister,\nRelease Karim Beispiel.\n\nThe fax numbers are:\nProsecutor General\'s Office: +7-495-555-0100\n(This is the number of the information service; ask for the fax.)\nInterior Minister\'s Office: +7-495-555-0111\n',
      ['Jane Example · Prosecutor General · +7-495-555-0100', 'John Example · Interior Minister · +7-495-555-0111'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(fax)).toEqual(expected);
  });
});

describe("a petition site's list of whom its letter goes to", () => {
  it.each([
    [
      'an institution printed twice, offices with the name run on, "and 2 others", a line cut short',
      'Free the Example Three\n\nLetter to\nRuritania Ministry of Justice Ruritania Ministry of Justice\nAmbassador of Ruritania to the US H.E Jane Example\nand 2 others\nDeputy Chief of Mission, Embassy of Ruritania in the US John Example\nEmbassy of\n\nDear Minister,\n\nI am writing to ask you to release the Example Three immediately.\n\nSincerely,\n',
      ['Ruritania Ministry of Justice · - · - · written to', 'Jane Example · Ambassador of Ruritania to the US · - · written to', 'John Example · Deputy Chief of Mission, Embassy of Ruritania in the US · - · written to'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });
});

describe('one official named with his office in the sentence that asks to write', () => {
  it.each([
    ['English, the office before the name', 'Stop the eviction\n\nSend an email to Regional Chief Minister Jane Example right away!\n\nFamilies will lose their homes.\n', ['Jane Example · Regional Chief Minister · - · written to']],
    ['German, the office after the name, "via" the embassy', 'Appell: Freiheit für Karim Beispiel\n\nDieser Appell richtet sich an Jane Beispiel, Oberste Justizautorität via die Botschaft in Wien.\n\nKarim Beispiel wurde verhaftet.\n', ['Jane Beispiel · Oberste Justizautorität · - · written to']],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });
});

describe('bullet records after the letter, under "Send it to the relevant authorities:"', () => {
  const record = (t: Record<string, unknown>) => `${String(t.name)} · ${String(t.title)} · ${[t.address ?? []].flat().join(' | ')} · ${String(t.fax)}`;
  it.each([
    [
      'office, courtesy and name, address, then fields after semicolons; a record cut short is left out',
      'Dear President,\n\nI am writing to ask for the release of Karim Beispiel.\n\nSincerely,\n\nSend it to the relevant authorities:\n• President of Ruritania, Mr. Jane Example, Presidency 06100 Capital City, Ruritania; Fax: +90 312 555 0126; Email:\n• Prime Minister, Mr. John\n',
      ['Jane Example · President of Ruritania · Presidency | 06100 Capital City, Ruritania · +90 312 555 0126'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(record)).toEqual(expected);
  });
});

describe('the sentence that says whom the letter is addressed to, then whom to copy by web form', () => {
  const greeted = (t: Record<string, unknown>) => `${summary(t)} · ${String(t.salutation)}`;
  it.each([
    [
      'the office as printed with its email and the greeting; the copies by office and by name, greeted by no one',
      "Letter of the week\n\nThis week's letter is addressed to the new minister for Home Affairs: jane.example.mp@example.gov\n\nYou could also send it to the Prime Minister via his contact form here: https://pm.example.gov/contact ; and the Minister for Immigration John Example here: https://immi.example.gov/contact\n\nDear Ms Example,\n\nI write to ask you to free the refugees held offshore.\n\nYours sincerely,\n",
      ['Minister for Home Affairs · - · jane.example.mp@example.gov · written to · Dear Ms Example', 'Prime Minister · - · - · copy · undefined', 'John Example · Minister for Immigration · - · copy · undefined'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(greeted)).toEqual(expected);
  });
});

describe('a reminder to send a copy, over the blocks of those it names', () => {
  it.each([
    [
      'numbered officials, then "And remember to send a copy of your letters to … the Prime Minister" over his block',
      'You can write to:\n\n1. The Hon Jane Example,\nMinister for Home Affairs.\nPO Box 6022\nParliament House\nCanberra ACT 2600\n\n2. Mr John Example, Minister for Immigration.\nPO Box 6022\nParliament House\nCanberra ACT 2600\n\nAnd remember to send a copy of your letters to your local MP and the Prime Minister\n\nPrime Minister\nPO Box 6022\nParliament House\nCanberra ACT 2600\n',
      ['Jane Example · written to', 'John Example · written to', 'Prime Minister · copy'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map((t) => `${String(t.name)} · ${t.copy === true ? 'copy' : 'written to'}`)).toEqual(expected);
  });
});

describe("the office an instruction names, its holder named in the story after the office and a comma", () => {
  it.each([
    [
      'Portuguese, an adjective between the office and the comma',
      'Justiça para Ana\n\nPode escrever um e-mail dirigido ao primeiro-ministro a pedir justiça.\n\nEm março, o primeiro-ministro português, Luís Exemplo, prometeu uma investigação.\n',
      ['Luís Exemplo · Primeiro-ministro · - · written to'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });
});
