import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Officials a page lists outside any block of contact details (prose-lists.ts and its readers).
const targets = (text: string) => draftTargets(importDocument(text, { source: 'p.txt' }).caseText);
const summary = (t: Record<string, unknown>) =>
  [t.name, t.title ?? '-', [t.email ?? []].flat().join(' ') || '-', t.copy === true ? 'copy' : 'written to'].map(String).join(' · ');

describe("a campaign form's list of who receives the message, the office in brackets", () => {
  it.each([
    [
      'Portuguese, courtesy or office before the name',
      'Liberdade já\n\nAtivistas foram presos.\n\nSeu email será enviado para o presidente e autoridades relevantes:\nPresidente Jane Exemplo da Silva (Presidente da República)\nSra. Ana Exemplo (Presidente da Fundação Exemplo)\nMaria Exemplo de Souza (Diretora de Proteção)\nMinistro João Exemplo (Ministro-chefe da Casa Exemplo)\n\nEnviar\n',
      ['Jane Exemplo da Silva · Presidente da República · - · written to', 'Ana Exemplo · Presidente da Fundação Exemplo · - · written to', 'Maria Exemplo de Souza · Diretora de Proteção · - · written to', 'João Exemplo · Ministro-chefe da Casa Exemplo · - · written to'],
    ],
    [
      'Spanish, "llegará a", the office in brackets naming the government',
      'Libertad para Juan\n\nTu mensaje llegará a:\n\nPresidenta Ana Ejemplo (Presidenta de la República, Gobierno de Ejemplia)\nSr. Luis Ejemplo (Ministro del Interior)\n',
      ['Ana Ejemplo · Presidenta de la República, Gobierno de Ejemplia · - · written to', 'Luis Ejemplo · Ministro del Interior · - · written to'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(targets(text).map(summary)).toEqual(expected);
  });


});
