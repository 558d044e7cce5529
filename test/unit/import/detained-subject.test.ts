import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A page about a prisoner prints his own address in prison for cards of solidarity, then names the
// official to appeal to in a sentence: the prisoner is whom the page is for, never an official.
const names = (lines: readonly string[]) => draftTargets(importDocument(lines.join('\n'), { source: 'p.txt' }).caseText).map((t) => t.name);

describe('the person at risk at his place of detention is no official', () => {
  it('German: the prisoner named in the headline, his penal colony, the office to appeal to under it', () => {
    expect(names([
      'Briefe gegen das Vergessen',
      '',
      'KARL BEISPIELMANN - VALDOR',
      '',
      'Karl Beispielmann, ein bekannter Menschenrechtsverteidiger, wurde im Mai festgenommen und zu fünf Jahren Haft verurteilt.',
      'Schreiben Sie Briefe oder Postkarten ohne religiösen Inhalt an:',
      '',
      'Karl Beispielmann',
      'Strafkolonie Nr. 4',
      'Musterweg 1, Beispielstadt',
      '12345 Beispielregion',
      'VALDOR',
      '',
      'Schreiben Sie bitte höflich formulierte Briefe an den Staatspräsidenten von Valdor und fordern Sie ihn auf, Karl Beispielmann freizulassen.',
    ])).toEqual(['Staatspräsident von Valdor']);
  });

  it('Spanish: the prisoner named again and again in the story, his prison, the office to write to', () => {
    expect(names([
      'Acción: libertad para un periodista',
      '',
      'El periodista Tomás Ejemplar fue detenido en marzo. Tomás Ejemplar denunció la corrupción local. La familia de Ejemplar no ha podido visitarlo.',
      '',
      'Envíale un mensaje de apoyo:',
      '',
      'Tomás Ejemplar',
      'Cárcel de Ejemplo, Pabellón 3',
      'Calle Prueba 12',
      'Ciudad Ejemplo',
      '',
      'Escribe al Fiscal General de la República para pedir la libertad inmediata de Ejemplar.',
    ])).toEqual(['Fiscal General de la República']);
  });
});
