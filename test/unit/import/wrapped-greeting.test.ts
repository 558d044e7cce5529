// A letter copied from a page that wraps its lines short: the greeting broken after its courtesy
// words ("Excel·lentíssim" / "Senyor,"), the first line of each paragraph short. The greeting is read
// as the one line it was, and the envelope's head above it (a rank's courtesy with the office, the
// name, the office, the town) is the official it greets by his rank.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { joinWrappedGreetings } from '../../../src/import/wrapped-greeting.js';
import { draftTargets } from './helpers.js';

describe('joinWrappedGreetings', () => {
  const rows: Array<{ what: string; lines: string[]; expected: string[] | undefined }> = [
    { what: 'Catalan, the courtesy adjective over its noun', lines: ['Ginebra', '', 'Excel·lentíssim', 'Senyor,', 'Ens adrecem a vostè …'], expected: ['Ginebra', '', 'Excel·lentíssim Senyor,', 'Ens adrecem a vostè …'] },
    { what: 'Spanish, a blank line between the halves', lines: ['Excelentísimo', '', 'Señor Presidente:', 'Le escribo …'], expected: ['Excelentísimo Señor Presidente:', 'Le escribo …'] },
    { what: 'German, two courtesy words over the office', lines: ['Sehr geehrter', 'Herr Minister,', 'ich schreibe Ihnen …'], expected: ['Sehr geehrter Herr Minister,', 'ich schreibe Ihnen …'] },
    { what: 'a name under a courtesy title is no greeting (no comma)', lines: ['Excelentísimo Señor', 'Rui Modelo Amostra', 'Procurador-Geral'], expected: undefined },
    { what: 'a word that greets by itself is left alone', lines: ['Monsieur', 'Le Ministre,'], expected: undefined },
    { what: 'a sentence under the courtesy word is no greeting', lines: ['Estimado', 'Le escribimos porque la situación es grave y urgente, y le pedimos:'], expected: undefined },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    expect(joinWrappedGreetings(lines, lines.map((_, i) => i + 1))?.lines).toEqual(expected);
  });

  it('keeps the first half’s line number', () => {
    expect(joinWrappedGreetings(['A', 'Excel·lentíssim', '', 'Senyor,', 'B'], [1, 2, 3, 4, 5])?.origin).toEqual([1, 2, 5]);
  });
});

const read = (page: string) => {
  const { caseText } = importDocument(page, { source: 'test.txt' });
  return { targets: draftTargets(caseText), letter: /## Letter\n\n([^\n]*)/.exec(caseText)?.[1] ?? '' };
};

describe('an envelope head over a greeting by rank, on a page wrapped short', () => {
  it('Catalan: "Excm. Sr. Ambaixador" / name / office / town, "Excel·lentíssim" / "Senyor,"', () => {
    const page = [
      "Carta a l'ambaixada (12 de juny)", '', 'Girona, 2 de juny de 2011', '', '',
      'Excm. Sr. Ambaixador', '', 'Pere Exemple Mostra', '', "President de la Comissió d'Exemple de l'ONU", '', 'Ginebra', '', '',
      'Excel·lentíssim', 'Senyor,', '',
      '     Ens adrecem a vostè perquè la',
      'setmana vinent la Comissió que vostè presideix debatrà la situació de les presons, i els',
      'sotasignats li demanem que hi tingui en compte els informes de les entitats.', '',
      "     Us agraïm l'atenció.",
    ].join('\n');
    const { targets, letter } = read(page);
    expect(targets.map((t) => [t.name, t.salutation, t.address])).toEqual([['Pere Exemple Mostra', 'Excel·lentíssim Senyor', ['Ginebra']]]);
    expect(letter).toMatch(/^Ens adrecem a vostè perquè/);
  });

  it('Spanish: "Excmo. Sr. Embajador" / name / office / town, "Excelentísimo" / "Señor:"', () => {
    const page = [
      'Carta abierta', '',
      'Excmo. Sr. Embajador', '', 'Juan Ejemplo Prueba', '', 'Presidente del Comité de Ejemplo', '', 'Viena', '',
      'Excelentísimo', 'Señor:', '',
      '     Nos dirigimos a usted porque el',
      'próximo mes el Comité que usted preside examinará la situación de los periodistas detenidos, y le',
      'pedimos que tenga en cuenta los informes de las organizaciones.', '',
      '     Atentamente,',
    ].join('\n');
    const { targets, letter } = read(page);
    expect(targets.map((t) => [t.name, t.salutation, t.address])).toEqual([['Juan Ejemplo Prueba', 'Excelentísimo Señor', ['Viena']]]);
    expect(letter).toMatch(/^Nos dirigimos a usted/);
  });
});

describe('Catalan courtesy titles and offices', () => {
  it('"Hble. Sr." before the name is its courtesy, "Conseller" the office', () => {
    const page = [
      'ACCIÓ URGENT', '', 'Escriviu a:', '',
      'Hble. Sr. Jordi Exemple Prova', 'Conseller de Justícia', "Carrer de l'Exemple, 14", '08001 Barcelona', '',
      'Benvolgut senyor conseller,', '',
      'Li escric per demanar-li que garanteixi que la periodista detinguda la setmana passada rebi un tracte digne i pugui veure el seu advocat.', '',
      'Atentament,',
    ].join('\n');
    const { targets } = read(page);
    expect(targets.map((t) => [t.name, t.honorific, t.title, t.salutation])).toEqual([['Jordi Exemple Prova', 'Hble. Sr.', 'Conseller de Justícia', 'Benvolgut senyor conseller']]);
  });
});
