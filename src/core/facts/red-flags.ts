import type { BlockContext } from './context';
import type { RedFlag } from './schema';
import { loose, matchesOf, negatedBefore, type Clause } from './text';

/**
 * User-unfriendly clauses, each with the sentence that says it. Rules are data: a flag, a pattern,
 * and an optional check on the matched sentence (e.g. that a disclosure "without your consent" is
 * not a promise "we will not disclose ... without your consent").
 */

interface FlagRule {
  flag: string;
  pattern: RegExp;
  /** Reject a match: receives the sentence and the match offset within it. */
  reject?: (sentence: string, at: number) => boolean;
}

const negated = (s: string, at: number) => negatedBefore(s, at, 40);

export const FLAG_RULES: FlagRule[] = [
  { flag: 'fee_for_requests', pattern: loose('(?:charge|charging|collect)[a-z]* (?:you )?(?:a |an )?(?:reasonable |certain |administrative |small )?(?:amount of )?fee|fees? (?:will|may|shall|might) (?:be )?(?:charged|apply)|(?:subject to|for) a (?:reasonable )?fee'), reject: (s, at) => negated(s, at) && !/however|but/i.test(s.slice(0, at)) },
  { flag: 'may_refuse_requests', pattern: loose('(?:reject|refuse|decline|deny|not respond to)[a-z]* (?:to (?:process|respond to|comply with) )?(?:your |such |the |any |these )?(?:\\w+ ){0,2}requests?|right to refuse|(?:may|might) not (?:be able to )?respond to your request'), reject: (s, at) => /you (?:may|can|have the right to) (?:reject|refuse|decline)|refuse to provide/i.test(s.slice(Math.max(0, at - 30), at + 40)) },
  { flag: 'backup_retention_after_deletion', pattern: loose('backup[^.;]{0,120}(?:not (?:be )?(?:able to )?(?:immediately )?(?:delet|remov|eras)|remain|retain|until)|(?:remain|retain|kept|stored)[^.;]{0,60}backup|(?:not (?:be able to )?(?:immediately )?(?:delete|remove))[^.;]{0,100}backup') },
  { flag: 'weak_protection_countries', pattern: loose('(?:may|might|do|does) (?:or may )?not (?:have|provide|offer)[^.;]{0,60}(?:laws?|protection|safeguards)|(?:laws?|protections?|legal requirements)[^.;]{0,80}(?:may|might) (?:not|or may not) be (?:the same|equivalent|as (?:protective|comprehensive)|similar)|(?:less|not as) (?:protective|stringent|comprehensive)[^.;]{0,40}(?:than|as) (?:those|the laws)|may or may not have (?:data protection )?laws') },
  { flag: 'ad_targeting', pattern: loose('(?:target(?:ed|ing)?|interest-based|personali[sz]ed|behaviou?ral|tailored|customi[sz]ed|relevant) (?:\\w+ )?(?:advertis|ads(?![a-z]))|retarget|targeting of[^.;]{0,40}ads|advertis(?:ing|ements)[^.;]{0,30}(?:designed|tailored|targeted) (?:only )?(?:for|to) you|cross-context behavio'), reject: (s, at) => negated(s, at) },
  { flag: 'data_linked_to_identity', pattern: loose('(?:connect|link|associate|combine|match)[a-z]* (?:this |such |that |the |your )?(?:information|data)[^.;]{0,30}(?:with|to) (?:your )?(?:identity|personal(?:ly identifiable)? information|real name)'), reject: (s, at) => negated(s, at) },
  { flag: 'no_security_guarantee', pattern: loose("(?:cannot|can['’]t|can not|do not|does not|unable to|not able to) (?:fully |completely |absolutely )?(?:guarantee|ensure|promise|warrant)[^.;]{0,60}(?:secur|safe|integrity|protect)|no (?:method|system|transmission|data transmission|security measures?)[^.;]{0,80}(?:100%|completely|perfectly|fully|guaranteed) (?:secure|safe)") },
  { flag: 'keeps_prior_versions', pattern: loose('(?:keep|retain|maintain|store)[a-z]* (?:a )?(?:copy|copies|record) of (?:the |your )?(?:prior|previous|old|earlier|original) (?:version|information|data)') },
  { flag: 'disclosure_without_consent', pattern: loose('(?:disclos|shar|transfer|provid)[a-z]*[^.;]{0,80}without (?:your |further |prior |their )*(?:consent|approval|authori[sz]ation|permission)'), reject: (s, at) => negated(s, at) || /(?:not|never)[^.;]{0,40}(?:disclos|shar|transfer|provid)[a-z]*[^.;]{0,80}without/i.test(s) },
  { flag: 'collection_without_consent', pattern: loose('(?:do not|does not|don[’\']t) need (?:your |to obtain your )?(?:authori[sz]ation|consent|permission)|collect[a-z]*(?:,? (?:and|or) use)?[^.;]{0,40}without (?:your |further |prior )*(?:consent|authori[sz]ation|permission)'), reject: (s, at) => /(?:not|never) (?:\w+ )?collect[^.;]{0,40}without/i.test(s) && !/need/i.test(s.slice(at, at + 20)) },
  { flag: 'no_compliance_guarantee', pattern: loose('(?:do not|does not|cannot|can not|make no) (?:\\w+ or )?(?:guarantee|warrant|represent|promise)[a-z]* (?:that )?(?:this|our) (?:privacy )?(?:policy|practices|notice) compl') },
  { flag: 'vague_retention', pattern: loose('(?:always|indefinitely|permanently) (?:retain|keep|store)|(?:retain|keep|store)[a-z]* (?:\\w+ ){0,4}(?:indefinitely|permanently|forever)|as long as we (?:deem|see fit|wish|want)') },
  { flag: 'limited_deletion_right', pattern: loose('(?:in|under) the following (?:situations|circumstances|cases),? you (?:can|may) (?:ask|request) (?:us )?(?:to )?(?:delete|erase)') },
  { flag: 'limited_correction', pattern: loose('(?:may|might) not be able to (?:modify|change|correct|update|edit)') },
  { flag: 'missing_contact_email', pattern: /(?:e-?mail|contact us|write to us|send us)[^.;\[]{0,20}\[\s*\]/gi },
  { flag: 'credit_checks', pattern: loose('credit (?:checks?|reports?|scor(?:e|ing)|history)'), reject: (s, at) => negated(s, at) },
  { flag: 'no_liability_for_breach', pattern: loose('(?:not|cannot be held|will not be held|are not) (?:be )?(?:held )?(?:responsible|liable) for[^.;]{0,80}(?:secur|breach|lapses|omissions|unauthori|loss|access)') },
];

export interface FlagInputs {
  changeWithoutNotice?: { block: number; quote: string };
  /** Changes are only posted, users are not told directly. */
  changesPostedOnly?: { block: number; quote: string };
  consentByUse: Array<{ block: number; clause: Clause; sharing: boolean; cookies: boolean }>;
  businessSale: Array<{ block: number; start: number; end: number }>;
}

export function extractRedFlags(contexts: BlockContext[], inputs: FlagInputs): RedFlag[] {
  const flags: RedFlag[] = [];
  const seen = new Set<string>();
  const push = (flag: string, quote: string, index: number) => {
    const key = `${flag}\u0000${index}\u0000${quote}`;
    if (!quote || seen.has(key)) return;
    seen.add(key);
    flags.push({ flag, quote, index });
  };
  const byId = new Map(contexts.map((c) => [c.block.id, c]));

  if (inputs.changeWithoutNotice) push('changes_without_notice', inputs.changeWithoutNotice.quote, inputs.changeWithoutNotice.block);
  if (inputs.changesPostedOnly) push('changes_posted_only', inputs.changesPostedOnly.quote, inputs.changesPostedOnly.block);
  for (const c of inputs.consentByUse) {
    const ctx = byId.get(c.block);
    const sentence = ctx ? sentenceAt(ctx, c.clause.start) : c.clause;
    const flag = c.cookies && !c.sharing ? 'cookie_consent_by_browsing' : c.sharing ? 'sharing_consent_by_use' : 'consent_by_use';
    push(flag, trimQuote(sentence.text), c.block);
  }
  for (const s of inputs.businessSale) {
    const ctx = byId.get(s.block);
    if (ctx) push('business_transfer_sale', trimQuote(sentenceAt(ctx, s.start).text), s.block);
  }
  for (const ctx of contexts) {
    for (const clause of ctx.clauses) {
      for (const rule of FLAG_RULES) {
        for (const m of matchesOf(rule.pattern, clause.text)) {
          if (rule.reject?.(clause.text, m.start)) continue;
          push(rule.flag, trimQuote(clause.text), ctx.block.id);
          break;
        }
      }
    }
  }
  return flags;
}

function sentenceAt(ctx: BlockContext, offset: number): Clause {
  return ctx.clauses.find((c) => offset >= c.start && offset < c.end) ?? { start: 0, end: ctx.text.length, text: ctx.text };
}

/** Drop list markers and the closing punctuation; the result stays a substring of the sentence. */
export function trimQuote(s: string): string {
  return s.replace(/^(?:[•·▪●◦\-*]\s*|\(?\d{1,2}[.)]\s*)+/, '').replace(/[\s.;:,]+$/, '');
}
