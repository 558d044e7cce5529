import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

describe('sentenceOfficials: the labelled lines under a sentence that asks to call or email one official', () => {
  type Row = { text: string; expected: Array<{ name?: string; title?: string; phone?: string; emails: string[] }> };
  const rows: Row[] = [
    // "call and e-mail Governor …", then "The phone is …" and "The email: …" on lines of their own.
    {
      text: 'If you live in Exampleton, please call and e-mail Governor Example.\n\nThe phone is 555-010-0140.\n\nThe email: Governor.Example@example.gov',
      expected: [{ name: 'Example', title: 'Governor', phone: '555-010-0140', emails: ['Governor.Example@example.gov'] }],
    },
    {
      text: 'Please call Governor Jane Example today.\nPhone: (555) 010-2233\nE-mail: office@governor.example.gov',
      expected: [{ name: 'Jane Example', title: 'Governor', phone: '(555) 010-2233', emails: ['office@governor.example.gov'] }],
    },
    // A line of another kind ends the run: a later paragraph's number is nobody's.
    {
      text: 'Please email Governor Jane Example.\n\nJohn Doe has been held for ten years.\n\nPhone: 555-010-9999',
      expected: [{ name: 'Jane Example', title: 'Governor', emails: [] }],
    },
  ];
  it.each(rows)('$text', ({ text, expected }) => {
    const got = sentenceOfficials(doc(text)).map((o) => ({
      ...(o.name ? { name: o.name.value } : {}),
      ...(o.title ? { title: o.title.value } : {}),
      ...(o.phone ? { phone: o.phone.value } : {}),
      emails: o.emails.map((e) => e.value),
    }));
    expect(got).toEqual(expected);
  });
});

// A flattened instruction cut at its labels: the sentence runs the postal address on after the name,
// then "Email: …", a stop left alone, and the handle under "X:" or "Twitter:" — all his.
describe('sentenceOfficials: the email and handle under a sentence that runs on his postal address', () => {
  type Row = { text: string; expected: Array<{ name?: string; address: string[]; emails: string[]; twitter?: string }> };
  const rows: Row[] = [
    {
      text: 'Please write to Ana Ejemplo Ruiz, Minister of Justice, Calle 26 # 13-19, Ciudad Ejemplo, Colombia.\nEmail: ana.ruiz@justicia.example.gov\n.\nX: @AnaEjemploR',
      expected: [{ name: 'Ana Ejemplo Ruiz', address: ['Calle 26 # 13-19', 'Ciudad Ejemplo', 'Colombia'], emails: ['ana.ruiz@justicia.example.gov'], twitter: '@AnaEjemploR' }],
    },
    {
      text: 'Escriba a Tomás Prueba Ejemplo, Fiscal General, Avenida 5 N° 10-20, Valle Ejemplo.\n\nCorreo: despacho@fiscalia.example.gob\n\nTwitter: @FiscalPrueba',
      expected: [{ name: 'Tomás Prueba Ejemplo', address: ['Avenida 5 N° 10-20', 'Valle Ejemplo'], emails: ['despacho@fiscalia.example.gob'], twitter: '@FiscalPrueba' }],
    },
    // A call with no email: the handle under the number is his too.
    {
      text: 'Please call Governor Jane Example today.\nPhone: (555) 010-2233\nX/Twitter: @GovJaneExample',
      expected: [{ name: 'Jane Example', address: [], emails: [], twitter: '@GovJaneExample' }],
    },
    // A handle inside a sentence of the story is no label line: nobody's.
    {
      text: 'Please call Governor Jane Example today.\nPhone: (555) 010-2233\nShe answered critics on X: @GovJaneExample said nothing.',
      expected: [{ name: 'Jane Example', address: [], emails: [] }],
    },
  ];
  it.each(rows)('$text', ({ text, expected }) => {
    const got = sentenceOfficials(doc(text)).map((o) => ({
      ...(o.name ? { name: o.name.value } : {}),
      address: o.address.map((a) => a.value),
      emails: o.emails.map((e) => e.value),
      ...(o.twitter ? { twitter: o.twitter.value } : {}),
    }));
    expect(got).toEqual(expected);
  });
});
