import type { RetentionStatement } from './schema';
import type { BlockContext } from './context';
import type { FactSpan } from './schema';
import { loose, matchesOf, primed, WORD_START, type Clause } from './text';

/**
 * How long data is kept. Each retention statement is quoted (an exact substring of its block) with
 * parsed bounds when a period is given: "at least 3 years" → min, "up to 30 days" → max,
 * "for 2 years" → min = max, "as long as necessary" → unspecified; backups are noted.
 */

const RETENTION_CUE = loose(
  WORD_START + "(?:retain|retains|retained|retaining|retention)(?![a-z])|" + WORD_START + "(?:keep|keeps|kept)(?! (?:you|in mind|(?:[\\w-]+ ){0,3}(?:confidential|secure|safe|private|up to date|updated|informed|accurate)(?![a-z])))(?![a-z])|(?:store|save)[sd]? (?:(?:it|this|your|the|such)[a-z ]{0,30})?(?<![a-z])(?:for|until|as long|depends)(?![a-z])|length (?:of time )?(?:that )?we (?:store|keep)|(?:stored|kept|held) (?:for|until|as long)|backup|(?:delete|erase|destroy|anonymi[sz]e|remove)[sd]? (?:it |them |your [a-z ]{0,30}|the (?:corresponding |residual )?[a-z ]{0,30})?(?:after|within|when|once|in accordance|according|unless|immediately|from (?:the )?(?:server|backup))|(?:no longer|always) (?:retain|keep|store)|as long as (?:is )?(?:necessary|needed|required|reasonably)|period (?:necessary|required)|retention period|residual copies",
);
/**
 * A literal word that every retention cue or period contains: a cheap test that lets the costly
 * cue patterns run only on the few sentences that can be about keeping data.
 */
const KEEPING_WORD = primed(/reten|retain|keep|kept|stor|sav|held|backup|delet|eras|destroy|anonymi|remov|long|always|period|residual|day|week|month|year/i);
const NOT_RETENTION = loose('(?:keep|kept|stored?)[^.;]{0,12}securely|keep[^.;]{0,60}confidential|cookies? (?:are|is) (?:stored|kept)|keep (?:your )?(?:password|account)|you (?:should|can|may) (?:delete|remove)|you to keep|delete (?:it|them|cookies) from your|store (?:small )?(?:data files|cookies)');
const DURATION = loose(
  '(?:(at least|minimum of|no (?:less|fewer) than|not less than|more than|over|up to|no (?:more|longer) than|not (?:more|longer) than|maximum of|within|not exceed(?:ing)?|for(?: a period of)?|after)|(?<!\\s)) ?(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)(?: \\(\\d+\\))? (day|week|month|year)s?',
);
const UNSPECIFIED = loose('as long as|(?:period|time) (?:necessary|needed|required)|necessary (?:to|for)|required (?:by|under) (?:applicable )?law|(?:legal|business) (?:reasons|obligations|purposes)|comply with|depends? on|(?:reasonable|certain) period|unless|always');
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90 };

export function extractRetention(contexts: BlockContext[]): { statements: RetentionStatement[]; spans: FactSpan[] } {
  const statements: RetentionStatement[] = [];
  const spans: FactSpan[] = [];
  for (const ctx of contexts) {
    // A heading ("Where does X store the information?") announces a section; it states nothing.
    if (ctx.block.kind === 'heading') continue;
    if (!KEEPING_WORD.test(ctx.text)) continue;
    // Items of a list of retention criteria ("We consider the following: · whether you agree to a
    // longer period") belong to the lead-in statement, not separate statements.
    const listItem = ctx.block.kind === 'bullet' || ctx.block.kind === 'cell';
    if (listItem && /retention period|retain[^.]*following|following[^.]*retention/i.test(ctx.frame)) continue;
    // An item of a list of uses ("How we use your information: · feedback ... we keep it as record")
    // states a use; unless the classifier also reads it as retention, it is not a retention practice.
    if (listItem && USE_LIST.test(ctx.frame) && !ctx.categories.has('retention')) continue;
    // A row of a retention schedule ("Customer service recordings: 90 days" under "How long we keep
    // your information") gives a period without a verb: the section says it is how long data is kept.
    const scheduleRow = listItem && RETENTION_FRAME.test(ctx.frame) && !/secur|safe|protect/i.test(ctx.frame);
    for (const clause of ctx.clauses.flatMap((c) => retentionRuns(c, scheduleRow))) {
      NOT_RETENTION.lastIndex = 0;
      if (NOT_RETENTION.test(clause.text) && !/retain|retention|backup/i.test(clause.text)) continue;
      // Conditions for refusing a request ("requests concerning data on backup tapes") are not a retention practice.
      if (/(?:reject|refuse|decline)[^.]{0,300}requests?/i.test(ctx.text.slice(Math.max(0, clause.start - 300), clause.start))) continue;
      // A lead-in ("We consider the following standards for the retention period:") announces the
      // statements that follow; it is not one.
      if (/following[^.;]*:\s*$/i.test(clause.text)) continue;
      const quote = trimQuote(clause);
      if (!quote) continue;
      const st: RetentionStatement = { quote: quote.text, index: ctx.block.id, ...parseBounds(quote.text, scheduleRow) };
      statements.push(st);
      spans.push({ field: 'retention', value: quote.text, block: ctx.block.id, start: quote.start, end: quote.end });
    }
  }
  return { statements, spans };
}

/** A heading or lead-in over a retention schedule. */
const RETENTION_FRAME = /retention|retain|how long|(?<![a-z])(?:keep|kept)(?![a-z])|storage (?:period|duration|limitation)/i;

/** Parts of a sentence between commas/semicolons/"and that". */
const PART_BREAK = /,\s+|;\s*|(?<!\s)\s+(?:and that|but)\s+/g;
/** Breaks that start a new statement ("we retain X ... and that some copies remain in backups"): runs never join across them. */
const HARD_BREAK = /^(?:;\s*|\s+and that\s+|\s+but\s+)$/;
/** A lead-in or heading that introduces the uses of data. */
const USE_LIST = /(?:how|why) (?:do )?we (?:\w+ )?use|we (?:may )?use (?:your|the|this) (?:personal )?(?:information|data)|purposes? (?:of|for)|details of how we use/i;

/**
 * The retention statements of one sentence: runs of consecutive parts that speak of keeping data
 * or give a period. "We retain X only as long as necessary, unless the law requires, for example,
 * ..., records shall be kept at least 3 years" yields two quotes, the second with its period.
 */
function retentionRuns(sentence: Clause, scheduleRow = false): Clause[] {
  if (!KEEPING_WORD.test(sentence.text)) return [];
  RETENTION_CUE.lastIndex = 0;
  DURATION.lastIndex = 0;
  const aboutKeeping = RETENTION_CUE.test(sentence.text) || (DURATION.test(sentence.text) && (scheduleRow || /maintain|held|stored|kept|period|delet|eras/i.test(sentence.text)));
  if (!aboutKeeping) return [];
  const parts: Clause[] = [];
  /** hardBefore[i]: part i starts a new statement. */
  const hardBefore: boolean[] = [false];
  let at = 0;
  for (const m of matchesOf(PART_BREAK, sentence.text)) {
    parts.push({ start: sentence.start + at, end: sentence.start + m.start, text: sentence.text.slice(at, m.start) });
    hardBefore.push(HARD_BREAK.test(m.match[0]));
    at = m.end;
  }
  parts.push({ start: sentence.start + at, end: sentence.end, text: sentence.text.slice(at) });
  const marked = parts.map((p) => {
    RETENTION_CUE.lastIndex = 0;
    DURATION.lastIndex = 0;
    return RETENTION_CUE.test(p.text) || DURATION.test(p.text);
  });
  // A statement continues across a short aside ("..., or as needed by law, may need to retain ..."):
  // runs separated by at most two short unmarked parts are one statement.
  for (let i = 1; i < parts.length - 1; i++) {
    if (marked[i]) continue;
    let j = i;
    while (j < parts.length && !marked[j]) j++;
    const gap = parts.slice(i, j);
    if (j < parts.length && marked[i - 1] && gap.length <= 2 && gap.reduce((n, p) => n + p.text.length, 0) < 80) {
      for (let k = i; k < j; k++) marked[k] = true;
    }
    i = j;
  }
  const runs: Clause[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (!marked[i]) continue;
    let j = i;
    while (j + 1 < parts.length && marked[j + 1] && !hardBefore[j + 1]) j++;
    const start = parts[i].start;
    const end = parts[j].end;
    runs.push({ start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) });
    i = j;
  }
  return runs;
}

/** The clause without list markers and trailing punctuation, still an exact substring. */
function trimQuote(clause: Clause): Clause | null {
  let s = 0;
  let e = clause.text.length;
  const lead = /^(?:[•·▪●◦\-*]\s*|\(?\d{1,2}[.)]\s*)+/.exec(clause.text);
  if (lead) s = lead[0].length;
  while (e > s && /[\s.;:,]/.test(clause.text[e - 1])) e--;
  if (e - s < 8) return null;
  return { start: clause.start + s, end: clause.start + e, text: clause.text.slice(s, e) };
}

/**
 * `scheduleRow`: the text is a row of a retention schedule, where a period standing alone after the
 * label ("Recordings: 90 days", "Logs | 13 months") is how long the data is kept. A period with
 * other words before it ("the life of your account plus 3 years") is not a bound.
 */
export function parseBounds(text: string, scheduleRow = false): Pick<RetentionStatement, 'min' | 'max' | 'unspecified' | 'backups'> {
  const out: Pick<RetentionStatement, 'min' | 'max' | 'unspecified' | 'backups'> = {};
  for (const m of matchesOf(DURATION, text)) {
    const qual = (m.match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const raw = m.match[2].toLowerCase();
    const value = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
    const unit = m.match[3].toLowerCase() as 'day' | 'week' | 'month' | 'year';
    if (value === undefined) continue;
    const d = { value, unit };
    if (/least|minimum|less|fewer|more than|over/.test(qual) && !/no more|not more/.test(qual)) out.min ??= d;
    else if (/up to|no more|no longer|not more|not longer|maximum|within|exceed/.test(qual)) out.max ??= d;
    else if (qual === 'for' || qual.startsWith('for a period') || (scheduleRow && qual === '' && /(?:^|[:|\t–—]|\s-)\s*$/.test(text.slice(0, m.start)))) {
      out.min ??= d;
      out.max ??= d;
    } else continue;
  }
  UNSPECIFIED.lastIndex = 0;
  if (!out.min && !out.max && UNSPECIFIED.test(text)) out.unspecified = true;
  if (/backup|back-up/i.test(text)) out.backups = true;
  return out;
}
