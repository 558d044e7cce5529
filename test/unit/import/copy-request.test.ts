// A recipient of copies named in passing inside an instruction, with its email after a colon.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRequest } from '../../../src/import/copy-request.js';
import { importDocument } from '../../../src/import/import-document.js';

describe('copyRequest', () => {
  const rows: Array<{ line: string; expected: { recipient: string; email: string } | undefined }> = [
    { line: "Please be sure to send copies to the Minister's chief of staff: cabinet@justice.example.org", expected: { recipient: "Minister's chief of staff", email: 'cabinet@justice.example.org' } },
    { line: 'Send a copy of your letter to the Embassy of Valdor in Canada: embassy@valdor.example.ca', expected: { recipient: 'Embassy of Valdor in Canada', email: 'embassy@valdor.example.ca' } },
    { line: "Envoyez votre message au ministre, avec copie à l'Ambassade de Valdor en Belgique : ambassade@valdor.example.be.", expected: { recipient: 'Ambassade de Valdor en Belgique', email: 'ambassade@valdor.example.be' } },
    { line: 'Escribe al ministro, con copia a la Embajada de Valdor en España: embajada@valdor.example.es', expected: { recipient: 'Embajada de Valdor en España', email: 'embajada@valdor.example.es' } },
    { line: 'Bitte schicken Sie eine Kopie an die Botschaft von Valdor: info@valdor.example.de', expected: { recipient: 'Botschaft von Valdor', email: 'info@valdor.example.de' } },
    // The page's own organisation, or "us", is no official.
    { line: 'Please send a copy to Amnesty International: actions@amnesty.example.org', expected: undefined },
    { line: 'Send a copy to us: actions@example.org', expected: undefined },
    // An option offered to the reader, not a copy the action asks for.
    { line: "Vous pouvez aussi envoyer votre message en copie à l'ambassade de Valdor : ambassade@valdor.example.be", expected: undefined },
    { line: 'You can also send a copy to the embassy: embassy@valdor.example.org', expected: undefined },
    // Someone who holds no office: left to the reader.
    { line: 'Send copies to your friends and family: share@example.org', expected: undefined },
    // A heading with the address after it is a block's business, not a request.
    { line: 'Copies to: embassy@valdor.example.org', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(copyRequest(line)).toEqual(expected);
  });
});

interface Target {
  name?: string;
  copy?: boolean;
  email?: string;
  salutation?: string;
}
const targetsOf = (caseText: string): Target[] => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Target[] }).targets;

describe('a recipient of copies named in an instruction', () => {
  it('between an official and his salutation, is a copy of its own and leaves the salutation to the official', () => {
    const text = [
      'URGENT ACTION',
      'VALDOR: TEACHER HELD WITHOUT CHARGE',
      '',
      'Write to:',
      'Minister of Justice',
      'Mr. Tomas Varga',
      'Justice Square 4, 1010 Valdor',
      'Email: minister@justice.example.org',
      "Please be sure to send copies to the Minister's chief of staff: cabinet@justice.example.org",
      'Salutation: Dear Minister,',
      '',
      'Dear Minister,',
      'I am writing to ask you to release the teacher who has been held without charge since March.',
      'Yours sincerely,',
    ].join('\n');
    const [minister, staff, ...rest] = targetsOf(importDocument(text, { source: 'ua.txt' }).caseText);
    expect(rest).toEqual([]);
    expect(minister).toMatchObject({ name: 'Tomas Varga', email: 'minister@justice.example.org', salutation: 'Dear Minister' });
    expect(staff).toMatchObject({ name: "Minister's chief of staff", email: 'cabinet@justice.example.org', copy: true });
    expect(staff?.salutation).toBeUndefined();
  });

  it('beside an official named in the same sentence, is a copy after him', () => {
    const text = [
      'Agissez : copiez le modèle de lettre ci-dessous en l’adressant au Président de la République de Valdor, Jean Exemple Martin, en l’envoyant à l’adresse cabinet@presidence.example.org, avec copie à l’Ambassade de Valdor en Belgique : ambassade@valdor.example.be.',
      '',
      'Le 3 mars, le journaliste a été arrêté à son domicile et conduit dans un lieu inconnu. Sa famille n’a reçu aucune nouvelle depuis.',
    ].join('\n');
    const targets = targetsOf(importDocument(text, { source: 'ua.txt' }).caseText);
    expect(targets).toEqual([
      expect.objectContaining({ name: 'Jean Exemple Martin', title: 'Président de la République de Valdor', email: 'cabinet@presidence.example.org' }),
      expect.objectContaining({ name: 'Ambassade de Valdor en Belgique', email: 'ambassade@valdor.example.be', copy: true }),
    ]);
  });
});
