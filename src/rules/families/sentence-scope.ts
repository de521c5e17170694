import { AUX, THIRD, gap, rx, words } from '../lexicon';

/**
 * Sentence-level context shared by the collection and sharing families: who the sentence is about,
 * and whether it states a practice at all. Each is a bounded regex used in a rule's `unless` (tested
 * once per sentence and cached by the engine) or `notPrecededBy` (tested only on hits).
 */

/**
 * A sentence about children or minors. Policies and annotators file everything said about children
 * ("we do not knowingly collect information from children under 13", "parents may ask us to delete")
 * under the audience, not as a collection or sharing practice of its own; our seed gold does the same.
 * Narrower than the audience rule's vocabulary: "students" and "teens" are often the ordinary users of
 * a site (a school portal), so they do not take a sentence out of collection.
 */
export const CHILDREN_TOPIC = rx(
  words(
    "children|child|childrens|children's|child's|kids|minors?|under (?:the age of )?(?:13|16|18|thirteen|sixteen|eighteen)|(?:13|16|18) years (?:of age|old)|coppa|children's online privacy protection|parental consent|parent or (?:legal )?guardian|parents or (?:legal )?guardians|consent (?:from|of) (?:your|their|a) parents?",
  ),
);

/**
 * A pointer to another document or page ("please see our Consumer Privacy Notice for how information may
 * be shared", "to learn more about interest-based ads, visit …"): it names a practice without stating
 * it. Only whole pointer sentences count: the lead must open the sentence.
 */
export const REFERRAL = /^\W{0,3}(?:(?:please )?(?:see|review|refer to|read|consult|visit|click here|go to)\b|(?:for (?:more|further|additional) (?:information|details)|to (?:learn|find out|read) more|learn more|more information)\b)/;

/**
 * The text right before a subject + verb turns it into a noun phrase or an indirect question: "the
 * information (that) we collect", "the email address you give us", "how we use your information", "what
 * information do we collect", "the way we use it", "the way your information is collected" (tables of contents, headings run into text,
 * introductions). Used as `notPrecededBy`, so it is tested only on hits.
 * Like the lexicon's RELATIVE_LEAD, but without its comma variant ("information, we …"): after a comma the
 * subject usually opens a main clause ("If you send us an email, we will use your address to reply"); and
 * "requests" only in the plural, because "the services you request we …" runs a heading into a sentence.
 */
export const QUESTION_OR_RELATIVE_LEAD = new RegExp(
  '\\b(?:information|data|details|content|cookies|info|categories|types|kinds|records|everything|anything|all|process|requests|messages?|e-?mails?|communications?|orders?|payments?|signals?|inquiries|complaints|notices?|what|whatever|the same|materials?|address|addresses|number|numbers|names?|photos?|preferences|feedback|measures|safeguards|procedures|technology|technologies|methods|tools|steps)(?: that| which)?(?: you| users)? $' +
    '|\\b(?:how|why|whether|ways?(?: in which| that)?|what (?:\\w+ )?(?:information|data))(?: do| does| did| will| would| can| may| might| should)?(?: your| our| the| this| that| such| any)?(?: personal| personally identifiable)? $',
);

/**
 * A third party is the actor of the sentence: "our advertising partners may collect your IP address",
 * "we may share your name with service providers". A list of data types in such a sentence describes
 * what THEY get, so weak first-party cues (data-type lists, technical data) do not count there.
 */
export const THIRD_PARTY_ACTS = rx(
  '(?:',
  // "they" in a policy is never the company itself.
  words('they|these companies|such companies|these features|these tools'),
  AUX,
  ' ',
  words('collect|gather|place|set|use|utilize|track|record|access|obtain|receive'),
  '|',
  THIRD,
  AUX,
  ' ',
  words('collect|collects|gather|gathers|receive|receives|obtain|obtains|use|uses|place|places|set|sets|track|tracks|have access|has access|will have access|may have access'),
  '|',
  words('share|shares|shared|disclose|discloses|disclosed|provide|provides|provided|transfer|transferred|sell|sold|rent|give|pass'),
  gap(8),
  words('with|to'),
  gap(3),
  '(?:',
  THIRD,
  '|',
  words('businesses|companies|entities|group companies'),
  ')',
  ')',
);

/**
 * A sentence about changing the policy itself ("if we make material changes to this policy, we will notify you by
 * e-mail"): the data practices it names ("what information we collect") are the subject of the change notice.
 */
export const POLICY_CHANGE = rx(
  '(?:',
  words('changes?|updates?|modifications?|revisions?|amendments?|update|modify|revise|amend'),
  ' (?:to|of|in) (?:this|our|the) (?:privacy )?',
  words('policy|notice|statement'),
  // The policy left implicit: "if we make a material change, we will notify you by email".
  '|',
  words('(?:make|makes|made) (?:a |any )?(?:material|significant|substantial) (?:changes?|revisions?|modifications?)'),
  ')',
);

/**
 * Data moving across borders ("transferred to other countries", "outside your jurisdiction", "overseas"): the
 * "safeguards" such sentences promise are legal transfer mechanisms, and a company moving its own data abroad
 * is collection (storage), not sharing, unless a recipient is named.
 */
export const TRANSFER_ABROAD = rx(
  '(?:',
  words('transfer|transfers|transferred|transferring|transmit|transmitted|store|stored|process|processed'),
  gap(6),
  words('(?:to|in|into) (?:other|another|different) (?:countries|country|jurisdictions?)|outside (?:of )?(?:your|the|their) (?:country|jurisdiction|eea|european economic area|european union|eu)|abroad|overseas|across (?:national )?borders|cross-border|(?:to|in|into) the (?:united states|u\\.s\\.?|usa)(?: of america)?|(?:servers?|facilities|data centers?) (?:located )?in (?:the )?(?:united states|u\\.s\\.?|usa)'),
  // Later sentences refer back to the transfers: "we ensure that all such transfers meet … by appropriate security measures".
  '|',
  words('(?:such|these|those|international|cross-border) transfers?|(?:for|of) (?:the |such |this |these )?transfers? of'),
  // The GDPR's own words for a destination abroad: "a country which is not subject to an adequacy decision", "third countries".
  '|',
  words('adequacy decisions?|third countr(?:y|ies)|(?:to|in|into) a country (?:which|that|where|outside|not)'),
  ')',
);

/**
 * A definition ("Personal Information means …", "Other Information is any information that …"): it lists kinds of
 * data to fix a term, not to say they are collected, so weak data-list cues do not count in it.
 */
export const DEFINITION = rx(words('means|mean|refers to|refer to|is defined as|are defined as|shall mean|(?:is|are) (?:any|all) (?:information|data)|includes? any information'));

/**
 * A named subject (the company or its site by name) for third-person verbs: "Acme collects", "the Library
 * uses". The name is any word, so words that cannot name the company are excluded: pronouns and relative
 * words that point at someone else ("they may collect", "companies which may use"), the user, auxiliaries
 * and verbs that precede a noun-like verb ("will retain logs"), and third-party nouns.
 */
export const NAMED_SUBJECT =
  '\\b(?!(?:you|your|they|them|their|it|its|he|she|who|whom|which|that|this|these|those|there|one|anyone|someone|everyone|others?|user|users|visitors?|customers?|members?|people|persons?|individuals?|parents?|children|child|features?|the|a|an|of|for|in|on|with|by|as|at|from|any|all|such|some|certain|other|permissible|our|my|his|her|parties|sites|websites|links|buttons|servers|plug-?ins?|widgets?|tools?|networks?|companies|institutions?|providers?|partners?|vendors?|advertisers?|sponsors?|affiliates?|processors?|may|will|can|could|would|might|shall|should|must|also|not|never|and|or|to|retain|keep|maintain|delete)\\b)(?:the )?(?:company|site|website|service|app|application|[a-z][a-z0-9.-]{2,30}(?:\\.com|\\.org|\\.net)?)';

/**
 * Verifying who makes a privacy-rights request ("we verify your identity by matching the information you provide with
 * the information we have on file", "verifiable consumer request"): the data it names and the protection it promises
 * serve the request, which is access, not a collection practice or a security measure.
 */
export const IDENTITY_VERIFICATION = rx(
  // Only verification tied to a request: verifying identity to sign in ("to verify your identity in order to allow access to
  // your accounts") is a collection purpose or a safeguard.
  words("verif(?:y|ying) (?:your |their |the |such |each |all )?requests?|verifiable (?:consumer )?requests?|verif(?:y|ying) (?:your |their |the requester's )?(?:identity|identities) (?:before (?:we )?(?:act|respond|process|fulfil|fulfill|honou?r|comply)|when you (?:submit|make)|to (?:process|respond to|fulfil|fulfill|complete) (?:your |the |a |any )?requests?)|verification (?:process|of (?:your |the )?requests?)"),
);
