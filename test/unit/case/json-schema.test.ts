import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseJsonSchemaText } from '../../../src/case/json-schema.js';
import { repoRoot } from '../../helpers/cli.js';

describe('schema/case.schema.json', () => {
  it('is exactly what the zod schema generates (run node scripts/generate-schema.mjs after a change)', () => {
    const committed = readFileSync(join(repoRoot, 'schema', 'case.schema.json'), 'utf8');
    expect(committed).toBe(caseJsonSchemaText());
  });

  it('describes the required fields, the official fields and the language codes', () => {
    const schema = JSON.parse(caseJsonSchemaText()) as {
      $schema: string;
      required: string[];
      properties: { targets: { items: { required: string[]; properties: Record<string, unknown> } } };
      $defs: { languageCode: { enum: string[] } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['id', 'title', 'country', 'deadline', 'languages', 'targets']);
    expect(schema.properties.targets.items.required).toEqual(['id', 'name']);
    expect(Object.keys(schema.properties.targets.items.properties)).toContain('salutation');
    expect(schema.$defs.languageCode.enum).toHaveLength(183);
  });
});
