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

/** Characters that make a letter run part of a name when they stand right before it: . / @ _ \\ and digits. */
function isNameBefore(c: number): boolean {
  return c === 46 || c === 47 || c === 64 || c === 95 || c === 92 || (c >= 48 && c <= 57);
}
/** ... and right after it: / @ _ and digits. */
function isNameAfter(c: number): boolean {
  return c === 47 || c === 64 || c === 95 || (c >= 48 && c <= 57);
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The text with every code unit mapped on its own: ASCII lower-cased, typographic quotes, dashes and
 * spaces folded, other characters lower-cased when that keeps one code unit ("İ" lower-cases to two,
 * so it stays). Same length as the input: the normalised text is this with spaces inserted.
 */
function foldUnits(original: string): string {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(original)) return original.toLowerCase();
  const parts: string[] = [];
  let from = 0;
  NON_ASCII.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NON_ASCII.exec(original)) !== null) {
    const ch = m[0];
    if (m.index > from) parts.push(original.slice(from, m.index).toLowerCase());
    const folded = FOLD[ch];
    if (folded !== undefined) parts.push(folded);
    else {
      const lower = ch.toLowerCase();
      parts.push(lower.length === 1 ? lower : ch);
    }
    from = m.index + 1;
  }
  if (from < original.length) parts.push(original.slice(from).toLowerCase());
  return parts.join('');
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  const folded = foldUnits(original);
  // Where a space goes in: before these original indices, ascending (split points inside letter runs,
  // and the starts of words glued to punctuation). An inserted space stands for the character after it.
  const inserts: number[] = [];
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (isAsciiLetter(code)) {
      let j = i + 1;
      let hump = false;
      let prev = code;
      while (j < n) {
        const c = original.charCodeAt(j);
        if (!isAsciiLetter(c)) break;
        if (isLower(prev) && isUpper(c)) hump = true;
        prev = c;
        j++;
      }
      const len = j - i;
      // Runs inside URLs, e-mail addresses and identifiers ("aboutads.info", "user_id") are names, not prose.
      // Runs too short or too long to split, without a camel hump, need no look-up.
      if ((len >= 4 && len <= MAX_SPLIT_TOKEN) || hump) {
        const before = i > 0 ? original.charCodeAt(i - 1) : 32;
        const after = j < n ? original.charCodeAt(j) : 32;
        const inName = isNameBefore(before) || isNameAfter(after) || (after === 46 && j + 1 < n && isAsciiLetter(original.charCodeAt(j + 1)) && !isUpper(original.charCodeAt(j + 1)));
        if (!inName) for (const p of memoSplitPoints(original.slice(i, j))) inserts.push(i + p);
      }
      i = j;
      continue;
    }
    // Punctuation glued to the next word ("collect,use", "there.Your", "(collectively"ZuoMi").
    if ((code === 44 || code === 59 || code === 41 || code === 46 || code === 58) && i + 1 < n) {
      const next = original.charCodeAt(i + 1);
      const prev = i > 0 ? original.charCodeAt(i - 1) : 0;
      const glued = code === 46 ? isUpper(next) && isLower(prev) && i >= 2 && isLower(original.charCodeAt(i - 2)) : isAsciiLetter(next);
      if (glued) inserts.push(i + 1);
    }
    i++;
  }
  const offsets = new Int32Array(n + inserts.length + 1);
  if (inserts.length === 0) {
    for (let k = 0; k <= n; k++) offsets[k] = k;
    return { text: folded, offsets, original };
  }
  const pieces: string[] = [];
  let from = 0;
  let len = 0;
  for (const at of inserts) {
    pieces.push(folded.slice(from, at), ' ');
    for (let k = from; k < at; k++) offsets[len++] = k;
    offsets[len++] = at;
    from = at;
  }
  pieces.push(folded.slice(from));
  for (let k = from; k < n; k++) offsets[len++] = k;
  offsets[len] = n;
  return { text: pieces.join(''), offsets, original };
}

/** Map a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.offsets[Math.max(0, Math.min(start, norm.text.length))];
  const lastChar = Math.max(start, Math.min(end, norm.text.length) - 1);
  let e = lastChar >= norm.text.length ? norm.original.length : norm.offsets[lastChar] + 1;
  if (e <= s) e = Math.min(norm.original.length, s + 1);
  return { start: s, end: e };
}
