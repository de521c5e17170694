/**
 * Shared vocabulary for rules written in compromise match syntax (see `Rule.match` in ./types.ts and
 * src/nlp/compromise.ts). Match syntax reads whole terms, so word order with optional words is
 * written plainly: "(we|our company) (may|will)? also? (collect|gather)". compromise expands
 * contractions, so "do not" also matches "don't" and "will not" matches "won't".
 */

/** `(a|b|c)` from a list of words or multi-word phrases, written one per `|` like regex alternation. */
export function alt(list: string): string {
  const items = list
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);
  return `(${items.join('|')})`;
}

/**
 * The company speaking about itself, as the subject of a first-party practice: specs for "we/us …",
 * "our company|site|website|service(s) …" and "the company …", rather than one "(we|us|our company|…)"
 * because compromise checks single-word alternatives with one set lookup at every word, and
 * multi-word ones word by word (the sweep then costs several times more).
 */
export function firstParty(rest: string): string[] {
  return [`(we|us) ${rest}`, `our (company|site|website|service|services) ${rest}`, `the company ${rest}`];
}

/**
 * Words that stand between a subject and its verb: modals, adverbs, negators, "have", and the pieces
 * of "be able to", "need to", "want to". compromise cannot repeat multi-word choices, so those come as
 * single words; at most four, so a match stays inside one short phrase ("we may also be able to").
 */
export const M_AUX = `${alt(
  'may|might|will|would|can|could|shall|should|must|do|does|did|also|only|automatically|generally|typically|sometimes|routinely|not|never|then|further|additionally|usually|often|currently|collectively|directly|and|or|be|able|to|need|want|wish',
)}{0,4}`;

/**
 * Head nouns of personal data: multi-word names end in one ("email address", "ip address", "browsing
 * history"). Single words on purpose: compromise does not backtrack a wildcard (".{0,5}") into a
 * multi-word choice, so "(information|personal data)" after a gap would miss "your personal information".
 */
export const M_DATA = alt(
  'information|info|data|details|content|contents|cookies|cookie|address|addresses|name|names|location|geolocation|identifiers|usage|logs|history|preferences|payment|records|communications|pii|profile|photos|messages|contacts|demographic|account|transaction|transactions',
);

/** Collecting and receiving verbs, in every form a subject can take ("we have collected", "we are collecting"). */
export const M_COLLECT = alt(
  'collect|collects|collected|collecting|gather|gathers|gathered|gathering|obtain|obtains|obtained|receive|receives|received|record|records|recorded|log|logs|logged|capture|captures|captured|acquire|acquires|request|requests|ask for|asks for|ask you for|ask you to provide|process|processes|processed|processing|store|stores|stored|track|tracks|tracked|compile|have access to|access',
);

/** Disclosure verbs that need no recipient to state a sharing practice. */
export const M_SHARE = alt('share|shares|disclose|discloses|sell|sells|rent|transfer|transfers|release|make available|pass on');

/** Verbs of selling data for value. */
export const M_SELL = alt('sell|sells|rent|rents|trade|trades|lease|leases|barter|monetize');

/** After a verb: the clause ends there ("… the information we collect.", "we collect, use and share"). */
export const ENDS_CLAUSE = /^ ?(?:[,.;:)]|$)/;

/** Verbs of using data. */
export const M_USE = alt(
  'use|uses|used|using|utilize|utilizes|utilise|analyze|analyse|analyzes|analyses|combine|combines|aggregate|aggregates|personalize|personalise|customize|customise|tailor|improve|target',
);

/** Verbs for deploying tracking technology. */
export const M_DEPLOY = alt('use|uses|place|places|set|sets|store|stores|employ|employs|deploy|utilize|send');

/**
 * Head nouns of tracking technologies ("web beacons", "pixel tags", "clear gifs", "similar technologies").
 * Not "technology" or "storage": "industry-standard technology", "secure storage" are security measures.
 */
export const M_TRACKER = alt('cookie|cookies|beacon|beacons|pixel|pixels|tags|gif|gifs|technologies');
