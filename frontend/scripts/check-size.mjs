// Fails the build when the UI's JavaScript grows past its budget: the newsletter's own site lost its search
// because it made pages slow on phones, so every script the UI can load counts, gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dir = new URL('../dist/assets/', import.meta.url).pathname;
let raw = 0;
let gzipped = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const bytes = readFileSync(join(dir, name));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`JavaScript, all pages: ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET)} gzipped)`);
if (gzipped > BUDGET) {
  console.error('over the JavaScript budget: drop a dependency or load it lazily');
  process.exit(1);
}
