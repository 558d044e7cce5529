// The same page in another form, to check that import reads it alike: as a web page saved from the
// browser (paragraphs, <br> between lines, emails as mailto: links), or "spaced" (a blank line
// after every line, as some sites' text copies come out).

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

const linked = (line) => escape(line).replace(EMAIL, (e) => `<a href="mailto:${e}">${e}</a>`);

/**
 * The text as an HTML page: a paragraph per block of lines, `<br>` between its lines. A block of
 * lines in two columns (officials side by side, parted by a tab or by spaces up to one column) was
 * a table on the page: a row per line, a cell per column, as a browser's copy of it gives it back.
 */
export function asHtml(text) {
  const blocks = text.split(/\n[ \t]*\n/).map((block) => {
    const lines = block.split('\n');
    const rows = columnsOf(lines);
    if (!rows) return `<p>${lines.map(linked).join('<br>\n')}</p>`;
    return `<table>\n${rows.map((cells) => `<tr>${cells.map((c) => `<td>${linked(c.trim())}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
  });
  const title = escape(text.split('\n', 1)[0] ?? '');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>\n<main>\n${blocks.join('\n')}\n</main>\n</body></html>\n`;
}

/** Each line's two cells when two lines or more of the block are parted at one tab or one column of spaces. */
function columnsOf(lines) {
  if (lines.filter((l) => /\S\t+\S/.test(l)).length >= 2) return lines.map((l) => l.split('\t'));
  // The column where most lines' text resumes after three spaces or more.
  const counts = new Map();
  for (const l of lines) for (const m of l.matchAll(/(?<=\S) {3,}(?=\S)/g)) counts.set(m.index + m[0].length, (counts.get(m.index + m[0].length) ?? 0) + 1);
  const [column, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  // A line printed across the column (a word that runs over it) is no table's row.
  if (count < 2 || lines.some((l) => l.length > column && l[column - 1] !== ' ')) return undefined;
  return lines.map((l) => (l.length > column ? [l.slice(0, column), l.slice(column)] : [l]));
}

/** The text with a blank line after every line. */
export const asSpaced = (text) => text.split('\n').filter((l) => l.trim() !== '').join('\n\n') + '\n';
