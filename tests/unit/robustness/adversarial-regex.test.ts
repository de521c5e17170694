import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../../src/core/analysis';
import { detectPolicyFromText } from '../../../src/core/detect-score';
import type { Block } from '../../../src/core/types';
import { readSharedJsonl } from '../../helpers/shared';
import { RegexSet, collectAtRuntime, collectFromRegistry, collectLiterals, type CollectedRegex } from './regex-collection';

/**
 * No regex of the rules, the facts or the detector backtracks catastrophically. Every regex they use
 * (see ./regex-collection.ts for how all are found) scans, from every position as a global match
 * does, strings built to trigger backtracking: long runs of one character or word, runs of the
 * regex's own words with the ending it needs missing (near misses), and mixes of separators. A scan
 * of INPUT_CHARS characters must finish within PER_SCAN_MS: a linear regex needs a few ms, a
 * quadratic one about a second, an exponential one never finishes.
 *
 * Scans run in a worker thread watched from here: a catastrophic regex is terminated after
 * WATCHDOG_MS and reported by name, instead of hanging the test run.
 */

/**
 * Regexes allowed to backtrack super-linearly (first 60 characters of their source → where they
 * live). Empty since 22 Nov 2026, when the 24 found by this test (all in the facts modules, the
 * channel finder and the detector's title reader; none in the classifier's rules) were bounded.
 * The usual shapes were an unbounded `[a-z]*` / `\w+\s*` (from `loose()`) before an overlapping
 * `[^.;]{0,n}` or another `\w+`, and `\s+x` alternatives scanned over a long run of spaces.
 * Add an entry only together with a planned fix; the test fails on any slow regex not listed.
 */
const KNOWN_BACKTRACKERS: [string, string][] = [
];

const INPUT_CHARS = 10_000;
const PER_SCAN_MS = 250;
const WATCHDOG_MS = 3_000;

/** Worker: receives {regexes, inputChars}, posts {i, input, ms} per scan, {done} at the end. */
const WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { regexes, inputChars, start } = workerData;
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
function inputsFor(source) {
  // The regex's own words: near misses repeat them without what must follow.
  const words = [...new Set((source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{2,}/gi) || []).map((w) => w.toLowerCase()))].slice(0, 6);
  const inputs = [
    ['a x n', fill('a', inputChars)],
    ['space x n', fill(' ', inputChars)],
    ['"a " x n', fill('a ', inputChars)],
    ['"a, " x n', fill('a, ', inputChars)],
    ['"1 " x n', fill('1 ', inputChars)],
    ['"a." x n', fill('a.', inputChars)],
    ['"-" x n', fill('-', inputChars)],
    ['mixed separators', fill('a \t,;-_/.:', inputChars)],
    ['quotes and brackets', fill('"(a) [b] “c” ', inputChars)],
  ];
  if (words.length) {
    inputs.push(['own words, spaced', fill(words.join(' ') + ' ', inputChars)]);
    inputs.push(['own words, glued', fill(words.join(''), inputChars)]);
    for (const w of words) {
      inputs.push(['"' + w + '" then letters', w + ' ' + fill('a', inputChars - w.length - 1)]);
      inputs.push(['"' + w + ' " x n', fill(w + ' ', inputChars)]);
    }
  }
  return inputs;
}
for (let i = start; i < regexes.length; i++) {
  const { source, flags } = regexes[i];
  const re = new RegExp(source, flags + 'g');
  for (const [name, text] of inputsFor(source)) {
    parentPort.postMessage({ i, input: name, phase: 'start' });
    const t = performance.now();
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) if (m[0].length === 0) re.lastIndex++;
    parentPort.postMessage({ i, input: name, phase: 'end', ms: performance.now() - t });
  }
}
parentPort.postMessage({ phase: 'done' });
`;

interface Finding {
  regex: CollectedRegex;
  input: string;
  ms: number | 'killed';
}

/** Scan every regex; resume after a killed worker at the next regex. */
async function scanAll(regexes: CollectedRegex[]): Promise<{ findings: Finding[]; scans: number; slowest: { ms: number; regex: CollectedRegex; input: string } }> {
  const findings: Finding[] = [];
  let scans = 0;
  let slowest = { ms: 0, regex: regexes[0], input: '' };
  let start = 0;
  const payload = regexes.map((r) => ({ source: r.source, flags: r.flags }));
  while (start < regexes.length) {
    const next = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true, workerData: { regexes: payload, inputChars: INPUT_CHARS, start } });
      let current: { i: number; input: string } = { i: start, input: '(starting)' };
      let timer = setTimeout(() => kill(), WATCHDOG_MS);
      const kill = () => {
        findings.push({ regex: regexes[current.i], input: current.input, ms: 'killed' });
        void worker.terminate();
        resolve(current.i + 1);
      };
      worker.on('message', (m: { i: number; input: string; phase: string; ms?: number }) => {
        clearTimeout(timer);
        timer = setTimeout(() => kill(), WATCHDOG_MS);
        if (m.phase === 'done') {
          clearTimeout(timer);
          void worker.terminate();
          resolve(regexes.length);
          return;
        }
        current = { i: m.i, input: m.input };
        if (m.phase === 'end') {
          scans++;
          if (m.ms! > slowest.ms) slowest = { ms: m.ms!, regex: regexes[m.i], input: m.input };
          if (m.ms! > PER_SCAN_MS) findings.push({ regex: regexes[m.i], input: m.input, ms: Math.round(m.ms!) });
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    start = next;
  }
  return { findings, scans, slowest };
}

function collect(): { set: RegexSet; literalsPerFile: Map<string, number> } {
  const set = new RegexSet();
  collectFromRegistry(set);
  const literalsPerFile = collectLiterals(set);
  const seeds = readSharedJsonl<{ seed: string; index: number; text: string; section: string; kind: Block['kind'] }>('gold/seeds.blocks.jsonl');
  const opp = readSharedJsonl<{ policy: string; segment: number; text: string }>('opp115-dev/segments.jsonl');
  collectAtRuntime(set, () => {
    for (const seed of new Set(seeds.map((s) => s.seed))) {
      const blocks = seeds.filter((s) => s.seed === seed).map((s) => ({ id: s.index, text: s.text, section: s.section, kind: s.kind }));
      analyzeBlocks(blocks);
      detectPolicyFromText(blocks.map((b) => b.text).join('\n'), { title: 'Privacy Policy', url: 'https://example.com/privacy' });
    }
    for (const policy of [...new Set(opp.map((s) => s.policy))].slice(0, 15)) {
      analyzeBlocks(opp.filter((s) => s.policy === policy).map((s) => ({ id: s.segment, text: s.text, section: '', kind: 'paragraph' as const })));
    }
  });
  return { set, literalsPerFile };
}

describe('every regex of the rules, facts and detector is safe from catastrophic backtracking', () => {
  let collected: ReturnType<typeof collect>;
  beforeAll(() => {
    collected = collect();
  }, 180_000);

  it('collects the regexes from the registry, the facts tables, the source and the running analysis', () => {
    const { set, literalsPerFile } = collected;
    const origins = set.all.flatMap((r) => r.origins);
    const count = (prefix: string) => origins.filter((o) => o.startsWith(prefix)).length;
    console.log(
      `[regex] ${set.all.length} distinct regexes: ${count('rule ')} from rules, ${count('facts ')} from facts tables, ` +
        `${[...literalsPerFile.values()].reduce((a, b) => a + b, 0)} literals in ${literalsPerFile.size} files, ${count('runtime ')} first seen at run time`,
    );
    expect(count('rule '), 'every rule contributes its patterns').toBeGreaterThan(40);
    expect(literalsPerFile.size, 'regex literals in the facts modules are read from source').toBeGreaterThan(5);
    expect([...literalsPerFile.keys()].some((f) => f.startsWith('src/core/facts/')), 'facts modules are scanned').toBe(true);
    expect(count('runtime '), 'regexes built at run time (rx, words, loose, new RegExp) are caught').toBeGreaterThan(0);
  });

  it('the harness itself flags exponential and polynomial backtracking (and stops a runaway regex)', async () => {
    const probes: CollectedRegex[] = [
      { source: '(a+)+b', flags: '', origins: ['probe exponential'] },
      { source: 'a.*a.*c', flags: '', origins: ['probe polynomial'] },
      { source: '\\bwe collect\\b', flags: 'i', origins: ['probe linear'] },
    ];
    const { findings } = await scanAll(probes);
    const flagged = new Set(findings.map((f) => f.regex.origins[0]));
    expect(flagged.has('probe exponential')).toBe(true);
    expect(flagged.has('probe polynomial')).toBe(true);
    expect(flagged.has('probe linear')).toBe(false);
  }, 120_000);

  it('each scans adversarial strings of 10,000 characters within the bound', async () => {
    const { set } = collected;
    const started = performance.now();
    const { findings, scans, slowest } = await scanAll(set.all);
    console.log(
      `[regex] ${set.all.length} regexes, ${scans} scans of ${INPUT_CHARS} chars in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `slowest ${slowest.ms.toFixed(1)} ms: /${slowest.regex.source.slice(0, 80)}/ on ${slowest.input} (${slowest.regex.origins[0]})`,
    );
    const describe = (f: Finding) => `${f.ms === 'killed' ? `over ${WATCHDOG_MS} ms (stopped)` : `${f.ms} ms`} on ${f.input}: /${f.regex.source.slice(0, 160)}/${f.regex.flags} from ${f.regex.origins.join(', ')}`;
    const isKnown = (f: Finding) => KNOWN_BACKTRACKERS.some(([prefix]) => f.regex.source.startsWith(prefix));
    const known = findings.filter(isKnown);
    const fresh = findings.filter((f) => !isKnown(f));
    const stillSlow = new Set(known.map((f) => KNOWN_BACKTRACKERS.find(([prefix]) => f.regex.source.startsWith(prefix))![0]));
    console.log(`[regex] known super-linear regexes still slow: ${stillSlow.size} of ${KNOWN_BACKTRACKERS.length}\n  ${known.map(describe).join('\n  ')}`);
    const fixed = KNOWN_BACKTRACKERS.filter(([prefix]) => !stillSlow.has(prefix));
    if (fixed.length) console.log(`[regex] no longer slow (or changed), delete from KNOWN_BACKTRACKERS: ${fixed.map(([, where]) => where).join(', ')}`);
    expect(fresh.map(describe), `regexes slower than ${PER_SCAN_MS} ms on a ${INPUT_CHARS}-character adversarial string (not in KNOWN_BACKTRACKERS)`).toEqual([]);
  }, 600_000);
});
