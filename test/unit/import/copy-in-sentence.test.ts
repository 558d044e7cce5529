import { describe, expect, it } from 'vitest';
import { copyRequest } from '../../../src/import/copy-request.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// "Envoyez votre lettre à … avec copie à la ministre de la Justice, Mme Rose Exemple : rose@…": the
// official to copy is named in the sentence with her office and email; the one written to keeps his.
const page = (sentence: string, greeting: string) =>
  `URGENT ACTION\nEXAMPLELAND: JOURNALIST HELD\n\nThe journalist Mia Example was arrested on 2 March 2025.\n\n${sentence}\n\nPlease act before 15 June 2025.\n\n${greeting}\n\nThe journalist Mia Example was arrested for her reporting on a flood and is held without charge.\n\nKind regards,\n`;

const summary = (t: Record<string, unknown>) => `${String(t.name)} · ${String(t.title)} · ${[t.email ?? []].flat().join(' ')} · ${t.copy === true ? 'copy' : 'written to'}`;

describe('a copy official named in the sentence that asks for copies', () => {
  it.each([
    ['French, no comma before "avec copie"', 'Envoyez votre lettre au Président de la République, M. Paul Modèle : president@example.gov avec copie à la ministre de la Justice, Mme Rose Exemple : rose.exemple@example.be', 'Monsieur le Président,', ['Paul Modèle · Président de la République · president@example.gov · written to', 'Rose Exemple · Ministre de la Justice · rose.exemple@example.be · copy']],
    ['French, "M." before the name', 'Envoyez votre lettre au Président de la République, M. Paul Modèle : president@example.gov, avec copie au ministre de la Justice, M. Jean Exemple : jean.exemple@example.be', 'Monsieur le Président,', ['Paul Modèle · Président de la République · president@example.gov · written to', 'Jean Exemple · Ministre de la Justice · jean.exemple@example.be · copy']],
    ['French, "En copie aussi à" in a sentence of its own', 'Envoyez votre lettre au Président de la République, M. Paul Modèle : president@example.gov. En copie aussi à la ministre de la Justice, Mme Rose Exemple : rose.exemple@example.be', 'Monsieur le Président,', ['Paul Modèle · Président de la République · president@example.gov · written to', 'Rose Exemple · Ministre de la Justice · rose.exemple@example.be · copy']],
    ['Spanish, "con copia al"', 'Escriba al Presidente de la República, Sr. Pablo Modelo: presidente@example.gob, con copia al Ministro de Justicia, Sr. Juan Ejemplo: juan.ejemplo@example.gob', 'Señor Presidente:', ['Pablo Modelo · Presidente de la República · presidente@example.gob · written to', 'Juan Ejemplo · Ministro de Justicia · juan.ejemplo@example.gob · copy']],
    ['German, "Kopie auch an"', 'Schreiben Sie an den Präsidenten, Herrn Paul Modell: praesident@example.gov, Kopie auch an den Justizminister, Herrn Dr. Max Muster: max.muster@example.gov', 'Sehr geehrter Herr Präsident,', ['Paul Modell · Präsident · praesident@example.gov · written to', 'Max Muster · Justizminister · max.muster@example.gov · copy']],
    ['English, "with a copy to", "Ms." before the name', 'Write to the President, Mr. Paul Model: president@example.gov, with a copy to the Minister of Justice, Ms. Rose Example: rose.example@example.gov', 'Dear President,', ['Paul Model · President · president@example.gov · written to', 'Rose Example · Minister of Justice · rose.example@example.gov · copy']],
  ])('%s', (_what, sentence, greeting, expected) => {
    expect(draftTargets(importDocument(page(sentence, greeting), { source: 'p.txt' }).caseText).map(summary)).toEqual(expected);
  });

  it.each([
    ['Dutch, "met een kopie aan de"', 'Schrijf naar de president, met een kopie aan de minister van Justitie, mevrouw Anna Voorbeeld: anna@example.gov', 'Minister van Justitie, mevrouw Anna Voorbeeld'],
    ['an article is taken off only before a space ("A" of "Ambassade" is none)', 'Envoyez votre lettre au ministre avec copie à Ambassade de Ruritanie : ambassade@example.org', 'Ambassade de Ruritanie'],
  ])('reads the recipient: %s', (_what, line, recipient) => {
    expect(copyRequest(line)?.recipient).toBe(recipient);
  });
});
