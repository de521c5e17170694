#!/usr/bin/env node
// Bundle-size budget of the Chrome build (run `npm run build` first).
//
//   node scripts/check-bundle-size.mjs [outputDir] [--json]   (default $FINEPRINT_OUT_DIR or .output, /chrome-mv3)
//
// --json prints {root, groups: [{name, budget, minified, gzip, files}], failures} instead of the table
// (npm run bench reads it).
// Prints every JS file the extension ships with its minified and gzip size, and fails (exit 1)
// when what runs on every page (the manifest's content scripts) is over 30 kB, or when the JS the
// popup loads (popup.html's scripts and every chunk they import, statically or dynamically) is
// over 60 kB. Sizes are minified bytes as built, 1 kB = 1000 bytes (as `wxt build` prints them).
// The background worker and web-accessible scripts (content-script stage 2) are reported only.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = { 'every page': 30_000, popup: 60_000 };

const cliArgs = process.argv.slice(2);
const asJson = cliArgs.includes('--json');
const root = cliArgs.find((a) => !a.startsWith('--')) ?? `${process.env.FINEPRINT_OUT_DIR || '.output'}/chrome-mv3`;
const manifestPath = join(root, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** Extension-root-relative path ('/a/b.js', 'a/b.js' → 'a/b.js'). */
const clean = (p) => posix.normalize(p.replace(/^\/+/, ''));
const exists = (p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile();

/** `p` and every JS file it imports (static `import … from`, bare `import "…"`, `import("…")`), transitively. */
function jsClosure(entries) {
  const seen = new Set();
  const stack = entries.map(clean);
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !exists(file)) continue;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    const specs = [
      ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.js)["']/g),
      ...code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g),
      ...code.matchAll(/\bfrom\s*["']([^"']+\.js)["']/g),
    ].map((m) => m[1]);
    for (const spec of specs) {
      if (/^[a-z-]+:/i.test(spec)) continue; // absolute URL: not part of the package
      stack.push(spec.startsWith('/') ? clean(spec) : clean(posix.join(posix.dirname(file), spec)));
    }
  }
  return [...seen];
}

function htmlScripts(htmlFile) {
  if (!htmlFile || !exists(clean(htmlFile))) return [];
  const html = readFileSync(join(root, clean(htmlFile)), 'utf8');
  const base = posix.dirname(clean(htmlFile));
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)].map((m) =>
    m[1].startsWith('/') ? clean(m[1]) : clean(posix.join(base, m[1])),
  );
}

const groups = [];
const everyPage = (manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []);
groups.push({ name: 'every page', budget: BUDGETS['every page'], files: jsClosure(everyPage) });
const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
groups.push({ name: 'popup', budget: BUDGETS.popup, files: jsClosure(htmlScripts(popupHtml)) });
const worker = manifest.background?.service_worker ?? manifest.background?.scripts ?? [];
groups.push({ name: 'background', budget: null, files: jsClosure([worker].flat()) });
const webAccessible = (manifest.web_accessible_resources ?? [])
  .flatMap((w) => (typeof w === 'string' ? [w] : w.resources ?? []))
  .filter((r) => r.endsWith('.js'));
groups.push({ name: 'loaded on demand', budget: null, files: jsClosure(webAccessible) });

// Anything shipped that no group reached is still listed, so nothing hides from the table.
const listed = new Set(groups.flatMap((g) => g.files));
const allJs = (function walk(dir) {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(join(root, rel)).isDirectory() ? walk(rel) : rel.endsWith('.js') ? [rel] : [];
  });
})('');
const other = allJs.filter((f) => !listed.has(f));
if (other.length) groups.push({ name: 'other', budget: null, files: other });

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const rows = [['group', 'file', 'minified', 'gzip', 'budget']];
const failures = [];
const summary = [];
for (const group of groups) {
  let min = 0;
  let gz = 0;
  const files = [];
  for (const file of group.files) {
    const bytes = readFileSync(join(root, file));
    const g = gzipSync(bytes, { level: 9 }).length;
    min += bytes.length;
    gz += g;
    files.push({ file, minified: bytes.length, gzip: g });
    rows.push([group.name, file, kB(bytes.length), kB(g), '']);
  }
  summary.push({ name: group.name, budget: group.budget, minified: min, gzip: gz, files });
  const over = group.budget !== null && min > group.budget;
  if (group.files.length > 1 || group.budget !== null) {
    rows.push([group.name, '(total)', kB(min), kB(gz), group.budget === null ? 'report only' : `${kB(group.budget)}${over ? '  OVER' : '  ok'}`]);
  }
  if (group.budget !== null && group.files.length === 0) failures.push(`${group.name}: no JS found (is ${root} a complete build?)`);
  if (over) failures.push(`${group.name}: ${kB(min)} minified, budget ${kB(group.budget)} (${kB(min - group.budget)} over)`);
}

if (asJson) {
  console.log(JSON.stringify({ root, groups: summary, failures }, null, 2));
  process.exit(failures.length ? 1 : 0);
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i >= 2 && i <= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`Bundle sizes of ${relative(process.cwd(), root) || root}`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');

