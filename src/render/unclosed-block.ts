// Handlebars reports a missing {{/if}} at the end of the file ("got 'EOF'"); the author needs the
// line where the block was opened. A small scan over block tags finds the innermost open one.

export interface OpenBlock {
  name: string;
  line: number;
}

const TAG = /\{\{\{\{[\s\S]*?\}\}\}\}|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~]*)/g;

export function unclosedBlock(source: string): OpenBlock | undefined {
  const stack: OpenBlock[] = [];
  for (const m of source.matchAll(TAG)) {
    const [, kind, name] = m;
    if (!kind || !name) continue; // comments, raw blocks, `{{^}}` (else)
    const line = source.slice(0, m.index).split('\n').length;
    if (kind === '/') {
      if (stack.at(-1)?.name === name) stack.pop();
    } else {
      stack.push({ name, line });
    }
  }
  return stack.at(-1);
}
