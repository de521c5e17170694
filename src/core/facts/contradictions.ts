import type { BlockContext } from './context';
import { loose, matchesOf, negatedBefore, type Clause } from './text';

/**
 * Pairs of statements that cannot both hold. Only two well-defined shapes are attempted, because
 * a wrong "contradiction" is worse than none:
 *  1. a promise to share only with consent ("we will only share ... according to your authorization",
 *     "we will not disclose ... without your consent") against a clause that allows disclosure
 *     "without your consent" / "without your approval";
 *  2. "we may link/connect this information with your identity" against "we do not link ... to
 *     your identity".
 */

export interface Contradiction {
  a: number;
  b: number;
  why: string;
}

const CONSENT_WORDS = '(?:consent|authori[sz]ation|approval|permission)';
const SHARE_ONLY_WITH_CONSENT = loose(
  `(?:only|solely) (?:\\w+ ){0,3}(?:share|disclose)[^.;]{0,80}(?:according to|with|upon|based on) your (?:\\w+ )?${CONSENT_WORDS}|(?:not|never) (?:\\w+ ){0,2}(?:share|disclose)[^.;]{0,80}without your (?:\\w+ )?${CONSENT_WORDS}|with your ${CONSENT_WORDS},? we (?:will|may) (?:share|disclose)`,
);
const DISCLOSE_WITHOUT_CONSENT = loose(`(?:disclos|shar)[a-z]*[^.;]{0,80}without (?:your |further |prior |their )*${CONSENT_WORDS}`);
const LINK_IDENTITY = loose('(?:connect|link|associate|combine)[a-z]* (?:this |such |that |the )?(?:information|data)[^.;]{0,30}(?:with|to) (?:your )?identity');

interface Hit {
  block: number;
  clause: Clause;
  at: number;
}

export function extractContradictions(contexts: BlockContext[]): Contradiction[] {
  const promises: Hit[] = [];
  const exceptions: Hit[] = [];
  const links: Hit[] = [];
  const noLinks: Hit[] = [];
  for (const ctx of contexts) {
    for (const clause of ctx.clauses) {
      for (const m of matchesOf(SHARE_ONLY_WITH_CONSENT, clause.text)) {
        promises.push({ block: ctx.block.id, clause, at: m.start });
        break;
      }
      for (const m of matchesOf(DISCLOSE_WITHOUT_CONSENT, clause.text)) {
        if (negatedBefore(clause.text, m.start, 40) || /(?:not|never)\s*(?:\w+\s*){0,2}(?:share|disclose)/i.test(clause.text)) continue;
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
    const key = `${a.block}-${b.block}`;
    if (seen.has(key) || (a.block === b.block && a.clause.start + a.at === b.clause.start + b.at)) return;
    seen.add(key);
    out.push({ a: a.block, b: b.block, why });
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
  return out;
}

function short(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
