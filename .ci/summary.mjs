// Turns vitest's JSON report into the one plain summary line CI reads.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest-results.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('tests: 0 passed, 1 failed');
  process.exit(0);
}
const failedSuites = (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
// Skipped tests, counted per file, with the reason where a file gives one: a test whose title
// starts "is not tested" (the browser tests, when Chromium cannot be launched).
for (const r of report.testResults ?? []) {
  const skipped = (r.assertionResults ?? []).filter((a) => a.status === 'skipped' || a.status === 'pending');
  if (skipped.length === 0) continue;
  const reasons = skipped.map((a) => a.title).filter((t) => t.startsWith('is not tested'));
  console.log(`skipped: ${skipped.length} in ${r.name.replace(process.cwd() + '/', '')}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`);
}
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests + failedSuites} failed`);
