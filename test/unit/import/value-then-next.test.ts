import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { unflattenLine } from '../../../src/import/unflatten.js';
import { splitValueThenNext } from '../../../src/import/value-then-next.js';

describe('splitValueThenNext: a contact field run into the next official', () => {
  const rows: Array<{ piece: string; expected: [string, string] | undefined }> = [
    { piece: 'Twitter: @ExampleOffice Ambassador Jane Doe Embassy of Ruritania 12 Example Road, Capital', expected: ['Twitter: @ExampleOffice', 'Ambassador Jane Doe Embassy of Ruritania 12 Example Road, Capital'] },
    { piece: 'Email: [email protected] ; [email protected] Ambassador HE Jane Doe 3501 Example Place NW, Capital 20008', expected: ['Email: [email protected] ; [email protected]', 'Ambassador HE Jane Doe 3501 Example Place NW, Capital 20008'] },
    { piece: 'Facebook: @ExamplePresidency Ambassador Jane Example Doe Embassy of Ruritania', expected: ['Facebook: @ExamplePresidency', 'Ambassador Jane Example Doe Embassy of Ruritania'] },
    { piece: 'Fax: +99 2391 1441 Minister of Justice Karl Muster', expected: ['Fax: +99 2391 1441', 'Minister of Justice Karl Muster'] },
    { piece: 'Correo-e: fiscal@ejemplo.example.org Embajada de Ruritania, Calle Ejemplo 12', expected: ['Correo-e: fiscal@ejemplo.example.org', 'Embajada de Ruritania, Calle Ejemplo 12'] },
    { piece: 'Courriel : ministre@justice.example.org M. Jean Exemple, Ambassadeur', expected: ['Courriel : ministre@justice.example.org', 'M. Jean Exemple, Ambassadeur'] },
    // What follows the value opens no official: the field stays whole.
    { piece: 'Twitter: @ExampleLeader (English) und @ExampleLeader_de (Persian)', expected: undefined },
    { piece: 'Email: office@example.org Dear Minister, I am writing', expected: undefined },
    { piece: 'Phone: 202 234 7200', expected: undefined },
    { piece: 'Salutation: Dear Ambassador Jane Doe', expected: undefined },
  ];
  it.each(rows)('$piece', ({ piece, expected }) => {
    expect(splitValueThenNext(piece)).toEqual(expected);
  });

  it('cuts a line with an initialism in its street ("N.W.") as an unlabelled official, not as a sentence', () => {
    expect(unflattenLine('Ambassador Jane Example Doe Embassy of Ruritania 2535 15th Street N.W. Capital, DC 20009')).toEqual([
      'Ambassador Jane Example Doe', 'Embassy of Ruritania', '2535 15th Street N.W. Capital, DC 20009',
    ]);
  });
});

describe("a contact detail after the next official's name belongs to the next official", () => {
  const officials = (text: string) => {
    const f = importDocument(text, { source: 't.txt' }).findings.officials;
    return (f.found ? f.value : []).map((o) => ({ name: o.name?.value, phone: o.phone?.value, fax: o.fax?.value, twitter: o.twitter?.value }));
  };
  it('on a page flattened one paragraph a line', () => {
    expect(officials(`URGENT ACTION
RURITANIA: DEFENDER DETAINED

TAKE ACTION: Write to the officials below.

CONTACT INFORMATION President Jane Example Doe Office of the President, Example Palace Capital, Ruritania Fax: +99 2391 1441 Twitter: @ExamplePresident Ambassador John Example Roe Embassy of Ruritania 3521 Example Ct NW, Washington DC 20008 Phone: 202 555 0100 Fax: 202 555 0101 Twitter: @ExampleEmbassy Salutation: Dear Ambassador

Dear President,
I am writing to you about the case.
`)).toEqual([
      { name: 'Jane Example Doe', phone: undefined, fax: '+99 2391 1441', twitter: '@ExamplePresident' },
      { name: 'John Example Roe', phone: '202 555 0100', fax: '202 555 0101', twitter: '@ExampleEmbassy' },
    ]);
  });

  it('on a page that prints each official on one line, the next with its address run on', () => {
    expect(officials(`URGENT ACTION
RURITANIA: DEFENDER DETAINED

TAKE ACTION: Write to the officials below.

Jane Example Doe, President of Ruritania, Example Street 12, 170401 Capital Email: president@example.org
Ambassador John Example Roe Embassy of Ruritania 2535 15th Street N.W. Washington, DC 20009
Phone: 202 555 0100 Email: embassy@example.org Twitter: @ExampleEmbassy Salutation: Dear Ambassador

Dear President Doe,
I am writing to you about the case.
`)).toEqual([
      { name: 'Jane Example Doe', phone: undefined, fax: undefined, twitter: undefined },
      { name: 'John Example Roe', phone: '202 555 0100', fax: undefined, twitter: '@ExampleEmbassy' },
    ]);
  });
});
