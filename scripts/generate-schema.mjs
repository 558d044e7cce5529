#!/usr/bin/env node
// Writes schema/case.schema.json from the zod schema in src/case/schema.ts, through the built
// dist/ (run `npm run build` first). With --check, only says whether the committed file is
// current and exits 1 when it is not. test/unit/case/json-schema.test.ts checks the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { caseJsonSchemaText } from '../dist/case/json-schema.js';

const target = new URL('../schema/case.schema.json', import.meta.url);
const text = caseJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error('schema/case.schema.json is out of date: run node scripts/generate-schema.mjs');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.error('wrote schema/case.schema.json');
}
