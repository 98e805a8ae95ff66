#!/usr/bin/env node
// Records how long each test file took, from a vitest JSON report, into
// test/support/file-durations.json; the test sequencer (test/support/duration-sequencer.ts) starts
// the longest files first. Refresh it after adding or reshaping slow tests:
//
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \
//     npx vitest run --reporter=json --outputFile=/tmp/vitest-report.json
//   node scripts/record-test-durations.mjs /tmp/vitest-report.json
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../test/support/file-durations.json', import.meta.url));
const reportPath = process.argv[2];
if (!reportPath) {
  console.error('Usage: node scripts/record-test-durations.mjs <vitest JSON report>');
  process.exit(2);
}

let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (err) {
  console.error(`Could not read a vitest JSON report from ${reportPath}: ${err.message}`);
  process.exit(1);
}
if (!Array.isArray(report.testResults)) {
  console.error(`${reportPath} is not a vitest JSON report (it has no testResults).`);
  process.exit(1);
}

const durations = {};
for (const result of report.testResults) {
  // A file whose tests were all skipped (the browser tests without Chromium) says nothing of how
  // long it takes: left out, it counts as unknown and runs first.
  const tests = result.assertionResults ?? [];
  if (tests.length > 0 && tests.every((t) => t.status === 'skipped' || t.status === 'pending')) continue;
  const seconds = (Number(result.endTime) - Number(result.startTime)) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) continue;
  // By path from the project root, whichever checkout the report was made in (every test is under test/).
  const path = String(result.name).split('\\').join('/');
  const at = path.lastIndexOf('/test/');
  const file = at >= 0 ? path.slice(at + 1) : relative(root, path);
  durations[file] = Math.round(seconds * 10) / 10;
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} test files recorded in ${relative(root, out)}`);
