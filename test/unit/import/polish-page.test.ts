// A Polish "Pilna akcja" page: each official under "Adresat:" or "Pisz do:", his salutation in two
// languages under "Nagłówek:" or "Zwrot grzecznościowy:", and often no postal address — only an
// email and an X handle.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const frontMatter = (caseText: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { title?: string; targets?: Array<Record<string, unknown>> };

const LETTER = ['Szanowny Panie Prezydencie,', '', 'Piszę w sprawie dziennikarki Jane Doe, zatrzymanej za swoją pracę. Wzywam do jej natychmiastowego uwolnienia.', '', 'Z wyrazami szacunku'];

const page = (heading: string, label: string) =>
  [
    'PILNA AKCJA', 'EXAMPLIA: DZIENNIKARKA ZATRZYMANA', 'Dziennikarka Jane Doe została zatrzymana 3 marca po opublikowaniu artykułu o policji.', '',
    heading, 'Prezydent Examplii', 'John Sample', `${label}: Dear President / Szanowny Panie Prezydencie`, 'E-mail: president@examplia.example.org', 'X: @ExampliaPresident', '',
    'Pisz do:', 'Minister Sprawiedliwości', 'Jan Przykład', 'Zwrot grzecznościowy: Dear Minister / Szanowny Panie Ministrze', 'E-mail: minister@examplia.example.org', 'X: @ExampliaJustice', '',
    'Przykładowy list:', ...LETTER,
  ].join('\n');

describe('a Polish "Pilna akcja" page', () => {
  const rows = [
    { heading: 'Adresat:', label: 'Nagłówek' },
    { heading: 'Pisz do:', label: 'Nagłówek' },
    { heading: 'Adresat:', label: 'Zwrot grzecznościowy' },
  ];
  for (const { heading, label } of rows) {
    it(`reads the headline, and each official under "${heading}" with his two-language salutation under "${label}:", his email and handle, no address`, () => {
      const fm = frontMatter(importDocument(page(heading, label), { source: 'page.txt' }).caseText);
      expect(fm.title).toBe('Examplia: dziennikarka zatrzymana');
      expect(fm.targets).toEqual([
        { id: 'prezydent-examplii', name: 'John Sample', title: 'Prezydent Examplii', salutation: 'Dear President / Szanowny Panie Prezydencie', email: 'president@examplia.example.org', twitter: '@ExampliaPresident' },
        { id: 'minister-sprawiedliwosci', name: 'Jan Przykład', title: 'Minister Sprawiedliwości', salutation: 'Dear Minister / Szanowny Panie Ministrze', email: 'minister@examplia.example.org', twitter: '@ExampliaJustice' },
      ]);
    });
  }
});
