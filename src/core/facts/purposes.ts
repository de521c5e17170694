import type { Purpose } from './schema';
import { offTopic, type BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, negatedBefore } from './text';

/**
 * Why data is used. A purpose counts in a clause that states a use ("we use ... to", "in order to",
 * "for the purpose of", a bullet under "We use your information:") and is not denied
 * ("we will not use your data for marketing").
 */

const rx = (s: string) => loose(s);

export const PURPOSE_TERMS: Array<{ value: Purpose; pattern: RegExp }> = [
  { value: 'service_provision', pattern: rx('provid(?:e|ing) (?:you (?:with )?)?(?:our |the |these |basic |relevant )?(?:\\w{1,60} )?(?:services?|products?|features?|functions?|functionality)|deliver(?:ing)? (?:our |the )?(?:services?|products?)|ship(?:ping)? (?:products?|orders?)|process(?:ing)? (?:your )?(?:orders?|transactions?|payments?|purchases?)|fulfil+(?:l|ing)? (?:your )?(?:orders?|requests?|the terms|a contract|obligations)|(?:perform|enter into|complet)(?:ing|e)? (?:into )?(?:a |the )?contract|(?:establish|maintain|manag|creat|administer)(?:e|ing)? (?:and maintain )?(?:your |customer |user )?(?:accounts?|billing records)|operat(?:e|ing) (?:our |the )?(?:services?|sites?|website|products?)|administer (?:our )?(?:services?|sites?)|customer (?:support|service)|after-sales|(?:device )?(?:access services|activation|service activation)|(?:find|bind) (?:your )?devices?|location-based services|(?:enable|allow) (?:you to|the application to)|warranty|basic (?:services|functions)|to run on your device|(?:process|handle) your (?:requests?|order)|create (?:your |users )?(?:\\w+ )?account') },
  { value: 'improvement_analytics', pattern: rx('improv(?:e|ing|ement)|develop(?:ing|ment)? (?:of )?(?:our |new )?(?:products?|services?|applications?|features?)|analy[sz](?:e|is|ing|es)|analytics|understand (?:how|the functionality|user)|statistic|measur(?:e|ing) (?:the )?(?:effectiveness|performance|use)|troubleshoot|diagnos|(?:repair|fix) problems|better understand|research and development|quality of (?:our )?services?') },
  { value: 'marketing', pattern: rx('marketing|promotion(?:s|al)?|special offers|(?:direct|send you) (?:offers|newsletters?)|offers and promotions|newsletters?|making sales|sales, marketing|lucky draw|competitions?|sweepstakes|contests?') },
  { value: 'advertising', pattern: rx('advertis(?:ing|ements?|e)(?![a-z])(?! campaigns? (?:and|of) (?:our )?products?)|(?<![a-z])ads(?![a-z])|ad campaigns|advertising campaigns') },
  { value: 'personalization', pattern: rx('personali[sz]|customi[sz]|tailor|recommend|(?:best )?suit your (?:requirements|needs|interests)|of interest to you|(?:remember|sav(?:e|ing)|stor(?:e|ing)|based (?:up)?on) (?:your )?(?:language |viewing |shopping )?preferences|enhance your experience|better (?:user |online )?experience|potential interests|relevant (?:content|ads|advertis|recommendations|offers)|designed only for you') },
  { value: 'security_fraud', pattern: rx('fraud|(?:the )?security (?:of|and) (?:our |the )?(?:products?|services?|systems?|accounts?)|safety of our system|secur(?:e|ity|ing) (?:our|the|your) (?:accounts?|systems?|services?|network)|protect(?:ing)? (?:our|the|your) (?:rights|property|safety|users|services?|systems?|accounts?)|prevent(?:ing)? (?:unauthori[sz]ed|abuse|spam|misuse|fraud|crime)|authenticat|verif(?:y|ication of) (?:your |user )?identity|risk[- ]control|hackers?|(?:ensure|maintain) (?:the )?(?:function and )?security|(?:safe|stable) operation|detect(?:ion)? (?:and (?:prevent|disposal))') },
  { value: 'legal_compliance', pattern: rx('compl(?:y|iance|ying) with (?:applicable |our |relevant |any )?(?:laws?|legal|regulat|obligations|subpoenas)|legal (?:obligations?|requirements?|reasons|process|bases)|(?:required|permitted) by (?:applicable )?law|export control|filing taxes|law enforcement|national security|(?:criminal )?investigation|judicial|(?:enforce|defend)(?: ourselves| our)? (?:our )?(?:terms|rights|in a legal)|legal action|public (?:safety|health)') },
  { value: 'communication', pattern: rx('contact(?:ing)? you|communicat(?:e|ing|ions?) (?:with )?(?:you|to you)|send(?:ing)? you|push notifications?|notif(?:y|ications?)|respond(?:ing)? to (?:your )?(?:inquir|quer|request|questions|comments)|(?:customer )?consultation|exchange with you|(?:email|e-mail) (?:you|portions)|keep you (?:informed|updated)|update you') },
  { value: 'research', pattern: rx('research(?! and development)|academic|scientific stud') },
  { value: 'other', pattern: rx('insurance|professional advice|eligibility|manage risks|job applica|recruit') },
];

/** A clause stating a use or a purpose. */
const USE_CUE = rx(
  '(?<![a-z])(?:use|uses|used|using|process|processed|processing)(?![a-z])|purposes?|in order to|so (?:that|as to)|(?:help|allow|enable)s? us|for the (?:purpose|development|customi)|(?:will|may|can) (?:be used|help)|legitimate (?:business )?interests?|legal bases?|to (?:provide|improve|contact|send|deliver|develop|analy|personali|customi|protect|prevent|comply|ensure|verify|authenticat|communicat|respond|notify|direct|process|manage|understand|recommend|show|display|help)',
);
const USE_FRAME = rx('(?<![a-z])use|purpose|how we|why (?:do )?we|legal bas|legitimate interest');
const DENIED_USE = rx("(?:do|does|will|shall|would)(?: not|n['’]t| never) (?:\\w+ )?(?:use|process|share)|never (?:use|process)");

export function extractPurposes(contexts: BlockContext[]): ValueCollector<Purpose> {
  const out = new ValueCollector<Purpose>('purposes');
  for (const ctx of contexts) {
    USE_FRAME.lastIndex = 0;
    const listFrame = (ctx.block.kind === 'bullet' || ctx.block.kind === 'cell') && USE_FRAME.test(ctx.frame);
    // Security, retention and change sections talk about "protecting" and "notifying" as practices
    // of their own, not as purposes of use.
    const otherPractice = ['security', 'retention', 'change', 'dnt'].some((c) => ctx.categories.has(c as never)) && !ctx.categories.has('collection');
    const weak = offTopic(ctx, ['collection']);
    for (const clause of ctx.clauses) {
      USE_CUE.lastIndex = 0;
      const states = USE_CUE.test(clause.text);
      if (!states && !listFrame) continue;
      if (otherPractice && !/(?:we|to) (?:may )?use|purpose/i.test(clause.text)) continue;
      DENIED_USE.lastIndex = 0;
      const denied = DENIED_USE.test(clause.text) && !/except|unless|only/i.test(clause.text);
      if (denied) continue;
      for (const { value, pattern } of PURPOSE_TERMS) {
        for (const m of matchesOf(pattern, clause.text)) {
          if (negatedBefore(clause.text, m.start, 25)) continue;
          out.add(value, ctx.block.id, clause.start + m.start, clause.start + m.end, weak);
          break;
        }
      }
    }
  }
  return out;
}
