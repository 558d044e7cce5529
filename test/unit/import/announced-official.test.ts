// A line that announces whose details follow ("Voici les coordonnées du Ministre Exemple :"), or an
// instruction that names whom to write to above his block ("Scriviamo all'ambasciatore Paolo
// Esempio:" / "Embassy of Italy in Ruritania" / …, "Schreiben Sie an den EU-Ratspräsidenten:" / an
// email): the line names the official and is never his name or an address line.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { announcedOfficial } from '../../../src/import/announced-official.js';
import { importDocument } from '../../../src/import/import-document.js';

const targetsOf = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;

describe('announcedOfficial', () => {
  const rows = [
    { line: 'Voici les coordonnées du Ministre Exemple :', found: { title: 'Ministre', name: 'Exemple', surnameOnly: true, kind: 'details' } },
    { line: "Here are the Minister's contact details:", found: { title: 'Minister', surnameOnly: false, kind: 'details' } },
    { line: 'Contact details for Governor Example:', found: { title: 'Governor', name: 'Example', surnameOnly: true, kind: 'details' } },
    { line: 'Hier die Kontaktdaten von Minister Beispiel:', found: { title: 'Minister', name: 'Beispiel', surnameOnly: true, kind: 'details' } },
    { line: 'Estos son los datos de contacto del Ministro Ejemplo:', found: { title: 'Ministro', name: 'Ejemplo', surnameOnly: true, kind: 'details' } },
    { line: 'Ecco i recapiti del Ministro Esempio:', found: { title: 'Ministro', name: 'Esempio', surnameOnly: true, kind: 'details' } },
    { line: "Scriviamo numerosi all'ambasciatore Paolo Esempio:", found: { title: 'ambasciatore', name: 'Paolo Esempio', surnameOnly: false, kind: 'instruction' } },
    { line: 'Write to Ambassador Jane Example:', found: { title: 'Ambassador', name: 'Jane Example', surnameOnly: false, kind: 'instruction' } },
    { line: 'Schreiben Sie an Botschafterin Jana Beispiel:', found: { title: 'Botschafterin', name: 'Jana Beispiel', surnameOnly: false, kind: 'instruction' } },
    { line: 'Escriba al embajador Juan Ejemplo:', found: { title: 'embajador', name: 'Juan Ejemplo', surnameOnly: false, kind: 'instruction' } },
    { line: 'Schreiben Sie an den EU-Ratspräsidenten:', found: { title: 'EU-Ratspräsident', surnameOnly: false, kind: 'instruction' } },
    { line: 'Email the President of the Council:', found: { title: 'President of the Council', surnameOnly: false, kind: 'instruction' } },
    { line: 'Écrivez au Président du Conseil européen :', found: { title: 'Président du Conseil européen', surnameOnly: false, kind: 'instruction' } },
    { line: 'Escriba al Presidente del Consejo Europeo:', found: { title: 'Presidente del Consejo Europeo', surnameOnly: false, kind: 'instruction' } },
    // Nothing named, a reader's own representative, copies, an institution, a sentence that asks nothing.
    { line: 'Write to:', found: undefined },
    { line: 'Write to your MP:', found: undefined },
    { line: 'Send copies to the Ambassador:', found: undefined },
    { line: 'Write to the Embassy:', found: undefined },
    { line: "Voici les coordonnées de l'ambassade :", found: undefined },
    { line: 'The President of the Council said:', found: undefined },
    { line: 'Kontaktdaten:', found: undefined },
  ];
  for (const r of rows) {
    it(`"${r.line}" ${r.found ? 'names' : 'names no'} official`, () => {
      expect(announcedOfficial(r.line)).toEqual(r.found);
    });
  }
});

const page = (head: string[], block: string[], letter: string[]) =>
  ['Exampleland: an activist at risk', '', 'Karim Beispiel, a human rights defender, was detained for a peaceful protest.', '', ...head, ...block, '', ...letter].join('\n');

describe('the official a line names above his block', () => {
  const rows = [
    {
      why: 'details announced with a surname, the letter addressed to him in full',
      text: page(['Voici les coordonnées du Ministre Exemple :'], ['Email: cabinet@example.be', 'Telephone:+32 (0)2-555.10.11', 'Fax:+32 (0)2-555.10.00 - 555.10.80', 'Rue Exemple, 60-62', 'B-1000 Bruxelles'], ['Modèle de lettre', '', "A l'attention de Monsieur Jean Exemple,", "Vice-Premier Ministre et Ministre de l'Intérieur", '', 'Monsieur le Ministre,', '', 'Je vous écris pour vous demander de libérer Karim Beispiel, détenu pour avoir manifesté pacifiquement.', '', "Veuillez agréer, Monsieur le Ministre, l'expression de ma haute considération."]),
      want: [{ name: 'Jean Exemple', salutation: 'Monsieur le Ministre', email: 'cabinet@example.be', fax: '+32 (0)2-555.10.00 / 555.10.80', address: ['Rue Exemple, 60-62', 'B-1000 Bruxelles'] }],
    },
    {
      why: 'details announced with a surname, the letter addressed to him in full with no address of its own',
      text: page(['Hier die Kontaktdaten von Minister Beispiel:'], ['E-Mail: minister@example.de', 'Fax: +49 30 5550 101', 'Musterstraße 1', '10117 Berlin'], ['Briefvorschlag', '', 'Herrn Hans Beispiel', 'Bundesminister des Innern', '', 'Sehr geehrter Herr Minister,', '', 'ich bitte Sie, Karim Beispiel freizulassen, der wegen eines friedlichen Protests festgenommen wurde.', '', 'Mit freundlichen Grüßen']),
      want: [{ name: 'Hans Beispiel', title: 'Bundesminister des Innern', salutation: 'Sehr geehrter Herr Minister', email: 'minister@example.de', fax: '+49 30 5550 101', address: ['Musterstraße 1', '10117 Berlin'] }],
    },
    {
      why: 'details announced with a surname that no one else bears',
      text: page(['Contact details for Governor Example:'], ['Email: governor@example.gov', '100 Capitol Street', 'Example City, EX 00001'], ['Dear Governor Example,', '', 'I am writing to ask you to release Karim Beispiel, detained for a peaceful protest.', '', 'Yours sincerely,']),
      want: [{ name: 'Governor Example', title: 'Governor', email: 'governor@example.gov' }],
    },
    {
      why: 'an instruction naming the ambassador above his embassy',
      text: page(["Scriviamo numerosi all'ambasciatore Paolo Esempio:"], ['Embassy of Italy in Ruritania', '81, Example Ave', 'Capital – Ruritania', 'Tel +99 21 5550955/6/7', 'Fax +99 21 5550961', 'segreteria@example.it'], ['Eccellenza,', '', 'le scrivo per chiedere il rilascio immediato di Karim Beispiel, detenuto per una protesta pacifica.', '', 'Distinti saluti']),
      want: [{ name: 'Paolo Esempio', title: 'ambasciatore', address: ['Embassy of Italy in Ruritania', '81, Example Ave', 'Capital – Ruritania'], phone: '+99 21 5550955/6/7', fax: '+99 21 5550961', email: 'segreteria@example.it' }],
    },
    {
      why: 'an instruction naming only an office, its email under it',
      text: page(['Schreiben Sie an den EU-Ratspräsidenten:'], ['praesident@example.eu'], ['Sehr geehrter Herr Präsident,', '', 'ich bitte Sie, sich für die Freilassung von Karim Beispiel einzusetzen, der friedlich protestierte.', '', 'Mit freundlichen Grüßen', '', 'Hinterlassen Sie einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht.']),
      want: [{ name: 'EU-Ratspräsident', organisation: 'European Union', email: 'praesident@example.eu' }],
    },
    {
      why: 'an instruction naming only an office under a line that asks to act, its email under it',
      text: page(['Agissez avant le 20 février 2027.', '', 'Écrivez au Président du Conseil européen :'], ['president@example.eu'], ['Monsieur le Président,', '', "Je vous demande d'intervenir pour la libération de Karim Beispiel, arrêté pour avoir manifesté pacifiquement.", '', 'Veuillez agréer, Monsieur le Président, mes salutations distinguées.']),
      want: [{ name: 'Président du Conseil européen', email: 'president@example.eu' }],
    },
  ];
  for (const r of rows) {
    it(`reads ${r.why}`, () => {
      const targets = targetsOf(importDocument(r.text, { source: 'page.txt' }).caseText);
      expect(targets).toHaveLength(r.want.length);
      r.want.forEach((w, i) => expect(targets[i]).toMatchObject(w));
      expect(JSON.stringify(targets)).not.toMatch(/coordonnées|Contact details|Kontaktdaten|Scriviamo|Schreiben Sie|Kommentar/);
    });
  }
});
