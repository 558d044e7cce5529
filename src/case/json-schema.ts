/**
 * The editor's JSON Schema for case front matter, derived from the zod schema so that the two
 * cannot drift apart. Kept out of schema.ts: only the generator script and its test need
 * `toJSONSchema`, and the CLI bundle should not carry it.
 */
import { toJSONSchema } from 'zod/mini';
import { caseSchema } from './schema.js';

/** The schema as committed in `schema/case.schema.json`: pretty-printed, with a final newline. */
export function caseJsonSchemaText(): string {
  const schema = toJSONSchema(caseSchema, { target: 'draft-2020-12' });
  return JSON.stringify(schema, null, 2) + '\n';
}
