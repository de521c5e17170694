import type { Rule } from './types';
import { NEGATOR } from './lexicon';
import { normalize, toOriginalSpan, type NormalizedText } from '../nlp/normalize';
import { sentenceSpans, type Span } from '../nlp/sentences';

/**
 * The interpreter: runs rules (data, see ./types.ts) over one text. Each pattern scans the whole
 * normalised text once; a match is kept when its sentence satisfies the rule's `requires`, has none
 * of its `unless` exceptions, and (for `negation: 'drop'` rules) no negator just before it.
 * Every check is a bounded regex over one sentence, so the cost is linear in the text length.
 */

export interface CompiledRule {
  readonly rule: Rule;
  readonly patterns: RegExp[];
  readonly requires: RegExp[];
  readonly unless: RegExp[];
}

/** A rule that fired: spans in the ORIGINAL text. */
export interface RuleHit {
  rule: Rule;
  start: number;
  end: number;
}

/** How many hits of one rule are kept per text: enough evidence to highlight, bounded output. */
const MAX_HITS_PER_RULE = 3;
/** How much text before a hit `notPrecededBy` sees. */
const LOOKBACK_WINDOW = 40;
/** How far before a cue a negator counts for `negation: 'drop'` rules. */
const NEGATION_WINDOW = 30;

export function compileRule(rule: Rule): CompiledRule {
  const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const single = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));
  return {
    rule,
    patterns: rule.patterns.map(global),
    requires: (rule.requires ?? []).map(single),
    unless: (rule.unless ?? []).map(single),
  };
}

function sentenceIndex(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface PreparedText {
  norm: NormalizedText;
  sentences: Span[];
}

export function prepare(text: string): PreparedText {
  const norm = normalize(text);
  const sentences = sentenceSpans(norm.text);
  if (sentences.length === 0) sentences.push({ start: 0, end: norm.text.length });
  return { norm, sentences };
}

export function runRules(prepared: PreparedText, rules: readonly CompiledRule[]): RuleHit[] {
  const { norm, sentences } = prepared;
  const text = norm.text;
  const hits: RuleHit[] = [];
  if (text.length === 0) return hits;
  const sentenceText = new Map<number, string>();
  const slice = (si: number) => {
    let s = sentenceText.get(si);
    if (s === undefined) {
      s = text.slice(sentences[si].start, sentences[si].end);
      sentenceText.set(si, s);
    }
    return s;
  };
  for (const compiled of rules) {
    const { rule } = compiled;
    const verdict = new Map<number, boolean>();
    let kept = 0;
    for (const re of compiled.patterns) {
      if (kept >= MAX_HITS_PER_RULE) break;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (kept < MAX_HITS_PER_RULE && (m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const si = sentenceIndex(sentences, m.index);
        let ok = verdict.get(si);
        if (ok === undefined) {
          const s = slice(si);
          ok = (compiled.requires.length === 0 || compiled.requires.some((r) => r.test(s))) && !compiled.unless.some((r) => r.test(s));
          verdict.set(si, ok);
        }
        if (!ok) {
          // Skip the rest of a rejected sentence: its verdict cannot change.
          if (re.lastIndex < sentences[si].end) re.lastIndex = sentences[si].end;
          continue;
        }
        if (rule.notPrecededBy) {
          const before = text.slice(Math.max(sentences[si].start, m.index - LOOKBACK_WINDOW), m.index);
          if (rule.notPrecededBy.test(before)) continue;
        }
        if (rule.negation === 'drop') {
          const before = text.slice(Math.max(sentences[si].start, m.index - NEGATION_WINDOW), m.index);
          if (NEGATOR.test(before)) continue;
        }
        const { start, end } = toOriginalSpan(norm, m.index, m.index + m[0].length);
        hits.push({ rule, start, end });
        kept++;
      }
    }
  }
  return hits;
}
