import type { Path } from './yaml-source.js';

/**
 * `['targets', 1, 'email']` → `targets[1].email`. Indexes count from 0, as in the format's own
 * example (`targets[1].email` is the second official) and in JSON Pointer and jq; a key that is
 * not a plain name is quoted: `links["press release"]`.
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
