// A group's letter as sent, its greeting lost from the page: the addressees' blocks, a blank line,
// then the letter's first sentence in lower case, as it ran on after the greeting's comma.
import { describe, expect, it } from 'vitest';
import { recogniseSampleLetter } from '../../../src/import/sample-letter.js';
import { doc } from './helpers.js';

const rows = [
  {
    lang: 'es',
    blocks: ['Sr Tomás Inventado', 'Presidente de la República', 'Palacio de Gobierno', 'Ciudad Ejemplo, Ejemplandia', '', 'Sra Marta Ficticia', 'Ministra de Justicia', 'Calle Falsa 221', 'Ciudad Ejemplo, Ejemplandia'],
    first: 'somos socios del grupo Ejemplo 41 de Amnistía Internacional y les escribimos de nuevo sobre los periodistas detenidos.',
    rest: ['  • Agradecemos su respuesta a nuestra carta anterior del mes de marzo.', '  • Pedimos información sobre el estado de las investigaciones abiertas.'],
  },
  {
    lang: 'it',
    blocks: ['On. Carlo Esempio', 'Ministro della Giustizia', 'Via Inventata 12', '00100 Città Esempio'],
    first: 'siamo membri del gruppo 77 di Amnesty International e ci rivolgiamo a Lei per la sorte del sindacalista arrestato a maggio.',
    rest: ['', 'Le chiediamo di assicurare che riceva le cure mediche di cui ha bisogno e un processo equo.'],
  },
  {
    lang: 'de',
    blocks: ['Herrn Max Erfunden', 'Innenminister', 'Musterstraße 3', '10999 Beispielstadt'],
    first: 'wir sind Mitglieder der Amnesty-Gruppe Beispielstadt und schreiben Ihnen wegen der Festnahme der Studentin Lea Fiktiv.',
    rest: [],
  },
];

describe('a letter as sent whose greeting the page lost, opening in lower case under the addresses', () => {
  for (const r of rows) {
    it(`reads its text from the lower-case line (${r.lang})`, () => {
      const result = recogniseSampleLetter(doc([...r.blocks, '', r.first, ...r.rest].join('\n')));
      expect(result.found && result.confidence).toBe('low');
      expect(result.found ? result.value.paragraphs[0]?.text : undefined).toBe(r.first);
    });
  }

  it('takes no capitalised story under an address, nor a lower-case line run on from the address without a break', () => {
    const [r] = rows;
    const story = 'Los periodistas fueron detenidos en marzo y siguen sin acceso a sus abogados ni a sus familias.';
    expect(recogniseSampleLetter(doc([...r!.blocks, '', story].join('\n'))).found).toBe(false);
    expect(recogniseSampleLetter(doc([...r!.blocks, r!.first].join('\n'))).found).toBe(false);
  });

  // A group's page: its thanks holding a year, or the page's dateline, over its own prose in lower case.
  it('takes no page prose under a dateline or a sentence that holds a year', () => {
    const prose = 'die Ortsgruppe Beispielheim von Amnesty International lädt alle Mitglieder zum Treffen ein';
    const story = ['Briefe für die Freiheit', '', 'unser Dank für das Jahr 2030 geht an alle, die uns mit Briefen und Spenden so treu unterstützt haben', '', prose];
    expect(recogniseSampleLetter(doc(story.join('\n'))).found).toBe(false);
    const dated = ['March 14, 2031', '', 'example group news about the writing evening held in the town library last week'];
    expect(recogniseSampleLetter(doc(dated.join('\n'))).found).toBe(false);
  });
});
