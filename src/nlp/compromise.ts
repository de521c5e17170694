import nlp from 'compromise/one';
import { sentenceSpans, type Span } from './sentences';
import { isWordCode, wordNeeds, type WordNeeds } from './prefilter';

/**
 * The compromise adapter: everything the rules need from `compromise/one` (the tokenizer build, no
 * part-of-speech tagger).
 *
 * - Sentence segmentation, on every text: compromise's sentence splitter knows abbreviations ("e.g.",
 *   "U.S.", "Inc."), ellipses, quotes, parentheses and line breaks better than a hand scan. Its
 *   sentences are cut further at ";" and bullets because policies flatten lists and clause chains into
 *   one sentence, and a cue and its exception must sit in the same clause (see src/rules/engine.ts).
 * - Match-syntax rules: patterns like "(we|us) (may|will){0,4} (collect|gather)" are parsed once
 *   (`nlp.parseMatch`) and run with compromise's matcher (`View.match`) on tokenized text, with term
 *   offsets mapped back to characters.
 *
 * Speed: the budget is the whole analysis (classifier + facts) at >= 0.5x compromise's bare tokenizer.
 * Tokenizing every clause would alone cost 1x, and compromise's matcher costs about as much per pattern
 * and word as its tokenizer per word. So, like compromise's own sweep (which skips patterns whose
 * "needs" are missing), a pattern is tried only where the words it cannot do without occur: around each
 * hit of its rarest required word ("anchor"), as far as the pattern can reach, trimmed to the first
 * possible opening and last possible closing word. Only those windows (~6% of the characters of a policy)
 * are tokenized, in one compromise call per text. The gate is exact: a match must contain its anchor
 * and its required words, so no match outside a window is lost (tests/unit/nlp/compromise.test.ts
 * checks this against whole-clause matching).
 *
 * Before any of that, a spec whose gate words are not in the text at all is skipped: the rule engine
 * reads the text's words once for its regexes and the specs together (./prefilter.ts, `MatchNet.needs`),
 * which leaves ~1.7 of the 11 specs per OPP-115 segment.
 *
 * Measured on the 1,686 OPP-115 dev segments, each alone, best of 10 (Node 20): the match layer costs
 * ~0.13x a full tokenize of the same texts (window tokenizing ~0.06x, about 6% of the characters), the
 * sentence splitter ~0.03x.
 *
 * Why not the full build (`compromise`, with tags): it is ~440 kB and ~4x slower than the tokenizer,
 * and no rule needs part-of-speech tags: policies name their verbs and subjects with a small closed
 * vocabulary, which word alternatives express exactly.
 */

/** Longest text handed to compromise in one call: bounded memory and time on hostile input. */
export const MAX_CHUNK_CHARS = 20_000;

/** A match-syntax pattern and the id it reports (compromise's `{match, reason}`). */
export interface MatchSpec {
  /** compromise match syntax, e.g. "(do|will) not (sell|rent|trade)". */
  match: string;
  /** Who asked for it (a rule id); returned with every hit. */
  reason: string;
}

/** Match specs compiled once (`compileMatchNet`) and swept over many texts. */
export interface MatchNet {
  readonly specs: readonly CompiledSpec[];
  /**
   * Per spec: whole words its gate finds in any clause it tries, so in the text (./prefilter.ts). A
   * caller that already reads a text's words can tell `sweepMatches` which specs to skip outright.
   */
  readonly needs: readonly WordNeeds[];
}

interface CompiledSpec {
  reason: string;
  /** compromise's parse of the pattern (`nlp.parseMatch`), reused for every text. */
  parsed: unknown;
  /** null: the spec requires no particular word, so every clause is tried whole. */
  gate: Gate | null;
}

/** When a spec is worth trying on a clause, and where. */
interface Gate {
  /** One regex per required word set: all must find a word in the clause. */
  tests: RegExp[];
  /** The required sets before and after the anchor in the pattern, tested on each side of a window. */
  before: RegExp[];
  after: RegExp[];
  /**
   * The sets of the pattern's first and last tokens when they are required (and not the anchor): a
   * match starts on a word of the first and ends on a word of the last, so a window is trimmed to run
   * from the earliest opener before the anchor to the last closer after it.
   */
  opens: RegExp | null;
  closes: RegExp | null;
  /** Global regex of the anchor set: windows are cut around its hits. */
  anchor: RegExp;
  /** The most terms the spec can take before and after its anchor (Infinity when unbounded). */
  wordsBefore: number;
  wordsAfter: number;
}

export interface MatchHit {
  reason: string;
  /** Span in the text given to `analyzeText` (half-open). */
  start: number;
  end: number;
}

export interface AnalyzedText {
  readonly text: string;
  /** Clause spans covering the text in order (contiguous, no gaps). */
  readonly sentences: Span[];
  /** True when compromise segmented the text; false for the hand-scanner fallback. */
  readonly byCompromise: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
}

type SplitSentences = (text: string, world: unknown) => string[];
const world: unknown = (nlp as unknown as { world(): unknown }).world();
const splitSentences: SplitSentences = (nlp as unknown as { methods(): { one: { tokenize: { splitSentences: SplitSentences } } } }).methods().one.tokenize.splitSentences;

/** Cut points inside a compromise sentence: clause separators that policies use in place of full stops. */
const CLAUSE_BREAK = /[;\u2022]/g;

/**
 * Pieces no longer than MAX_CHUNK_CHARS, cut at hand-scanner sentence ends when possible, else at
 * whitespace, else hard. Only texts with sentences over 20k characters (no real prose) get a cut
 * inside a sentence.
 */
function chunks(text: string): Span[] {
  if (text.length <= MAX_CHUNK_CHARS) return [{ start: 0, end: text.length }];
  const out: Span[] = [];
  let start = 0;
  for (const s of sentenceSpans(text)) {
    if (s.end - start <= MAX_CHUNK_CHARS) continue;
    if (s.start > start) {
      out.push({ start, end: s.start });
      start = s.start;
    }
    while (s.end - start > MAX_CHUNK_CHARS) {
      let cut = text.lastIndexOf(' ', start + MAX_CHUNK_CHARS);
      if (cut <= start) cut = start + MAX_CHUNK_CHARS;
      out.push({ start, end: cut });
      start = cut;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function splitClauses(text: string, start: number, end: number, out: Span[]): void {
  CLAUSE_BREAK.lastIndex = 0;
  const part = text.slice(start, end);
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(part)) !== null) {
    if (m.index + 1 > from) out.push({ start: start + from, end: start + m.index + 1 });
    from = m.index + 1;
  }
  if (end > start + from) out.push({ start: start + from, end });
}

/**
 * compromise's sentences of one piece as spans. Its splitter returns substrings that concatenate to
 * the input (whitespace moved to sentence ends); if that ever fails, the hand scanner takes the piece.
 */
function compromiseSentences(text: string, piece: Span): Span[] | null {
  const parts = splitSentences(text.slice(piece.start, piece.end), world);
  const spans: Span[] = [];
  let cursor = piece.start;
  for (const p of parts) {
    if (!text.startsWith(p, cursor)) return null;
    if (p.length) spans.push({ start: cursor, end: cursor + p.length });
    cursor += p.length;
  }
  if (cursor !== piece.end) {
    if (text.slice(cursor, piece.end).trim()) return null;
    if (spans.length) spans[spans.length - 1].end = piece.end;
    else spans.push({ start: piece.start, end: piece.end });
  }
  return spans;
}

/** Segment a text into clauses: compromise sentences, cut at ";" and bullets. */
export function analyzeText(text: string): AnalyzedText {
  if (!text.trim()) return { text, sentences: text.length ? [{ start: 0, end: text.length }] : [], byCompromise: false };
  const sentences: Span[] = [];
  let byCompromise = true;
  for (const piece of chunks(text)) {
    let spans: Span[] | null = null;
    try {
      spans = compromiseSentences(text, piece);
    } catch {
      spans = null; // a classifier must not die on one odd page: the hand scanner takes over
    }
    if (spans === null) {
      byCompromise = false;
      for (const s of sentenceSpans(text.slice(piece.start, piece.end))) sentences.push({ start: piece.start + s.start, end: piece.start + s.end });
      continue;
    }
    for (const s of spans) splitClauses(text, s.start, s.end, sentences);
  }
  return { text, sentences, byCompromise };
}

/**
 * Where each term of a compromise document over text[offset…] sits: walk a cursor expecting pre + text
 * (compromise keeps whitespace and punctuation in pre/post). If compromise ever rewrote a character,
 * search a short window ahead; implicit terms (the "not" of "don't") have no text and take the cursor.
 */
function locateTerms(text: string, offset: number, doc: ReturnType<typeof nlp>): { starts: Int32Array[]; ends: Int32Array[] } {
  const document = doc.document as unknown as Term[][];
  const starts: Int32Array[] = [];
  const ends: Int32Array[] = [];
  let cursor = offset;
  for (const sentence of document) {
    const s = new Int32Array(sentence.length);
    const e = new Int32Array(sentence.length);
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i];
      if (text.startsWith(t.pre, cursor)) cursor += t.pre.length;
      let at = cursor;
      if (t.text && !text.startsWith(t.text, cursor)) {
        const found = text.slice(cursor, cursor + 64 + t.text.length).indexOf(t.text);
        at = found >= 0 ? cursor + found : cursor;
      }
      s[i] = at;
      e[i] = Math.min(text.length, at + t.text.length);
      cursor = e[i];
      if (text.startsWith(t.post, cursor)) cursor += t.post.length;
    }
    starts.push(s);
    ends.push(e);
  }
  return { starts, ends };
}

/** Words too common to pick as a trigger: nearly every policy clause has one. */
const COMMON = new Set('we us our you your the a an of to and or in on for with by is are be may will can do does not no it this that'.split(' '));

/**
 * Words compromise recovers from a contraction, and the contraction text that hides them: "don't" holds
 * do + not, "we'll" holds will, "let's" holds us. A word regex for "not" must also accept "n't".
 */
const CONTRACTED: Record<string, string> = {
  not: "n't|cannot",
  do: "n't",
  does: "n't",
  did: "n't",
  can: "n't|cannot",
  will: "'ll|won't",
  would: "'d|n't",
  had: "'d|n't",
  is: "'s|n't",
  has: "'s|n't",
  are: "'re|n't",
  am: "'m",
  have: "'ve|n't",
  us: "let's",
};

interface ParsedToken {
  word?: string;
  max?: number;
  min?: number;
  greedy?: boolean;
  optional?: boolean;
  negative?: boolean;
  operator?: string;
  fastOr?: Set<string>;
  choices?: ParsedToken[][];
}

/** What gating needs to know about a spec, read from compromise's own parse of it. */
interface SpecShape {
  /** For each required (non-optional, non-negated) token: its index and the words that can fill it. */
  required: { index: number; words: string[] }[];
  /** The most terms each token can take (Infinity for unbounded repetition: "*", "+", "{2,}"). */
  widths: number[];
}

function specShape(match: string): SpecShape {
  const tokens = nlp.parseMatch(match) as unknown as ParsedToken[];
  const required: SpecShape['required'] = [];
  const widths: number[] = [];
  tokens.forEach((t, index) => {
    const width = t.choices ? Math.max(1, ...t.choices.map((c) => c.length)) : 1;
    widths.push(width * (t.greedy ? (typeof t.max === 'number' && Number.isFinite(t.max) ? t.max : Infinity) : 1));
    if (t.optional || t.negative) return;
    if (t.word) required.push({ index, words: [t.word] });
    else if (t.operator === 'or' && t.fastOr) required.push({ index, words: [...t.fastOr] });
    else if (t.operator === 'or' && t.choices) {
      // Multi-word alternatives ("(we|our company)"): the first word of each choice must be present.
      const firsts = t.choices.map((c) => (c[0] && !c[0].optional && !c[0].negative ? c[0].word : undefined));
      if (firsts.every((w): w is string => typeof w === 'string')) required.push({ index, words: firsts });
    }
  });
  return { required, widths };
}

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compile specs once: compromise's parse of each pattern (`nlp.parseMatch`, reused for every text) and
 * the gate that decides where it is worth tokenizing. Each `match` string must be unique, so a hit's
 * reason is never ambiguous.
 */
export function compileMatchNet(specs: readonly MatchSpec[]): MatchNet {
  const seen = new Map<string, string>();
  const compiled: CompiledSpec[] = [];
  for (const s of specs) {
    const prior = seen.get(s.match);
    if (prior !== undefined) throw new Error(`match pattern "${s.match}" is used by both ${prior} and ${s.reason}; keep one`);
    seen.set(s.match, s.reason);
    const { required, widths } = specShape(s.match);
    const sum = (list: number[]) => list.reduce((n, w) => n + w, 0);
    let gate: Gate | null = null;
    if (required.length > 0) {
      // Test uncommon word sets first (most clauses fail there); the smallest uncommon set is the anchor
      // that windows are cut around, with as many words before and after it as the spec can take.
      const isCommon = (r: { words: string[] }) => r.words.some((w) => COMMON.has(w));
      const ordered = [...required].sort((x, y) => Number(isCommon(x)) - Number(isCommon(y)) || x.words.length - y.words.length);
      const anchor = ordered[0];
      gate = {
        tests: ordered.map((r) => wordSetRegex(r.words, '')),
        before: ordered.filter((r) => r.index < anchor.index).map((r) => wordSetRegex(r.words, '')),
        after: ordered.filter((r) => r.index > anchor.index).map((r) => wordSetRegex(r.words, '')),
        anchor: wordSetRegex(anchor.words, 'g'),
        opens: required[0].index === 0 && anchor.index !== 0 ? wordSetRegex(required[0].words, 'g') : null,
        closes: required[required.length - 1].index === widths.length - 1 && anchor.index !== widths.length - 1 ? wordSetRegex(required[required.length - 1].words, 'g') : null,
        wordsBefore: sum(widths.slice(0, anchor.index)),
        wordsAfter: sum(widths.slice(anchor.index + 1)) + widths[anchor.index] - 1,
      };
    }
    compiled.push({ reason: s.reason, parsed: nlp.parseMatch(s.match), gate });
  }
  return { specs: compiled, needs: compiled.map(({ gate }) => (gate ? gate.tests.flatMap(wordNeeds) : [])) };
}

/**
 * A regex for "one of these words", as compromise would see them. compromise expands contractions
 * ("don't" → do not, "we'll" → we will), so a set holding a word a contraction hides also accepts
 * that contraction.
 */
function wordSetRegex(set: string[], flags: string): RegExp {
  const words = [...set].sort((x, y) => y.length - x.length).map(escapeRegex);
  const hidden = [...new Set(set.flatMap((w) => (CONTRACTED[w] ? CONTRACTED[w].split('|') : [])))];
  // "n't" and "'s" are not whole words: they follow letters directly, so no \b in front of them.
  const contracted = hidden.length ? `|(?:${hidden.map(escapeRegex).join('|')})\\b` : '';
  const source = `\\b(?:${words.join('|')})\\b${contracted}`;
  // One object per distinct set, so per-clause results can be shared between specs (see candidateWindows).
  if (flags) return new RegExp(source, flags);
  let re = setRegexes.get(source);
  if (!re) {
    re = new RegExp(source);
    setRegexes.set(source, re);
  }
  return re;
}

const setRegexes = new Map<string, RegExp>();

/** A stretch of text to tokenize and the specs (indices) to try on it. */
interface Window extends Span {
  specs: Set<number>;
}

/**
 * The parts of a clause worth tokenizing, per spec: around each anchor word, as many words on each
 * side as the spec can take, when that stretch holds every word set the spec requires. A match contains
 * its anchor, so it lies inside such a window. The whole clause for ungated or unbounded specs.
 * Overlapping windows are merged (their spec sets united).
 */
function candidateWindows(net: MatchNet, text: string, clause: Span, possible: ArrayLike<number> | undefined): Window[] {
  const part = text.slice(clause.start, clause.end);
  const found: Window[] = [];
  // Specs share word sets (the subject, the verbs): test each distinct set once per clause.
  const known = new Map<RegExp, boolean>();
  const inClause = (re: RegExp) => {
    let v = known.get(re);
    if (v === undefined) {
      v = re.test(part);
      known.set(re, v);
    }
    return v;
  };
  net.specs.forEach(({ gate }, k) => {
    if (possible !== undefined && possible[k] === 0) return;
    if (gate === null || !Number.isFinite(gate.wordsBefore + gate.wordsAfter)) {
      found.push({ start: clause.start, end: clause.end, specs: new Set([k]) });
      return;
    }
    if (!gate.tests.every(inClause)) return;
    gate.anchor.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = gate.anchor.exec(part)) !== null) {
      const from = wordsBefore(part, m.index, gate.wordsBefore);
      const to = wordsAfter(part, m.index + m[0].length, gate.wordsAfter);
      // The window itself must hold every required word on the right side of the anchor, not just the
      // clause: "use" with "we" twenty words away, or "the information we use", cannot match
      // "we (may)? use .{0,5} (information|data)".
      const head = part.slice(from, m.index);
      const tail = part.slice(m.index + m[0].length, to);
      if (gate.before.every((re) => re.test(head)) && gate.after.every((re) => re.test(tail))) {
        const start = gate.opens ? from + firstIndex(gate.opens, head) : from;
        const end = gate.closes ? m.index + m[0].length + lastEnd(gate.closes, tail) : to;
        found.push({ start: clause.start + start, end: clause.start + Math.max(end, m.index + m[0].length), specs: new Set([k]) });
      }
      if (m[0].length === 0) gate.anchor.lastIndex++;
    }
  });
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start);
  const merged: Window[] = [found[0]];
  for (const w of found.slice(1)) {
    const last = merged[merged.length - 1];
    if (w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      for (const k of w.specs) last.specs.add(k);
    } else merged.push(w);
  }
  return merged;
}

/** Where the first match of a global regex starts in s (0 when none: the window stays as cut). */
function firstIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : 0;
}

/** Where the last match of a global regex ends in s (s.length when none). */
function lastEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end < 0 ? s.length : end;
}

/** Start of the n-th word before `pos` (one extra for safety: compromise may split a token we count as one). */
function wordsBefore(part: string, pos: number, n: number): number {
  let i = pos;
  for (let seen = 0; i > 0 && seen <= n; ) {
    i--;
    if (part[i] === ' ' || part[i] === '\n') {
      seen++;
      while (i > 0 && (part[i - 1] === ' ' || part[i - 1] === '\n')) i--;
    }
  }
  return seen0(part, i);
}

function seen0(part: string, i: number): number {
  while (i < part.length && (part[i] === ' ' || part[i] === '\n')) i++;
  return i;
}

/** End of the n-th word after `pos` (plus one, as above). */
function wordsAfter(part: string, pos: number, n: number): number {
  let i = pos;
  for (let seen = 0; i < part.length && seen <= n; i++) {
    if (part[i] === ' ' || part[i] === '\n') {
      seen++;
      while (i + 1 < part.length && (part[i + 1] === ' ' || part[i + 1] === '\n')) i++;
    }
  }
  return Math.min(part.length, i);
}

/** Pieces of at most MAX_CHUNK_CHARS, cut at whitespace: compromise never sees a huge string. */
function pieces(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_CHUNK_CHARS) return [span];
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_CHUNK_CHARS) {
    let cut = text.lastIndexOf(' ', start + MAX_CHUNK_CHARS);
    if (cut <= start) cut = start + MAX_CHUNK_CHARS;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: span.end });
  return out;
}

interface MatchView {
  fullPointer: number[][];
}

interface ViewLike {
  fullPointer: number[][];
  update(pointers: number[][]): ViewLike;
  match(parsed: never): ViewLike;
}

/**
 * Run the compiled specs over an analyzed text: every hit with the reason of its spec and its character
 * span in the analyzed text. `possible` (from a `WordPrefilter` over `net.needs`): specs marked 0
 * cannot match this text and are not tried. Only candidate windows are tokenized (compromise's tokenizer is most of the
 * cost), joined by line breaks into one compromise document per text: a line break ends a compromise
 * sentence, so no match crosses windows, and one call pays compromise's per-call cost once. Each spec
 * then runs once, on a view of just the windows cut for it.
 */
export function sweepMatches(analyzed: AnalyzedText, net: MatchNet, possible?: ArrayLike<number>): MatchHit[] {
  const hits: MatchHit[] = [];
  if (net.specs.length === 0) return hits;
  const { text } = analyzed;
  // The gates test words clause by clause: a clause cut inside a word (a hard cut of a 20k-character
  // run) could hold a word the whole text does not, so then every spec is tried.
  const skip = possible !== undefined && !analyzed.sentences.some((c) => c.start > 0 && isWordCode(text.charCodeAt(c.start - 1)) && isWordCode(text.charCodeAt(c.start))) ? possible : undefined;
  const windows: Window[] = [];
  for (const clause of analyzed.sentences) {
    for (const w of candidateWindows(net, text, clause, skip)) {
      for (const piece of pieces(text, w)) windows.push({ start: piece.start, end: piece.end, specs: w.specs });
    }
  }
  // Batches of bounded size, so a hostile page never hands compromise one huge string.
  for (let from = 0; from < windows.length; ) {
    let to = from;
    let size = 0;
    while (to < windows.length && (to === from || size + (windows[to].end - windows[to].start) < MAX_CHUNK_CHARS)) {
      size += windows[to].end - windows[to].start + 1;
      to++;
    }
    sweepBatch(text, windows.slice(from, to), net, hits);
    from = to;
  }
  return hits;
}

function sweepBatch(text: string, batch: Window[], net: MatchNet, hits: MatchHit[]): void {
  // Line breaks inside a window would only add sentence boundaries; spaces keep offsets one to one.
  const joined = batch.map((w) => text.slice(w.start, w.end).replace(/\n/g, ' ')).join('\n');
  const joinedStarts: number[] = [];
  let at = 0;
  for (const w of batch) {
    joinedStarts.push(at);
    at += w.end - w.start + 1;
  }
  const windowAt = (p: number): number => {
    let lo = 0;
    let hi = joinedStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (joinedStarts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const doc = nlp.tokenize(joined) as unknown as ViewLike;
  const { starts, ends } = locateTerms(joined, 0, doc as never);
  // Which compromise sentences belong to the windows cut for each spec.
  const sentencesFor = new Map<number, number[][]>();
  starts.forEach((s, n) => {
    if (s.length === 0) return;
    for (const k of batch[windowAt(s[0])].specs) {
      const list = sentencesFor.get(k) ?? [];
      list.push([n]);
      sentencesFor.set(k, list);
    }
  });
  for (const [k, pointers] of sentencesFor) {
    const spec = net.specs[k];
    for (const [n, a, b] of doc.update(pointers).match(spec.parsed as never).fullPointer) {
      const s = starts[n];
      const e = ends[n];
      if (!s || a >= s.length || b <= a) continue;
      const wi = windowAt(s[a]);
      const offset = batch[wi].start - joinedStarts[wi];
      const start = s[a] + offset;
      const end = Math.max(start + 1, e[Math.min(b, e.length) - 1] + offset);
      hits.push({ reason: spec.reason, start, end: Math.min(end, batch[wi].end) });
    }
  }
}

