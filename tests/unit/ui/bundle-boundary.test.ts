import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The popup's JS budget is 60 kB minified (scripts/check-bundle-size.mjs measures the build).
 * Classic zod does not tree-shake (~100 kB there), so the popup validates with the protocol's
 * `zod/mini` schemas and must not reach classic `zod`, compromise or the classifier through any
 * value import. Type imports are free.
 */
const ROOT = resolve(__dirname, '../../..');
const ENTRY = 'entrypoints/popup/main.tsx';
const IMPORT_RE = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(join(ROOT, from)), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return relative(ROOT, c);
  return null;
}

/** Packages and files reached from the popup entry through value imports. */
function valueClosure(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(IMPORT_RE)) {
      if (m[1]) continue; // import type
      const spec = m[2];
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target && /\.tsx?$/.test(target)) stack.push(target);
      } else if (!packages.has(spec)) packages.set(spec, file);
    }
  }
  return { files, packages };
}

describe('popup bundle boundary', () => {
  it('reaches no classic zod, compromise or classifier code through value imports', () => {
    const { files, packages } = valueClosure(ENTRY);
    expect(files.has('src/ui/App.tsx'), 'the walk should reach the popup components').toBe(true);
    const heavy = [...packages].filter(([spec]) => /^(zod(\/(v4|v3|classic))?|compromise(\/.*)?)$/.test(spec)).map(([spec, from]) => `${from} imports ${spec}`);
    expect(heavy, 'import these as types only (import type …) or move the value to a zod-free module').toEqual([]);
    const classifier = [...files].filter((f) => /^src\/(rules|nlp|page|background)\//.test(f) || f === 'src/core/analysis.ts');
    expect(classifier).toEqual([]);
  });
});
