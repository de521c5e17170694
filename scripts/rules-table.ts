/**
 * Prints the rule set as a Markdown table (id, category, description).
 *   npm run rules:table              print it
 *   npm run rules:table -- --write   replace the text between <!-- rules:start --> and <!-- rules:end --> in README.md
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/registry';

const README = resolve(dirname(fileURLToPath(import.meta.url)), '../README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function rulesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const lines = ['| rule | category | written as | what it catches |', '|---|---|---|---|'];
  for (const r of RULES) {
    // compromise match syntax where word order with optional words is the point; regex elsewhere.
    const form = [r.match?.length ? 'compromise match' : '', r.patterns.length ? 'regex' : ''].filter(Boolean).join(' + ');
    lines.push(`| \`${r.id}\` | ${r.category} | ${form} | ${cell(r.description)} |`);
  }
  return lines.join('\n');
}

function main(): void {
  const table = rulesTable();
  if (!process.argv.includes('--write')) {
    console.log(table);
    return;
  }
  if (!existsSync(README)) {
    console.error(`README.md not found at ${README}.`);
    process.exit(1);
  }
  const text = readFileSync(README, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    console.error(`README.md has no ${START} … ${END} markers; add them where the rules table belongs.`);
    process.exit(1);
  }
  const next = `${text.slice(0, a + START.length)}\n${table}\n${text.slice(b)}`;
  writeFileSync(README, next);
  console.log(`Wrote ${RULES.length} rules into README.md.`);
}

main();
