// Lints the Firefox build with Mozilla's addons-linter (what addons.mozilla.org runs on upload).
// Builds nothing: run `npm run build:firefox` first. Exits 1 on any error, 2 when the build is missing.
// Usage: node scripts/lint-firefox.mjs [dir]   (default .output/firefox-mv3)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import linter from 'addons-linter';

const dir = resolve(process.argv[2] ?? `${process.env.FINEPRINT_OUT_DIR || '.output'}/firefox-mv3`);
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`lint-firefox: no Firefox build at ${dir}; run \`npm run build:firefox\` first.`);
  process.exit(2);
}

const instance = linter.createInstance({
  config: {
    _: [dir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
    privileged: false,
    minManifestVersion: 2,
    maxManifestVersion: 3,
  },
  runAsBinary: false,
});

const result = await instance.run();
const show = (kind, list) => {
  for (const item of list) {
    const where = item.file ? ` (${item.file}${item.line ? `:${item.line}` : ''})` : '';
    console.log(`${kind} ${item.code}: ${item.message}${where}`);
  }
};
show('ERROR', result.errors);
show('warning', result.warnings);
show('notice', result.notices);
console.log(`addons-linter ${dir}: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
process.exit(result.errors.length > 0 ? 1 : 0);
