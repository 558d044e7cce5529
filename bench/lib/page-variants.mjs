// The same page in another form, to check that import reads it alike: as a web page saved from the
// browser (paragraphs, <br> between lines, emails as mailto: links), or "spaced" (a blank line
// after every line, as some sites' text copies come out).

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The text as an HTML page: a paragraph per block of lines, `<br>` between its lines. */
export function asHtml(text) {
  const paragraphs = text.split(/\n[ \t]*\n/).map((block) =>
    block
      .split('\n')
      .map((line) => escape(line).replace(EMAIL, (e) => `<a href="mailto:${e}">${e}</a>`))
      .join('<br>\n'),
  );
  const title = escape(text.split('\n', 1)[0] ?? '');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>\n<main>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</main>\n</body></html>\n`;
}

/** The text with a blank line after every line. */
export const asSpaced = (text) => text.split('\n').filter((l) => l.trim() !== '').join('\n\n') + '\n';
