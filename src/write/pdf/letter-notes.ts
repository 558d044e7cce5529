// What to tell the user about a letter once it is laid out: that it runs over one page (which
// letter, by how much) or that the font lacks some of its characters. Pure, so the CLI prints the
// same sentences whatever the sink.
import type { LetterDocument } from '../../channels/types.js';
import type { LetterPageReport } from './letter-pdf.js';

export function letterNotes(letter: Pick<LetterDocument, 'signer' | 'recipientLines' | 'targetId'> & { channel?: string }, report: LetterPageReport): string[] {
  const which = `The ${letter.channel === 'fax' ? 'fax' : 'letter'} from ${letter.signer.name} to ${letter.recipientLines[0] ?? letter.targetId}`;
  const notes: string[] = [];
  if (report.overflow) {
    const lines = report.overflow.lines === 1 ? 'about 1 line' : `about ${report.overflow.lines} lines`;
    notes.push(`${which} does not fit one page even in smaller type; it is printed on ${report.pages} pages, numbered. Cut ${lines} (for instance from the personal line) to fit one page.`);
  }
  if (report.missingGlyphs && report.missingGlyphs.length > 0) {
    const shown = report.missingGlyphs.slice(0, 10).join(' ');
    const more = report.missingGlyphs.length > 10 ? ` and ${report.missingGlyphs.length - 10} more` : '';
    notes.push(`${which} has characters the PDF font cannot print (${shown}${more}); they are missing from the page. Pass a font that has them (e.g. Noto Sans CJK for Chinese, Japanese, Korean).`);
  }
  return notes;
}
