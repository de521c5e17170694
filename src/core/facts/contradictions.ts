import type { BlockContext } from './context';
import { loose, matchesOf, negatedBefore, type Clause } from './text';

/**
 * Pairs of statements that cannot both hold. Only two well-defined shapes are attempted, because
 * a wrong "contradiction" is worse than none:
 *  1. a promise to share only with consent ("we will only share ... according to your authorization",
 *     "we will not disclose ... without your consent") against a clause that allows disclosure
 *     "without your consent" / "without your approval";
 *  2. "we may link/connect this information with your identity" against "we do not link ... to
 *     your identity";
 *  3. changes that bind the user "at any time" or "without notice" against a promise, in another
 *     block, to notify users of changes or to seek their consent again;
 *  4. "we treat information collected by cookies as non-personal information" against a list of the
 *     personal information collected that names the same kind of data.
 */

export interface Contradiction {
  a: number;
  b: number;
  why: string;
}

const CONSENT_WORDS = '(?:consent|authori[sz]ation|approval|permission)';
const SHARE_ONLY_WITH_CONSENT = loose(
  `(?:only|solely) (?:\\w{1,60}(?:\\s+\\w{1,60}){0,2} )?(?:share|disclose)[^.;]{0,80}(?:according to|with|upon|based on) your (?:\\w+ )?${CONSENT_WORDS}|(?:not|never) (?:\\w{1,60}(?:\\s+\\w{1,60})? )?(?:share|disclose)[^.;]{0,80}without your (?:\\w+ )?${CONSENT_WORDS}|with your ${CONSENT_WORDS},? we (?:will|may) (?:share|disclose)`,
);
const DISCLOSE_WITHOUT_CONSENT = loose(`(?:disclos|shar)[a-z]{0,30}[^.;]{0,80}without (?:your |further |prior |their )*${CONSENT_WORDS}`);
const LINK_IDENTITY = loose('(?:connect|link|associate|combine)[a-z]{0,30} (?:this |such |that |the )?(?:information|data)[^.;]{0,30}(?:with|to) (?:your )?identity');

/** Changes the user is bound by whenever the company likes. */
const CHANGES_ANY_TIME = loose('(?:chang|modif|updat|revis|amend)[a-z]{0,30}[^.;]{0,60}(?:at any time|without (?:prior |any |further |advance )?notice)');
/** A promise to tell users about changes, or to ask again before new uses. */
const CHANGE_PROMISE = loose('(?:will|shall) (?:\\w{1,60} )?(?:notify|inform|tell|contact) you|(?:will|shall) (?:\\w{1,60} )?(?:seek|obtain|ask for|request) your (?:\\w{1,60} )?(?:consent|agreement|permission)(?: again)?');
const ABOUT_CHANGES = loose('chang|updat|modif|revis|amend|new purposes?|(?:collect|use) more');
/** "We treat information collected by cookies ... as non-personal information." */
const TREATED_AS_NON_PERSONAL = loose('(?:treat|consider|regard|deem)[a-z]{0,30} (?:the )?(?:information|data)[^.;]{0,80}? as non-? ?personal(?:ly identifiable)? (?:information|data)');
/** What such a sentence is about, in data-type terms, and how the policy lists it elsewhere. */
const NON_PERSONAL_KINDS: Array<{ type: 'cookies_tracking' | 'online_activity' | 'device_identifiers' | 'computer_information'; cue: RegExp }> = [
  { type: 'cookies_tracking', cue: /cookie|beacon|pixel|tracking tech/i },
  { type: 'online_activity', cue: /usage|log (?:data|information|files)|browsing/i },
  { type: 'device_identifiers', cue: /(?:device|unique) identifiers?|ip address/i },
  { type: 'computer_information', cue: /browser type|operating system|device information/i },
];
const PERSONAL_DATA = /(?<!non-?\s?)personal(?:ly identifiable)?\s*(?:information|data)/i;

interface Hit {
  block: number;
  clause: Clause;
  at: number;
}

/** Where each data type was found collected (value → block ids), from the data-type extraction. */
export type CollectedEvidence = Partial<Record<string, number[]>>;

export function extractContradictions(contexts: BlockContext[], collected: CollectedEvidence = {}): Contradiction[] {
  const promises: Hit[] = [];
  const exceptions: Hit[] = [];
  const links: Hit[] = [];
  const noLinks: Hit[] = [];
  const anyTime: Hit[] = [];
  const changePromises: Hit[] = [];
  const nonPersonal: Array<Hit & { types: string[] }> = [];
  for (const ctx of contexts) {
    for (const clause of ctx.clauses) {
      for (const m of matchesOf(CHANGES_ANY_TIME, clause.text)) {
        if (negatedBefore(clause.text, m.start, 30)) continue;
        anyTime.push({ block: ctx.block.id, clause, at: m.start });
        break;
      }
      for (const m of matchesOf(CHANGE_PROMISE, clause.text)) {
        ABOUT_CHANGES.lastIndex = 0;
        if (negatedBefore(clause.text, m.start, 20) || !ABOUT_CHANGES.test(clause.text)) continue;
        changePromises.push({ block: ctx.block.id, clause, at: m.start });
        break;
      }
      for (const m of matchesOf(TREATED_AS_NON_PERSONAL, clause.text)) {
        const types = NON_PERSONAL_KINDS.filter((k) => k.cue.test(m.match[0])).map((k) => k.type);
        if (types.length > 0) nonPersonal.push({ block: ctx.block.id, clause, at: m.start, types });
        break;
      }
      for (const m of matchesOf(SHARE_ONLY_WITH_CONSENT, clause.text)) {
        promises.push({ block: ctx.block.id, clause, at: m.start });
        break;
      }
      for (const m of matchesOf(DISCLOSE_WITHOUT_CONSENT, clause.text)) {
        if (negatedBefore(clause.text, m.start, 40) || /(?:not|never)\s*(?:\w{1,60}(?:\s+\w{1,60})?\s*)?(?:share|disclose)/i.test(clause.text)) continue;
        exceptions.push({ block: ctx.block.id, clause, at: m.start });
        break;
      }
      for (const m of matchesOf(LINK_IDENTITY, clause.text)) {
        (negatedBefore(clause.text, m.start, 30) ? noLinks : links).push({ block: ctx.block.id, clause, at: m.start });
        break;
      }
    }
  }
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  const add = (a: Hit, b: Hit, why: string) => {
    // A pair is unordered: the earlier block is `a`.
    const [first, second] = a.block <= b.block ? [a.block, b.block] : [b.block, a.block];
    const key = `${first}-${second}`;
    if (seen.has(key) || (a.block === b.block && a.clause.start + a.at === b.clause.start + b.at)) return;
    seen.add(key);
    out.push({ a: first, b: second, why });
  };
  const promise = promises[0];
  if (promise) {
    for (const e of exceptions) {
      add(promise, e, `Block ${promise.block} promises to share data only with your consent ("${short(promise.clause.text)}"), while block ${e.block} allows disclosure without it ("${short(e.clause.text)}").`);
    }
  }
  for (const l of links) {
    for (const n of noLinks) {
      add(l, n, `Block ${l.block} says the data may be linked to your identity ("${short(l.clause.text)}"), while block ${n.block} says it is not ("${short(n.clause.text)}").`);
    }
  }
  // 3. The first "at any time" change clause against the first promise made in another block.
  const bound = anyTime[0];
  const promised = bound && changePromises.find((p) => p.block !== bound.block);
  if (bound && promised) {
    add(bound, promised, `Block ${bound.block} lets the policy change at any time ("${short(bound.clause.text)}"), while block ${promised.block} promises to tell you or ask you first ("${short(promised.clause.text)}").`);
  }
  // 4. Data declared non-personal, against the first list of personal information that names it.
  const byId = new Map(contexts.map((c, i) => [c.block.id, i]));
  for (const np of nonPersonal) {
    const listed = np.types
      .flatMap((t) => collected[t] ?? [])
      .filter((id) => id !== np.block && listsPersonalData(contexts, byId.get(id)))
      .sort((a, b) => a - b)[0];
    if (listed === undefined) continue;
    const ctx = contexts[byId.get(listed)!];
    add({ block: listed, clause: ctx.clauses[0] ?? { start: 0, end: 0, text: '' }, at: 0 }, np, `Block ${listed} lists this data among the personal information collected ("${short(ctx.text)}"), while block ${np.block} treats it as non-personal ("${short(np.clause.text)}").`);
    break;
  }
  out.sort((x, y) => x.a - y.a || x.b - y.b);
  return out;
}

/**
 * The block at `at` speaks of personal information itself, or is an item of a list whose lead-in
 * (a sentence ending in a colon, a few blocks up, before any heading) does.
 */
function listsPersonalData(contexts: BlockContext[], at: number | undefined): boolean {
  if (at === undefined) return false;
  if (PERSONAL_DATA.test(contexts[at].text)) return true;
  for (let i = at - 1; i >= 0 && i >= at - 10; i--) {
    const ctx = contexts[i];
    if (ctx.block.kind === 'heading') return false;
    if (/:\s*$/.test(ctx.text) && PERSONAL_DATA.test(ctx.text)) return true;
  }
  return false;
}

function short(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
