import type { Rule } from './types';
import { NEGATOR } from './lexicon';
import { normalize, toOriginalSpan, type NormalizedText } from '../nlp/normalize';
import type { Span } from '../nlp/sentences';
import { WordPrefilter, wordNeeds } from '../nlp/prefilter';
import { analyzeText, compileMatchNet, sweepMatches, type AnalyzedText, type MatchNet } from '../nlp/compromise';

/**
 * The interpreter: runs rules (data, see ./types.ts) over one text. Sentences (clauses) come from
 * compromise (src/nlp/compromise.ts). Each regex pattern scans the whole normalised text once, if
 * the text has the whole words the pattern cannot match without (a word prefilter derived from the
 * pattern, src/nlp/prefilter.ts: one pass over the text's words skips most patterns); all
 * match-syntax patterns of a rule list run together in one compromise sweep. A hit is kept when its
 * sentence satisfies the rule's `requires`, has none of its `unless` exceptions, and (for
 * `negation: 'drop'` rules) no negator just before it. Every check is a bounded regex over one
 * sentence, so the cost is linear in the text length.
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
  /** Index of the sentence (clause) the hit is in, among `PreparedText.sentences`. */
  sentence: number;
}

/** How many hits of one rule are kept per text: enough evidence to highlight, bounded output. */
const MAX_HITS_PER_RULE = 3;
/** How much text before (after) a hit `notPrecededBy` (`notFollowedBy`) sees. */
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
  analyzed: AnalyzedText;
}

export function prepare(text: string): PreparedText {
  const norm = normalize(text);
  const analyzed = analyzeText(norm.text);
  const sentences = analyzed.sentences.slice();
  if (sentences.length === 0) sentences.push({ start: 0, end: norm.text.length });
  return { norm, sentences, analyzed };
}

/** What a compiled rule list needs per text, built once per list (the classifier keeps its lists for the process lifetime). */
interface RuleListIndex {
  /** All match-syntax patterns of the list, swept together by compromise. */
  net: MatchNet;
  /**
   * Which regex patterns (all rules' in order) and which match specs (after them) a text can match at
   * all, from the words it has (src/nlp/prefilter.ts): most fail on most texts and are not run.
   */
  prefilter: WordPrefilter;
  /** Index of each rule's first pattern in that order. */
  firstPattern: number[];
  /** How many regex patterns come before the match specs. */
  patternCount: number;
}

const indexes = new WeakMap<readonly CompiledRule[], RuleListIndex>();

function indexFor(rules: readonly CompiledRule[]): RuleListIndex {
  let index = indexes.get(rules);
  if (!index) {
    const firstPattern: number[] = [];
    let n = 0;
    for (const c of rules) {
      firstPattern.push(n);
      n += c.patterns.length;
    }
    const net = compileMatchNet(rules.flatMap((c) => (c.rule.match ?? []).map((match) => ({ match, reason: c.rule.id }))));
    index = {
      net,
      prefilter: new WordPrefilter([...rules.flatMap((c) => c.rule.patterns.map(wordNeeds)), ...net.needs]),
      firstPattern,
      patternCount: n,
    };
    indexes.set(rules, index);
  }
  return index;
}

/** Per-text state shared by all rules: sentence texts and the outcome of each distinct condition. */
class SentenceConditions {
  private readonly texts: (string | undefined)[];
  /** condition source → per sentence: 0 unknown, 1 false, 2 true. */
  private readonly cache = new Map<string, Uint8Array>();

  constructor(
    private readonly text: string,
    private readonly sentences: Span[],
  ) {
    this.texts = new Array(sentences.length);
  }

  slice(si: number): string {
    let s = this.texts[si];
    if (s === undefined) {
      s = this.text.slice(this.sentences[si].start, this.sentences[si].end);
      this.texts[si] = s;
    }
    return s;
  }

  /**
   * Does the condition hold in sentence si? Many rules share a condition (META_SENTENCE is an exception
   * of almost all), so each distinct one is tested once per sentence.
   */
  holds(re: RegExp, si: number): boolean {
    let bySentence = this.cache.get(re.source);
    if (!bySentence) {
      bySentence = new Uint8Array(this.sentences.length);
      this.cache.set(re.source, bySentence);
    }
    if (bySentence[si] === 0) bySentence[si] = re.test(this.slice(si)) ? 2 : 1;
    return bySentence[si] === 2;
  }

  /** The rule's sentence-level verdict: one of `requires` holds and none of `unless`. */
  accepts(compiled: CompiledRule, si: number): boolean {
    if (compiled.requires.length > 0 && !compiled.requires.some((r) => this.holds(r, si))) return false;
    return !compiled.unless.some((r) => this.holds(r, si));
  }
}

/** Local checks on a hit whose sentence passed: what stands right before and after it, and negation. */
function locallyOk(rule: Rule, text: string, sentence: Span, start: number, end: number): boolean {
  if (rule.notFollowedBy) {
    const after = text.slice(end, Math.min(sentence.end, end + LOOKBACK_WINDOW));
    if (rule.notFollowedBy.test(after)) return false;
  }
  if (rule.notPrecededBy) {
    const before = text.slice(Math.max(sentence.start, start - LOOKBACK_WINDOW), start);
    if (rule.notPrecededBy.test(before)) return false;
  }
  if (rule.negation === 'drop') {
    const before = text.slice(Math.max(sentence.start, start - NEGATION_WINDOW), start);
    if (NEGATOR.test(before)) return false;
  }
  return true;
}

export function runRules(prepared: PreparedText, rules: readonly CompiledRule[]): RuleHit[] {
  const { norm, sentences } = prepared;
  const text = norm.text;
  const hits: RuleHit[] = [];
  if (text.length === 0) return hits;
  const conditions = new SentenceConditions(text, sentences);
  // Match-syntax hits of every rule at once, grouped by rule id (one sweep per text).
  const { net, prefilter, firstPattern, patternCount } = indexFor(rules);
  // Which regex patterns and match specs can match this text at all: the rest are not run.
  const possible = prefilter.select(text);
  const matchHits = new Map<string, { start: number; end: number }[]>();
  if (net.specs.length > 0) {
    for (const h of sweepMatches(prepared.analyzed, net, possible.subarray(patternCount))) {
      const list = matchHits.get(h.reason) ?? [];
      list.push(h);
      matchHits.set(h.reason, list);
    }
  }
  rules.forEach((compiled, r) => {
    const { rule } = compiled;
    let kept = 0;
    for (let p = 0; p < compiled.patterns.length; p++) {
      if (kept >= MAX_HITS_PER_RULE) break;
      if (possible[firstPattern[r] + p] === 0) continue;
      const re = compiled.patterns[p];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (kept < MAX_HITS_PER_RULE && (m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const si = sentenceIndex(sentences, m.index);
        if (!conditions.accepts(compiled, si)) {
          // Skip the rest of a rejected sentence: its verdict cannot change.
          if (re.lastIndex < sentences[si].end) re.lastIndex = sentences[si].end;
          continue;
        }
        if (!locallyOk(rule, text, sentences[si], m.index, m.index + m[0].length)) continue;
        hits.push({ rule, sentence: si, ...toOriginalSpan(norm, m.index, m.index + m[0].length) });
        kept++;
      }
    }
    const fromMatch = matchHits.get(rule.id);
    if (!fromMatch) return;
    for (const h of fromMatch) {
      if (kept >= MAX_HITS_PER_RULE) break;
      const si = sentenceIndex(sentences, h.start);
      if (!conditions.accepts(compiled, si) || !locallyOk(rule, text, sentences[si], h.start, h.end)) continue;
      hits.push({ rule, sentence: si, ...toOriginalSpan(norm, h.start, h.end) });
      kept++;
    }
  });
  return hits;
}
