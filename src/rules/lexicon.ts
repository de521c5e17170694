/**
 * Shared vocabulary of the rules, as regex source fragments over normalised (lower-case) text.
 * Each fragment is a flat alternation of literals: no nested unbounded quantifiers, so patterns
 * built from them stay linear. Compose with `rx` below.
 */

/** Build a RegExp from fragments (strings are used as regex source). */
export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''));
}

/**
 * Alternation of words/phrases (regex source allowed inside each), wrapped as a non-capturing group
 * with word boundaries. Splits only on top-level `|`, so alternatives may contain their own groups.
 */
export function words(list: string): string {
  const alts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '\\') {
      current += ch + (list[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      alts.push(current.trim());
      current = '';
    } else current += ch;
  }
  alts.push(current.trim());
  // Longest first so "third party service providers" wins over "third party" at the same position.
  const sorted = alts.filter(Boolean).sort((a, b) => b.length - a.length);
  return `\\b(?:${sorted.join('|')})\\b`;
}

/** Up to n intervening words inside a clause (no sentence punctuation). Bounded, so linear. */
export function gap(n: number): string {
  return `(?:[ ,]+[^ ,.;:!?]+){0,${n}}[ ,]+`;
}

/** The company speaking about itself. */
export const WE = words('we|us|our company|the company|our site|our website|our service|our services');

/**
 * Text ending in a relative-clause lead ("information (that) ", "the data which "): a subject + verb
 * right after it names data ("the information we collect") rather than stating a practice. Used as
 * `notPrecededBy`, so it is only tested on matches.
 */
export const RELATIVE_LEAD =
  /\b(?:information|data|details|content|cookies|info|categories|types|kinds|records|everything|anything|all|process|requests?|messages?|e-?mails?|communications?|orders?|payments?|signals?|inquiries|complaints|notices?|what|whatever|the same|materials?)(?: that| which|,)? $/;

/** Modal and auxiliary verbs between a subject and its verb ("we may also", "we will not"). */
export const AUX =
  "(?: (?:may|might|will|would|can|could|shall|should|must|do|does|did|also|only|automatically|generally|typically|sometimes|routinely|not|never|don't|won't|then|further|additionally|usually|often|currently|collectively|directly|independently|separately|and|or|,|be able to|need to|have to|want to|wish to)){0,4}";

/** Personal data nouns (connected devices add what their sensors capture: audio, video, recordings, images). */
export const DATA = words(
  'information|info|data|personal data|details|content|contents|cookies|cookie|ip address|ip addresses|email address|e-mail address|email addresses|name|names|address|phone number|telephone number|location|geolocation|device identifiers|identifiers|usage|log files|logs|browsing history|preferences|payment|credit card|records|communications|pii|profile|photos|messages|contacts|address book|demographic|account|purchase history|transaction|transactions|audio|video|videos|footage|recordings|voice recordings|images|biometric data',
);

/** Other organisations that may receive or collect data. */
export const THIRD = words(
  'third[- ]party (?:advertising |ad |analytics )?(?:companies|networks|vendors|technology|technologies|service providers|partners|servers|sites|websites|apps|services|tools)|these (?:companies|third parties|partners|vendors|providers|advertisers|networks)|such (?:companies|third parties|partners|vendors|providers)|those (?:companies|third parties)|third part(?:y|ies)|third-part(?:y|ies)|3rd part(?:y|ies)|affiliates?|affiliated companies|subsidiar(?:y|ies)|partners?|business partners|service providers?|sub-?processors?|(?:data )?processors|vendors?|contractors?|suppliers?|agents?|advertisers?|advertising networks?|ad networks?|ad servers?|sponsors?|other companies|outside parties|outside companies|unaffiliated|non-affiliated|nonaffiliated|processors?|sub-processors?|law enforcement|government(?: agencies| authorities)?|authorities|public authorities|regulators?|courts?|successor|acquirer|purchaser|buyer|google|facebook|twitter|linkedin|doubleclick|analytics providers?|marketing partners|co-branded partners|others|any business|other businesses|(?:outside |other |external )?organi[sz]ations|persons or organi[sz]ations|outside \\(?third\\)? parties|reputable third part(?:y|ies)',
);

/** Verbs of collecting or receiving data. */
export const COLLECT_VERB = words(
  'collect|collects|collected|collecting|gather|gathers|gathered|gathering|obtain|obtains|obtained|receive|receives|received|record|records|recorded|log|logs|logged|capture|captures|captured|acquire|acquires|request|requests|ask for|asks for|ask you for|ask you to provide|process|processes|processed|processing|store|stores|stored|track|tracks|tracked|compile|automatically receive|have access to|access',
);

/** Verbs of using data. */
export const USE_VERB = words(
  'use|uses|used|using|utilize|utilizes|utilise|analy[sz]e|analy[sz]es|combine|combines|aggregate|aggregates|personalize|personalise|customize|customise|tailor|improve|target',
);

/** Verbs of disclosure. */
export const SHARE_VERB = words(
  'share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|disclosure|disclosures|sell|sells|sold|selling|sale|rent|rents|rented|renting|lease|trade|transfer|transfers|transferred|transferring|provide|provides|provided|providing|make available|made available|give|gives|pass|passes|passed|release|released|report|reveal|distribute|distributed|send|sends|sent|furnish|exchange|license|transmit|transmits|transmitted|forward|forwards|forwarded',
);

/** Negators before a cue, for rules whose negation means absence. */
export const NEGATOR = /\b(?:not|never|no|n't|cannot|without|neither|nor)\b/;

/**
 * Meta sentences about the document itself ("This policy describes how we collect and share…"):
 * they name practices without stating one, and OPP-115 annotators label them Other.
 */
export const META_SENTENCE = rx(
  '(?:',
  words('explain|explains|explaining|describe|describes|describing|outline|outlines|tell you|tells you|inform you|informs you|care|cares|transparent about|clear about|overview of|questions about|answers to (?:the )?(?:following )?(?:frequently asked )?questions about'),
  ' (?:to you )?(?:about )?(?:how|what|why|which|when) (?!to )',
  '|',
  words('this|our|the|these'),
  ' (?:online |website |global |data |customer )?(?:privacy )?(?:policy|statement|notice|pledge)',
  gap(3),
  words('describes|explains|specifies|covers|applies|outlines|sets out|sets forth|tells you|informs you|discloses|details|governs|is intended|is designed|will help|helps|lets you know|summarizes|addresses|provides information|informs|answers'),
  ')',
);
