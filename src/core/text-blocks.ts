import type { Block, BlockKind } from './types';

/**
 * Blocks of a plain-text policy (the CLI's `analyze FILE.txt`, pasted text), with the semantics of
 * ../shared/gold/seeds.blocks.jsonl: one block per non-empty line trimmed like Python's
 * `str.strip()`; kind heading / paragraph / bullet; section = text of the nearest heading before.
 *
 * Plain text has no markup, so headings are recognised the way a reader does: a short line that
 * is not a sentence (no closing period/semicolon), that a body of text follows, and that is not
 * a contact or date line. Numbered lines are list items when they run in a list (a numbered line
 * next to them), and numbered section titles when they stand alone above their content.
 */

/**
 * Exactly the characters Python's str.strip() removes (str.isspace): Unicode whitespace incl. NBSP,
 * U+2028, U+3000 and the C0 separators — but not U+FEFF, which JavaScript's \s would strip.
 */
const PY_WHITESPACE = '\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_STRIP = new RegExp(`^[${PY_WHITESPACE}]+|[${PY_WHITESPACE}]+$`, 'g');

export function pyStrip(line: string): string {
  return line.replace(PY_STRIP, '');
}

/** Symbol bullets: the glyph itself marks a list item ("-", "*", "+" need a space after them). */
const SYMBOL_BULLET = /^(?:[•●▪◦‣∙·○■□◆◇➢➤►▶✓✔→]|[-–—*+](?=[\s\u00a0]))/u;
/** "1." "1)" "(1)" "a)" "(a)" "iv." "(iv)": enumerators (not "1.5 million" or "2020."). */
const NUMBERED = /^(?:\(?\d{1,3}[.)](?!\d)|\(\d{1,3}\)|\(?[a-z][.)](?=\s)|\([ivxlc]{1,6}\)|[ivxlc]{1,6}[.)](?=\s))/i;
/** Unicode roman numerals ("Ⅰ.", "Ⅳ、") only number sections in the policies we see. */
const UNICODE_ROMAN = /^[\u2160-\u2188]+[.、)\s\u00a0]/u;
const ROMAN_SECTION = /^(?:[IVX]{1,5})[.)]\s+\p{Lu}/u;

const MAX_HEADING_CHARS = 130;
const MAX_HEADING_WORDS = 22;

export function blocksFromText(text: string): Block[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)
    .map(pyStrip)
    .filter((l) => l.length > 0);

  const kinds = lines.map((line, i) => kindOf(lines, i));
  const blocks: Block[] = [];
  let section = '';
  lines.forEach((line, i) => {
    blocks.push({ id: i, text: line, section, kind: kinds[i] });
    if (kinds[i] === 'heading') section = line;
  });
  return blocks;
}

function kindOf(lines: string[], i: number): BlockKind {
  const line = lines[i];
  // Markdown input (the CLI reads .md too): "# Title", "**Title**".
  if (/^#{1,6}\s+\S/.test(line) || (/^\*\*[^*]{1,120}\*\*:?$/.test(line) && !SENTENCE_END.test(line.replace(/\*+:?$/, '')))) return 'heading';
  if (SYMBOL_BULLET.test(line)) return 'bullet';
  if (UNICODE_ROMAN.test(line) || ROMAN_SECTION.test(line)) return 'heading';
  if (NUMBERED.test(line)) {
    // A numbered line beside another numbered line is part of a list (a TOC, enumerated items).
    const inRun = (j: number) => j >= 0 && j < lines.length && NUMBERED.test(lines[j]) && !SYMBOL_BULLET.test(lines[j]);
    if (inRun(i - 1) || inRun(i + 1)) return 'bullet';
    const rest = line.replace(NUMBERED, '').trim();
    return i + 1 < lines.length && rest && isHeadingShaped(rest, true) ? 'heading' : 'bullet';
  }
  if (i + 1 >= lines.length) return 'paragraph'; // nothing follows: not a title of anything
  return isHeadingShaped(line, false) ? 'heading' : 'paragraph';
}

const COMPANY_SUFFIX = /\b(?:inc|llc|ltd|l\.l\.c|gmbh|corp|corporation|co|plc|s\.a|ag|pty|limited)\b\.?$/i;
const CONTACT = /@|https?:\/\/|www\.|\b\d{4,}\b|\+\d|\(\d{3}\)/;
const LABEL_VALUE = /^[^:]{1,40}:\s*\S/;
const SENTENCE_END = /[.;,\-–—]["'”’)]*$/;
/** Lines opening with a subordinate clause are sentences ("If you have questions, please …"). */
const CLAUSE_START = /^(?:if|unless|although|because|since|while|please|thank)\b/i;
/** Statement-style titles are short; question-style titles ("What information do we collect …?") run longer. */
const MAX_STATEMENT_HEADING_CHARS = 90;

/** Short, not a sentence, not a contact/date/label line, starts like a title. */
function isHeadingShaped(line: string, numbered: boolean): boolean {
  if (line.length > MAX_HEADING_CHARS && !numbered) return false;
  if (line.length > MAX_HEADING_CHARS * 1.2) return false;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (SENTENCE_END.test(line)) return false;
  const question = line.endsWith('?');
  if (!numbered && !question && line.length > MAX_STATEMENT_HEADING_CHARS) return false;
  if (!question && (CLAUSE_START.test(line) || /\bplease\b/i.test(line))) return false;
  // "…the following:" introduces a list in running text; numbered titles may end that way.
  if (!numbered && /:$/.test(line)) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}"“‘'(\d]/u.test(line)) return false;
  if (/^\d/.test(line)) return false; // street addresses, dates
  if (CONTACT.test(line) || COMPANY_SUFFIX.test(line)) return false;
  if (LABEL_VALUE.test(line) && !question && !isTitleCase(line)) return false;
  return true;
}

/** Most longer words capitalised ("Notice Governs Use: Changes to Privacy Notice"). */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}
