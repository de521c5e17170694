import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { RULES } from '../../../src/rules/registry';
import { TYPE_TERMS } from '../../../src/core/facts/data-types';
import { PURPOSE_TERMS } from '../../../src/core/facts/purposes';
import { RECIPIENT_TERMS } from '../../../src/core/facts/recipients';
import { RIGHT_TERMS } from '../../../src/core/facts/rights';
import { SECURITY_TERMS } from '../../../src/core/facts/security';
import { FLAG_RULES } from '../../../src/core/facts/red-flags';

/**
 * Every regular expression the text-reading code uses, gathered three ways so none hides:
 *  1. through the data: the rule registry (patterns, requires, unless, notPrecededBy,
 *     notFollowedBy of every rule) and the facts modules' exported term tables;
 *  2. from the source: every regex literal in the scanned folders, read with the TypeScript parser;
 *  3. at run time: RegExp.prototype.exec wrapped while the analysis and the detector run over real
 *     policies, which catches regexes built with `new RegExp` (`rx`, `words`, `loose`, escaped
 *     company names…) that are neither literals nor exported. Every String/RegExp method that
 *     matches (test, match, matchAll, replace, split, search) goes through `exec`.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Source folders whose regexes read page or policy text. */
export const SCANNED = ['src/rules', 'src/core', 'src/nlp'];

export interface CollectedRegex {
  source: string;
  flags: string;
  /** Where it was found: 'rule <id> <field>', '<file>:<line>' or 'runtime <file>'. */
  origins: string[];
}

export class RegexSet {
  private readonly byKey = new Map<string, CollectedRegex>();

  add(re: RegExp, origin: string): void {
    // 'g' and 'y' change how a regex is driven, not what it can backtrack into.
    const flags = re.flags.replace(/[gy]/g, '');
    const key = `${flags}/${re.source}`;
    const known = this.byKey.get(key);
    if (known) {
      if (known.origins.length < 5 && !known.origins.includes(origin)) known.origins.push(origin);
    } else this.byKey.set(key, { source: re.source, flags, origins: [origin] });
  }

  has(re: RegExp): boolean {
    return this.byKey.has(`${re.flags.replace(/[gy]/g, '')}/${re.source}`);
  }

  get all(): CollectedRegex[] {
    return [...this.byKey.values()];
  }
}

export function collectFromRegistry(set: RegexSet): void {
  for (const rule of RULES) {
    rule.patterns.forEach((re) => set.add(re, `rule ${rule.id} patterns`));
    (rule.requires ?? []).forEach((re) => set.add(re, `rule ${rule.id} requires`));
    (rule.unless ?? []).forEach((re) => set.add(re, `rule ${rule.id} unless`));
    if (rule.notPrecededBy) set.add(rule.notPrecededBy, `rule ${rule.id} notPrecededBy`);
    if (rule.notFollowedBy) set.add(rule.notFollowedBy, `rule ${rule.id} notFollowedBy`);
  }
  const tables: [string, { pattern: RegExp }[]][] = [
    ['facts TYPE_TERMS', TYPE_TERMS],
    ['facts PURPOSE_TERMS', PURPOSE_TERMS],
    ['facts RECIPIENT_TERMS', RECIPIENT_TERMS],
    ['facts RIGHT_TERMS', RIGHT_TERMS],
    ['facts SECURITY_TERMS', SECURITY_TERMS],
    ['facts FLAG_RULES', FLAG_RULES],
  ];
  for (const [name, table] of tables) table.forEach((t, i) => set.add(t.pattern, `${name}[${i}]`));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regex literal in the scanned folders. Returns the count found per file. */
export function collectLiterals(set: RegexSet): Map<string, number> {
  const perFile = new Map<string, number>();
  for (const folder of SCANNED) {
    for (const file of tsFiles(join(ROOT, folder))) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const rel = relative(ROOT, file);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const cut = literal.lastIndexOf('/');
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          set.add(new RegExp(literal.slice(1, cut), literal.slice(cut + 1)), `${rel}:${line}`);
          perFile.set(rel, (perFile.get(rel) ?? 0) + 1);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return perFile;
}

/**
 * Run `work` with RegExp.prototype.exec wrapped, adding every regex executed from the scanned
 * folders (judged by the first stack frame under src/) to `set`.
 */
export function collectAtRuntime(set: RegexSet, work: () => void): void {
  const original = RegExp.prototype.exec;
  const seen = new Set<string>();
  const scanned = SCANNED.map((f) => `/${f}/`);
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const key = `${this.flags}/${this.source}`;
    if (!seen.has(key)) {
      seen.add(key);
      const frames = (new Error().stack ?? '').split('\n').slice(2);
      const mine = frames.find((f) => f.includes('/src/'));
      const file = mine?.match(/\/(src\/[^\s:)]+)/)?.[1];
      if (file && scanned.some((s) => `/${file}`.includes(s))) set.add(this, `runtime ${file}`);
    }
    return original.call(this, input);
  };
  try {
    work();
  } finally {
    RegExp.prototype.exec = original;
  }
}
