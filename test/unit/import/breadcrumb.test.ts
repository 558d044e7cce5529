// A web site's breadcrumb trail copied with the page ("Home » News » … » Open letter on …") is the
// site's navigation: never an official's title, organisation or address line, and reported as left out.
import { describe, expect, it } from 'vitest';
import { isBreadcrumb } from '../../../src/import/breadcrumb.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const LETTER = {
  en: ['', 'Dear President,', 'I am writing to urge you to release Jane Example immediately and unconditionally, as she is held only for her peaceful work.', 'Yours sincerely,'],
  de: ['', 'Sehr geehrter Herr Präsident,', 'ich schreibe Ihnen, um die sofortige Freilassung von Jana Beispiel zu fordern, die nur wegen ihrer friedlichen Arbeit festgehalten wird.', 'Mit freundlichen Grüßen'],
  fr: ['', 'Monsieur le Président,', 'Je vous écris pour vous demander de libérer immédiatement Jeanne Exemple, détenue uniquement pour son travail pacifique.', 'Veuillez agréer, Monsieur le Président, mes salutations distinguées.'],
} as const;
const BLOCK = ['John Sample', 'Office of the President', '1 Example Road', 'Example City', 'Exampleland', 'Email: president@example.org'];

describe('a breadcrumb trail above the officials', () => {
  const rows: Array<{ trail: string; lang: keyof typeof LETTER; gap: boolean }> = [
    { trail: 'Home » News » Community » Open letter on the visit of the Exampleland President', lang: 'en', gap: false },
    { trail: 'Home » News » Community » Open letter on the visit of the Exampleland President', lang: 'en', gap: true },
    { trail: 'Startseite > Aktuelles > Offener Brief an den Präsidenten von Beispielland', lang: 'de', gap: false },
    { trail: 'Sie sind hier: Startseite / Aktionen / Brief an den Präsidenten', lang: 'de', gap: false },
    { trail: 'Accueil › Actualités › Lettre ouverte au Président', lang: 'fr', gap: false },
    { trail: 'Inicio › Noticias › Carta al Presidente', lang: 'en', gap: true },
    // A SPIP site names its home page "Portada del sitio" (Spanish) or "Accueil du site" (French).
    { trail: 'Portada del sitio > Colectivo Ejemplo > Pronunciamientos > Carta pública al Presidente (…)', lang: 'en', gap: true },
    { trail: 'Accueil du site > Actions > Lettre ouverte au Président', lang: 'fr', gap: false },
  ];
  it.each(rows)('$trail (blank line under it: $gap)', ({ trail, lang, gap }) => {
    const result = importDocument([trail, ...(gap ? [''] : []), ...BLOCK, ...LETTER[lang]].join('\n'), { source: 'page.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe('John Sample');
    // Nowhere in the draft: not the official's title, not a TODO asking whether it is, not the case's title.
    expect(result.caseText).not.toContain(trail.slice(0, 16));
    expect(result.report.entries).toContainEqual(expect.objectContaining({ status: 'skipped', line: 1, note: expect.stringContaining('breadcrumb') as string }));
  });

  it('is told only from the home page on, each step short: a separator in other lines is no trail', () => {
    for (const line of ['Tel / Fax: +1 555 0100', 'Homeland » Security', 'Home', 'Ministry of Justice / Ministère de la Justice', `Start » Aktionen » ${'Sehr geehrter Herr Minister, ich schreibe Ihnen '.repeat(4)}`]) {
      expect(isBreadcrumb(line)).toBe(false);
    }
  });
});
