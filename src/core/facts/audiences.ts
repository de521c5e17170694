import type { BlockContext } from './context';
import type { FactSpan } from './schema';
import { loose, matchesOf, negatedBefore } from './text';

/**
 * Children (`children`: minimum age, parental consent) and transfers abroad (`transfers`:
 * destination countries, named safeguards such as Standard Contractual Clauses).
 */

const CHILD_CUE = loose("child(?:ren)?(?:['’]s)?|minors?(?![a-z])|(?<![a-z])kids|under(?:age| the age)|coppa|teen|young(?:er)? (?:people|users)|parental|(?:individuals|persons|people|anyone|users|consumers) (?:under|younger than) (?:the age of )?\\d");
const AGE = loose('(?:under|younger than|below|less than|over|at least|older than|age of|aged?) (?:the )?(?:age )?(?:of )?(\\d{1,2})(?![\\d])|(\\d{1,2}) (?:years? (?:of age|old)|and (?:under|older|over))');
/** Ages written as words ("under the age of eighteen (18)", "persons under sixteen"). */
const AGE_WORDS: Record<string, number> = { six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-one': 21 };
const AGE_WORD = loose(`(?:under|younger than|below|less than|over|at least|older than|age of|aged?) (?:the )?(?:age )?(?:of )?(${Object.keys(AGE_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![a-z-])`);
/**
 * The state-law age for selling or sharing a minor's data ("we have no actual knowledge of selling the personal
 * information of consumers under 16"): the age of an opt-in for sales, not the age the service is meant for.
 */
/**
 * The age the service itself requires ("You must be 18 or older to use the Service", "accounts may only be
 * opened by people aged 16 or over"): the line below which a user is a child for this service, as the
 * gold's min_age is (an under-18 needing a parent's consent gives 18). It outranks a COPPA aside in the
 * same policy ("we do not knowingly collect data from children under 13"). Not an eligibility age:
 * "you must be 21 to buy wine" (a sale, not the service), "users aged 16 or over can opt in" (no "only").
 */
const ELIGIBILITY_AGE = loose(
  '(?:must|have to|need to|should) be (?:at least |over |older than )?(\\d{1,2})(?: years?(?: of age| old)?)?(?: (?:or|and) (?:older|over|above))? (?:in order )?to (?:use|access|create|register|open|sign up|join|hold|have|set up|download)|(?:may|can) only (?:be )?(?:used|created|opened|registered|held|set up)[^.;]{0,40}?(?:aged?|over|at least|older than) (\\d{1,2})(?![\\d])|(?:only|solely) (?:for|to|by) (?:people|persons?|individuals|users|adults) (?:aged |who are )?(?:at least |over )?(\\d{1,2})(?: years?(?: of age| old)?)? (?:or|and) (?:over|older|above)',
);
const SALE_AGE_CONTEXT = loose('(?<![a-z])(?:sell|sells|selling|sold|sale|sales)(?![a-z])|(?<![a-z])sharing (?:the )?personal');
const PARENT_CONSENT = loose("(?:parent|guardian)[^.;]{0,120}(?:consent|permission|authori[sz]|approv|agree|verif)|(?:consent|permission|authori[sz]ation|approval)[^.;]{0,80}(?:parent|guardian)|without their (?:prior )?consent|guardians?['’]? (?:permission|consent)|parents?['’]? (?:permission|consent)");

export interface ChildrenResult {
  children: { min_age: number | null; parental_consent: boolean | null };
  evidence: number[];
  spans: FactSpan[];
}

/**
 * A heading or a table-of-contents line ("6. How do we deal with the personal information of
 * minors") announces a section; the statements under it are the evidence.
 */
export function announcesSection(ctx: BlockContext): boolean {
  return ctx.block.kind === 'heading' || (ctx.text.length < 120 && /^\W*(?:[\dIVXⅠ-Ⅻ]+[.)]\s*)?(?:what|which|how|why|where|when|who|do|does|can|are|is|will)\b[^.;:]*\??\s*$/i.test(ctx.text));
}

export function extractChildren(contexts: BlockContext[]): ChildrenResult {
  const ages: number[] = [];
  /** Ages named only for the sale of minors' data: used when the policy gives no other age. */
  const saleAges: number[] = [];
  let consent: boolean | null = null;
  const evidence = new Set<number>();
  const spans: FactSpan[] = [];
  const eligibilityAges: number[] = [];
  for (const ctx of contexts) {
    for (const clause of ctx.clauses) {
      for (const m of matchesOf(ELIGIBILITY_AGE, clause.text)) {
        const n = Number(m.match[1] ?? m.match[2] ?? m.match[3]);
        if (n < 6 || n > 21) continue;
        eligibilityAges.push(n);
        if (!announcesSection(ctx)) evidence.add(ctx.block.id);
        spans.push({ field: 'children', value: `min_age=${n}`, block: ctx.block.id, start: clause.start + m.start, end: clause.start + m.end });
      }
      const cue = matchesOf(CHILD_CUE, clause.text);
      if (cue.length === 0) continue;
      // A heading still tells the age ("Children under 13"), but the statements under it are the evidence.
      if (!announcesSection(ctx)) evidence.add(ctx.block.id);
      spans.push({ field: 'children', value: 'children', block: ctx.block.id, start: clause.start + cue[0].start, end: clause.start + cue[0].end });
      const saleAge = matchesOf(SALE_AGE_CONTEXT, clause.text).length > 0;
      const found = [
        ...matchesOf(AGE, clause.text).map((m) => ({ m, n: Number(m.match[1] ?? m.match[2]) })),
        ...matchesOf(AGE_WORD, clause.text).map((m) => ({ m, n: AGE_WORDS[m.match[1].toLowerCase()] })),
      ];
      for (const { m, n } of found) {
        if (n >= 6 && n <= 21) {
          (saleAge ? saleAges : ages).push(n);
          spans.push({ field: 'children', value: `min_age=${n}`, block: ctx.block.id, start: clause.start + m.start, end: clause.start + m.end });
        }
      }
      for (const m of matchesOf(PARENT_CONSENT, clause.text)) {
        consent = true;
        spans.push({ field: 'children', value: 'parental_consent=true', block: ctx.block.id, start: clause.start + m.start, end: clause.start + m.end });
        break;
      }
    }
  }
  return { children: { min_age: mostFrequentAge(eligibilityAges.length ? eligibilityAges : ages.length ? ages : saleAges), parental_consent: consent }, evidence: [...evidence].sort((a, b) => a - b), spans };
}

/** The age the policy repeats most; ties go to the lower age (the stricter children threshold). */
function mostFrequentAge(ages: number[]): number | null {
  if (ages.length === 0) return null;
  const counts = new Map<number, number>();
  for (const a of ages) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0];
}

/** Canonical country name → the ways policies write it. */
const COUNTRIES: Array<[string, string]> = [
  ['United States', 'united states(?: of america)?|(?<![a-z])u\\.s\\.a?\\.?(?![a-z])|(?<![a-z])usa(?![a-z])|america(?![a-z])'],
  ['China', "(?:people['’]?s republic of )?china|(?<![a-z])p\\.r\\.c|(?<![a-z])prc(?![a-z])|mainland china"],
  ['Singapore', 'singapore'],
  ['Germany', 'germany'],
  ['Russia', 'russia(?:n federation)?'],
  ['India', 'india(?![a-z])'],
  ['Ireland', 'ireland'],
  ['United Kingdom', 'united kingdom|(?<![a-z])u\\.k\\.?(?![a-z])|great britain|(?<![a-z])uk(?![a-z])'],
  ['Canada', 'canada'],
  ['Japan', 'japan'],
  ['South Korea', 'korea'],
  ['Hong Kong', 'hong kong'],
  ['Taiwan', 'taiwan'],
  ['Australia', 'australia'],
  ['Netherlands', 'netherlands|holland'],
  ['France', 'france'],
  ['Brazil', 'brazil'],
  ['Israel', 'israel'],
  ['Switzerland', 'switzerland'],
  ['Vietnam', 'vietnam|viet nam'],
  ['Philippines', 'philippines'],
  ['Malaysia', 'malaysia'],
  ['Indonesia', 'indonesia'],
  ['Mexico', 'mexico'],
  ['Sweden', 'sweden'],
  ['Finland', 'finland'],
  ['Poland', 'poland'],
  ['Spain', 'spain'],
  ['Italy', 'italy'],
  ['Ukraine', 'ukraine'],
];
const COUNTRY_RX = COUNTRIES.map(([name, src]) => ({ name, pattern: loose(src) }));
const TRANSFER_CUE = loose('transfer|(?:stored|processed|stores?|hosted|housed|kept|saved) (?:and processed )?(?:in|within|on servers)|servers? (?:are )?(?:all )?(?:located|based|in)|data cent(?:er|re)s?|located in|outside (?:of )?(?:your|the)|cross-border|overseas|abroad|international(?:ly)? transfer|other countries|jurisdiction');
const MOVES_DATA = /transfer|transmi|stor(?:e|ed|age|ing)|process|host|kept|sav(?:e|ed)|mov(?:e|ed)|sen[dt]|access/i;
const ABROAD = /(?:other|another|different|overseas|foreign|these) (?:countr|jurisdiction)|between countries|overseas|abroad|outside (?:of )?(?:your|the|their) (?:country|countries|jurisdiction|region|eea|european|residence)|outside (?:of )?the (?:eea|european)|across (?:national )?borders|cross-border|international(?:ly)? transfer/i;
const NOT_DESTINATION = /(?:laws? of|governed by|residents? of|resid(?:e|ing) in|located in countries other than|other than|outside (?:of )?|citizens? of|customers? (?:located )?in|if you are (?:located )?in|you (?:live|are) in|from)\s*(?:the\s*)?$/i;
const SAFEGUARDS: Array<[string, RegExp]> = [
  ['Standard Contractual Clauses', loose('standard (?:contractual|data protection) clauses|model (?:contract(?:ual)? )?clauses|(?<![a-z])sccs?(?![a-z])')],
  ['Binding Corporate Rules', loose('binding corporate rules|(?<![a-z])bcrs?(?![a-z])')],
  ['Adequacy decision', loose('adequacy (?:decisions?|regulations?|findings?|determinations?)|adequate level of (?:data )?protection as determined|(?:deemed|found|recogni[sz]ed|determined|considered)(?: by [^.;]{1,60}?)? (?:to (?:provide|offer|have|ensure)|as (?:providing|offering|having)) (?:an? )?adequate (?:level of )?(?:data )?protection')],
  // Two instruments: the UK's own agreement (IDTA) and its addendum to the EU clauses.
  ['UK International Data Transfer Agreement', loose('international data transfer agreement|(?<![a-z])idta(?![a-z])')],
  ['UK International Data Transfer Addendum', loose('international data transfer addendum|uk addendum')],
  ['EU-U.S. Data Privacy Framework', loose('data privacy framework')],
  ['Privacy Shield', loose('privacy shield')],
  ['APEC Cross-Border Privacy Rules', loose('apec|cross-border privacy rules')],
];

export interface TransferResult {
  transfers: { countries: string[]; safeguards: string[] };
  evidence: number[];
  spans: FactSpan[];
}

/** A country named between "from" and a following "to": where the data leaves, not where it goes. */
function isOrigin(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  const from = before.search(/(?<![a-z])from (?:[^.;]*)$/i);
  if (from < 0 || /(?<![a-z])(?:to|into|in)(?![a-z])/i.test(before.slice(from + 5))) return false;
  return /^[^.;]{0,80}?(?<![a-z])(?:to|into)(?![a-z])/i.test(text.slice(end));
}

export function extractTransfers(contexts: BlockContext[]): TransferResult {
  const countries: string[] = [];
  const safeguards: string[] = [];
  const evidence = new Set<number>();
  const spans: FactSpan[] = [];
  for (const ctx of contexts) {
    for (const clause of ctx.clauses) {
      // The names of transfer safeguards ("Standard Contractual Clauses", "an adequacy decision", "the
      // Data Privacy Framework") speak of transfers abroad on their own; countries need a transfer cue.
      const cue = matchesOf(TRANSFER_CUE, clause.text);
      let found = false;
      for (const [name, re] of SAFEGUARDS) {
        for (const m of matchesOf(re, clause.text)) {
          // "We no longer rely on the Privacy Shield": a mechanism not used.
          if (negatedBefore(clause.text, m.start, 40)) continue;
          if (!safeguards.includes(name)) safeguards.push(name);
          spans.push({ field: 'transfers', value: name, block: ctx.block.id, start: clause.start + m.start, end: clause.start + m.end });
          found = true;
          break;
        }
      }
      if (cue.length === 0) {
        if (found && !announcesSection(ctx)) evidence.add(ctx.block.id);
        continue;
      }
      // Moving or keeping data abroad, not "transfer" in the business-sale or data-portability sense.
      const international = MOVES_DATA.test(clause.text) && ABROAD.test(clause.text) && !/merg|acqui|bankrupt|portab|sale of|business transaction/i.test(clause.text);
      for (const { name, pattern } of COUNTRY_RX) {
        for (const m of matchesOf(pattern, clause.text)) {
          if (NOT_DESTINATION.test(clause.text.slice(Math.max(0, m.start - 40), m.start))) continue;
          if (/laws? of\s*(?:the\s*)?$/i.test(clause.text.slice(0, m.start))) continue;
          // "transfer personal data from the EEA, the UK or Switzerland to the United States": the origins, not destinations.
          if (isOrigin(clause.text, m.start, m.end)) continue;
          // "China's relevant laws": the law of a country, not a destination.
          if (/^['’]s\s*(?:\w+\s*){0,2}(?:laws?|regulations?|legal|government)/i.test(clause.text.slice(m.end))) continue;
          if (!countries.includes(name)) countries.push(name);
          spans.push({ field: 'transfers', value: name, block: ctx.block.id, start: clause.start + m.start, end: clause.start + m.end });
          found = true;
          break;
        }
      }
      if ((found || international) && !announcesSection(ctx)) evidence.add(ctx.block.id);
    }
  }
  return { transfers: { countries, safeguards }, evidence: [...evidence].sort((a, b) => a - b), spans };
}
