import { describe, expect, it } from 'vitest';
import { blockFurnitureKind, isCopiesAnnouncement, isInstructionHeading } from '../../../src/import/block-furniture.js';
import { isPersonName } from '../../../src/import/official-words.js';
import { readOfficials } from '../../../src/import/officials.js';
import { doc } from './helpers.js';

describe('blockFurnitureKind', () => {
  const rows: Array<{ line: string; expected: ReturnType<typeof blockFurnitureKind> }> = [
    // The closing of the page's own letter, above its signer and the officials.
    { line: 'Solidarische Grüße', expected: "a letter's closing" },
    { line: 'Mit freundlichen Grüßen', expected: "a letter's closing" },
    { line: 'In solidarity,', expected: "a letter's closing" },
    // A page's own notes, marked "※" (Japanese pages and those copied from them): never a field.
    { line: '※ 手紙は4月30日までに送ってください。', expected: 'a note marked ※' },
    { line: '※ Les lettres doivent arriver avant le 30 avril', expected: 'a note marked ※' },
    // Postage and printing notes, in the languages the importer reads.
    { line: 'Port : Fr. 2.00 (courrier A)', expected: 'a postage note' },
    { line: 'Port Louis', expected: undefined },
    { line: '(Standardbrief Luftpost bis 20 g: 0,95 €)', expected: 'a postage note' },
    { line: 'Kompaktbrief ins Ausland: 1,80 EUR', expected: 'a postage note' },
    { line: 'Airmail letter up to 20 g: £2.20', expected: 'a postage note' },
    { line: 'Par avion – tarif lettre internationale 1,96 €', expected: 'a postage note' },
    { line: 'Franqueo carta internacional hasta 20 g: 1,65 €', expected: 'a postage note' },
    { line: 'Postage to Asia: $1.65', expected: 'a postage note' },
    { line: 'Luftpostbrief: 1,10 Euro', expected: 'a postage note' },
    { line: '(Auslandsporto beachten)', expected: 'a postage note' },
    { line: 'Porto: 0,95 EUR', expected: 'a postage note' },
    // A postage word of any language the sections write in, with or without its price.
    { line: 'Tarifs postaux : lettre internationale 1,80 €', expected: 'a postage note' },
    { line: 'Frankering: 30 kr', expected: 'a postage note' },
    { line: 'Frimerke til utlandet', expected: 'a postage note' },
    { line: 'Frimærke: 22 kr.', expected: 'a postage note' },
    { line: 'Postzegels: 2 stuks', expected: 'a postage note' },
    { line: 'Luchtpost', expected: 'a postage note' },
    { line: 'Opłata pocztowa: 11 zł', expected: 'a postage note' },
    { line: 'Affrancatura per l’estero', expected: 'a postage note' },
    { line: 'Porto:', expected: 'a postage note' },
    // Mail to a parliament that needs no stamp.
    { line: 'Aucun timbre requis', expected: 'a postage note' },
    { line: 'No postage required', expected: 'a postage note' },
    // The class of post a section asks for, alone or with its companions.
    { line: 'A-Post', expected: 'a postage note' },
    { line: 'B-Post', expected: 'a postage note' },
    { line: 'Priority', expected: 'a postage note' },
    { line: 'PRIORITAIRE', expected: 'a postage note' },
    { line: 'Economy', expected: 'a postage note' },
    { line: 'Priority Mail', expected: 'a postage note' },
    { line: 'Lettre prioritaire', expected: 'a postage note' },
    { line: 'A-Post / Priority', expected: 'a postage note' },
    { line: 'Prioritaire – Priority', expected: 'a postage note' },
    // A price alone: a currency's sign or code beside a number.
    { line: 'CHF 2.30 (Ausland)', expected: 'a price' },
    { line: '2,45 euro (Europa)', expected: 'a price' },
    { line: 'NOK 20 / SEK 30', expected: 'a price' },
    { line: 'Europe: 3,20 zł', expected: 'a price' },
    // A page's counter, left in the text where the page broke.
    { line: 'Page 2 of 3', expected: 'a page counter' },
    { line: 'Seite 2 von 3', expected: 'a page counter' },
    { line: 'Strona 2 z 3', expected: 'a page counter' },
    { line: 'Sida 1 av 2', expected: 'a page counter' },
    { line: 'Pagina 1/2', expected: 'a page counter' },
    // Remarks in brackets: advice about the line above, never a line of the envelope.
    { line: '(Betreff: bitte den Namen des Gefangenen angeben)', expected: 'a remark in brackets' },
    { line: '[only letters, no parcels]', expected: 'a remark in brackets' },
    { line: '(en anglais de préférence)', expected: 'a remark in brackets' },
    // One-word headings of letter templates.
    { line: 'INHALT', expected: "a letter template's heading" },
    { line: 'Betreff:', expected: "a letter template's heading" },
    { line: 'Encabezado', expected: "a letter template's heading" },
    { line: 'Asunto:', expected: "a letter template's heading" },
    // The people at risk named together: never an address line.
    { line: 'Jane Example, Karim Beispiel and Lena Muster', expected: 'a sentence of the page' },
    { line: 'Ana Ejemplo y Luis Modelo', expected: 'a sentence of the page' },
    { line: 'Example Barracks, Example City', expected: undefined },
    // A document site's lines about the file.
    { line: 'Download 9.55 Kb.', expected: 'a button of the page' },
    { line: 'Size9.55 Kb.', expected: 'a button of the page' },
    { line: 'Date conversion29.04.2016', expected: 'a button of the page' },
    // A blank the writer fills in.
    { line: 'Datum: _______________________', expected: "a letter template's heading" },
    { line: 'Signature: ..............', expected: "a letter template's heading" },
    { line: '____________________', expected: "a letter template's heading" },
    { line: 'Objet :', expected: "a letter template's heading" },
    { line: 'SUBJECT', expected: "a letter template's heading" },
    { line: 'KONTAKT', expected: "a letter template's heading" },
    { line: 'Direcciones:', expected: "a letter template's heading" },
    { line: 'Coordonnées', expected: "a letter template's heading" },
    // Headings of the page and calls to act.
    { line: 'Here’s why your letter matters', expected: 'a heading of the page' },
    { line: 'Why this case is urgent', expected: 'a heading of the page' },
    { line: 'Pourquoi votre lettre compte', expected: 'a heading of the page' },
    { line: 'Warum Ihr Brief wichtig ist', expected: 'a heading of the page' },
    { line: 'Por qué es importante escribir', expected: 'a heading of the page' },
    // Sentences of the page.
    { line: 'The officials can also be contacted through their websites.', expected: 'a sentence of the page' },
    { line: 'Las autoridades también están en las redes sociales.', expected: 'a sentence of the page' },
    { line: 'Vous pouvez aussi écrire à l’ambassade de votre pays.', expected: 'a sentence of the page' },
    { line: 'Die Behörden sind auch über soziale Medien erreichbar.', expected: 'a sentence of the page' },
    { line: 'Myndigheterna kan också nås via sociala medier.', expected: 'a sentence of the page' },
    { line: 'once you have sent your letter remember to tell our office about it', expected: 'a sentence of the page' },
    { line: 'The embassy is closed to visitors until 3 May 2024.', expected: 'a sentence of the page' },
    { line: 'Die Botschaft ist bis zum 3. Mai geschlossen.', expected: 'a sentence of the page' },
    // Buttons and links of the web page.
    { line: 'Donate', expected: 'a heading of the page' },
    { line: 'Jetzt spenden', expected: 'a heading of the page' },
    { line: 'Suivez-nous sur Instagram', expected: 'a heading of the page' },
    { line: 'Back to top', expected: 'a heading of the page' },
    { line: 'Sign the Petition', expected: 'a heading of the page' },
    { line: '  Our Petition', expected: 'a heading of the page' },
    { line: 'Jetzt unterschreiben', expected: 'a heading of the page' },
    { line: 'Download PDF', expected: 'a button of the page' },
    { line: 'Télécharger le PDF', expected: 'a button of the page' },
    { line: 'PDF herunterladen', expected: 'a button of the page' },
    { line: 'Share on Facebook', expected: 'a button of the page' },
    { line: 'Print', expected: 'a button of the page' },
    { line: 'Share', expected: 'a button of the page' },
    { line: 'Herunterladen', expected: 'a button of the page' },
    { line: 'Télécharger', expected: 'a button of the page' },
    { line: 'Drucken', expected: 'a button of the page' },
    { line: 'Compartir', expected: 'a button of the page' },
    { line: 'Brief herunterladen', expected: 'a button of the page' },
    // Names, offices and address lines stay, whatever their words.
    { line: 'Palais Al Ittihadia', expected: undefined },
    { line: 'Dom Min', expected: undefined },
    { line: 'Hemiciclo', expected: undefined },
    { line: 'Président', expected: undefined },
    { line: 'Porto, Portugal', expected: undefined },
    { line: 'Como, Italia', expected: undefined },
    { line: 'How Sokha', expected: undefined },
    { line: 'Ministre de la justice, garde des sceaux', expected: undefined },
    { line: "Ministre de l'intérieur, de la sécurité publique et des cultes", expected: undefined },
    { line: 'Office of the President', expected: undefined },
    { line: 'c/o Embassy of Iran to the European Union', expected: undefined },
    { line: 'Madinat al-Rehab, Cairo, Arab Republic of Egypt', expected: undefined },
    { line: 'Del cine González 1 c. al Sur, sobre Avenida Bolívar', expected: undefined },
    { line: 'De los semáforos del parque 2 cuadras al sur, 1 cuadra abajo.', expected: undefined },
    { line: 'Frente al parque central', expected: undefined },
    { line: 'Calle de los Mártires s/n', expected: undefined },
    { line: 'RUSSISCHE FÖDERATION', expected: undefined },
    { line: 'Khartoum, Sudan.', expected: undefined },
    { line: 'Tarifa, Cádiz', expected: undefined },
    { line: 'Rua do Porto 12', expected: undefined },
    { line: 'Apartado Postal 1234, Zona 1.', expected: undefined },
    { line: 'Home Office, 2 Marsham Street', expected: undefined },
    { line: 'Kontaktstraße 5', expected: undefined },
    { line: 'Fiscal general de la República', expected: undefined },
    // A number beside a word that starts like a currency's, a surname that is a postage word.
    { line: 'Ul. Krucza 5', expected: undefined },
    { line: 'ul. Krakowskie Przedmieście 48/50', expected: undefined },
    { line: 'Europaplatz 2', expected: undefined },
    { line: '12 Eurostrasse', expected: undefined },
    { line: 'Jane Stamp', expected: undefined },
    { line: 'Sello 14, Zona 1', expected: undefined },
    { line: 'Pagina Street 3', expected: undefined },
    { line: 'Index: EUR 49/4191/2021', expected: undefined },
    // A class of post's words inside an office or a street.
    { line: 'Ministry of Economy', expected: undefined },
    { line: 'Priority Street 4', expected: undefined },
    { line: 'Post Road', expected: undefined },
    { line: 'Economy Minister Jane Doe', expected: undefined },
  ];
  it.each(rows)('$line → $expected', ({ line, expected }) => {
    expect(blockFurnitureKind(line)).toBe(expected);
  });
});

describe('a block with furniture inside', () => {
  const LETTER = 'Sehr geehrter Herr Minister,\n\nich schreibe Ihnen wegen der Menschen, die seit dem Protest ohne Anklage festgehalten werden.\n\nMit freundlichen Grüßen';
  const read = (officials: string) => readOfficials(doc(`URGENT ACTION\nPERU: TESTFALL\nEine kurze Zusammenfassung.\n\nSchreiben Sie an:\n${officials}\n\n${LETTER}`), ['Peru']);
  const rows: Array<{ name: string; block: string[]; address: string[]; skipped: string[] }> = [
    {
      name: 'a postage note under the address is left out and reported, and the official kept whole',
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', '(Luftpost bis 20 g: 1,10 €)', 'E-Mail: minister@example.gob.pe'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['(Luftpost bis 20 g: 1,10 €)'],
    },
    {
      name: "a letter template's heading after the address is left out",
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'BETREFF'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['BETREFF'],
    },
    {
      name: 'a sentence of the page after the contact lines is left out',
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'E-Mail: minister@example.gob.pe', 'The minister can also be reached through his office.'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['The minister can also be reached through his office.'],
    },
    {
      name: 'a price under the address is left out and reported, and the contact lines after it stay his',
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'Frankering: 30 kr', 'E-Mail: minister@example.gob.pe'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['Frankering: 30 kr'],
    },
    {
      name: "a page's counter where the page broke inside the block is left out, and the address goes on",
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Seite 2 von 3', 'Lima 1, PERU'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['Seite 2 von 3'],
    },
    {
      name: 'a postage note in Polish between the officials is no address line of the one above',
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'Opłata pocztowa: 11 zł'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['Opłata pocztowa: 11 zł'],
    },
    {
      name: 'the class of post under the address is left out and reported, never an address line',
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'A-Post', 'Priority', 'E-Mail: minister@example.gob.pe'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['A-Post', 'Priority'],
    },
    {
      name: 'the class of post after the contact lines is left out too',
      block: ['Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'E-Mail: minister@example.gob.pe', 'Economy', 'Prioritaire'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['Economy', 'Prioritaire'],
    },
    {
      name: "a web page's buttons between the official's lines are left out and reported, and his block goes on under them",
      block: ['Justizminister', 'Juan Pérez Rojas', 'Download PDF', 'Jirón Ucayali 363', 'Drucken', 'Lima 1, PERU', 'Teilen', 'E-Mail: minister@example.gob.pe'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['Download PDF', 'Drucken', 'Teilen'],
    },
    {
      name: 'a button right under the heading, before the official, is left out too',
      block: ['Herunterladen', 'Justizminister', 'Juan Pérez Rojas', 'Jirón Ucayali 363', 'Lima 1, PERU', 'Télécharger', 'E-Mail: minister@example.gob.pe'],
      address: ['Jirón Ucayali 363', 'Lima 1, PERU'],
      skipped: ['Herunterladen', 'Télécharger'],
    },
  ];
  it.each(rows)('$name', ({ block, address, skipped }) => {
    const result = read(block.join('\n'));
    expect(result.officials.found).toBe(true);
    const [official] = result.officials.found ? result.officials.value : [];
    expect(official?.name?.value).toBe('Juan Pérez Rojas');
    expect(official?.address.map((a) => a.value)).toEqual(address);
    expect(result.skipped.map((s) => s.text)).toEqual(expect.arrayContaining(skipped));
  });
});

describe('isInstructionHeading', () => {
  const headings = [
    'APPEAL TO', 'Appeals to:', 'WRITE YOUR LETTERS TO', 'Appeals should be sent to', 'EMAIL THE MINISTER', 'Please contact',
    'ESCRÍBANLE A', 'ENVÍEN SUS LLAMAMIENTOS A', 'Dirijan sus cartas al', 'ÉCRIVEZ AUX AUTORITÉS', 'Envoyez vos appels à',
    'SCHICKEN SIE KOPIEN AN', 'Bitte schreiben Sie an', 'SKRIV TILL', 'Escreva para', 'AND ALSO TO', 'Y TAMBIÉN A', 'ET AUSSI À',
  ];
  it.each(headings)('"%s" is a heading', (line) => {
    expect(isInstructionHeading(line)).toBe(true);
    expect(blockFurnitureKind(line)).toBe('a heading of the page');
  });
  const notHeadings = ['Also Sam Example', 'Y Ana Prueba', 'NGUYEN VAN AN', 'Juan Pérez Rojas', 'Minister of Justice', 'Email: minister@example.gob.pe', 'Copies to: office@example.org', 'Jirón Ucayali 363', 'Embassy of Peru', 'Tô Lâm'];
  it.each(notHeadings)('"%s" is no heading', (line) => {
    expect(isInstructionHeading(line)).toBe(false);
  });
  it.each(['SEND COPIES TO', 'Schicken Sie Kopien an:', 'ENVÍEN COPIAS A', 'Envoyez des copies à', 'Skicka kopior till', 'Also send copies', 'And please send copies', 'Y también envíe copias', 'Und auch Kopien senden an', "You can also send copies to your country's embassy:", 'Puede también enviar copias a la embajada:', 'Vous pouvez aussi envoyer des copies à l’ambassade :', 'Sie können auch Kopien an die Botschaft schicken:', 'Please also send copies of your appeal letters via the Embassy in London:', 'Please also send copies', 'Also send copies of your letters to the embassy of your own country:', 'Et si vous le pouvez, envoyez la aussi en copie à :'])('"%s" announces copies', (line) => {
    expect(isCopiesAnnouncement(line)).toBe(true);
  });
  it('a heading made of capitalised words is never a person\'s name', () => {
    expect(isPersonName('Schicken Sie Kopien An')).toBe(false);
    expect(isPersonName('Appeal To')).toBe(false);
    expect(isPersonName('Nguyen Van An')).toBe(true);
  });
});
