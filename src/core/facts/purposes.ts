import type { Purpose } from './schema';
import { noPracticeFound, offTopic, type BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, negatedBefore, primed } from './text';

/**
 * Why data is used. A purpose counts in a clause that states a use ("we use ... to", "in order to",
 * "for the purpose of", a bullet under "We use your information:") and is not denied
 * ("we will not use your data for marketing").
 */

const rx = (s: string) => loose(s);

export const PURPOSE_TERMS: Array<{ value: Purpose; pattern: RegExp }> = [
  { value: 'service_provision', pattern: rx('provid(?:e|ing)(?:(?:,| and| or|/)+ [a-z]+(?![a-z])){0,5} (?:you (?:with )?)?(?:our |the |these |basic |relevant )?(?:\\w{1,60}(?!\\w) ){0,2}(?:services?|products?|features?|functions?|functionality)|deliver(?:ing)? (?:our |the )?(?:services?|products?)|(?:deliver|ship)(?:ing)? (?:your )?(?:orders?|purchases?|products?)|ship(?:ping)? (?:products?|orders?)|process(?:ing)? (?:your )?(?:orders?|transactions?|payments?|purchases?)|fulfil+(?:l|ing)? (?:your )?(?:orders?|requests?|the terms|a contract|obligations)|(?:perform|enter into|complet)(?:ing|e)? (?:into )?(?:a |the )?contract|(?:establish|maintain|manag|creat|administer|set(?:ting)? up)(?:e|ing)? (?:and maintain )?(?:your |customer |user )?(?:\\w+ )?(?:accounts?|billing records)|operat(?:e|ing) (?:our |the )?(?:services?|sites?|website|products?)|administer (?:our )?(?:services?|sites?)|customer (?:support|service)|after-sales|(?:device )?(?:access services|activation|service activation)|(?:find|bind) (?:your )?devices?|location-based services|(?:enable|allow) (?:you to|the application to)|warranty|basic (?:services|functions)|to run on your device|(?:process|handle) your (?:requests?|order)|create (?:your |users )?(?:\\w+ )?account') },
  { value: 'improvement_analytics', pattern: rx('improv(?:e|ing|ement)|develop(?:ing|ment)? (?:of )?(?:our |new )?(?:products?|services?|applications?|features?)|analy[sz](?:e|is|ing|es)|analytics|understand (?:how|the functionality|user)|statistic|measur(?:e|ing) (?:the )?(?:effectiveness|performance|use)|troubleshoot|diagnos|(?:repair|fix) problems|debug|(?:identify|find|repair|fix)(?:ing)? (?:and (?:repair|fix|correct) )?(?:errors|bugs)|better understand|research and development|quality of (?:our )?services?') },
  { value: 'marketing', pattern: rx('marketing|promotion(?:s|al)?|special offers|(?:direct|send you) (?:offers|newsletters?)|offers and promotions|newsletters?|making sales|sales, marketing|lucky draw|competitions?|sweepstakes|contests?') },
  { value: 'advertising', pattern: rx('advertis(?:ing|ements?|e)(?![a-z])(?! campaigns? (?:and|of) (?:our )?products?)|(?<![a-z])ads(?![a-z])|ad campaigns|advertising campaigns|(?<![a-z])ad (?:impressions|measurement|delivery|targeting|performance|personali[sz]ation)') },
  { value: 'personalization', pattern: rx('personali[sz]|customi[sz]|tailor|recommend|(?:best )?suit your (?:requirements|needs|interests)|of interest to you|(?:remember|sav(?:e|ing)|stor(?:e|ing)|based (?:up)?on) (?:your )?(?:language |viewing |shopping )?preferences|enhance your experience|better (?:user |online )?experience|potential interests|relevant (?:content|ads|advertis|recommendations|offers)|designed only for you') },
  { value: 'security_fraud', pattern: rx('fraud|(?:the )?security (?:of|and) (?:our |the )?(?:products?|services?|systems?|accounts?)|safety of our system|secur(?:e|ity|ing) (?:our|the|your) (?:accounts?|systems?|services?|network)|protect(?:ing)? (?:our|the|your) (?:rights|property|safety|users|services?|systems?|accounts?)|prevent(?:ing)? (?:unauthori[sz]ed|abuse|spam|misuse|fraud|crime)|authenticat|(?:verif(?:y|ying|ication of)|identify(?:ing)? and verify) (?:your |the |a )?(?:users?(?:[’\\x27]s)? )?(?:identity|identities|id(?![a-z]))|risk[- ]control|hackers?|(?:ensure|maintain) (?:the )?(?:function and )?security|(?:safe|stable) operation|detect(?:ion)? (?:and (?:prevent|disposal))') },
  { value: 'legal_compliance', pattern: rx('compl(?:y|iance|ying) with (?:applicable |our |relevant |any )?(?:laws?|legal|regulat|obligations|subpoenas)|legal (?:obligations?|requirements?|reasons|process)|legal (?:and|or|,) (?:tax|regulatory|accounting|contractual) (?:obligations?|requirements?)|(?:required|permitted|stipulated|prescribed|mandated) by (?:applicable |relevant )?(?:laws?|regulations)|obligations under (?:the )?(?:applicable |relevant )?(?:laws?|regulations)|export control|filing taxes|law enforcement|national security|(?:criminal )?investigation|judicial|(?:enforce|defend)(?: ourselves| our)? (?:our )?(?:terms|rights|in a legal)|legal action|public (?:safety|health)') },
  { value: 'communication', pattern: rx('contact(?:ing)? you(?![a-z])|communicat(?:e|ing|ions?) (?:with )?(?:you|to you)(?![a-z])|send(?:ing)? you(?![a-z])|push notifications?|notify (?:you|users?|customers?|them|our (?:users|customers))(?![a-z])|notifications?|respond(?:ing)? to (?:your )?(?:inquir|quer|request|questions|comments)|(?:customer )?consultation|exchange with you|(?:email|e-mail) (?:you(?![a-z])|portions)|keep you (?:informed|updated)|update you(?![a-z])|send(?:ing)? (?:you )?(?:product|account|service|transactional|security|administrative)(?: and (?:product|account|service|transactional|security|administrative))? (?:e-?mails?|messages|notices|alerts)') },
  { value: 'research', pattern: rx('research(?! and development)|academic|scientific stud') },
  { value: 'other', pattern: rx('insurance|professional advice|eligibility|manage risks|job applica|recruit|other purposes (?:that |which |to which |for which )?(?:you (?:have )?(?:agree|consent|authori[sz]e)|with your (?:consent|permission))') },
];

/** Longest paragraph read as a list item under a use heading: one or two sentences. */
const SHORT_ITEM_CHARS = 250;

/** A clause stating a use or a purpose. */
const USE_CUE = rx(
  '(?<![a-z])(?:use|uses|used|using|process|processed|processing)(?![a-z])|purposes?|in order to|so (?:that|as to)|(?:help|allow|enable)s? us|for the (?:purpose|development|customi)|(?:will|may|can) (?:be used|help)|(?:will|may|can) (?:bring|give|offer) (?:you|users) (?:a )?(?:better|more|improved)|legitimate (?:business )?interests?|legal bases?|to (?:provide|improve|contact|send|deliver|develop|analy|personali|customi|protect|prevent|comply|ensure|verify|authenticat|communicat|respond|notify|direct|process|manage|understand|recommend|show|display|help|determine|identify)',
);
const USE_FRAME = rx('(?<![a-z])use|purpose|how we|why (?:do )?we|legal bas|legitimate interest');
const DENIED_USE = rx("(?:do|does|will|shall|would)(?: not|n['’]t| never) (?:\\w+ )?(?:use|process|share)|never (?:use|process)");

/**
 * A purpose word can name something else: a kind of data ("your e-mail marketing preferences", "the
 * advertising identifier" are data collected, not uses of it), or what a use works on ("to improve
 * customer service" is improvement; customer service is what gets better, not a service provided).
 */
function namesDataOrObject(value: Purpose, clause: string, start: number, end: number): boolean {
  if (DATA_NOUN_AFTER.test(clause.slice(end, end + 40))) return true;
  return value === 'service_provision' && IMPROVES_BEFORE.test(clause.slice(Math.max(0, start - 40), start));
}
const DATA_NOUN_AFTER = /^[\s-]*(?:(?:communications?|e-?mails?|messages?)\s*)?(?:preferences|settings|choices|identifiers?|ids?|opt[- ]?outs?)(?![a-z])/i;
const IMPROVES_BEFORE = /(?:improv|enhanc|optimi[sz])(?:e|es|ed|ing)?\s+(?:the\s+|our\s+|your\s+)?(?:quality of\s+(?:the\s+|our\s+)?)?$/i;

/**
 * A sentence that names the GDPR's legal bases ("on the following legal bases: consent, contract,
 * legal obligation, legitimate interests") says on what ground data is processed, not why: the
 * names of the bases are not purposes. A purpose it also names ("our legitimate interests in
 * preventing fraud") still counts.
 */
const LEGAL_BASES_CLAUSE = primed(/(?:legal|lawful) (?:bas[ie]s|grounds?)|legal basis/i);
const LEGAL_BASIS_NAME = rx(
  '(?:(?:compliance|comply(?:ing)?) with (?:a |an |our |any )?)?legal (?:obligations?|requirements?)|(?:(?:performance|fulfil+ment) of|necessary (?:for|to perform)) (?:a |the |our )?contract|(?<![a-z])contract(?![a-z])|(?:legitimate|vital|public) interests?|public task|(?<![a-z])consent(?![a-z])',
);

/** Words that may stand beside the names of legal bases in a table cell: "Legitimate interests (Art. 6(1)(f) GDPR)". */
const BASIS_FILLER = /(?<![a-z])(?:and|or|the|our|your|a|an|art|arts|article|articles|gdpr|uk|eu|lgpd|pipeda|basis|bases|legal|lawful|of)(?![a-z])/gi;

/** A clause or table cell made only of legal-basis names ("Consent; legitimate interests", "Legal obligation"). */
function onlyNamesLegalBases(clause: string, basisNames: ReturnType<typeof matchesOf>): boolean {
  if (basisNames.length === 0) return false;
  let rest = clause;
  for (const b of basisNames) rest = rest.slice(0, b.start) + ' '.repeat(b.end - b.start) + rest.slice(b.end);
  return rest.replace(BASIS_FILLER, ' ').replace(/[\W\d_]+/g, '') === '';
}

export function extractPurposes(contexts: BlockContext[]): ValueCollector<Purpose> {
  const out = new ValueCollector<Purpose>('purposes');
  for (const ctx of contexts) {
    USE_FRAME.lastIndex = 0;
    // A short paragraph under "How we use your information" is an item of that list even when the
    // page set it as a paragraph ("Exchange with you about your equipment and queries.").
    const listItem = ctx.block.kind === 'bullet' || ctx.block.kind === 'cell' || ctx.text.length < SHORT_ITEM_CHARS;
    const listFrame = listItem && USE_FRAME.test(ctx.frame);
    // Security, retention and change sections talk about "protecting" and "notifying" as practices
    // of their own, not as purposes of use.
    const otherPractice = ['security', 'retention', 'change', 'dnt'].some((c) => ctx.categories.has(c as never)) && !ctx.categories.has('collection');
    // An item of a list of purposes ("We process your data for these purposes:") is about use even where
    // the classifier saw only whom the section addresses (an EU section) or nothing in particular.
    USE_FRAME.lastIndex = 0;
    const purposeItem = listItem && ctx.leadIn !== '' && USE_FRAME.test(ctx.leadIn) && noPracticeFound(ctx);
    const weak = offTopic(ctx, ['collection']) && !purposeItem;
    for (const clause of ctx.clauses) {
      USE_CUE.lastIndex = 0;
      const states = USE_CUE.test(clause.text);
      if (!states && !listFrame) continue;
      // "...so that you can understand how we use it" names the practice; it does not state a use.
      if (otherPractice && !/(?<!how )(?:we|to) (?:may )?use|purpose/i.test(clause.text)) continue;
      DENIED_USE.lastIndex = 0;
      const denied = DENIED_USE.test(clause.text) && !/except|unless|only/i.test(clause.text);
      if (denied) continue;
      const basisNames = LEGAL_BASES_CLAUSE.test(clause.text) || clause.text.length < 120 ? matchesOf(LEGAL_BASIS_NAME, clause.text) : [];
      // Outside a sentence about legal bases, a basis name counts as a purpose unless the clause is
      // nothing but basis names (a "Legal basis" column): "To comply with legal obligations" is a use.
      if (!LEGAL_BASES_CLAUSE.test(clause.text) && !onlyNamesLegalBases(clause.text, basisNames)) basisNames.length = 0;
      for (const { value, pattern } of PURPOSE_TERMS) {
        for (const m of matchesOf(pattern, clause.text)) {
          if (negatedBefore(clause.text, m.start, 25)) continue;
          if (basisNames.some((b) => b.start <= m.start && b.end >= m.end)) continue;
          if (namesDataOrObject(value, clause.text, m.start, m.end)) continue;
          out.add(value, ctx.block.id, clause.start + m.start, clause.start + m.end, weak);
          break;
        }
      }
    }
  }
  return out;
}
