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
