import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Import boundaries (the lint of this repo). Folders follow where code runs:
 * a pure core (core, rules, nlp) that Node and every extension context can import; page code
 * that runs in the content script on every page (so it must stay light); the popup UI; the
 * background worker. These rules keep heavy or context-specific code out of the wrong place.
 */
const ROOT = resolve(__dirname, '../..');

interface SourceFile {
  path: string; // repo-relative
  imports: { spec: string; typeOnly: boolean; target: string | null }[];
  text: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function resolveSpec(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return null;
}

function load(): Map<string, SourceFile> {
  const files = new Map<string, SourceFile>();
  for (const abs of [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'entrypoints'))]) {
    const text = readFileSync(abs, 'utf8');
    const imports: SourceFile['imports'] = [];
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[3] ?? m[4];
      imports.push({ spec, typeOnly: Boolean(m[2]), target: resolveSpec(abs, spec) });
    }
    files.set(relative(ROOT, abs), { path: relative(ROOT, abs), imports, text });
  }
  return files;
}

const files = load();
const inFolder = (path: string, ...folders: string[]) => folders.some((f) => path.startsWith(`${f}/`));

/** Every file reachable through value (non-type) imports from `entry`. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const i of files.get(p)?.imports ?? []) if (!i.typeOnly && i.target) stack.push(i.target);
  }
  return seen;
}

function violations(test: (file: SourceFile, imp: SourceFile['imports'][number]) => string | null): string[] {
  const out: string[] = [];
  for (const file of files.values()) {
    for (const imp of file.imports) {
      const why = test(file, imp);
      if (why) out.push(`${file.path} imports '${imp.spec}': ${why}`);
    }
  }
  return out;
}

describe('import boundaries', () => {
  it('the pure core (src/core, src/rules, src/nlp) imports no browser, DOM or UI code', () => {
    const found = violations((file, imp) => {
      if (!inFolder(file.path, 'src/core', 'src/rules', 'src/nlp')) return null;
      if (/^(wxt|webextension-polyfill|preact|linkedom|node:)/.test(imp.spec)) return 'the core must run in every context and in Node without them';
      if (imp.target && inFolder(imp.target, 'src/page', 'src/ui', 'src/background', 'src/storage', 'src/messaging', 'src/cli', 'entrypoints'))
        return 'the core must not depend on a runtime context';
      return null;
    });
    expect(found, 'move context-specific code out of the core, or pass it in as a parameter').toEqual([]);
  });

  it('the pure core touches no DOM globals', () => {
    const offenders = [...files.values()]
      .filter((f) => inFolder(f.path, 'src/core', 'src/rules', 'src/nlp'))
      .filter((f) => /\b(?:document|window|location|navigator)\.\w/.test(f.text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map((f) => f.path);
    expect(offenders, 'the core receives text, never reads the page').toEqual([]);
  });

  it.each(['entrypoints/content.ts', 'entrypoints/content-full.ts'])('the content script (%s) never pulls in compromise or the classifier', (entry) => {
    expect(files.has(entry), `${entry} should exist`).toBe(true);
    const reach = closure(entry);
    const heavy = [...reach].filter((p) => inFolder(p, 'src/rules', 'src/nlp', 'src/core/facts') && !p.endsWith('schema.ts'));
    const compromise = [...reach].filter((p) => files.get(p)?.imports.some((i) => !i.typeOnly && i.spec.startsWith('compromise')));
    expect(heavy, 'classification belongs to the background worker').toEqual([]);
    expect(compromise, 'compromise is ~440 kB: keep it out of the content script').toEqual([]);
    expect(reach.has('src/core/analysis.ts'), 'analysis.ts imports the classifier; import its schema/type only').toBe(false);
  });

  it('stage 1 of the content script (every page) reaches the precheck and nothing of stage 2', () => {
    const reach = closure('entrypoints/content.ts');
    expect(reach.has('src/page/precheck.ts'), 'stage 1 runs the precheck').toBe(true);
    // Stage 2 is loaded with import() at run time (src/page/content-stages.ts), never imported.
    const stage2 = [
      'src/page/content-full.ts', 'src/page/content-main.ts', 'src/page/detect.ts', 'src/page/blocks.ts',
      'src/page/highlight.ts', 'src/page/legend.ts', 'src/page/policy-link.ts', 'src/page/scroll.ts',
      'src/core/detect-score.ts', 'src/messaging/protocol.ts', 'src/storage/settings.ts',
      'src/page/tooltip.ts', 'src/page/tooltip-content.ts', 'src/page/tooltip-controller.ts',
      'src/page/tooltip-overlay.ts', 'src/page/navigation.ts', 'src/page/ui-text.ts',
    ];
    for (const file of stage2) expect(files.has(file), `${file} is listed as stage 2 but does not exist`).toBe(true);
    expect([...reach].filter((p) => stage2.includes(p)), 'this code belongs to stage 2 (entrypoints/content-full.ts)').toEqual([]);
    const zod = [...reach].filter((p) => files.get(p)?.imports.some((i) => !i.typeOnly && i.spec.startsWith('zod')));
    expect(zod, 'stage 1 parses nothing: it hands messages to stage 2').toEqual([]);
  });

  it('the popup never pulls in compromise, the classifier or page code', () => {
    const entries = [...files.keys()].filter((p) => p.startsWith('entrypoints/popup/'));
    const reach = new Set(entries.flatMap((e) => [...closure(e)]));
    const bad = [...reach].filter((p) => inFolder(p, 'src/rules', 'src/nlp', 'src/page', 'src/background') || p === 'src/core/analysis.ts');
    expect(bad, 'the popup renders cached results; it computes nothing heavy').toEqual([]);
  });

  it('UI and page code do not import each other or the background', () => {
    const found = violations((file, imp) => {
      if (!imp.target || imp.typeOnly) return null;
      if (inFolder(file.path, 'src/ui') && inFolder(imp.target, 'src/page', 'src/background')) return 'ui talks to the page and background through messages';
      if (inFolder(file.path, 'src/page') && inFolder(imp.target, 'src/ui', 'src/background')) return 'page code talks to the background through messages';
      if (inFolder(file.path, 'src/background') && inFolder(imp.target, 'src/ui', 'src/page')) return 'the worker has no DOM';
      return null;
    });
    expect(found).toEqual([]);
  });
});
