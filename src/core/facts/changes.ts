import { CHANGE_NOTICES } from './schema';
import type { BlockContext } from './context';
import type { FactSpan } from './schema';
import { loose, matchesOf, type Clause } from './text';

/**
 * Policy changes (`change_notice`) and consent by mere use (`consent_by_use`).
 * change_notice, strongest first: changes "without notice" → none_without_notice; a promise to
 * tell users directly (e-mail, push, in-app, "notify you") → direct_notice_for_material; only
 * posting the new version → posted_only; no statement → unstated.
 * Telling users where they already look counts as direct notice: "significant updates will be shown on
 * your dashboard before they apply", "changes are announced in the app" → direct_notice_for_material;
 * "the new version is announced on this page" stays posted_only.
 */

export type ChangeNotice = (typeof CHANGE_NOTICES)[number];

const CHANGE_CUE = loose('(?:change|modif|updat|revis|amend)[a-z]{0,30} (?:to )?(?:this|the|our)?(?: \\w{1,60}(?:\\s+\\w{1,60}){0,2})? (?:privacy )?(?:policy|notice|statement)|(?:policy|notice|statement)(?: \\w{1,60}(?:\\s+\\w{1,60}){0,2})? (?:may|will|can) be (?:changed|modified|updated|revised|amended)|(?:material|major|significant) changes?|(?:privacy )?(?:policy|notice) (?:is|was) (?:updated|changed)|updated (?:version|policy)|rescind the rights');
const WITHOUT_NOTICE = loose('without (?:prior |any |further |advance )?(?:notice|notif|informing|telling)');
const DIRECT = loose('notify you|notif(?:y|ication) (?:to )?(?:you|users)|inform you|send (?:you )?(?:a )?notice|(?:by|via) (?:e-?mail|push|pop-?up|sms|text message|in-app|a notice in)|e-?mail (?:you|notification)|contact you|prominent notice|(?:seek|ask for|obtain) your (?:consent|agreement)|let you know|(?:announced|shown|displayed|communicated|flagged|highlighted|notified)(?: to (?:you|users))?[^.;]{0,30}? (?:on (?:the |your )?(?:\\w+ )?(?:home ?screen|start screen|dashboard|device)|in(?:side)? (?:the |our )?(?:app|application|product)|(?:by|via|through) (?:an? )?(?:e-?mail|in-app (?:message|notice|banner)|notification|push))');
const POSTED = loose('post(?:ed|ing)?|publish(?:ed|ing)?|publication|(?:on|at) (?:this|our) (?:page|website|site)|public announcement|update the (?:"?last updated"?|effective) date|revision date|check (?:this|our|the) (?:page|website|policy)');
const CONSENT_BY_USE = loose(
  "by (?:continuing to )?(?:using|use|accessing|access|visiting|visit|browsing|browse|downloading|installing|registering|submitting)[^.;]{0,160}?(?:you (?:are )?(?:explicitly |hereby |expressly )?(?:agree|consent|accept|acknowledge|give|authori[sz]e|have read)|signif|indicat|constitut|deem)|(?:continued|continuing|continue to) (?:use|using|access|browse)[^.;]{0,160}?(?:constitut|deem|signif|mean|indicat|acceptance|agree|consent)|you hereby (?:agree|consent|accept)|(?:your )?use of (?:the|our|this) (?:\\w+ )?(?:services?|site|website|products?|app)[^.;]{0,60}(?:constitutes|signifies|means|indicates|is deemed) (?:your )?(?:acceptance|agreement|consent)|deemed (?:your )?(?:acknowledg\\w* and )?(?:acceptance|consent|agreement)",
);

export interface ChangeResult {
  change_notice: ChangeNotice;
  quote?: string;
  evidence: number[];
  spans: FactSpan[];
  consentByUse: Array<{ block: number; clause: Clause; sharing: boolean; cookies: boolean }>;
}

export function extractChanges(contexts: BlockContext[]): ChangeResult {
  let best: { rank: number; notice: ChangeNotice; quote: Clause; block: number } | null = null;
  const evidence = new Set<number>();
  const spans: FactSpan[] = [];
  const consentByUse: ChangeResult['consentByUse'] = [];
  for (const ctx of contexts) {
    const changeFrame = /change|updat|revis|modif|amend/i.test(ctx.frame) || ctx.categories.has('change');
    for (const clause of ctx.clauses) {
      for (const m of matchesOf(CONSENT_BY_USE, clause.text)) {
        // "by using ... you consent" limited to an opt-in action ("by clicking accept") is real consent.
        if (/by (?:clicking|checking|ticking|selecting)/i.test(clause.text.slice(Math.max(0, m.start - 5), m.end))) continue;
        consentByUse.push({
          block: ctx.block.id,
          clause: { start: clause.start + m.start, end: clause.start + m.end, text: m.match[0] },
          sharing: /^by /i.test(m.match[0]) && /shar\w* (?:\w+ ){0,4}with|third[- ]?part/i.test(clause.text),
          cookies: /cookie/i.test(clause.text),
        });
        break;
      }
      const about = matchesOf(CHANGE_CUE, clause.text);
      if (about.length === 0 && !(changeFrame && /chang|updat|modif|revis|amend/i.test(clause.text))) continue;
      const has = (re: RegExp) => {
        re.lastIndex = 0;
        return re.test(clause.text);
      };
      let notice: ChangeNotice | null = null;
      if (has(WITHOUT_NOTICE)) notice = 'none_without_notice';
      else if (has(DIRECT)) notice = 'direct_notice_for_material';
      else if (has(POSTED)) notice = 'posted_only';
      if (!notice) {
        // "including any changes we may make at any time": says how changes bind, not how users are told.
        if (/at any time/i.test(clause.text) && about.length + Number(changeFrame) > 0) evidence.add(ctx.block.id);
        continue;
      }
      evidence.add(ctx.block.id);
      spans.push({ field: 'change_notice', value: notice, block: ctx.block.id, start: clause.start, end: clause.end });
      const rank = notice === 'none_without_notice' ? 3 : notice === 'direct_notice_for_material' ? 2 : 1;
      if (!best || rank > best.rank) best = { rank, notice, quote: clause, block: ctx.block.id };
    }
  }
  if (!best) return { change_notice: 'unstated', evidence: [], spans, consentByUse };
  const quote = quoteOf(best.quote, best.notice);
  return { change_notice: best.notice, quote, evidence: [...evidence].sort((a, b) => a - b), spans, consentByUse };
}

/**
 * The part of the sentence that carries the notice: for "X reserves the right to change ...,
 * without prior notice to you, and ..." the clause up to the end of the notice phrase.
 */
function quoteOf(clause: Clause, notice: ChangeNotice): string {
  let text = clause.text.replace(/^(?:[•·▪●◦\-*]\s*|\(?\d{1,2}[.)]\s*)+/, '');
  if (notice === 'none_without_notice') {
    WITHOUT_NOTICE.lastIndex = 0;
    const m = WITHOUT_NOTICE.exec(text);
    if (m) {
      const after = text.slice(m.index + m[0].length);
      const stop = after.search(/[,;.]/);
      text = text.slice(0, m.index + m[0].length + (stop >= 0 ? stop : after.length));
    }
  }
  return text.replace(/[\s,;:]+$/, '');
}
