/**
 * Sentence boundaries in a block of policy text, for showing "the sentence it came from".
 * Deliberately simple and DOM-free: splits after . ! ? ; (and their run-on forms in scraped
 * text) when followed by space + capital/quote/digit, and never inside common abbreviations.
 */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|vs|mr|mrs|ms|dr|st|u\.s|u\.k|e\.u|approx|incl)\.$/i;

export interface SentenceSpan {
  start: number;
  end: number;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = /[.!?]+["'’”)\]]*\s+(?=["'‘“(\[]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
    if (text.slice(start, end).trim()) spans.push(trim(text, start, end));
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) spans.push(trim(text, start, text.length));
  return spans;
}

/** The sentence containing [start, end); the whole text when the span crosses sentences. */
export function sentenceAround(text: string, start: number, end = start): SentenceSpan {
  for (const s of splitSentences(text)) {
    if (start >= s.start && end <= s.end) return s;
  }
  return trim(text, 0, text.length);
}

function trim(text: string, start: number, end: number): SentenceSpan {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
