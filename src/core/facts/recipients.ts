import type { Recipient } from './schema';
import { offTopic, type BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, negatedBefore, type Clause } from './text';

/**
 * Who gets the data (`shared_with`) and whether it is sold (`sells_data`).
 * A recipient counts when a clause that discloses data (or lets a party collect it) names it.
 * "We do not share X with Y" is not sharing, but "we do not share ... except with Y" is. A party
 * data comes from (the CCPA's "categories of sources") is not a recipient. Selling is read from the
 * verbs and from the statutory noun ("may be considered a “sale”"), not from the user's right
 * to stop it ("opt out of the sale"), the required link, the law's definition, or a denial that
 * covers only children's data.
 */

const rx = (s: string) => loose(s);

export const RECIPIENT_TERMS: Array<{ value: Recipient; pattern: RegExp }> = [
  { value: 'affiliates', pattern: rx('affiliat(?:es?|ed (?:companies|entities))|subsidiar(?:y|ies)|parent compan(?:y|ies)|group compan(?:y|ies)|associated compan(?:y|ies)|compan(?:y|ies) (?:with)?in (?:our|the same|the \\w+) (?:corporate )?group|corporate family|sister compan') },
  { value: 'service_providers', pattern: rx('(?<!(?:payment|location|map|mapping|cloud|hosting|analytics|logistics?|promotion) )service providers?|(?:third[- ]party )?vendors?|contractors?|(?:data )?processors?(?! (?:of|at))|suppliers?|logistic(?:s)? (?:service )?(?:providers?|companies)|compan(?:y|ies) (?:that|who|which) (?:help|assist|perform|provide services)|on our behalf|outsourc|professional advis[eo]rs?|auditors?|accountants|(?:customer|after-sales) service provider|trustworthy (?:enterprises|companies)') },
  { value: 'advertisers', pattern: rx('advertising (?:cookies|pixels|tags|technolog(?:y|ies)) (?:from|of|set by|placed by) (?:our |third[- ]party )?(?:partners|companies|third parties|providers|networks)|advertisers?|advertising (?:networks?|partners?|companies|providers?|services?)|ad (?:networks?|partners?|servers?|exchanges?)|promotion service providers?|display advertisement') },
  { value: 'analytics', pattern: rx('google analytics|firebase analytics|adobe analytics|mixpanel|amplitude|analytics (?:providers?|services?|partners?|companies|tools?|vendors?)|(?:third[- ]party )?analytic(?:s)? software providers?|measurement (?:partners?|companies)') },
  { value: 'payment_processors', pattern: rx('payment (?:processors?|service providers?|providers?|services?|gateways?)|paypal|stripe|alipay|wechat(?: pay)?|braintree|adyen') },
  { value: 'law_enforcement', pattern: rx('law enforcement|government(?:al)? (?:authorit(?:y|ies)|agenc(?:y|ies)|requests?|bodies|officials)|public authorit(?:y|ies)|competent authorit(?:y|ies)|regulators?|courts?(?![a-z])|subpoenas?|legal process(?:es)?|(?:required|requested|request) (?:by|of) (?:the )?law|(?:laws?|regulations?|legal) (?:require|requirements?|obligations?|procedures?)|police|judicial|legally compelled|(?:tax|public|state|local|federal|competent|relevant|regulatory|judicial|government) authorit(?:y|ies)|^\\W*authorities\\W|national security|litigation|legal (?:investigations?|proceedings?|compulsory)') },
  { value: 'business_transfer', pattern: rx('merg(?:er|e|ing)|acquisition|acquired|bankruptcy|reorgani[sz]ation|restructur|(?:sale|transfer) of (?:the company|all or (?:a )?part|(?:some|all|substantially all) of (?:its|our) assets|(?:our |its )?(?:business|assets))|business transaction|change of control|(?:purchasers?|(?:prospective )?buyers?)(?![a-z])(?! of (?:a |an |the |our |certain |any |its )?(?:products?|goods|items|devices?|services?|tickets?))|successor|liquidation') },
  { value: 'mapping_location_providers', pattern: rx('mapping (?:service )?providers?|map (?:service )?providers?|location (?:service )?providers?|google maps|baidu maps?|mapbox') },
  { value: 'cloud_hosting', pattern: rx('cloud (?:service |hosting |storage |computing )?providers?|hosting (?:service )?providers?|amazon (?:aws|web services)|(?<![a-z])aws(?![a-z])|microsoft azure|google cloud|hosted (?:on|by)|data cent(?:er|re)(?: providers?|s(?![a-z]))|(?<![a-z])(?:cloud )?hosting(?= services?| providers?| companies| vendors?|,| and | or |\\))|data storage (?:facilities|providers?|services?)') },
  { value: 'partners', pattern: rx('(?:business |trusted |third[- ]party |marketing |commercial |strategic )?partners(?![a-z])|(?:business |trusted |strategic )partner(?![a-z])|(?:with whom|whom|that|which) (?:we|our company) (?:have )?(?:partner(?:ed)?|team up|cooperate)(?![a-z])|co-branded') },
  { value: 'public', pattern: rx('publicly (?:disclos|display|post|shar|availab|visible|accessible)|(?:with|to) the public|make (?:it |them |your \\w+ )?public(?![a-z])|public (?:forums?|areas?|profile|posts?)') },
];

const ON_OUR_BEHALF = /^on\s*our\s*behalf$/i;

const OTHER_THIRD_PARTY = rx('third[- ]?part(?:y|ies)(?! (?:service providers?|advertisers?|partners?|payment|analytics|vendors?))|other (?:compan(?:y|ies)|organi[sz]ations?|parties|entities|individuals)|(?:any|outside) (?:compan(?:y|ies)|organi[sz]ations?|individuals?)|these parties|data brokers?|integrations? (?:you|your|that you)|(?:apps?|services?) you (?:connect|link|authori[sz]e)|connected (?:apps?|services?)|social (?:media )?(?:networks?|platforms?)|(?:facebook|twitter|instagram|youtube|linkedin|wechat|weibo)(?! ads)');

/** Verbs that move data to another party, or let one collect it. */
const DISCLOSE = rx(
  'shar(?:e|ed|es|ing)(?![a-z])|disclos|transfer|(?<![a-z])sell|sold|rent(?![a-z])|trade|(?:provide|give|send|pass|supply|furnish|make available|reveal)[a-z]* (?:[^.;]{0,60})?(?:to|with) |transmit|(?:may|can|will|also) (?:also )?(?:collect|use|receive|obtain|acquire|access|gather|place|set|track|record)|(?:collected|stored|processed|received|obtained|handled) by|available to|accessed by|hosted (?:on|by)|(?:which|who|that) (?:may )?(?:collects?|receives?|process(?:es)?|uses?)(?![a-z])|third-party (?:services?|tools?|software) (?:that )?we use|we use (?:\\w+ )?third-party|we use (?:a |an |some |several |a few |a number of |a small number of |certain )?(?:third[- ]party )?analytics (?:tools?|services?|providers?|software)|(?:apps?|integrations?) (?:that )?you (?:connect|enable|link)',
);
const DISCLOSE_HEAD = rx('shar|disclos|third[- ]part|transfer|recipient|who (?:we|do we)|with whom');

export interface RecipientResult {
  sharedWith: ValueCollector<Recipient>;
  sells: { value: 'yes' | 'no' | 'unstated'; evidence: number[]; businessSale: Array<{ block: number; start: number; end: number }> };
  sellSpans: Array<{ block: number; start: number; end: number; value: string }>;
}

export function extractRecipients(contexts: BlockContext[]): RecipientResult {
  const sharedWith = new ValueCollector<Recipient>('shared_with');
  for (const ctx of contexts) {
    const frameShares = DISCLOSE_HEAD.test(ctx.frame) || ctx.categories.has('sharing');
    DISCLOSE_HEAD.lastIndex = 0;
    const weak = offTopic(ctx, ['sharing']);
    for (const clause of ctx.clauses) {
      if (!sharesInClause(clause, frameShares, ctx.block.kind === 'bullet' || ctx.block.kind === 'cell')) continue;
      let named = false;
      const found = RECIPIENT_TERMS.map(({ pattern }) => matchesOf(pattern, clause.text));
      RECIPIENT_TERMS.forEach(({ value }, i) => {
        for (const m of found[i]) {
          // A word inside a longer name of another recipient belongs to it: the "processor" of "our
          // payment processor" is a payment processor, not a generic service provider.
          if (found.some((other, j) => j !== i && other.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))) continue;
          // "our payment processor on our behalf": "on our behalf" describes the recipient the clause
          // names; it says "service provider" only where no recipient is named.
          if (value === 'service_providers' && ON_OUR_BEHALF.test(m.match[0]) && found.some((other, j) => j !== i && other.length > 0)) continue;
          // "We receive information from advertising partners and data brokers": a source of data, not a recipient.
          if (isSourceMention(clause.text, m.start)) continue;
          if (value === 'public' && /safety|interest|health|security/i.test(clause.text.slice(Math.max(0, m.start - 40), m.start)) && !/disclos|shar|post|publish/i.test(clause.text.slice(Math.max(0, m.start - 40), m.start))) continue;
          const anaphoric = refersBack(clause.text, m.start);
          sharedWith.add(value, ctx.block.id, clause.start + m.start, clause.start + m.end, weak || anaphoric);
          named ||= !anaphoric;
          break;
        }
      });
      for (const m of matchesOf(OTHER_THIRD_PARTY, clause.text)) {
        if (isSourceMention(clause.text, m.start)) continue;
        // "third parties, including affiliates and service providers": where the clause names the
        // kind of recipient, "third parties" is the umbrella word, weak evidence of other recipients.
        sharedWith.add('other_third_parties', ctx.block.id, clause.start + m.start, clause.start + m.end, weak || named || refersBack(clause.text, m.start));
        break;
      }
    }
  }
  return { sharedWith, ...extractSelling(contexts) };
}

/**
 * "such service provider", "these third parties": the recipient was named before; the sentence that
 * named it is the evidence.
 */
function refersBack(clause: string, at: number): boolean {
  return /(?:^|[^a-z])(?:such|these|those|this|that|the said|the above(?:-mentioned)?)\s*$/i.test(clause.slice(Math.max(0, at - 20), at));
}

/**
 * The party named is where data comes from: "we obtain information from advertising networks",
 * "we may receive data about you from our partners" (the CCPA's "categories of sources"). A party
 * named after a later disclosure ("...from partners and share it with advertisers") is a recipient.
 */
function isSourceMention(clause: string, at: number): boolean {
  // A list item of the CCPA's sources list: "From others: enrichment providers, resellers and event partners".
  if (/^\W*from [^.;:]{0,40}:/i.test(clause)) return true;
  const lead = clause.slice(Math.max(0, at - 120), at).toLowerCase();
  const from = lead.lastIndexOf('from ');
  if (from < 0 || (from > 0 && /[a-z]/.test(lead[from - 1]))) return false;
  if (/(?<![a-z])(?:to|with|shar|disclos|sell|sold|provid|transfer)/.test(lead.slice(from + 5))) return false;
  return /(?<![a-z])(?:receiv|obtain|collect|gather|acquir|purchas|licens|get|gets|got|sourc)[a-z]*(?![a-z])/.test(lead.slice(0, from));
}

/** A clause discloses data when it has a non-denied disclosure verb (or sits in a sharing list). */
function sharesInClause(clause: Clause, frameShares: boolean, listItem: boolean): boolean {
  // The first affirmed disclosure verb settles it: scan no further than needed.
  const exception = /except|unless|other than|without your|apart from/i.test(clause.text);
  DISCLOSE.lastIndex = 0;
  let hits = 0;
  let m: RegExpExecArray | null;
  while ((m = DISCLOSE.exec(clause.text)) !== null) {
    if (m[0].length === 0) {
      DISCLOSE.lastIndex++;
      continue;
    }
    hits++;
    if (exception || !negatedBefore(clause.text, m.index)) return true;
  }
  // Items of a list introduced by "we may share data ... in the following situations:".
  return listItem && frameShares && hits === 0;
}

/**
 * Selling data: the verbs, and the noun the state privacy laws define ("a “sale” of personal
 * information", "sale or sharing of your data"). The bare noun is left out: "the sale of our
 * business", "point of sale".
 */
const SELL_VERB = rx(
  '(?<![a-z])(?:sell|sold|selling|sells|rent(?:s|ed|ing)?|trade|lease)(?![a-z])(?! (?:products?|devices?|goods|items|our (?:products?|devices?)))|["\u201c\u2018\']sales?["\u201d\u2019\']|(?<![a-z])sales?(?: (?:or|and|/) shar(?:e|ing))? of (?:your |any |the |their |such |consumers[\'\u2019]? )?(?:personal )?(?:information|data)',
);
const DATA_OBJECT = rx('(?:personal |your |user |customer )?(?:information|data|details|lists?)|(?<![a-z])it(?![a-z])|them(?![a-z])');
const BUSINESS_CONTEXT = rx('merg|acqui|bankrupt|reorgani|restructur|business transaction|(?:sale|transfer) of (?:the company|all|(?:a )?(?:part|portion)|(?:our |its )?(?:business|assets|company))|assets|change of control|successor');
const NON_PERSONAL = rx('anonym|aggregat|de-?identif|non-?personal|summar');
/** The opt-out link the CCPA requires ("Do Not Sell My Personal Information", "Do Not Sell or Share My..."). */
const DO_NOT_SELL_LINK = rx('do not (?:sell|share)(?: (?:or|and|/|&) (?:sell|share))? my');
/**
 * The user's side of selling: the right to stop it ("opt out of the sale", "direct us not to sell").
 * It says what the user may ask, not whether data is sold.
 */
const USER_STOPS_SALE = /(?:opt(?:ing)?[- ]?outs?|say no)(?: (?:of|from|to))?(?: (?:the|any|our|us|such|future))?\s*$|(?:direct|instruct|ask|tell|request)(?:s|ed|ing)?(?: that)? (?:us|the business|businesses|a business|we|companies)(?: to)? (?:not(?: to)?|stop|cease)\s*$|right to (?:opt[- ]?out|say no|stop|request)[^.;]{0,30}$|request that we not\s*$/i;
/** "...which may be considered “selling”": a disclosure the law may treat as a sale. */
const DEEMED_LEAD = /(?:considered|deemed|constitut[a-z]*|qualif[a-z]* as|treated as|amounts? to|characteri[sz]ed as)\s+(?:an?\s+)?["\u201c\u2018']?$/i;
/** A definition follows the word: '"sale" means', '"sale" includes', '"selling" is defined as'. */
const DEFINES_SALE = /^(?:["\u201d\u2019'],?)?\s*(?:means|includes?|is defined|refers to|is broadly defined|has the meaning)/i;
/** A denial that covers only children's data ("we do not sell the personal information of consumers under 16") says nothing of adults'. */
const MINORS_ONLY = /^[^.;]{0,80}?(?:(?:of|from|about) (?:consumers|children|minors|individuals|users|persons|anyone|kids)(?: (?:who are|we (?:actually )?know (?:to be|are)))? (?:under|younger than|less than|below) (?:the age of )?\d{1,2}|(?:children|minors|kids)['\u2019]s? (?:personal )?(?:information|data))/i;

function extractSelling(contexts: BlockContext[]): Omit<RecipientResult, 'sharedWith'> {
  let yes = false;
  let no = false;
  const evidence = new Set<number>();
  const businessSale: RecipientResult['sells']['businessSale'] = [];
  const sellSpans: RecipientResult['sellSpans'] = [];
  for (const ctx of contexts) {
    for (const clause of ctx.clauses) {
      for (const m of matchesOf(SELL_VERB, clause.text)) {
        const after = clause.text.slice(m.end, m.end + 80);
        const before = clause.text.slice(Math.max(0, m.start - 80), m.start);
        // "third party seller", "sell products": not about data. Require the data as object or subject.
        // A disclosure the law may deem "a sale" ("our use of advertising cookies may be considered a
        // “sale”") is about data wherever the clause names it.
        const deemedSale = (/^["\u201c\u2018']/.test(m.match[0]) || DEEMED_LEAD.test(before)) && /(?:information|data|disclos|cookies|shar|track)/i.test(clause.text);
        const aboutData = DATA_OBJECT.test(after) || /(?:information|data)[^.;]{0,40}$/i.test(before) || /information|data/i.test(m.match[0]) || deemedSale;
        DATA_OBJECT.lastIndex = 0;
        if (!aboutData) continue;
        // "If the Company sells, transfers or merges any part of its business, personal data may be transferred":
        // what is sold is the business; the data only passes with it (business_transfer, not a sale of data).
        const firstBusiness = after.search(/(?<![a-z])(?:business(?:es)?|assets|company|shares|stock|divisions?)(?![a-z])/i);
        const firstData = after.search(/(?<![a-z])(?:information|data|details|lists?|it|them)(?![a-z])/i);
        if (firstBusiness >= 0 && (firstData < 0 || firstBusiness < firstData)) continue;
        // "Items purchased or sold, order value, delivery details": goods a marketplace user buys or sells, not data.
        if (/(?:purchas(?:e|ed|es)|bought|buy|items?|products?|goods|listings?)(?: (?:or|and|\/))?\s*$/i.test(before)) continue;
        DO_NOT_SELL_LINK.lastIndex = 0;
        if (DO_NOT_SELL_LINK.test(clause.text.slice(Math.max(0, m.start - 12), m.end + 16))) continue;
        if (USER_STOPS_SALE.test(before)) continue;
        // "Service providers are prohibited from selling personal information": a limit on others.
        if (/(?:prohibit|forbid|barred|preclud|restrict)[a-z]*(?: [a-z]+){0,4} from\s*$/i.test(before)) continue;
        // 'Under the CCPA, a "sale" includes disclosing...': the law's definition, not the company's practice.
        if (DEFINES_SALE.test(after) || /(?:defin(?:e|es|ed|ition)(?: of)?|the term|the word)\s+(?:an?\s+)?["\u201c\u2018']?$/i.test(before)) continue;
        const span = { block: ctx.block.id, start: clause.start + m.start, end: clause.start + m.end };
        BUSINESS_CONTEXT.lastIndex = 0;
        NON_PERSONAL.lastIndex = 0;
        if (negatedBefore(clause.text, m.start)) {
          if (MINORS_ONLY.test(clause.text.slice(m.end))) break;
          no = true;
          evidence.add(ctx.block.id);
          sellSpans.push({ ...span, value: 'no' });
        } else if (BUSINESS_CONTEXT.test(clause.text)) {
          // Data "may be sold" only as part of selling the company: not a sale of data as such.
          businessSale.push(span);
          evidence.add(ctx.block.id);
        } else if (!NON_PERSONAL.test(clause.text)) {
          yes = true;
          evidence.add(ctx.block.id);
          sellSpans.push({ ...span, value: 'yes' });
        }
        break;
      }
    }
  }
  const value = yes ? 'yes' : no ? 'no' : 'unstated';
  return { sells: { value, evidence: [...evidence].sort((a, b) => a - b), businessSale }, sellSpans };
}
