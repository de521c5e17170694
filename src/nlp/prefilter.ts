/**
 * Word prefilters for regexes, derived from the regex itself (no hand-written keyword lists).
 *
 * A rule pattern such as `\b(?:share|disclose)\b(?:[ ,]+[^ ,.;:!?]+){0,8}[ ,]+\b(?:with|to)\b …` can
 * only match a text that has the whole word "share" or "disclose", and "with" or "to". Most patterns
 * fail on most paragraphs, yet V8 pays for a failing scan at every position of the text. So each
 * pattern gets the whole words any match must put in the text, in conjunctive normal form (every
 * clause needs one of its word sets, a set needs all its words), and one pass over a text's words
 * (`WordPrefilter.select`) says which patterns are worth running at all (src/rules/engine.ts for rule
 * regexes, ./compromise.ts for the gates of match-syntax specs). The filter is exact: a text it
 * rejects has no match, so verdicts never change (tests/unit/nlp/prefilter.test.ts checks the
 * derivation against the regexes on real and random text).
 *
 * Whole words, not substrings: `String#includes` of a word list costs about as much as the regex scan
 * it would save, while splitting a text into words once and looking each up in one table is cheap.
 * A "whole word" is a maximal run of \w characters, which is exactly what `\b` delimits, so a word of a
 * pattern counts only where the pattern puts `\b` or a non-word character on both its sides.
 *
 * The derivation is a small parser of JavaScript regex syntax (Annex B; a regex with the `i`, `u` or
 * `v` flag, or syntax the reader does not know, gets no filter: it always runs). Like the prefilters
 * of RE2 and Hyperscan, it tracks for each sub-pattern the finite set of strings it can match while
 * that set stays small, and otherwise the words its matches must contain.
 */

/** Whole words that are all in the text (sorted, distinct). */
export type WordSet = readonly string[];
/** One clause: at least one of these word sets is in the text. */
export type AnyOf = readonly WordSet[];
/** Every clause must hold; an empty list means "no requirement" (always scan). */
export type WordNeeds = readonly AnyOf[];

/** Largest finite set of strings tracked for a sub-pattern (cross products grow fast). */
const MAX_EXACT = 256;
/** Largest clause kept. */
const MAX_ANY_OF = 512;
/**
 * Stands for `\b` inside the strings a sub-pattern can match: a word of such a string is known to be a
 * whole word of the text only where a boundary or a non-word character delimits it on both sides.
 */
const BOUNDARY = '\uFFFF';

/** What a sub-pattern says about the text it matches. */
interface Info {
  /** Every string it can match (with BOUNDARY marks), when that set is known and small; null otherwise. */
  exact: Set<string> | null;
  /** Clauses every match satisfies (possibly none). */
  needs: AnyOf[];
}

const ANY: Info = { exact: null, needs: [] };
const EMPTY = (): Info => ({ exact: new Set(['']), needs: [] });
const char = (c: string): Info => {
  if (c === BOUNDARY) throw new Unsupported('marker character in pattern');
  return { exact: new Set([c]), needs: [] };
};

class Unsupported extends Error {}

const isWordChar = (s: string, i: number) => isWordCode(s.charCodeAt(i));

/**
 * The whole words a matched string is certain to put in the text: runs of word characters (\w, as
 * `\b` sees them) with a boundary mark or a non-word character on each side within the string.
 * "\uFFFFsale of\uFFFF" gives "of" and "sale"; "disclos" (no boundaries) gives none.
 */
function wholeWords(s: string): string[] {
  const out = new Set<string>();
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isWordChar(s, j)) j++;
    // A maximal run: whatever stands at s[i-1] and s[j] is a boundary mark or a non-word character.
    if (i > 0 && j < s.length) out.add(s.slice(i, j));
    i = j;
  }
  return [...out].sort();
}

const key = (set: WordSet) => set.join(' ');

/** Drop word sets that contain another set of the clause: the smaller one alone decides. */
function minimal(sets: Iterable<WordSet>): WordSet[] {
  const unique = new Map<string, WordSet>();
  for (const set of sets) unique.set(key(set), set);
  const sorted = [...unique].sort(([ka, a], [kb, b]) => a.length - b.length || (ka < kb ? -1 : 1)).map(([, set]) => set);
  // Most sets are one word: a set holding one of those goes without comparing set against set.
  const single = new Set<string>();
  const kept: WordSet[] = [];
  for (const set of sorted) {
    if (set.length === 1) {
      single.add(set[0]);
      kept.push(set);
    } else if (!set.some((w) => single.has(w)) && !kept.some((k) => k.length > 1 && k.every((w) => set.includes(w)))) kept.push(set);
  }
  return kept;
}

/** A clause from a finite set of strings: the whole words each one is certain to contribute, if all have some. */
function clauseOf(set: Set<string>): AnyOf | null {
  if (set.size === 0 || set.size > MAX_ANY_OF) return null;
  const sets: WordSet[] = [];
  for (const s of set) {
    const words = wholeWords(s);
    if (words.length === 0) return null;
    sets.push(words);
  }
  return minimal(sets);
}

/**
 * Higher is more selective (a guess: long words are rarer, and every word of a set must be present):
 * the weakest set decides how often a clause passes, then the count.
 */
function score(clause: AnyOf): number {
  let weakest = Infinity;
  for (const set of clause) weakest = Math.min(weakest, set.reduce((n, w) => n + w.length, 0));
  return weakest * 1000 - clause.length;
}

/** The clauses a sub-pattern's matches satisfy, including the one its exact set gives. */
function clausesOf(info: Info): AnyOf[] {
  const out = [...info.needs];
  if (info.exact) {
    const c = clauseOf(info.exact);
    if (c) out.push(c);
  }
  return out;
}

function best(clauses: AnyOf[]): AnyOf | null {
  let top: AnyOf | null = null;
  for (const c of clauses) if (!top || score(c) > score(top)) top = c;
  return top;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  // A single string (a "\b", a space) never grows the set, whatever its size.
  if (a.size * b.size > Math.max(MAX_EXACT, a.size, b.size)) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function sequence(items: Info[]): Info {
  const needs: AnyOf[] = [];
  let run: Set<string> | null = new Set(['']);
  let allExact = true;
  const flush = () => {
    if (run) {
      const c = clauseOf(run);
      if (c) needs.push(c);
    }
  };
  for (const item of items) {
    needs.push(...item.needs);
    const joined: Set<string> | null = run && item.exact ? cross(run, item.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    allExact = false;
    flush();
    run = item.exact ? new Set(item.exact) : new Set(['']);
  }
  if (allExact) return { exact: run, needs };
  flush();
  return { exact: null, needs };
}

function alternation(alts: Info[]): Info {
  if (alts.length === 1) return alts[0];
  let exact: Set<string> | null = new Set();
  for (const a of alts) {
    if (!a.exact || !exact) {
      exact = null;
      break;
    }
    for (const s of a.exact) exact.add(s);
  }
  if (exact && exact.size <= MAX_ANY_OF) return { exact, needs: [] };
  // Some alternative matches: the union of each one's best clause holds.
  const union: WordSet[] = [];
  for (const a of alts) {
    const c = best(clausesOf(a));
    if (!c) return ANY;
    union.push(...c);
  }
  const clause = minimal(union);
  return clause.length <= MAX_ANY_OF ? { exact: null, needs: [clause] } : ANY;
}

function quantified(item: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return item;
  if (min === 0) return max === 1 && item.exact ? { exact: new Set([...item.exact, '']), needs: [] } : ANY;
  // At least one repetition: whatever one match of the item needs, the whole needs.
  return { exact: null, needs: clausesOf(item) };
}

/** What each group source (after its "(") says, for every regex read: Infos are never modified. */
const groupMemo = new Map<string, Info>();

/** Index of the ")" that closes the group whose body starts at `i`, or -1. Skips escapes and classes. */
function groupEnd(src: string, i: number): number {
  let depth = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === '[') {
      // Without the u flag the first "]" closes a class.
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
      i++;
    }
  }
  return -1;
}

const HEX = /^[0-9a-fA-F]+$/;
const CLASS_ESCAPES = 'dDwWsS';

/** Recursive-descent reader of a regex source. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`unexpected "${this.src[this.i]}"`);
    return info;
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alternation(alts);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantifier(atom));
    }
    return sequence(items);
  }

  private quantifier(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{" (Annex B), read as an atom next
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    return quantified(atom, min, max);
  }

  private atom(): Info {
    const c = this.src[this.i++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat');
      default:
        return char(c);
    }
  }

  private group(): Info {
    // The rules build their regexes from shared fragments (the data nouns, the third parties, the
    // meta-sentence exception): a group met before is not read again.
    const end = groupEnd(this.src, this.i);
    const key = end < 0 ? null : this.src.slice(this.i, end);
    const known = key === null ? undefined : groupMemo.get(key);
    if (known !== undefined) {
      this.i = end + 1;
      return known;
    }
    const info = this.groupBody();
    if (key !== null) groupMemo.set(key, info);
    return info;
  }

  private groupBody(): Info {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported(`group "${rest}"`);
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // A lookaround matches no characters: the text it looks at is not part of the match.
    return lookaround ? EMPTY() : inner;
  }

  /** A character class: the set of its characters when small and plain, else any character. */
  private charClass(): Info {
    const chars = new Set<string>();
    let plain = this.src[this.i] !== '^';
    if (!plain) this.i++;
    const read = (): string | null => {
      const c = this.src[this.i++];
      if (c !== '\\') return c;
      const e = this.src[this.i++];
      return CLASS_ESCAPES.includes(e) ? null : this.escapedChar(e);
    };
    // Without the u flag a "]" always closes the class ("[]" matches nothing, "[^]" anything).
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const from = read();
      if (this.src[this.i] === '-' && this.i + 1 < this.src.length && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = read();
        if (from === null || to === null || to.charCodeAt(0) - from.charCodeAt(0) > 8) plain = false;
        else for (let k = from.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.add(String.fromCharCode(k));
      } else if (from === null) plain = false;
      else chars.add(from);
    }
    if (this.src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    return plain && chars.size > 0 && chars.size <= 8 ? { exact: chars, needs: [] } : ANY;
  }

  private escape(): Info {
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported('trailing backslash');
    if (e === 'b') return { exact: new Set([BOUNDARY]), needs: [] };
    if (e === 'B') return EMPTY();
    if (CLASS_ESCAPES.includes(e)) return ANY;
    if (e >= '1' && e <= '9') return ANY; // a backreference
    if (e === 'k') throw new Unsupported('named backreference');
    return char(this.escapedChar(e));
  }

  /** The character an escape stands for (the backslash and `e` already read). */
  private escapedChar(e: string): string {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (simple[e] !== undefined && !(e === '0' && /[0-9]/.test(this.src[this.i] ?? ''))) return simple[e];
    if (e === 'b') return '\b'; // inside a class
    if (e === 'x' || e === 'u') {
      const n = e === 'x' ? 2 : 4;
      const hex = this.src.slice(this.i, this.i + n);
      if (hex.length === n && HEX.test(hex)) {
        this.i += n;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return e;
    }
    if (e === 'c' || (e >= '0' && e <= '9')) throw new Unsupported(`escape \\${e}`);
    return e;
  }
}

/**
 * The clauses any match of `re` satisfies, most selective first; [] when nothing is known (or the
 * regex uses syntax or flags the reader does not handle): such a pattern is always run.
 */
export function wordNeeds(re: RegExp): WordNeeds {
  // Rule lists share their regex objects (the heading list holds the body list's rules): derive once.
  let needs = derived.get(re);
  if (needs === undefined) {
    needs = derive(re);
    derived.set(re, needs);
  }
  return needs;
}

const derived = new WeakMap<RegExp, WordNeeds>();

function derive(re: RegExp): WordNeeds {
  if (/[iuv]/.test(re.flags)) return [];
  let info: Info;
  try {
    info = new Reader(re.source).parse();
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
  const unique = new Map<string, AnyOf>();
  for (const c of clausesOf(info)) unique.set(c.map(key).join('|'), c);
  return [...unique.values()].sort((a, b) => score(b) - score(a));
}

/**
 * The needs of many patterns over one vocabulary: one pass over a text's words tells which patterns
 * can match it at all. A word is a maximal run of \w characters, exactly what `\b` delimits. Each word
 * set is filed under one of its words (its trigger) and checked only when that word is in the text:
 * absent words cost nothing. The trigger is the set's word that the fewest sets share: words the
 * patterns use everywhere ("we", "information") are the ones texts use everywhere too.
 */
export class WordPrefilter {
  private readonly vocabulary = new Map<string, number>();
  /** The vocabulary by id, and an open-addressing hash table of it (slot: id + 1, 0 empty). */
  private readonly words: string[];
  private readonly table: Int32Array;
  /** Per word id: the word sets (ids) it triggers. */
  private readonly triggered: number[][] = [];
  /** Per word set: its words (ids) and the clauses (ids) it satisfies. */
  private readonly setWords: Int32Array[] = [];
  private readonly clausesOfSet: number[][] = [];
  /** Per pattern: its clause ids. */
  private readonly patterns: number[][];
  /** Stamp of the text being read (a counter: nothing to clear between texts). */
  private stamp = 0;
  private readonly wordSeen: Uint32Array;
  private readonly seenList: Int32Array;
  private readonly clauseHolds: Uint32Array;

  constructor(needs: readonly WordNeeds[]) {
    const setIds = new Map<string, number>();
    const clauseIds = new Map<string, number>();
    const wordId = (w: string) => {
      let id = this.vocabulary.get(w);
      if (id === undefined) {
        id = this.vocabulary.size;
        this.vocabulary.set(w, id);
        this.triggered.push([]);
      }
      return id;
    };
    const setId = (set: WordSet) => {
      const k = key(set);
      let id = setIds.get(k);
      if (id === undefined) {
        id = this.setWords.length;
        setIds.set(k, id);
        this.setWords.push(Int32Array.from(set, wordId));
        this.clausesOfSet.push([]);
      }
      return id;
    };
    this.patterns = needs.map((list) =>
      list.map((clause) => {
        const k = clause.map(key).join('|');
        let id = clauseIds.get(k);
        if (id === undefined) {
          id = clauseIds.size;
          clauseIds.set(k, id);
          for (const set of clause) this.clausesOfSet[setId(set)].push(id);
        }
        return id;
      }),
    );
    const setsSharing = new Array<number>(this.vocabulary.size).fill(0);
    for (const set of this.setWords) for (const w of set) setsSharing[w]++;
    this.setWords.forEach((set, id) => {
      let trigger = set[0];
      for (const w of set) if (setsSharing[w] < setsSharing[trigger]) trigger = w;
      this.triggered[trigger].push(id);
    });
    this.words = [...this.vocabulary.keys()];
    let size = 16;
    while (size < 4 * this.words.length) size *= 2;
    this.table = new Int32Array(size);
    this.words.forEach((w, id) => {
      let slot = fnv(w) & (size - 1);
      while (this.table[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.table[slot] = id + 1;
    });
    this.wordSeen = new Uint32Array(this.vocabulary.size);
    this.seenList = new Int32Array(this.vocabulary.size);
    this.clauseHolds = new Uint32Array(clauseIds.size);
  }

  /** Id of the vocabulary word text[start, end) (its FNV-1a hash given), or -1. */
  private lookup(text: string, start: number, end: number, hash: number): number {
    const { table, words } = this;
    const mask = table.length - 1;
    const len = end - start;
    for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const id = table[slot] - 1;
      const w = words[id];
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
    return -1;
  }

  /** For one text: 1 at the index of every pattern that may match it, 0 where none can. */
  select(text: string): Uint8Array {
    if (this.stamp === 0xffffffff) {
      this.wordSeen.fill(0);
      this.clauseHolds.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { wordSeen, seenList, triggered, setWords, clausesOfSet, clauseHolds } = this;
    let seen = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      // Hash the word as it is read, so looking it up allocates nothing.
      const start = i;
      let hash = FNV_OFFSET;
      do {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
      } while (i < n && isWordCode((c = text.charCodeAt(i))));
      const id = this.lookup(text, start, i, hash);
      if (id < 0 || wordSeen[id] === stamp) continue;
      wordSeen[id] = stamp;
      seenList[seen++] = id;
    }
    for (let k = 0; k < seen; k++) {
      for (const s of triggered[seenList[k]]) {
        const words = setWords[s];
        let all = true;
        for (let w = 0; w < words.length; w++) {
          if (wordSeen[words[w]] !== stamp) {
            all = false;
            break;
          }
        }
        if (all) for (const c of clausesOfSet[s]) clauseHolds[c] = stamp;
      }
    }
    const out = new Uint8Array(this.patterns.length);
    for (let p = 0; p < this.patterns.length; p++) {
      let ok = 1;
      for (const c of this.patterns[p]) {
        if (clauseHolds[c] !== stamp) {
          ok = 0;
          break;
        }
      }
      out[p] = ok;
    }
    return out;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(word: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
  return hash;
}

/** [A-Za-z0-9_]: the characters `\w` (and so `\b`) treats as word characters without the u flag. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
