import { describe, expect, it } from 'vitest';
import { recogniseAll } from '../../../src/import/import-document.js';
import { doc } from './helpers.js';

// Officials given as records of labelled fields, in the four languages the sections write them in.
// Each fixture is written for this test; none is copied from a real page.
interface Expected {
  name?: string | undefined;
  title?: string | undefined;
  address: string[];
  emails: string[];
  salutation?: string | undefined;
}

const rows: Array<{ what: string; text: string; officials: Expected[]; subjects: string[] | undefined }> = [
  {
    what: 'English, after "Please write to"',
    text: `
      URGENT ACTION

      PERU: RADIO HOST DETAINED FOR A BROADCAST

      The radio host Carla Muestra was arrested on 3 March 2031 after a broadcast about a mine. She has not seen a lawyer.

      Please write to:

      Name: Jonas Beispiel
      Title: Minister of Justice
      Address: 12 Example Street, Lima 15001, Peru
      Email: minister@justice.example.org
      Salutation: Dear Minister

      Dear Minister,

      I am writing to ask you to release the radio host Carla Muestra at once and without conditions.

      Until she is released, please make sure she can see her lawyer and her family.

      Yours sincerely,`,
    officials: [{ name: 'Jonas Beispiel', title: 'Minister of Justice', address: ['12 Example Street, Lima 15001, Peru'], emails: ['minister@justice.example.org'], salutation: 'Dear Minister' }],
    subjects: undefined,
  },
  {
    what: 'Spanish, two records with a blank line between their fields, no "write to" line',
    text: `
      ACCIÓN URGENTE

      CHILE: ESTUDIANTE HERIDO POR LA POLICÍA

      Un estudiante fue herido el 3 de marzo de 2031 durante una protesta pacífica en Valparaíso.

      Nombre: Rosa Ejemplo Prueba

      Cargo: Fiscal Nacional
      Dirección: Calle Ejemplo 123, Santiago, Chile
      Correo-e: fiscal@fiscalia.example.cl
      Tratamiento: Señora Fiscal
      Nombre: Pedro Muestra Ensayo
      Cargo: Ministro del Interior
      Correo-e: ministro@interior.example.cl

      Señora Fiscal:

      Le escribo para pedirle que investigue sin demora las heridas del estudiante y que lleve ante la justicia a los responsables.

      Atentamente,`,
    officials: [
      { name: 'Rosa Ejemplo Prueba', title: 'Fiscal Nacional', address: ['Calle Ejemplo 123, Santiago, Chile'], emails: ['fiscal@fiscalia.example.cl'], salutation: 'Señora Fiscal' },
      { name: 'Pedro Muestra Ensayo', title: 'Ministro del Interior', address: [], emails: ['ministro@interior.example.cl'] },
    ],
    subjects: undefined,
  },
  {
    what: 'French, with a space before each colon',
    text: `
      ACTION URGENTE

      MAROC : UN JOURNALISTE CONDAMNÉ POUR UN ARTICLE

      Le journaliste Karim Exemple a été condamné le 3 mars 2031 à deux ans de prison pour un article.

      Écrivez à :

      Nom : Samir Exemple Essai
      Fonction : Ministre de la Justice
      Adresse : 1 place Exemple, Rabat, Maroc
      Courriel : ministre@justice.example.ma
      Formule d'appel : Monsieur le Ministre

      Monsieur le Ministre,

      Je vous écris pour vous demander de libérer le journaliste Karim Exemple immédiatement et sans condition.

      Veuillez agréer, Monsieur le Ministre, l'expression de ma haute considération.`,
    officials: [{ name: 'Samir Exemple Essai', title: 'Ministre de la Justice', address: ['1 place Exemple, Rabat, Maroc'], emails: ['ministre@justice.example.ma'], salutation: 'Monsieur le Ministre' }],
    subjects: undefined,
  },
  {
    what: 'German, after "Schreiben Sie an"',
    text: `
      URGENT ACTION

      GEORGIEN: AKTIVIST IN HAFT

      Der Aktivist Giorgi Beispiel wurde am 3. März 2031 bei einer friedlichen Kundgebung festgenommen.

      Schreiben Sie an:

      Name: Nino Muster Probe
      Amt: Generalstaatsanwältin
      Anschrift: Beispielstraße 24, 0114 Tiflis, Georgien
      E-Mail: buero@staatsanwalt.example.ge
      Anrede: Sehr geehrte Frau Generalstaatsanwältin

      Sehr geehrte Frau Generalstaatsanwältin,

      ich schreibe Ihnen, um Sie zu bitten, Giorgi Beispiel sofort und bedingungslos freizulassen.

      Mit freundlichen Grüßen`,
    officials: [{ name: 'Nino Muster Probe', title: 'Generalstaatsanwältin', address: ['Beispielstraße 24, 0114 Tiflis, Georgien'], emails: ['buero@staatsanwalt.example.ge'], salutation: 'Sehr geehrte Frau Generalstaatsanwältin' }],
    subjects: undefined,
  },
];

describe('officials given as labelled records', () => {
  it.each(rows)('reads $what', ({ text, officials, subjects }) => {
    const f = recogniseAll(doc(text));
    const got = f.officials.found ? f.officials.value : [];
    expect(got.map((o) => ({
      name: o.name?.value,
      title: o.title?.value,
      address: o.address.map((a) => a.value),
      emails: o.emails.map((e) => e.value),
      ...(o.salutation ? { salutation: o.salutation.value } : {}),
    }))).toEqual(officials.map((o) => ({ ...o })));
    expect(f.subjects.found ? f.subjects.value.map((s) => s.name) : undefined).toEqual(subjects);
  });

  it('still reads a "Name:" line with no office, address or contact field after it as the people at risk', () => {
    const f = recogniseAll(doc(`
      URGENT ACTION

      PERU: RADIO HOST DETAINED

      Name: Carla Muestra
      Gender m/f: f

      The radio host was arrested on 3 March 2031.`));
    expect(f.subjects.found ? f.subjects.value.map((s) => s.name) : undefined).toEqual(['Carla Muestra']);
  });
});
