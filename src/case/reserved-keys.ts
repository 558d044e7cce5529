/**
 * `__proto__`, `constructor` and `prototype` as keys of a mapping. Read into a plain object,
 * `__proto__: {email: …}` becomes the object's prototype: a target without an email then seems
 * to have the hidden one, and the email draft goes there (issue 16). The data is read into maps
 * without a prototype (checks.ts) so that this cannot happen at all; these keys are also refused
 * outright, at their position, wherever they appear: no case field, language or link is called so.
 */
import { isPair, isScalar, visit, type Node } from 'yaml';
import type { Diagnostics } from './diagnostics.js';
import { formatPath } from './field-path.js';
import { pathAt, positionAt, type YamlSource } from './yaml-source.js';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export const RESERVED_KEY_PROBLEM = 'unknown field; this name is reserved and refused';

export function isReservedKey(key: string): boolean {
  return RESERVED.has(key);
}

/** Every mapping key of the document with a reserved name, at any depth, as an error. */
export function reportReservedKeys(src: YamlSource, diag: Diagnostics): void {
  visit(src.doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isReservedKey(String(pair.key.value))) return;
      const start = (pair.key as Node).range?.[0];
      if (start === undefined) return;
      diag.error({ ...positionAt(src, start), field: formatPath(pathAt(src, start)) || undefined }, RESERVED_KEY_PROBLEM);
    },
  });
}
