// A UA web page saved from the browser → the lines the text importer reads. Parsed with
// htmlparser2 (a spec-minded, forgiving parser) rather than patterns over the markup, so that <br>,
// entities and nesting come out right. Block elements (headings, paragraphs, list items, table
// rows, divisions) end lines and paragraphs end with a blank line, the way a page copied as text
// reads; a mailto: link keeps its address even when the link shows other words. Menus, scripts and
// forms are left out; when the page has a <main>, only that is read, else its longest <article>
// (a site's teaser cards for other cases are articles too, and may come first).
//
// Sites that hide addresses from robots (Cloudflare's "email protection") show "[email protected]"
// instead: it is kept as written, so that the importer reports the address as missing rather than
// taking the placeholder — or decoding what the site chose to hide.
import { DomUtils, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'form', 'button', 'select', 'head', 'object', 'canvas']);
/** Elements whose end is the end of a paragraph: a blank line follows. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'address', 'pre', 'figure', 'header', 'footer', 'section', 'article', 'aside', 'dl', 'hr']);
/** Elements that end a line. */
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'main', 'center', 'fieldset', 'legend', 'caption', 'summary', 'details']);

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const root = DomUtils.findOne((e) => e.name === 'main' || e.attribs.role === 'main', doc.children, true) ?? longestArticle(doc.children);
  const out: string[] = [''];
  walk(root ? [root] : doc.children, out);
  // A tab parts a row's cells, so that officials printed one a column can be told apart (columns.ts).
  return out.map(tidyLine).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function tidyLine(line: string): string {
  if (line.trim() === '') return '';
  return line.replace(/ *\t[ \t]*/g, '\t').replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
}

function isElement(node: Node): node is Element {
  return 'name' in node && (node as Partial<Element>).attribs !== undefined;
}

function longestArticle(nodes: Node[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = -1;
  for (const article of DomUtils.findAll((e) => e.name === 'article', nodes)) {
    const length = DomUtils.textContent(article).replace(/\s+/g, ' ').length;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best;
}

function walk(nodes: readonly Node[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      append(out, (node as { data: string }).data.replace(/\s+/g, ' '));
      continue;
    }
    // A doctype is a node with a name but no attributes; comments and it hold no page text.
    if (!isElement(node)) continue;
    const el = node;
    if (SKIP.has(el.name) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || /display:\s*none/i.test(el.attribs.style ?? '')) continue;
    if (el.name === 'br') {
      out.push('');
      continue;
    }
    const block = PARAGRAPH.has(el.name) || isBlockCell(el) ? 'paragraph' : LINE.has(el.name) ? 'line' : undefined;
    if (block) breakLine(out, block === 'paragraph');
    else if (isCell(el) && isCell(previousElement(el))) append(out, '\t');
    if (el.name === 'li') append(out, '• ');
    if (el.name === 'a' && mailtoAddress(el, out)) continue;
    walk(el.children as Node[], out);
    if (block) breakLine(out, block === 'paragraph');
  }
}

const isCell = (el: Element | undefined): boolean => el !== undefined && (el.name === 'td' || el.name === 'th');

function previousElement(el: Element): Element | undefined {
  for (let node = el.prev; node; node = node.prev) if (isElement(node as Node)) return node as Element;
  return undefined;
}

/**
 * A cell of lines in a row of such cells: officials printed side by side, one a cell ("President
 * Jane Doe<br>Office of the President<br>…" beside "Minister John Roe<br>…"). Each is read as a
 * block of its own, in reading order; joined line by line they would run one official into the
 * other. A row with one such cell (a label, then its lines) keeps its cells on one line.
 */
function isBlockCell(el: Element): boolean {
  if (!isCell(el) || !holdsLines(el)) return false;
  const row = el.parent as Element | null;
  if (!row || !('children' in row)) return false;
  return (row.children as Node[]).filter((c) => isElement(c) && isCell(c) && holdsLines(c)).length >= 2;
}

/** The element holds a line break or a block inside it. */
const holdsLines = (el: Element): boolean =>
  DomUtils.findOne((e) => e.name === 'br' || PARAGRAPH.has(e.name) || LINE.has(e.name), el.children as Node[], true) !== null;

/**
 * "<a href="mailto:x@y">Email the Embassy</a>" → "x@y": the address is the fact; words such as
 * "Email the Embassy" are an instruction. True when the link was written out this way.
 */
function mailtoAddress(el: Element, out: string[]): boolean {
  const href = el.attribs.href ?? '';
  if (!/^mailto:/i.test(href)) return false;
  const address = decodeURIComponentSafe(href.slice(7).split('?')[0] ?? '').trim();
  if (!address.includes('@') || DomUtils.textContent(el).includes('@')) return false;
  append(out, address);
  return true;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function append(out: string[], text: string): void {
  out[out.length - 1] += text;
}

/** Ends the current line (if it holds anything); a paragraph also leaves a blank line. */
function breakLine(out: string[], paragraph: boolean): void {
  if ((out.at(-1) ?? '').trim() !== '') out.push('');
  if (paragraph && (out.at(-2) ?? '').trim() !== '') out.push('');
}
