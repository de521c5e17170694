#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find.
// typecheck → unit tests → evaluation gates (against committed baselines) → Chrome and Firefox
// builds + Mozilla's linter → end-to-end tests in real Chromium → the suite-wide network audit →
// the performance budget (`npm run bench -- --quick` on the build). Stops at the first failing step.
//
// The network audit (tests/e2e/zz-network-audit.e2e.test.ts) reads what every other e2e file's
// browsers logged, so it runs as its own step after them, on a fresh log tagged with this run's id.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = '.cache/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const runId = `npm-test-${process.pid}-${Date.now()}`;
const AUDIT_TEST = 'tests/e2e/zz-network-audit.e2e.test.ts';
rmSync('tests/e2e/.artifacts/network-audit.jsonl', { force: true });

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
  ['end-to-end (chromium)', vitest('e2e', ['--config', 'vitest.e2e.config.ts', '--exclude', AUDIT_TEST]), 'vitest.e2e.config.ts'],
  ['network audit of the e2e run', vitest('e2e-audit', ['--config', 'vitest.e2e.config.ts', AUDIT_TEST]), AUDIT_TEST],
  ['performance budget (bench --quick)', ['npx', 'tsx', 'scripts/bench.ts', '--quick', '--out', join(reports, 'bench.json')], 'scripts/bench.ts'],
];

const timings = [];
for (const [name, cmd, needs] of steps) {
  if (needs && !existsSync(needs)) {
    console.log(`\n== ${name}: skipped (${needs} does not exist yet)`);
    continue;
  }
  console.log(`\n== ${name}: ${cmd.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', FP_E2E_RUN_ID: runId } });
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
  for (const name of ['unit', 'e2e', 'e2e-audit']) {
    const file = join(reports, `${name}.json`);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
