#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find.
// typecheck → unit tests → evaluation gates (against committed baselines) → Chrome and Firefox
// builds + Mozilla's linter → end-to-end tests in real Chromium. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = '.cache/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitest = (name, extra = []) => [
  'npx', 'vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  ['typecheck', ['npx', 'tsc', '--noEmit', '-p', '.']],
  ['unit tests', vitest('unit')],
  ['classifier eval gate', ['npx', 'tsx', 'scripts/eval-classifier.ts', '--check'], 'scripts/eval-classifier.ts'],
  ['facts eval gate', ['npx', 'tsx', 'scripts/eval-facts.ts', '--check'], 'scripts/eval-facts.ts'],
  ['detector eval gate', ['npx', 'tsx', 'scripts/eval-detect.ts', '--check'], 'scripts/eval-detect.ts'],
  ['build chrome-mv3', ['npx', 'wxt', 'build']],
  ['build firefox-mv3', ['npx', 'wxt', 'build', '-b', 'firefox']],
  ['addons-linter (firefox)', ['node', 'scripts/lint-firefox.mjs'], 'scripts/lint-firefox.mjs'],
  ['end-to-end (chromium)', vitest('e2e', ['--config', 'vitest.e2e.config.ts']), 'vitest.e2e.config.ts'],
];

const timings = [];
for (const [name, cmd, needs] of steps) {
  if (needs && !existsSync(needs)) {
    console.log(`\n== ${name}: skipped (${needs} does not exist yet)`);
    continue;
  }
  console.log(`\n== ${name}: ${cmd.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${name} ${secs}s`);
  if (r.status !== 0) {
    console.error(`\n!! ${name} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    printCounts();
    process.exit(1);
  }
}
console.log(`\n== all steps passed: ${timings.join(', ')}`);
printCounts();

function printCounts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const name of ['unit', 'e2e']) {
    const file = join(reports, `${name}.json`);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
