// A page that prints no letter, only the demands under "Amnesty fordert:" (Amnesty Germany's
// Urgent Actions), gives those demands as the letter's text, each its own paragraph.
import { describe, expect, it } from 'vitest';
import { recogniseSampleLetter } from '../../../src/import/sample-letter.js';
import { doc } from './helpers.js';

const officials = ['Appell an', '', 'INNENMINISTER', 'Herrn Tarek Beispiel', 'Ministry of the Interior', 'Example City', 'E-Mail: minister@interior.example.xx', ''];

const rows = [
  {
    what: '"Amnesty fordert:" and bullets',
    lines: ['Amnesty fordert:', '', '  • Lassen Sie den Blogger Sami Erfunden umgehend und bedingungslos frei.', '  • Sorgen Sie dafür, dass er bis dahin seinen Anwalt und seine Familie sehen kann.'],
    paragraphs: ['Lassen Sie den Blogger Sami Erfunden umgehend und bedingungslos frei.', 'Sorgen Sie dafür, dass er bis dahin seinen Anwalt und seine Familie sehen kann.'],
  },
  {
    what: 'the line telling the reader to write the demands, then dashes',
    lines: ['Wir fordern:', '', 'SCHREIBEN SIE BITTE E-MAILS ODER LUFTPOSTBRIEFE MIT FOLGENDEN FORDERUNGEN', '', '- Bitte heben Sie das Todesurteil gegen Nadia Ausgedacht auf und gewähren Sie ihr ein faires Verfahren.'],
    paragraphs: ['Bitte heben Sie das Todesurteil gegen Nadia Ausgedacht auf und gewähren Sie ihr ein faires Verfahren.'],
  },
  {
    what: 'the French heading of a Swiss page',
    lines: ['Amnesty demande :', '• Libérez immédiatement et sans condition le syndicaliste Paul Fictif, détenu pour ses seules activités.', '', '• Veillez à ce qu’il puisse voir ses avocats et sa famille sans délai.'],
    paragraphs: ['Libérez immédiatement et sans condition le syndicaliste Paul Fictif, détenu pour ses seules activités.', 'Veillez à ce qu’il puisse voir ses avocats et sa famille sans délai.'],
  },
];

describe('the demands under their heading as the letter of a page that prints none', () => {
  for (const r of rows) {
    it(`reads ${r.what}`, () => {
      const result = recogniseSampleLetter(doc(['Beispielland: Blogger in Haft', '', ...officials, ...r.lines].join('\n')));
      expect(result.found && result.confidence).toBe('low');
      expect(result.found ? result.value.paragraphs.map((p) => p.text) : []).toEqual(r.paragraphs);
    });
  }

  it('takes no list of short points, nor a heading with no list under it', () => {
    expect(recogniseSampleLetter(doc(['Beispielland: Blogger in Haft', '', ...officials, 'Amnesty fordert:', '', '- Freiheit', '- Gerechtigkeit'].join('\n'))).found).toBe(false);
    expect(recogniseSampleLetter(doc(['Beispielland: Blogger in Haft', '', ...officials, 'Amnesty fordert:', '', 'Die Behörden müssen den Blogger Sami Erfunden sofort freilassen, sagt die Organisation.'].join('\n'))).found).toBe(false);
  });

  it('leaves a page with its own greeted letter to that letter', () => {
    const page = ['Beispielland: Blogger in Haft', '', ...officials, 'Amnesty fordert:', '- Lassen Sie den Blogger Sami Erfunden umgehend und bedingungslos frei.', '', 'Sehr geehrter Herr Minister,', 'ich bin sehr besorgt über die Festnahme des Bloggers Sami Erfunden im vergangenen Monat.', 'Mit freundlichen Grüßen'].join('\n');
    const result = recogniseSampleLetter(doc(page));
    expect(result.found ? result.value.paragraphs.map((p) => p.text) : []).toEqual(['ich bin sehr besorgt über die Festnahme des Bloggers Sami Erfunden im vergangenen Monat.']);
  });
});
