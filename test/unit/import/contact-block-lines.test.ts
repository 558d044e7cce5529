// Contact blocks printed in the many ways sections print them: lines the block readers dropped.
// Each kind is read on two pages of its own that vary the layout (other words, order, language).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const targetsOf = (page: string) => draftTargets(importDocument(page, { source: 'page.txt' }).caseText);

describe('a block whose hidden emails (several on a line) stand between the address and the phone', () => {
  // "[email protected] [email protected]": what a site shows for two addresses it hid from robots is
  // still the official's email line; the block goes on to the phone under it.
  it.each([
    ['an institution line, the hidden emails, then the phone', `Urgent Action: RELEASE THE EXAMPLE PROTESTERS (Kazakhstan: UA 99.23)

July 5, 2023

Several people were detained after a peaceful protest in an example town. Some face up to ten years in prison.

  1. Please take action as soon as possible. This Urgent Action expires on August 17th, 2023.
  2. Write a letter in your own words or using the sample below as a guide to the government official listed below.

Contact Information

Aidar Examplov President of Kazakhstan
Presidential Administration of the Republic of Kazakhstan
12 Example Avenue
010000, Astana
Email: [email protected]
[email protected] [email protected]
Phone: + 7 7172 55 01 00

Sample Letter

Dear Mr. President,

I am writing to express my deep concern over the detention of peaceful protesters in an example town.
`, 'Presidential Administration of the Republic of Kazakhstan', '+ 7 7172 55 01 00'],
    ['two hidden emails alone on a line, then two numbers parted by ";"', `Urgent Action: FREE THE EXAMPLE STUDENTS (Belarus: UA 12.22)

March 2, 2022

Four students were detained after they joined a peaceful march. They face charges of organising mass riots.

  1. Please take action as soon as possible. This Urgent Action expires on April 20th, 2022.
  2. Write a letter in your own words or using the sample below as a guide to the government official listed below.

Contact Information

President Ivan Primerov
Administration of the President of the Republic of Belarus
ul. Primernaya 38
220016 Minsk
[email protected] [email protected]
Tel: +375 17 555 00 00; +375 17 555 00 01

Sample Letter

Dear Mr. President,

I am writing to express my deep concern over the detention of four students who joined a peaceful march.
`, 'Administration of the President of the Republic of Belarus', '+375 17 555 00 00 / +375 17 555 00 01'],
  ])('%s', (_, page, institution, phone) => {
    const [target, ...rest] = targetsOf(page);
    expect(rest).toEqual([]);
    expect(target?.address).toContain(institution);
    expect(target?.phone).toBe(phone);
  });
});

describe('an address line that ends in a street\'s abbreviation, in an official block after others', () => {
  // "[c/o] Office of the Head of the Example Court, Sample St.": the abbreviation's stop is no
  // sentence's; the copy's block under "Sende eine Kopie an" is read whole, the embassy's after it too.
  it.each([
    ['in English under a German copy heading', `Dringende Hinrichtung droht
Ein Lehrer ist zum Tode verurteilt worden. Sein Gnadengesuch wurde abgelehnt.
Appell an
STAATSPRÄSIDENT
Herrn Ali Beispielzadeh
The Office of the President, Example Avenue
Tehran, IRAN
(korrekte Anrede: Your Excellency / Exzellenz)
E-Mail: office@president.example.ir
Sende eine Kopie an
LEITER DER MENSCHENRECHTSKOMMISSION
Reza Musterfar
[c/o] Office of the Head of the Example Court, Sample St.
Beispiel Ave. north of Square Seven
Tehran
IRAN
(korrekte Anrede: Dear Sir / Sehr geehrter Herr Musterfar)
E-Mail: info@rights.example.ir
BOTSCHAFT DER ISLAMISCHEN REPUBLIK IRAN
S.E. Herrn Hassan Probezadeh
Beispielallee 12
14195 Berlin
Fax: 030-555 0000
Bitte schreiben Sie Ihre Appelle möglichst sofort.
`, '[c/o] Office of the Head of the Example Court, Sample St.'],
    ['in German, the street glued to its "-str."', `Dringende Hinrichtung droht
Ein Lehrer ist zum Tode verurteilt worden. Sein Gnadengesuch wurde abgelehnt.
Appell an
STAATSPRÄSIDENT
Herrn Ali Beispielzadeh
The Office of the President, Example Avenue
Tehran, IRAN
(korrekte Anrede: Your Excellency / Exzellenz)
E-Mail: office@president.example.ir
Sende eine Kopie an
LEITER DER MENSCHENRECHTSKOMMISSION
Reza Musterfar
c/o Büro des Leiters der Justiz der Islamischen Republik, Probestr.
Haus 4 hinter dem Platz der Sieben
Tehran
IRAN
(korrekte Anrede: Dear Sir / Sehr geehrter Herr Musterfar)
E-Mail: info@rights.example.ir
BOTSCHAFT DER ISLAMISCHEN REPUBLIK IRAN
S.E. Herrn Hassan Probezadeh
Beispielallee 12
14195 Berlin
Fax: 030-555 0000
Bitte schreiben Sie Ihre Appelle möglichst sofort.
`, 'c/o Büro des Leiters der Justiz der Islamischen Republik, Probestr.'],
  ])('%s', (_, page, line) => {
    const targets = targetsOf(page);
    expect(targets.map((t) => t.name)).toEqual(['Ali Beispielzadeh', 'Reza Musterfar', 'Hassan Probezadeh']);
    expect(targets[1]?.address).toContain(line);
    expect(targets[1]?.email).toBe('info@rights.example.ir');
    expect(targets[1]?.copy).toBe(true);
  });
});

describe('a letter as sent: the sender\'s head, a date, then the addressee\'s block', () => {
  // The date parts the sender's head from the addressee: the lines under it are the official's,
  // never the sender's return address.
  it.each([
    ['in English', `Amnesty International USA
writes to the Prime Minister of Laos for the New Year
March 3, 2015
Prime Minister of the Lao People's Democratic Republic
Dr. Vanh Examplevong
Office of the Prime Minister
12 Example Quay St.
Vientiane, Laos
Dear Prime Minister,
I am writing to share the concerns of Amnesty International USA about the detention of peaceful critics in your country, and to ask you to release them.
Those held include students, writers and farmers who spoke about land seizures.
Yours sincerely,
Jane Example
`, { name: 'Vanh Examplevong', salutation: 'Dear Prime Minister', address: ['Office of the Prime Minister', '12 Example Quay St.', 'Vientiane, Laos'] }],
    ['in French', `Amnesty International
Section française : lettre au ministre de la Justice du Bénin
12 mars 2016
Ministre de la Justice et de la Législation
M. Jean-Paul Exemple
Ministère de la Justice
5 rue de l'Exemple
Cotonou, Bénin
Monsieur le Ministre,
Je vous écris pour vous faire part des préoccupations de notre section au sujet de la détention de militants pacifiques dans votre pays.
Je vous prie de les libérer sans condition.
Veuillez agréer, Monsieur le Ministre, l'expression de ma haute considération.
`, { name: 'Jean-Paul Exemple', salutation: 'Monsieur le Ministre', address: ['Ministère de la Justice', "5 rue de l'Exemple", 'Cotonou, Bénin'] }],
  ])('%s', (_, page, want) => {
    const targets = targetsOf(page);
    expect(targets.map((t) => ({ name: t.name, salutation: t.salutation, address: t.address }))).toEqual([want]);
  });
});
