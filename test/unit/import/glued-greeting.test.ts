// A page that lost the line break after the letter's greeting glues its comma to the first sentence
// ("Monsieur le Ministre de l'Intérieur,Considérant …"): the greeting is read as its own line, and
// the letter under it is found.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitGluedGreeting } from '../../../src/import/glued-greeting.js';
import { draftTargets } from './helpers.js';

const PAGE = ['Pétition : libérez Karim Exemple', '', 'Karim Exemple est détenu depuis trois mois sans jugement.', '', 'Écrivez à :', "Monsieur le Ministre de l'Intérieur", 'Place Exemple', '75008 Paris', ''];

describe('a greeting glued to the letter\'s first sentence', () => {
  const rows = [
    { glued: "Monsieur le Ministre de l'Intérieur,Considérant la situation de Karim Exemple, je vous demande de le libérer sans attendre.", greeting: "Monsieur le Ministre de l'Intérieur", phrase: 'je vous demande de le libérer' },
    { glued: 'Monsieur le Ministre,Je vous écris pour vous demander la libération immédiate de Karim Exemple.', greeting: 'Monsieur le Ministre', phrase: 'la libération immédiate' },
  ];
  it.each(rows)('$greeting', ({ glued, greeting, phrase }) => {
    const result = importDocument([...PAGE, glued, '', 'Veuillez agréer, Monsieur le Ministre, mes salutations distinguées.'].join('\n'), { source: 'page.txt' });
    expect(draftTargets(result.caseText)[0]?.salutation).toBe(greeting);
    expect(result.caseText).toMatch(/^languages: \[fr\]/m);
    expect(result.caseText).toContain(phrase);
    expect(result.caseText).toMatch(/^## Letter/m);
  });
});

describe('splitGluedGreeting: an official\'s line glued at a comma stays whole (guards)', () => {
  it.each(['Monsieur Jean Exemple,Ministre de la Justice', 'Madame la Ministre,Place Vendôme 13, 75001 Paris'])('%s', (line) => {
    expect(splitGluedGreeting(line)).toBeUndefined();
  });
});

describe('a greeting that ends with a colon, the petition going on in lower case', () => {
  const rows = [
    { line: 'Estimados Ministro y Alcaldesa: es hora de que actúen para proteger a las comunidades del lago.', expected: ['Estimados Ministro y Alcaldesa:', 'es hora de que actúen para proteger a las comunidades del lago.'] },
    { line: 'Sehr geehrter Herr Minister: wir wenden uns heute an Sie wegen der Verhaftung von Jana Beispiel.', expected: ['Sehr geehrter Herr Minister:', 'wir wenden uns heute an Sie wegen der Verhaftung von Jana Beispiel.'] },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitGluedGreeting(line)).toEqual(expected);
  });

  it('greets both officials of a "Para:" line, the letter after the colon', () => {
    const page = 'Para: Ministro de Salud, Pedro Ejemplo Ruiz y Alcaldesa de Villaejemplo, Carmen Ejemplo Soto\nDetener la contaminación del lago\nEstimados Ministro y Alcaldesa: es hora de que actúen para proteger a las comunidades que viven junto al lago y que sufren los vertidos.\n';
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => [t.name, t.title, t.salutation])).toEqual([
      ['Pedro Ejemplo Ruiz', 'Ministro de Salud', 'Estimados Ministro y Alcaldesa'],
      ['Carmen Ejemplo Soto', 'Alcaldesa de Villaejemplo', 'Estimados Ministro y Alcaldesa'],
    ]);
    expect(caseText).toMatch(/^languages: \[es\]/m);
    expect(caseText).toContain('es hora de que actúen');
  });
});

describe('splitGluedGreeting: a colon before a label or a capital stays (guards)', () => {
  it.each(['Estimado Señor Ministro: Amnistía Internacional le escribe hoy por el caso de', 'Señor Ministro: email ministro@example.org'])('%s', (line) => {
    expect(splitGluedGreeting(line)).toBeUndefined();
  });
});
