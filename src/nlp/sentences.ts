/**
 * Sentence (clause) boundaries in normalised policy text, for rule scoping: a cue and its exception
 * ("... except ...") must sit in the same sentence. Linear scan, no regex backtracking.
 * Boundaries: . ! ? followed by a space, and ; • and line breaks (lists flattened into one
 * paragraph), but not after common abbreviations (e.g., i.e., inc.).
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREV = new Set(['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'u.s', 'u.k', 'e.u', 'approx', 'incl', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    let boundary = false;
    if (ch === ';' || ch === '\n' || ch === '\u2022' || ch === '!' || ch === '?') boundary = true;
    else if (ch === '.' && (i + 1 >= n || text[i + 1] === ' ' || text[i + 1] === '"' || text[i + 1] === "'")) {
      // Look back at the word before the dot (bounded) to skip abbreviations.
      let k = i - 1;
      while (k >= 0 && i - k <= 6 && text[k] !== ' ' && text[k] !== '(') k--;
      boundary = !ABBREV.has(text.slice(k + 1, i));
    }
    if (boundary) {
      if (i + 1 > start) spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < n) spans.push({ start, end: n });
  return spans;
}
