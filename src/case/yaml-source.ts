/**
 * The front matter as a YAML document that remembers where everything is, so that every
 * problem can be reported at its line and column.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The text the document was parsed from; offsets into it are offsets into the file. */
  source: string;
}

/**
 * Parses with the YAML 1.2 core schema minus numbers. The core schema keeps `2024-09-27` a string
 * (js-yaml's default schema makes it a Date, shifted by the time zone), and no field of a case is
 * a number: without the int and float tags, `phone: 0212…` and `reference: 72.24` keep their
 * digits as written instead of becoming 212… and 72.24 the number.
 */
export function parseYaml(source: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    schema: 'core',
    customTags: (tags) => tags.filter((t) => !/(^|:)(int|float)/.test(typeof t === 'string' ? t : t.tag)),
    prettyErrors: false,
    uniqueKeys: true,
    // The library would print some remarks itself (process warnings); everything goes through our messages.
    logLevel: 'silent',
  });
  return { doc, lineCounter, source };
}

export function positionAt(src: YamlSource, offset: number): Position {
  const { line, col } = src.lineCounter.linePos(Math.max(0, Math.min(offset, src.source.length)));
  return { line, column: col };
}

/** The YAML node of a value, or undefined when the path does not exist (or passes an alias). */
export function nodeAt(src: YamlSource, path: Path): Node | undefined {
  if (path.length === 0) return (src.doc.contents as Node | null) ?? undefined;
  const node = src.doc.getIn(path, true);
  return node !== null && typeof node === 'object' && 'range' in (node as object) ? (node as Node) : undefined;
}

/** The key node of the last segment of `path` in its mapping. */
export function keyNodeAt(src: YamlSource, path: Path): Node | undefined {
  const parent = nodeAt(src, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/**
 * Where to point for a problem at `path`: the value (or the key when asked), else the nearest
 * ancestor that exists — a missing field is reported where its mapping starts.
 */
export function locate(src: YamlSource, path: Path, prefer: 'value' | 'key' = 'value'): Position | undefined {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n);
    const exact = n === path.length;
    const node = exact && prefer === 'key' ? keyNodeAt(src, p) ?? nodeAt(src, p) : nodeAt(src, p) ?? keyNodeAt(src, p);
    if (node?.range) return positionAt(src, node.range[0]);
  }
  return undefined;
}

/** The path of the deepest field whose key or value covers `offset` (for syntax errors). */
export function pathAt(src: YamlSource, offset: number): Path {
  const path: (string | number)[] = [];
  let node: unknown = src.doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (covers(p.key, offset, true) || covers(p.value, offset, false)));
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      if (covers(pair.key, offset, true)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => covers(item, offset, false));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}

function covers(node: unknown, offset: number, isKey: boolean): boolean {
  if (node === null || typeof node !== 'object' || !('range' in node)) return false;
  const range = (node as Node).range;
  if (!range) return false;
  // A key covers its own text; a value up to the end of what belongs to it (comments included).
  return offset >= range[0] && (isKey ? offset < Math.max(range[1], range[0] + 1) : offset < Math.max(range[2], range[0] + 1));
}
