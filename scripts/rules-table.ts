/**
 * Prints the rule set as a Markdown table (id, category, description).
 *   npm run rules:table              print it
 *   npm run rules:table -- --write   replace the text between <!-- rules:start --> and <!-- rules:end --> in README.md,
 *                                    and write each rule's tooltip line as a `rule_*` message into
 *                                    public/_locales/en/messages.json (the registry is the source)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/registry';
import { englishRuleLines, ruleMessageKey } from '../src/background/rule-descriptions';

const README = resolve(dirname(fileURLToPath(import.meta.url)), '../README.md');
const MESSAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../public/_locales/en/messages.json');

interface Message { message: string; description: string }

/** The English catalogue with its `rule_*` entries replaced by the registry's tooltip lines (sorted, after the others). */
export function withRuleMessages(catalogue: Record<string, Message>): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [key, entry] of Object.entries(catalogue)) if (!key.startsWith('rule_')) out[key] = entry;
  const lines = [...englishRuleLines(RULES)].sort(([a], [b]) => a.localeCompare(b));
  for (const [id, line] of lines) {
    out[ruleMessageKey(id)] = {
      message: line,
      description: `Tooltip on a highlighted paragraph: why rule ${id} marked it. Generated from the rule registry (npm run rules:table -- --write).`,
    };
  }
  return out;
}
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
  const catalogue = JSON.parse(readFileSync(MESSAGES, 'utf8')) as Record<string, Message>;
  writeFileSync(MESSAGES, `${JSON.stringify(withRuleMessages(catalogue), null, 2)}\n`);
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

// Run only as a script: tests import withRuleMessages and rulesTable.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
