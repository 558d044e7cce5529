/** Splitting a case file into its YAML front matter and its Markdown body. */
import matter from 'gray-matter';
import { positionOf, yamlTooDeep, type DepthProblem } from './yaml-depth.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

export interface FrontMatterParts {
  yaml: YamlSource;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

export interface FrontMatterProblem {
  line: number;
  column?: number | undefined;
  problem: string;
  code: string;
}

/** Text as the parser wants it: no byte order mark, and `\n` for CRLF (and lone CR) line ends. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/**
 * gray-matter finds the block; our own engine parses it. An options object is always passed:
 * without one gray-matter caches by content and parses with js-yaml, which turns dates into Date
 * objects. The block is handed to the YAML parser behind three spaces standing in for the
 * opening "---", so that offsets in the YAML are offsets in the file: line 5 of the YAML is line
 * 5 of the file, and no line offset has to be added anywhere.
 */
export function splitFrontMatter(text: string): FrontMatterParts | FrontMatterProblem {
  const problem = checkDelimiters(text);
  if (problem) return problem;
  const pad = '   ';
  let yaml: YamlSource | undefined;
  let deep: DepthProblem | undefined;
  const file = matter(text, {
    engines: {
      yaml: (block: string) => {
        deep = yamlTooDeep(pad + block);
        if (deep) return {};
        yaml = parseYaml(pad + block);
        return {};
      },
    },
  });
  if (deep) {
    return { ...positionOf(text, deep.offset), problem: deep.problem, code: 'case.too-deep' };
  }
  // gray-matter skips the engine when the block holds only comments or blanks.
  yaml ??= parseYaml(pad + file.matter);
  const bodyStart = text.length - file.content.length;
  return { yaml, body: file.content, bodyLine: countLines(text, bodyStart) };
}

function checkDelimiters(text: string): FrontMatterProblem | undefined {
  const lines = text.split('\n', 200);
  const first = lines[0] ?? '';
  if (/^---[ \t]*$/.test(first)) {
    if (!/\n---/.test(text)) {
      return { line: 1, code: 'case.front-matter', problem: 'the front matter is not closed: add a line "---" after its last field' };
    }
    return undefined;
  }
  if (text.trim() === '') {
    return { line: 1, code: 'case.front-matter', problem: 'the file is empty; a case starts with front matter between two "---" lines' };
  }
  if (first.startsWith('---')) {
    return { line: 1, code: 'case.front-matter', problem: `the first line must be "---" alone, not ${JSON.stringify(first.slice(0, 40))}` };
  }
  const dashes = lines.findIndex((l) => /^---[ \t]*$/.test(l));
  if (dashes > 0 && lines.slice(0, dashes).every((l) => l.trim() === '')) {
    return { line: 1, code: 'case.front-matter', problem: `the front matter must start on line 1; remove the blank lines above "---" (line ${dashes + 1})` };
  }
  return {
    line: 1,
    code: 'case.front-matter',
    problem: 'no front matter: a case file starts with a line "---", then fields such as "id: …", then another "---"',
  };
}

/** The 1-based line of `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
