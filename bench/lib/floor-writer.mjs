// The batch benchmark's floor: writes the same bytes to the same number of files as the tool
// did, with plain Node and the same atomic pattern (temp file + rename), and nothing else.
// Usage: node floor-writer.mjs <manifest.json> <outDir>
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [manifestPath, outDir] = process.argv.slice(2);
const { files, blob } = JSON.parse(readFileSync(manifestPath, 'utf8'));
const data = readFileSync(blob);
const made = new Set();
let offset = 0;
for (const [relative, length] of files) {
  const path = join(outDir, relative);
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const temp = `${path}.tmp`;
  writeFileSync(temp, data.subarray(offset, offset + length));
  renameSync(temp, path);
  offset += length;
}
