/**
 * Text helpers shared by every fact family. Pure and DOM-free.
 *
 * Scraped policies often lose the space between words ("Wemay", "ThisNotice", "ourProducts").
 * Rather than rewriting the text (which would break the exact-substring guarantee of quotes),
 * patterns are written with ordinary spaces and compiled so that each space matches optional
 * whitespace. Offsets returned by the compiled patterns are therefore offsets in the original text.
 */

/**
 * Start-of-word guard that tolerates glued function words: matches after a non-letter, or right
 * after "may", "will", "to", "we"... so "Wemaykeep" still yields "keep" but "dismiss" never yields "miss".
 */
export const WORD_START = '(?:(?<![a-z])|(?<=(?:may|will|to|we|and|not|also|can|shall|must|would|should|our|your|the|you|of|in|for|by|us|is|are|be|or)))';

/** Compile a pattern written with plain spaces; every space matches zero or more whitespace. */
export function loose(source: string, flags = 'gi'): RegExp {
  return primed(new RegExp(source.replace(/ /g, '\\s*'), flags.includes('g') ? flags : flags + 'g'));
}

/**
 * Policy prose, over 1,000 characters: V8 compiles a regex to native code at once when it first
 * runs on a string this long, and tunes that code on it. Left to itself, V8 interprets a new regex
 * first and compiles it after a run on whatever came first, here a short clause; the fact patterns
 * then ran 2-4x slower on every later page (`npm run bench`: facts went from 1.4x to 0.3x the
 * tokenizer's throughput as the pattern set grew, and back with this priming).
 */
const PRIMING_SAMPLE = (
  'We collect personal information that you provide to us, such as your name, email address, phone number and ' +
  'postal address, and information collected automatically when you use our services, including your IP address, ' +
  'device identifiers, browser type and the pages you visit. We use this information to provide and improve our ' +
  'services, to communicate with you, for security and fraud prevention, and to comply with legal obligations. We ' +
  'may share it with service providers, affiliates and advertising partners, and we do not sell it. You have the ' +
  'right to access, correct or delete your personal information, to object to or restrict its processing, to ' +
  'withdraw your consent and to opt out of marketing. Contact us at privacy@example.com. We keep your data for as ' +
  'long as your account is active. We may change this policy and will notify you of material changes. Our services ' +
  'are not directed to children under 13. Your information may be transferred to the United States. '
).repeat(2);
/** The same with a curly apostrophe: V8 compiles a regex apart for two-byte strings. */
const PRIMING_SAMPLE_TWO_BYTE = PRIMING_SAMPLE.replace(/'/g, '\u2019') + '\u2019';
const primedPatterns = new WeakSet<RegExp>();

/** Runs `re` once on each priming sample (see PRIMING_SAMPLE); cheap after the first call. */
export function primed(re: RegExp): RegExp {
  if (primedPatterns.has(re)) return re;
  primedPatterns.add(re);
  const lastIndex = re.lastIndex;
  re.lastIndex = 0;
  re.exec(PRIMING_SAMPLE);
  re.lastIndex = 0;
  re.exec(PRIMING_SAMPLE_TWO_BYTE);
  re.lastIndex = lastIndex;
  return re;
}

export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  text: string;
}

/** Longest clause we scan as one unit: bounds regex work on pathological (1 MB, no punctuation) input. */
const MAX_CLAUSE = 1500;

/**
 * Sentences of a block, with offsets. Splits after . ! ? (also when the next sentence is glued on,
 * "there.Your") and after ; and never inside common abbreviations or numbers ("e.g.", "Co., Ltd.", "3.5").
 */
export function sentencesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const re = /[.!?;]+["'’”)\]]*(?=\s|$|["'‘“(\[]?[A-Z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(start, m.index - 8), m.index + 1);
    if (m[0][0] === '.' && /(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|vs|mr|mrs|ms|dr|st|u\.s|u\.k|e\.u|approx|incl|p\.r\.c|[A-Z])\.)$/i.test(before)) {
      continue;
    }
    if (m[0][0] === '.' && /\d$/.test(text.slice(0, m.index)) && /^\.\d/.test(text.slice(m.index))) continue;
    pushClause(text, start, end, out);
    start = end;
    if (m[0].length === 0) re.lastIndex++;
  }
  pushClause(text, start, text.length, out);
  return out;
}

function pushClause(text: string, start: number, end: number, out: Clause[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  // Pathological input: cut overlong runs into windows at whitespace so patterns stay cheap.
  while (end - start > MAX_CLAUSE) {
    let cut = text.lastIndexOf(' ', start + MAX_CLAUSE);
    if (cut <= start + MAX_CLAUSE / 2) cut = start + MAX_CLAUSE;
    out.push({ start, end: cut, text: text.slice(start, cut) });
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Every match of `re` in `text` (re must be global). */
export function matchesOf(re: RegExp, text: string): Array<Span & { match: RegExpExecArray }> {
  primed(re);
  const out: Array<Span & { match: RegExpExecArray }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}

/**
 * Phrases that contain a negator without negating anything ("including but not limited to",
 * "not only", "whether or not"). They are blanked before negation checks.
 */
const FALSE_NEGATORS = loose(
  "(?:but )?not (?:be )?limited to|not only|whether or not|if not|not exhaustive|not all|not necessarily|no later than|no longer than|not more than|not less than|no more than|no less than|no matter",
);
// "not" and "n't" may end a glued word ("Wedonot", "cannot"); "nor" and "never" may not end an
// ordinary one ("honor", "minor", "whenever").
const NEGATOR = loose("(?:not|n['’]t|neither)(?![a-z])|(?<!whe)never(?![a-z])|(?<![a-z])(?:no|nor)(?![a-z])|cannot", 'gi');

/**
 * True when the text just before `at` (within the clause, at most `window` characters, and not
 * across a comma-joined "except"/"unless" turn) holds a negator: "we do not share", "will never sell".
 */
export function negatedBefore(clause: string, at: number, window = 45): boolean {
  // The window starts on a word boundary: cutting "whenever" to "enever" would leave a false "never".
  let from = Math.max(0, at - window);
  while (from > 0 && /[\p{L}\p{N}'’]/u.test(clause[from - 1])) from--;
  let lead = clause.slice(from, at).replace(FALSE_NEGATORS, (s) => ' '.repeat(s.length));
  // A negation before "except", "unless" or a clause break does not reach the verb after it.
  const turn = Math.max(lead.search(/(?:except|unless|other than|however|but)(?![a-z])(?![\s\S]*(?:except|unless|other than|however|but)(?![a-z]))/i), lead.lastIndexOf(','));
  if (turn >= 0) lead = lead.slice(turn);
  NEGATOR.lastIndex = 0;
  return NEGATOR.test(lead);
}

/** Canonical form for comparing names: lower case, letters and digits only. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
