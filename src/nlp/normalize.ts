import { isKnownWord } from './lexicon';

/**
 * Text as the rules read it: lower case, typographic quotes folded, and the spaces that scraping
 * lost put back ("Wemay" → "we may", "ourProducts" → "our products", "collect,use" → "collect, use").
 * Every character of `text` remembers where it came from in the original, so evidence spans found
 * in the normalised text point at the right characters of the block the user sees.
 */
export interface NormalizedText {
  /** The normalised, lower-cased text the rules match against. */
  readonly text: string;
  /** offsets[i] = index in the original of normalised char i; offsets[text.length] = original length. */
  readonly offsets: Int32Array;
  readonly original: string;
}

/** Longest glued token we try to split; longer runs are left alone (and keep the pass linear). */
const MAX_SPLIT_TOKEN = 24;

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
};

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Where a run of letters should be split: camel-case humps ("ThisNotice") and glued lexicon words
 * ("ouraffiliates"). Returns split positions relative to the run.
 */
function splitPoints(run: string): number[] {
  const points: number[] = [];
  // Camel humps: a lower-case letter followed by Upper+lower ("ourProducts", "MobileApp").
  let pieceStart = 0;
  const pieces: [number, number][] = [];
  for (let i = 1; i < run.length; i++) {
    const prev = run.charCodeAt(i - 1);
    const cur = run.charCodeAt(i);
    if (isLower(prev) && isUpper(cur)) {
      // Split "ThisNotice" / "ourProducts" but keep brand names like "ZuoMi" or "PayPal" whole:
      // one side of the hump must be an ordinary word.
      let end = i + 1;
      while (end < run.length && isLower(run.charCodeAt(end))) end++;
      const left = run.slice(pieceStart, i).toLowerCase();
      const right = run.slice(i, end).toLowerCase();
      if (isKnownWord(left) || isKnownWord(right)) {
        pieces.push([pieceStart, i]);
        points.push(i);
        pieceStart = i;
      }
    }
  }
  pieces.push([pieceStart, run.length]);
  for (const [s, e] of pieces) {
    const len = e - s;
    if (len < 4 || len > MAX_SPLIT_TOKEN) continue;
    const lower = run.slice(s, e).toLowerCase();
    if (isKnownWord(lower)) continue;
    // Prefer the split with the longest known right half ("we|may", "our|affiliates").
    for (let i = 1; i < len - 1; i++) {
      if (isKnownWord(lower.slice(0, i)) && isKnownWord(lower.slice(i))) {
        points.push(s + i);
        break;
      }
    }
  }
  return points.sort((a, b) => a - b);
}

/**
 * Split points per letter run. Policies repeat a few thousand words, and the split search tries every
 * cut of an unknown word against the lexicon, so the answers are memoised (bounded: cleared when full).
 */
const splitMemo = new Map<string, number[]>();
const SPLIT_MEMO_LIMIT = 20_000;
const NO_SPLIT: number[] = [];

function memoSplitPoints(run: string): number[] {
  let points = splitMemo.get(run);
  if (points === undefined) {
    points = run.length < 4 && !/[a-z][A-Z]/.test(run) ? NO_SPLIT : splitPoints(run);
    if (points.length === 0) points = NO_SPLIT;
    if (splitMemo.size >= SPLIT_MEMO_LIMIT) splitMemo.clear();
    splitMemo.set(run, points);
  }
  return points;
}

const NAME_BEFORE = /[./@_\\0-9]/;
const NAME_AFTER = /[/@_0-9]/;

export function normalize(original: string): NormalizedText {
  const n = original.length;
  const pieces: string[] = [];
  // At most one inserted space per original character, plus the end sentinel.
  const offsets = new Int32Array(2 * n + 1);
  let len = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (isAsciiLetter(code)) {
      let j = i + 1;
      while (j < n && isAsciiLetter(original.charCodeAt(j))) j++;
      const run = original.slice(i, j);
      // Runs inside URLs, e-mail addresses and identifiers ("aboutads.info", "user_id") are names, not prose.
      const before = i > 0 ? original[i - 1] : ' ';
      const after = j < n ? original[j] : ' ';
      const inName = NAME_BEFORE.test(before) || NAME_AFTER.test(after) || (after === '.' && j + 1 < n && isAsciiLetter(original.charCodeAt(j + 1)) && !isUpper(original.charCodeAt(j + 1)));
      const points = inName ? NO_SPLIT : memoSplitPoints(run);
      const lower = run.toLowerCase();
      let from = 0;
      for (const p of points) {
        pieces.push(lower.slice(from, p), ' ');
        for (let k = from; k < p; k++) offsets[len++] = i + k;
        offsets[len++] = i + p; // the inserted space stands for the character after it
        from = p;
      }
      pieces.push(from === 0 ? lower : lower.slice(from));
      for (let k = from; k < run.length; k++) offsets[len++] = i + k;
      i = j;
      continue;
    }
    const ch = original[i];
    const folded = FOLD[ch];
    if (folded !== undefined) {
      pieces.push(folded);
    } else if (code < 128) {
      pieces.push(ch);
    } else {
      const lower = ch.toLowerCase();
      // Keep one code unit per code unit so offsets stay one to one (e.g. "İ" lower-cases to 2 units).
      pieces.push(lower.length === 1 ? lower : ch);
    }
    offsets[len++] = i;
    // Punctuation glued to the next word ("collect,use", "there.Your", "(collectively"ZuoMi").
    if ((ch === ',' || ch === ';' || ch === ')' || ch === '.' || ch === ':') && i + 1 < n) {
      const next = original.charCodeAt(i + 1);
      const prev = i > 0 ? original.charCodeAt(i - 1) : 0;
      const glued =
        ch === '.'
          ? isUpper(next) && isLower(prev) && i >= 2 && isLower(original.charCodeAt(i - 2))
          : isAsciiLetter(next);
      if (glued) {
        pieces.push(' ');
        offsets[len++] = i + 1;
      }
    }
    i++;
  }
  offsets[len++] = n;
  return { text: pieces.join(''), offsets: offsets.slice(0, len), original };
}

/** Map a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.offsets[Math.max(0, Math.min(start, norm.text.length))];
  const lastChar = Math.max(start, Math.min(end, norm.text.length) - 1);
  let e = lastChar >= norm.text.length ? norm.original.length : norm.offsets[lastChar] + 1;
  if (e <= s) e = Math.min(norm.original.length, s + 1);
  return { start: s, end: e };
}
