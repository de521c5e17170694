import type { BlockContext } from './context';
import type { RedFlag } from './schema';
import { loose, matchesOf, negatedBefore, primed, type Clause } from './text';

/**
 * User-unfriendly clauses, each with the sentence that says it. Rules are data: a flag, a pattern,
 * and an optional check on the matched sentence (e.g. that a disclosure "without your consent" is
 * not a promise "we will not disclose ... without your consent").
 */

interface FlagRule {
  flag: string;
  /** A cheap test every match of `pattern` passes (a word it always contains): most sentences fail it at once. */
  cue: RegExp;
  pattern: RegExp;
  /** Reject a match: receives the sentence and the match offset within it. */
  reject?: (sentence: string, at: number) => boolean;
}

const negated = (s: string, at: number) => negatedBefore(s, at, 40);
const WITHOUT_NOTICE = /without\s*(?:prior\s*|any\s*|further\s*|advance\s*)?(?:notice|notif)/i;

/** The user (or a parent) is the one who refuses: a right, not the company turning requests down. */
const USER_REFUSES = /(?:you|users?|guardians?|parents?)\s+(?:may|can|have\s+the\s+right\s+to)\s+(?:reject|refuse|decline)|refuse\s+to\s+provide/i;

/**
 * A statutory right named in a list of rights ("Right to opt out of the sale or sharing of personal
 * information and of targeted advertising") says what the law grants, not that the company targets ads.
 */
const NAMES_A_RIGHT = /right (?:to|of) (?:opt[- ]?out|object|limit|say no)[^.;]{0,110}$/i;

/**
 * "Your preferences can be changed at any time", "you may update your choices at any time": the user
 * changes their own settings, not the company its policy ("We may amend this notice at any time" still flags).
 */
function userChangesSettings(lead: string): boolean {
  if (/polic(?:y|ies)|notice|statement|terms/i.test(lead)) return false;
  return /(?:preferences?|settings?|choices?|permissions?|consents?|password|profile|subscriptions?|selections?|options)(?:\s+\w+){0,4}\s*$/i.test(lead) || /(?<![a-z])(?:you|users?)\s+(?:can|may|are able to|have the right to)(?:\s+\w+){0,4}\s*$/i.test(lead);
}

/**
 * A sentence that takes back the list before it ("Opt out of targeted advertising and sale. We do none
 * of these.", "… profiling. We don't engage in any of these activities."): what the list names is not done.
 */
const DENIES_WHAT_PRECEDES = /^\W*(?:\w+,\s*)?(?:(?:we|the company|[A-Z]\w+)\s+(?:do|does|did)\s+(?:none|not (?:do |engage in |carry out |perform )?(?:any|either))\s+of\s+(?:these|this|them|those|the above)|(?:we|the company)\s+(?:do not|does not|don['’]t|never)\s+(?:do|engage in|carry out|perform)\s+(?:any of )?(?:these|this|those|such)(?:\s+(?:activities|practices|things))?(?![a-z])|none of (?:these|this|the above) (?:applies|apply|happens?|takes place)|neither (?:of (?:these|them) )?(?:applies|happens))/i;

export const FLAG_RULES: FlagRule[] = [
  { flag: 'fee_for_requests', cue: /fee/i, pattern: loose('(?:charge|charging|collect)[a-z]{0,30} (?:you )?(?:a |an )?(?:(?:reasonable|certain|administrative|small|nominal|modest|cost-based|processing|handling)(?:,? and|,)? ){0,3}(?:amount of )?fees?|fees? (?:will|may|shall|might) (?:be )?(?:charged|apply)|(?:subject to|for) a (?:reasonable )?fee'), reject: (s, at) => (negated(s, at) && !/however|but/i.test(s.slice(0, at))) || /fees? for (?:\w+ )?(?:products|services|subscriptions|features|purchases)/i.test(s) },
  { flag: 'may_refuse_requests', cue: /reject|refus|declin|deny|respond/i, pattern: loose('(?:reject|refuse|decline|deny|not respond to)[a-z]{0,30} (?:to (?:process|respond to|comply with|act on|honou?r|fulfill?) )?(?:your |such |the |any |these |a )?(?:\\w{1,60}(?:\\s+\\w{1,60})? )?requests?|right to refuse|(?:may|might) not (?:be able to )?respond to your request'), // "If we deny your request, you can appeal": the appeal the state laws require, not a power to refuse.
    reject: (s, at) => USER_REFUSES.test(s.slice(Math.max(0, at - 40), at + 40)) || /(?<![a-z])if (?:we|the company) (?:deny|denies|reject|rejects|refuse|refuses|decline|declines)[^.;]{0,80}appeal/i.test(s) },
  { flag: 'backup_retention_after_deletion', cue: /backup/i, pattern: loose('backup[^.;]{0,120}(?:not (?:be )?(?:able to )?(?:immediately )?(?:delet|remov|eras)|remain|retain|until)|(?:remain|retain|kept|stored)[^.;]{0,60}backup|(?:not (?:be able to )?(?:immediately )?(?:delete|remove))[^.;]{0,100}backup') },
  { flag: 'weak_protection_countries', cue: /law|protect|safeguard|legal\s*requirements|stringent|comprehensive/i, pattern: loose('(?:may|might|do|does) (?:or may )?not (?:have|provide|offer)[^.;]{0,60}(?:laws?|protection|safeguards)|(?:laws?|protections?|legal requirements)[^.;]{0,80}(?:may|might) (?:not|or may not) be (?:the same|equivalent|as (?:protective|comprehensive)|similar)|(?:less|not as) (?:protective|stringent|comprehensive)[^.;]{0,40}(?:than|as) (?:those|the laws)|may or may not have (?:data protection )?laws') },
  { flag: 'ad_targeting', cue: /advertis|ads|retarget|cross-context/i, pattern: loose('(?:target(?:ed|ing)?|interest-based|personali[sz]ed|behaviou?ral|tailored|customi[sz]ed|relevant) (?:\\w{1,60} )?(?:advertis|ads(?![a-z]))|retarget|targeting of[^.;]{0,40}ads|advertis(?:ing|ements)[^.;]{0,30}(?:designed|tailored|targeted) (?:only )?(?:for|to) you|cross-context behavio'), reject: (s, at) => negated(s, at) || NAMES_A_RIGHT.test(s.slice(Math.max(0, at - 120), at)) },
  { flag: 'data_linked_to_identity', cue: /identity|personal|real\s*name/i, pattern: loose('(?:connect|link|associate|combine|match)[a-z]{0,30} (?:this |such |that |the |your )?(?:information|data)[^.;]{0,30}(?:with|to) (?:your )?(?:identity|personal(?:ly identifiable)? information|real name)'), reject: (s, at) => negated(s, at) },
  // A disclaimer only for data the user sends "through insecure means" is about the user's channel.
  { flag: 'no_security_guarantee', cue: /guarantee|ensure|promise|warrant|secure|safe/i, pattern: loose("(?:cannot|can['’]t|can not|do not|does not|unable to|not able to) (?:fully |completely |absolutely )?(?:guarantee|ensure|promise|warrant)[^.;]{0,60}(?:secur|safe|integrity|protect)|no (?:method|system|transmission|data transmission|security measures?)[^.;]{0,80}(?:100%|completely|perfectly|fully|guaranteed) (?:secure|safe)"), reject: (s) => /(?:insecure|unsecured?|unencrypted) (?:means|channels?|networks?|connections?)/i.test(s) },
  { flag: 'keeps_prior_versions', cue: /prior|previous|old|earlier|original/i, pattern: loose('(?:keep|retain|maintain|store)[a-z]{0,30} (?:a )?(?:copy|copies|record) of (?:the |your )?(?:prior|previous|old|earlier|original) (?:version|information|data)') },
  // Named by the verb the policy uses: "disclose ... without your consent" and "share ... without your approval".
  { flag: 'disclosure_without_consent', cue: /without/i, pattern: loose('(?:disclos|transfer|provid)[a-z]{0,30}[^.;]{0,80}without (?:your |further |prior |their )*(?:consent|approval|authori[sz]ation|permission)'), reject: (s, at) => negated(s, at) || /(?:not|never)[^.;]{0,40}(?:disclos|shar|transfer|provid)[a-z]{0,30}[^.;]{0,80}without/i.test(s) },
  { flag: 'sharing_without_approval', cue: /without/i, pattern: loose('shar(?:e|ed|es|ing)(?![a-z])[^.;]{0,40}(?:information|data)[^.;]{0,60}without (?:your |further |prior |their )*(?:consent|approval|authori[sz]ation|permission)'), reject: (s, at) => negated(s, at) || /(?:not|never)[^.;]{0,40}shar[a-z]*[^.;]{0,80}without/i.test(s) },
  { flag: 'collection_without_consent', cue: /need|without/i, pattern: loose('(?:do not|does not|don[’\']t) need (?:your |to obtain your )?(?:authori[sz]ation|consent|permission)|collect[a-z]*(?:,? (?:and|or) use)?[^.;]{0,40}without (?:your |further |prior )*(?:consent|authori[sz]ation|permission)'), reject: (s, at) => /(?:not|never) (?:\w+ )?collect[^.;]{0,40}without/i.test(s) && !/need/i.test(s.slice(at, at + 20)) },
  { flag: 'no_compliance_guarantee', cue: /compl/i, pattern: loose('(?:do not|does not|cannot|can not|make no) (?:\\w{1,60} or )?(?:guarantee|warrant|represent|promise)[a-z]{0,30} (?:that )?(?:this|our) (?:privacy )?(?:policy|practices|notice) compl') },
  { flag: 'vague_retention', cue: /always|indefinitely|permanently|forever|as\s*long\s*as\s*we/i, pattern: loose('(?:always|indefinitely|permanently) (?:retain|keep|store)|(?:retain|keep|store)[a-z]{0,6} (?:\\w+\\s+){0,4}(?:indefinitely|permanently|forever)|as long as we (?:deem|see fit|wish|want)') },
  { flag: 'limited_deletion_right', cue: /following/i, pattern: loose('(?:in|under) the following (?:situations|circumstances|cases),? you (?:can|may) (?:ask|request) (?:us )?(?:to )?(?:delete|erase)') },
  { flag: 'limited_correction', cue: /not\s*be\s*able\s*to/i, pattern: loose('(?:may|might) not be able to (?:modify|change|correct|update|edit)') },
  { flag: 'missing_contact_email', cue: /\[/, pattern: /(?:e-?mail|contact us|write to us|send us)[^.;\[]{0,20}\[\s*\]/gi },
  { flag: 'credit_checks', cue: /credit/i, pattern: loose('credit (?:checks?|reports?|scor(?:e|ing)|history)'), reject: (s, at) => negated(s, at) },
  // "we may change this policy at any time" (a change "without notice" is its own, stronger flag).
  { flag: 'changes_any_time', cue: /any\s*time/i, pattern: loose('(?:chang|modif|updat|revis|amend)[a-z]{0,30}(?: (?:to )?(?:this|the|our)?(?: \\w{1,60}(?:\\s+\\w{1,60}){0,2})? (?:privacy )?(?:policy|notice|statement|terms))?(?: (?:we|that we) (?:may|might|can) (?:make|introduce))? (?:from time to time )?at any time'), reject: (s, at) => WITHOUT_NOTICE.test(s) || /notif|give (?:you )?notice|inform you|let you know/i.test(s) || userChangesSettings(s.slice(0, at)) },
  // Another document wins over this policy when they disagree.
  { flag: 'user_agreement_prevails', cue: /prevail|govern|control|precedence/i, pattern: loose('(?:user agreement|terms of (?:use|service)|(?:such|the|that|other) agreement)[^.;]{0,40}(?:shall|will|should) (?:prevail|govern|control|take precedence)') },
  // Data about people other than the user (contacts, invitees, family) is collected too.
  { flag: 'third_party_personal_data', cue: /people|persons|individuals|contacts|friends|recipients/i, pattern: loose('collect[a-z]{0,30}[^.;]{0,40}(?:information|data) (?:which is |that is )?(?:relevant to|about|of|regarding|relating to|related to) (?:the )?(?:above-mentioned |aforementioned |these |those |other )(?:people|persons|individuals|contacts|friends|recipients)') },
  // "free of charge as long as it does not need too much input": requests may cost otherwise.
  { flag: 'fee_for_requests', cue: /free\s*of\s*charge/i, pattern: loose('(?:as long as|provided that|so long as)[^.;]{0,160}free of charge|free of charge[^.;]{0,20}(?:as long as|provided that|unless|except)') },
  // Rights under the policy can be cut by a mere notice or announcement.
  { flag: 'rights_reduction_by_notice', cue: /rights/i, pattern: loose('(?:not|never) (?:rescind|reduce|limit|diminish|restrict|curtail)[a-z]{0,30} (?:the |your )?rights[^.;]{0,80}(?:unless|except|without) (?:we )?(?:send|give|post|notif|provid|make|publish|announc)') },
  { flag: 'no_liability_for_breach', cue: /responsible|liable/i, pattern: loose('(?:not|cannot be held|will not be held|are not) (?:be )?(?:held )?(?:responsible|liable) for[^.;]{0,80}(?:secur|breach|lapses|omissions|unauthori|loss|access)') },
];
// Every cue runs on every clause: primed like the patterns (text.ts, PRIMING_SAMPLE).
for (const rule of FLAG_RULES) primed(rule.cue);

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
  // One entry per kind, with the first sentence that says it: a summary names each problem once
  // (the page highlights show every place); the same clause repeated in a GDPR section is not news.
  const push = (flag: string, quote: string, index: number) => {
    if (!quote || seen.has(flag)) return;
    seen.add(flag);
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
        if (!rule.cue.test(clause.text)) continue;
        for (const m of matchesOf(rule.pattern, clause.text)) {
          if (rule.reject?.(clause.text, m.start)) continue;
          if (DENIES_WHAT_PRECEDES.test(ctx.text.slice(clause.end, clause.end + 120))) continue;
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
