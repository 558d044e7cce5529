// A page must give the same officials whether its lines follow each other or stand between blank
// lines (a site that puts each line in its own <p>), spaced throughout or in the contact part only;
// and where the lines follow each other, a blank line still separates two officials.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';
import { isSpacedRange, separates } from '../../../src/import/spacing.js';
import { doc } from './helpers.js';

type Target = Record<string, unknown>;
const targetsOf = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Target[] }).targets;
const read = (lines: readonly string[]) => targetsOf(importDocument(`${lines.join('\n')}\n`, { source: 'page.txt' }).caseText);

interface Page {
  lang: string;
  top: string[];
  /** Each official's lines, in the order printed; the copies' heading stands alone in its block. */
  officials: string[][];
  letter: string[];
  /** What a careful reader takes: each official's name, one address line of his (a town alone), a contact value. */
  expected: Array<[string, string, string]>;
}

const pages: Page[] = [
  {
    lang: 'en',
    top: ['URGENT ACTION', 'EXAMPLIA: POET HELD WITHOUT CHARGE', 'The poet was taken from her home by police two weeks ago and has not been seen since.', 'Write to:'],
    officials: [
      ['MINISTER OF JUSTICE', 'Mr Samuel Example', 'Ministry of Justice', 'Freedom Avenue', 'Capitalia', 'EXAMPLIA', 'Email: minister@justice.example.org', 'Salutation: Dear Minister'],
      ['PROSECUTOR GENERAL', 'Ms Ana Testcase', 'Office of the Prosecutor General', 'Harbour Road', '4100 Porto Exemplo', 'EXAMPLIA', 'Fax: +999 21 555 0101'],
      ['Copies to:'],
      ['Ambassador John Sample', 'Embassy of Examplia', '1 Embassy Row', 'London W1 2AB', 'Email: embassy@examplia.example.org'],
    ],
    letter: ['Dear Minister,', 'I am writing to ask you to release the poet at once and to tell her family where she is held.', 'Yours sincerely,'],
    expected: [['Samuel Example', 'Capitalia', 'minister@justice.example.org'], ['Ana Testcase', '4100 Porto Exemplo', '+999 21 555 0101'], ['John Sample', 'London W1 2AB', 'embassy@examplia.example.org']],
  },
  {
    lang: 'de',
    top: ['URGENT ACTION', 'EXAMPLIA: DICHTERIN OHNE ANKLAGE IN HAFT', 'Die Dichterin wurde vor zwei Wochen von der Polizei aus ihrer Wohnung geholt und ist seither verschwunden.', 'Appell an'],
    officials: [
      ['JUSTIZMINISTER', 'Herrn Samuel Beispiel', 'Ministry of Justice', 'Freedom Avenue', 'Capitalia', 'EXAMPLIA', '(korrekte Anrede: Dear Minister)', 'E-Mail: minister@justice.example.org'],
      ['GENERALSTAATSANWÄLTIN', 'Frau Ana Probe', 'Office of the Prosecutor General', 'Harbour Road', '4100 Porto Exemplo', 'EXAMPLIA', 'Fax: (00 999) 21 555 0101'],
      ['Sende eine Kopie an'],
      ['BOTSCHAFT VON EXAMPLIA', 'S. E. Herrn Johann Muster', 'Botschaftsweg 1', '10115 Berlin', 'E-Mail: botschaft@examplia.example.org'],
    ],
    letter: ['Sehr geehrter Herr Minister,', 'ich bitte Sie, die Dichterin sofort freizulassen und ihrer Familie mitzuteilen, wo sie festgehalten wird.', 'Hochachtungsvoll'],
    expected: [['Samuel Beispiel', 'Capitalia', 'minister@justice.example.org'], ['Ana Probe', '4100 Porto Exemplo', '(00 999) 21 555 0101'], ['Johann Muster', '10115 Berlin', 'botschaft@examplia.example.org']],
  },
  {
    lang: 'fr',
    top: ['ACTION URGENTE', 'EXEMPLIE : UNE POÉTESSE DÉTENUE SANS INCULPATION', 'La poétesse a été emmenée de chez elle par la police il y a deux semaines et personne ne l’a revue depuis.', 'Écrivez à :'],
    officials: [
      ['Salutation : Monsieur le Ministre', 'Ministre de la Justice', 'Samuel Exemple', 'Ministère de la Justice', 'Capitalia', 'EXEMPLIE', 'Courriel : ministre@justice.example.org'],
      ['Salutation : Madame la Procureure générale', 'Procureure générale', 'Ana Essai', 'Parquet général', '4100 Porto Exemplo', 'EXEMPLIE', 'Fax : +999 21 555 0101'],
      ['Copies à :'],
      ['Salutation : Monsieur l’Ambassadeur', 'Ambassadeur', 'Jean Modèle', 'Ambassade d’Exemplie', '1 rue de l’Exemple', '75008 Paris', 'Courriel : ambassade@exemplie.example.org'],
    ],
    letter: ['Monsieur le Ministre,', 'Je vous prie de libérer la poétesse sans délai et de dire à sa famille où elle est détenue.', 'Veuillez agréer, Monsieur le Ministre, l’expression de ma haute considération.'],
    expected: [['Samuel Exemple', 'Capitalia', 'ministre@justice.example.org'], ['Ana Essai', '4100 Porto Exemplo', '+999 21 555 0101'], ['Jean Modèle', '75008 Paris', 'ambassade@exemplie.example.org']],
  },
  {
    lang: 'es',
    top: ['ACCIÓN URGENTE', 'EJEMPLIA: POETA DETENIDA SIN CARGOS', 'La poeta fue sacada de su casa por la policía hace dos semanas y nadie la ha visto desde entonces.', 'Escriban a:'],
    officials: [
      ['Ministro de Justicia', 'Sr. Samuel Ejemplo', 'Ministerio de Justicia', 'Avenida de la Libertad', 'Capitalia', 'EJEMPLIA', 'Correo-e: ministro@justicia.example.org', 'Tratamiento: Señor Ministro'],
      ['Fiscal General', 'Sra. Ana Prueba', 'Fiscalía General', 'Calle del Puerto', '4100 Porto Exemplo', 'EJEMPLIA', 'Fax: +999 21 555 0101'],
      ['Copias a:'],
      ['Embajador', 'Sr. Juan Modelo', 'Embajada de Ejemplia', 'Calle Mayor 1', '28013 Madrid', 'Correo-e: embajada@ejemplia.example.org'],
    ],
    letter: ['Señor Ministro:', 'Le pido que libere a la poeta de inmediato y que informe a su familia del lugar donde está detenida.', 'Atentamente,'],
    expected: [['Samuel Ejemplo', 'Capitalia', 'ministro@justicia.example.org'], ['Ana Prueba', '4100 Porto Exemplo', '+999 21 555 0101'], ['Juan Modelo', '28013 Madrid', 'embajada@ejemplia.example.org']],
  },
];

/** The page as printed: one line under the other, a blank line between the parts and between officials. */
const printed = (p: Page) => [...p.top, '', ...p.officials.flatMap((o) => [...o, '']), ...p.letter];
/** A blank line between every line, as a site that puts each line in its own <p> gives it. */
const spaced = (lines: readonly string[]) => lines.filter((l) => l !== '').flatMap((l) => [l, '']);
/** Spaced in the contact part only, each official's lines still one under the other elsewhere. */
const contactSpaced = (p: Page) => [...p.top, '', ...spaced(p.officials.flat()), ...p.letter];
/** Spaced, with a wider gap (two blank lines) between the officials. */
const widerGaps = (p: Page) => [...spaced(p.top), '', ...p.officials.flatMap((o) => [...spaced(o), '']), ...spaced(p.letter)];

const summary = (targets: Target[]) => targets.map((t) => [t.name, t.address, t.email ?? t.fax, t.salutation ?? null, t.copy ?? false]);

describe('a page with a blank line between every line', () => {
  for (const p of pages) {
    const asPrinted = read(printed(p));
    it(`reads the officials of the printed page (${p.lang})`, () => {
      expect(asPrinted).toHaveLength(3);
      for (const [i, [name, place, contact]] of p.expected.entries()) {
        expect(asPrinted[i]?.name).toBe(name);
        expect(asPrinted[i]?.address).toContain(place);
        expect(asPrinted[i]?.email ?? asPrinted[i]?.fax).toBe(contact);
      }
    });
    // A site's closing links ("Downloads" / "Download UA in PDF"), set off by a wider gap, one under the other.
    const withLinks = [...spaced(printed(p)), '', '', 'Downloads', 'Download this action as PDF', 'Download this action as Word'];
    for (const [form, lines] of [['spaced throughout', spaced(printed(p))], ['spaced in the contact part only', contactSpaced(p)], ['spaced, officials apart by two blank lines', widerGaps(p)], ['spaced, with closing links under one another', withLinks]] as const) {
      it(`reads the same officials ${form} (${p.lang})`, () => {
        expect(summary(read(lines))).toEqual(summary(asPrinted));
      });
    }
  }
});

describe('what a blank line means among the officials', () => {
  const head = ['URGENT ACTION', 'EXAMPLIA: POET HELD WITHOUT CHARGE', 'The poet was taken from her home by police two weeks ago and has not been seen since.', 'Write to:', ''];
  it('still separates officials where the lines follow each other: an institution after a blank is a new official', () => {
    const lines = [...head, 'Minister of Justice Samuel Example', 'Ministry of Justice', 'Capitalia', 'Email: minister@justice.example.org', '', 'National Human Rights Commission', 'Harbour Road', '4100 Porto Exemplo', 'Email: info@rights.example.org', '', 'Dear Minister,', 'I am writing to ask you to release the poet at once.', 'Yours sincerely,'];
    expect(read(lines).map((t) => [t.name, t.email])).toEqual([
      ['Samuel Example', 'minister@justice.example.org'],
      ['National Human Rights Commission', 'info@rights.example.org'],
    ]);
  });

  it('separates officials on a spaced page where two blank lines stand between them', () => {
    const officials = [['Minister of Justice Samuel Example', 'Ministry of Justice', 'Capitalia', 'Email: minister@justice.example.org'], ['National Human Rights Commission', 'Harbour Road', '4100 Porto Exemplo', 'Email: info@rights.example.org']];
    const lines = [...spaced(head), '', ...officials.flatMap((o) => [...spaced(o), '']), ...spaced(['Dear Minister,', 'I am writing to ask you to release the poet at once.', 'Yours sincerely,'])];
    expect(read(lines).map((t) => [t.name, t.email])).toEqual([
      ['Samuel Example', 'minister@justice.example.org'],
      ['National Human Rights Commission', 'info@rights.example.org'],
    ]);
  });

  // Lines 1–3 are the pieces of one flattened source line (a whole official), line 5 the next official.
  const cut = { source: 'page.txt', lines: ['Minister Jane Doe', 'Capitalia', 'Fax: 1', '', 'Prosecutor Ana Testcase', '', 'Capitalia', '', '', 'Ambassador John Sample'], origin: [1, 1, 1, 2, 3, 4, 5, 6, 7, 8] };
  const blanks = [
    { where: 'under an official flattened onto one line', n: 4, spaced: true, separates: true },
    { where: 'between two lines of an official', n: 6, spaced: true, separates: false },
    { where: 'in a gap of two blank lines', n: 8, spaced: true, separates: true },
    { where: 'between two lines of a plain page', n: 6, spaced: false, separates: true },
  ];
  for (const b of blanks) {
    it(`a blank line ${b.where} ${b.separates ? 'separates' : 'does not separate'} officials${b.spaced ? ' on a spaced page' : ''}`, () => {
      expect(separates(cut, b.n, b.spaced)).toBe(b.separates);
    });
  }

  const ranges = [
    { layout: 'a blank line between every line', text: 'A\n\nB\n\nC\n\nD\n', spaced: true },
    { layout: 'lines one under the other, blank lines between blocks', text: 'A\nB\n\nC\nD\n', spaced: false },
    { layout: 'spaced, two blank lines between blocks', text: 'A\n\nB\n\n\nC\n\nD\n\nE\n', spaced: true },
    { layout: 'too few lines to tell', text: 'A\n\nB\n\nC\n', spaced: false },
    { layout: 'spaced but for one pair of lines', text: 'A\n\nB\n\nC\nD\n\nE\n', spaced: false },
    { layout: 'spaced, then lines one under the other after a wider gap', text: 'A\n\nB\n\nC\n\nD\n\n\nE\nF\nG\n', spaced: true },
    { layout: 'a wider gap, then blocks with single gaps between them', text: 'A\n\nB\n\nC\n\nD\n\n\nE\nF\n\nG\n', spaced: false },
  ];
  for (const r of ranges) {
    it(`tells a spaced range from a plain one: ${r.layout}`, () => {
      const d = doc(r.text);
      expect(isSpacedRange(d, { from: 1, to: d.lines.length })).toBe(r.spaced);
    });
  }
});
