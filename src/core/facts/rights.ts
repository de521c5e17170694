import type { Right } from './schema';
import { offTopic, type BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, negatedBefore } from './text';

/**
 * What the user can do about their data. A right counts where a clause grants or describes it
 * ("you have the right to", "you can", "you may request", "by contacting us", "California residents
 * may", a bullet under "the following rights") and is not denied ("you cannot delete").
 *
 * The modern privacy laws' rights map onto the vocabulary as follows:
 *  - CCPA "right to know" ("request that we disclose the categories / specific pieces"), GDPR and
 *    LGPD "confirmation of processing" → access; PIPEDA "challenge its accuracy" → correction;
 *    Quebec Law 25 de-indexing / "cease dissemination" → deletion; "structured, commonly used
 *    format" → portability; "limit the use of sensitive personal information" → restrict.
 *  - Opting out of targeted / interest-based / cross-context behavioural advertising → opt_out_marketing
 *    (ads are marketing, and OPP-115 files ad-network opt-outs as the same choice as marketing opt-outs).
 *  - Opting out of the sale or sharing of data, of processing as such, of tracking, "direct us not to
 *    sell" → object: the user objects to one use of the data, which is not marketing.
 *  - Opting out of profiling, decisions "based solely/exclusively on automated processing" → automated_decision.
 *  - Appeals, non-discrimination and authorised agents have no value in the vocabulary: not rights here.
 */

const rx = (s: string) => loose(s);

export const RIGHT_TERMS: Array<{ value: Right; pattern: RegExp }> = [
  { value: 'access', pattern: rx('right (?:of|to) access|(?<![a-z])access(?:ing)? (?:to )?(?:and(?:/or)? (?:\\w+ )?)?(?:or (?:\\w+ )?)?(?:your |any |the |some |of )?(?:personal |user )?(?:information|data)|(?<![a-z])access (?:it|them|(?:such|this|that|these) (?:personal )?(?:information|data))(?![a-z])|right to know|(?:disclose|provide|give|send)(?: to (?:you|them))? (?:the )?(?:categories|specific pieces)|specific pieces of (?:personal )?(?:information|data)|confirm(?:ation)?(?: of)? (?:whether|the existence)|(?:review|view|see|obtain|request|receive|get)(?:ing)? (?:a copy of |access to )?(?:your |the |any )?(?:personal )?(?:information|data)|(?:a )?copy of your (?:personal )?(?:information|data)|whether we hold|request access|access (?:and|or|,) (?:update|correct|modify|edit|delete)|(?:access|view) (?:some )?information on your account|access and update|access, rectification|(?:accessed|access) and changed') },
  { value: 'correction', pattern: rx('correct(?:ion|ed|ing)?(?![a-z]ly)|rectif|(?:update|amend|edit|modify|change|supplement)(?:ing)? (?:\\w+ )?(?:your |the |any )?(?:personal )?(?:information|data|details|profile)|incorrect or incomplete|challenge (?:the |its |their )?accuracy|have (?:it|them) (?:amended|corrected|rectified|updated)|(?:accessed|access) and changed|access and update|(?:update|amend|edit|modify) (?:your|it)(?! (?:browser|cookie|device|settings?|mind|decision|choice))|to update(?:,| your)') },
  { value: 'deletion', pattern: rx('(?<![a-z])delet(?:e|ion|ing)(?! (?:it|them) from your storage)(?! cookies)|(?<![a-z])eras(?:e|ure)|remov(?:e|al)(?: of)? (?:your |the |part of )?(?:personal )?(?:information|data|account)|right to be forgotten|removal request|de-?index|cease (?:disseminating|dissemination|to disseminate)') },
  { value: 'portability', pattern: rx('portab|(?:transfer|transmit|move) (?:your )?(?:personal )?(?:information|data) to (?:another|a third)|export (?:your )?(?:personal )?(?:information|data)|machine-readable|(?:transfer|transmit|move|port)(?:ted)? (?:it|them) to (?:another|a third|a different)|to another controller|structured,? commonly used|commonly used (?:and machine-readable |technological |electronic )?format') },
  { value: 'restrict', pattern: rx('restrict(?:ion)? (?:of |the |its |their )?(?:processing|collection|use)|right to restrict|restrict the collection|restrict (?:how|the way) (?:we )?(?:use|process|handle)|limit (?:the |our |its )?(?:use|processing|collection|disclosure|data)') },
  // The US state laws' opt-outs of selling and sharing (and of processing as such) are objections to
  // one use of the data; opt-outs of advertising are opt_out_marketing.
  { value: 'object', pattern: rx("right to object|^\\W*object to (?:or|and) (?:to )?(?:restrict|limit)|(?:opportunity|chance|option) to object(?![a-z])|(?:request|ask) that (?:[\\w'’ ]{1,40}? )?(?:be )?withh[eo]ld|object to (?:the |our |any |that |this |such |certain )?(?:\\w+ )?(?:processing|use|direct marketing|profiling)|opt[- ]?out of (?:the |any |our |us |such |future )?(?:sale|sell|selling|sharing|share|disclosure|processing|use|tracking)(?![a-z])|opt[- ]?out of having|(?:direct|instruct|request|ask|tell)(?:s|ing)? (?:that )?(?:us|the business|businesses|a business|we) (?:to )?not (?:to )?(?:sell|share)") },
  { value: 'withdraw_consent', pattern: rx('withdraw(?:al of)? (?:your |any |the |this |it)?(?:\\w{1,60} )?(?:consent|authori[sz]ation)|withdraw it|revo(?:ke|cation of) (?:your |the )?(?:consent|licen[sc]e|authori[sz]ation)|change your (?:mind|decision)|reset your authori[sz]ation|(?:withdraw|revoke) consent|consent withdrawal|consent (?:\\w+ ){0,3}(?:can|may) (?:\\w+ ){0,3}be (?:withdrawn|revoked)|(?:consent|authori[sz]ation|permission)[^.;]{0,80}(?:withdraw|revoke) (?:it|them)(?![a-z])') },
  { value: 'opt_out_marketing', pattern: rx('object (?:at any time )?to (?:the )?(?:processing|use)(?: of [^.;]{0,40}?)? for (?:the purposes? of )?direct marketing|opt[- ]?out of (?:receiving )?(?:these |such |our |any |all |future )?(?:marketing|promotional|direct|commercial|e-?mails?|newsletters?|communications?)|unsubscrib|(?:customer )?communication preferences|no longer wish to receive|(?:turn|switch) (?:them |these |it )?off (?:at the device level)?|stop receiving|(?:wish|want|prefer) (?:to )?no longer (?:to )?receive|stop (?:the )?(?:delivery|sending|receipt) of (?:\\w+ )?(?:e-?mails?|messages|communications|newsletters)|marketing (?:e-?mails?|communications?) (?:preferences|by)|email marketing preferences|opt[- ]?out link|(?:request|ask|direct|tell|instruct) (?:that )?(?:us|we) (?:to )?not (?:to )?use [^.;]{0,60}?(?:advertising|ads|marketing)|opt[- ]?out[^.;]{0,80}?(?:(?:targeted|interest[- ]based|personali[sz]ed|behaviou?ral|tailored|third[- ]party|online|cross-context) (?:advertising|ads)(?![a-z])|(?:marketing|promotional) (?:purposes|communications|e-?mails|messages|materials|offers))|(?:targeted|interest[- ]based|personali[sz]ed|behaviou?ral) (?:advertising|ads)[^.;]{0,40}?opt[- ]?out') },
  { value: 'opt_out_location', pattern: rx('(?:opt[- ]?out of|disable|turn off|switch off|close|stop|change|modify|deny|revoke)[^.;]{0,40}location|location[^.;]{0,40}(?:disable|turn(?:ed)? off|settings?|permission|opt[- ]?out|access function)|positioning (?:method|server)') },
  { value: 'cookie_control', pattern: rx('(?:block|disable|reject|refuse|delete|remove|manage|control|decline|limit|accept)(?:ing)? (?:or (?:\\w+ )?)?(?:the |our |all |these |third-party |flash )?cookies|cookies?[^.;]{0,60}(?:browser|settings|preferences|opt[- ]?out)|browser[^.;]{0,80}cookies|manage flash cookies|cookie (?:settings|preferences|acceptance)') },
  { value: 'account_closure', pattern: rx('(?:close|cancel|delete|deactivate|terminate|remove)(?:ing|ling)? (?:your |the |my )?(?:previously registered |personal |user )?account|account (?:deletion|closure|cancell?ation)') },
  { value: 'complaint_authority', pattern: rx('(?:lodge|file|make|submit) a complaint|supervisory authorit|data protection authorit|right to complain|complain (?:to|with) (?:a |the |your |any )?(?:\\w+ ){0,3}(?:authorit|regulator|commissioner|supervisory)|complaint with (?:a |the )?(?:competent |relevant |local )?(?:\\w+ )?(?:authorit|regulator|commissioner)|complain (?:to|with) (?:your |the |a )?(?:state )?attorney general') },
  { value: 'automated_decision', pattern: rx('automated (?:individual )?decision|(?:request|ask for|obtain|seek) (?:a )?(?:human )?review of (?:that|the|this|such|an?) (?:automated )?(?:decision|assessment)|profiling|(?:solely|exclusively|wholly|only) on automated (?:processing|means)') },
];

/** The user is the one who acts: "you can", "you have the right", "upon request", "by contacting us". */
const GRANT = rx(
  "(?<![a-z])you(?:r)?(?![a-z])|(?<![a-z])users?(?![a-z])|(?<![a-z])(?:residents|consumers|data subjects|visitors?|customers?|members?)(?![a-z])|right|opt[- ]?out|unsubscrib|upon (?:your )?request|request|by (?:contacting|clicking|visiting|sending|writing)|may be (?:accessed|changed)|guardians|(?:open|close|sign|log) (?:in|out|or)|(?<![a-z])(?:amend|modify|update|withdraw|cancel|delete)(?![a-z])|^\\W*(?:manage|block|disable|reject|turn off|change) (?:your )?(?:cookies|cookie preferences|cookie settings)|(?:preferences|settings|choices|consent) (?:\\w+ )?(?:can|may) (?:\\w+ )?be (?:changed|updated|adjusted|managed|withdrawn|revoked)",
);
const RIGHTS_FRAME = rx('right|choice|control|access|delet|correct|withdraw|revok|opt[- ]?out|your information|manage|setting|cancel');
const DENIED = rx("(?:can ?not|can['’]t|(?:will|shall|may) not be able to|(?<!if (?:you are|you're|you were) )unable to|(?:do|does) not (?:have|allow|permit)|no right)(?: \\w{1,60}(?:\\s+\\w{1,60}){0,2})? (?:access|delete|correct|update|modify|withdraw|opt|remove|request)");

const MARKETING = /marketing|promotion|offers|newsletter|advertis|commercial|(?<![a-z])ads(?![a-z])/i;
/** "a copy of your data will be provided to you upon your request": the user asks, wherever the phrase stands. */
const ON_REQUEST = /(?:upon|on|at) (?:your |a |the user['’]s )?(?:written )?request(?![a-z])|if you (?:so )?request/i;
/** A sentence that grants a right in so many words. */
const EXPLICIT_GRANT = /(?:ha(?:ve|s)|with) the right to|(?:you|users?|parents?|guardians?) (?:can|may) (?:also )?(?:request|ask)/i;
/**
 * A right that answers a practice the policy says it does not have: "we do not make decisions based
 * solely on automated processing", "no automated decision-making takes place", "we don't engage in
 * profiling". The right not to be subject to such decisions ("you have the right not to be subject to
 * a decision based solely on automated processing") is still granted.
 */
const PRACTICE_DENIED: Partial<Record<Right, RegExp>> = {
  automated_decision: /(?:do|does|will|shall)(?: not|n['’]t) (?:\w+ ){0,2}(?:make|take|carry out|engage in|use|conduct|perform|rely on|subject (?:you|users|anyone))[^.;]{0,100}(?:automated|profiling)|(?<![a-z])no (?:\w+ ){0,2}(?:automated (?:individual )?(?:decision|processing)|profiling)[^.;]{0,60}(?:takes? place|is (?:carried out|used|made|performed)|occurs|happens)|(?<![a-z])never (?:\w+ ){0,2}(?:make|take|use)[^.;]{0,80}automated/i,
};

/** What happens after using a right ("your withdrawal may have legal consequences") mentions it without granting it. */
const CONSEQUENCES = /consequen|will not affect|depending on the extent|may not be able to continue/i;

export function extractRights(contexts: BlockContext[]): ValueCollector<Right> {
  const out = new ValueCollector<Right>('rights');
  for (const ctx of contexts) {
    RIGHTS_FRAME.lastIndex = 0;
    const listFrame = (ctx.block.kind === 'bullet' || ctx.block.kind === 'cell' || ctx.text.length < 200) && RIGHTS_FRAME.test(ctx.frame);
    const weak = offTopic(ctx, ['access', 'choice']);
    for (const clause of ctx.clauses) {
      GRANT.lastIndex = 0;
      if (!GRANT.test(clause.text) && !listFrame) continue;
      DENIED.lastIndex = 0;
      if (DENIED.test(clause.text)) continue;
      for (const { value, pattern } of RIGHT_TERMS) {
        for (const m of matchesOf(pattern, clause.text)) {
          if (negatedBefore(clause.text, m.start, 30)) continue;
          if (!isRightMention(value, clause.text, m.start, ctx)) continue;
          if (PRACTICE_DENIED[value]?.test(clause.text)) continue;
          // "Turn it off" opts out of marketing only where marketing is what is turned off; a
          // feature switched off (location, alerts) is another choice.
          if (value === 'opt_out_marketing' && /^(?:turn|switch)/i.test(m.match[0]) && !MARKETING.test(ctx.text)) continue;
          // "Guardians have the right to ask us to delete a child's data" grants the right wherever it
          // is written: a sentence that says so outright is strong evidence even in another section.
          out.add(value, ctx.block.id, clause.start + m.start, clause.start + m.end, (weak && !EXPLICIT_GRANT.test(clause.text)) || CONSEQUENCES.test(clause.text));
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Some right words also describe what the company does ("we delete data from backups", "we
 * restrict access to staff"). Those need the user as the actor nearby.
 */
function isRightMention(value: Right, clause: string, at: number, ctx: BlockContext): boolean {
  const lead = clause.slice(Math.max(0, at - 90), at);
  // An item of a list under "Your rights" names a right the user has ("• Confirmation of the existence of processing").
  const rightsListItem = (ctx.block.kind === 'bullet' || ctx.block.kind === 'cell') && /(?<![a-z])rights?(?![a-z])/.test(ctx.frame);
  const userActs = rightsListItem || /you|user|request|right|guardian|residents|consumers|data subjects|by (?:clicking|visiting|contacting)|contact(?:ing)? us|(?<![a-z])ask(?:s|ed|ing)? (?:us|[\w ]{1,40}? to)|(?:^|\W)(?:open|close|sign|log)\W/i.test(lead) || /^\W*(?:\d{1,2}[.)]\s*)?(?:(?:the )?right|amend|modify|update|delete|withdraw|open|close|sign|cancel|access|view|correct)/i.test(clause) || ON_REQUEST.test(clause);
  if (value === 'automated_decision' || value === 'complaint_authority' || value === 'portability' || value === 'object') {
    // "the seller may request a review of that decision": whoever is allowed to ask is the data subject.
    return userActs || /rights?/i.test(ctx.frame) || /rights?/i.test(clause) || (value === 'automated_decision' && /(?:may|can|is entitled to|are entitled to)\s+$/i.test(lead));
  }
  if (value === 'deletion' || value === 'correction' || value === 'access' || value === 'restrict') {
    // "we will delete the data" (retention) is not a user right; "ask us to delete" is.
    const companyActs = /(?:^|\W)we (?:will |may |shall )?(?:not )?(?:immediately )?(?:\w+ )?$/i.test(lead.slice(-25));
    // "We will delete your information upon your request" is the right seen from the company's side.
    return userActs && (!companyActs || /request|ask|right|you can have/i.test(lead.slice(-60)) || ON_REQUEST.test(clause));
  }
  return true;
}
