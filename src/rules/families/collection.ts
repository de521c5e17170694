import type { Rule } from '../types';
import { M_AUX, M_COLLECT, firstParty } from '../phrases';
import { AUX, DATA, META_SENTENCE, THIRD, USE_VERB, WE, gap, rx, words } from '../lexicon';
import { CHILDREN_TOPIC, DEFINITION, IDENTITY_VERIFICATION, NAMED_SUBJECT, POLICY_CHANGE, QUESTION_OR_RELATIVE_LEAD, REFERRAL, THIRD_PARTY_ACTS } from './sentence-scope';

/** Right after an asking or providing verb: what is asked for is not data (a request, consent, a permission). */
const NOT_DATA_OBJECT =
  /^ (?:that (?:you|users|visitors|we)\b|of (?:them|you)\b|to (?:verify|confirm|prove|authenticate)\b|(?:your |the |any |such |this |that |a )?(?:request|requests|complaints?|inquiry|inquiries|revocation|withdrawal)\b|(?:for |with )?(?:your |their |our )?(?:affirmative |express |explicit |prior |written |verifiable |opt-in )?(?:consent|permission|authori[sz]ation)\b)/;

/**
 * Like ENDS_CLAUSE (phrases.ts), except that a comma opening a list of verbs ("we may access, collect, store
 * and monitor") continues the practice rather than ending a clause.
 */
const CLAUSE_END_NOT_VERB_LIST = new RegExp(
  `^ ?(?:[.;:)]|,(?! (?:and |or )?(?:collect|use|store|process|monitor|access|record|retain|share|analy[sz]e|combine|maintain|log|track|receive|obtain|gather)\\b)|$)`,
);

/** Where data comes from when the company receives it from others ("from third parties", "from public sources"). */
const FROM_OTHERS = words(
  'from (?:other|third[- ]party|outside|external|public|commercial|publicly available) (?:sources|parties|companies|services|databases)|from third parties|from third-parties|from (?:our |its )?(?:partners|affiliates|business partners|marketing partners|service providers)|from (?:social (?:media|networks?)|facebook|twitter|google|credit (?:bureaus|agencies|reporting agencies))',
);

/**
 * Modals and adverbs between a named subject and its verb. Unlike the lexicon's AUX, no "and"/"or": in "any
 * change in ownership or uses of your information" the word after "or" is a noun, not the company's verb.
 */
const SUBJECT_MODALS = '(?: (?:may|might|will|would|can|could|shall|also|only|automatically|generally|not|never|then|further|additionally|usually|often|currently|do|does|did)){0,2}';

/** Tracking technologies a site deploys itself (gifs, beacons, local storage) — the object of "we use". */
const TRACKER = words(
  'cookies?|web beacons?|beacons|pixel tags?|pixels?|clear gifs?|single-pixel gifs?|gifs|local storage|web storage|flash cookies|local shared objects|similar technolog(?:y|ies)|tracking technolog(?:y|ies)',
);


/** The start of a block, after a bullet or an item number ("• ", "(a) ", "3. "). */
const DATA_LIST_ITEM_LEAD = '^[\\s\u2022*\\-\u2013\u00b7]*(?:\\(?[a-z0-9]{1,3}[.)] )?';
/** Data types a data inventory lists after its label; one is enough once the label names data. */
const LISTED_DATA_TYPE = words(
  'names?|first name|last name|user ?names?|e-?mail address(?:es)?|phone numbers?|telephone numbers?|(?:postal|mailing|billing|delivery|shipping|home) address(?:es)?|date of birth|birth ?date|age|gender|marital status|ip address(?:es)?|browser|operating system|device (?:identifiers?|ids?|model|type|information)|hardware model|advertising identifiers?|unique identifiers?|location|gps|time ?zone|language settings?|referring (?:urls?|pages?)|pages? (?:you )?(?:visit|view)(?:ed)?|clicks|crash (?:logs?|reports?|data)|(?:purchase|order|transaction|payment|search|browsing) history|payment (?:card|details|information)|card numbers?|bank account|photos?|videos?|(?:voice|audio) recordings?|contacts? list|job title|employer|interests|preferences|how you (?:use|interact with|access)|app usage|usage data|log data',
);

/**
 * First-party collection and use: what the company itself gathers, how, and what for.
 * Third parties collecting (partners' cookies, ad networks) is `sharing`, so subject matters here.
 * Sentence scope (./sentence-scope.ts) keeps mentions that state no collection out: sentences about children
 * (audiences), pointers to other pages, policy-change notices, definitions, indirect questions ("how we use your
 * information") and, for the weak data-list cues, sentences whose actor is a third party.
 */
/** What a user does when handing data over ("provide", "submit", "fill out"). */
const USER_HANDS_OVER = words('provide|submit|give|enter|supply|share|fill in|fill out|complete|disclose');

export const collectionRules: Rule[] = [
  {
    id: 'collection/statutory-categories',
    category: 'collection',
    description:
      'The categories of personal information US state laws make notices list ("identifiers, such as…", "commercial ' +
      'information", "internet or other electronic network activity information", "inferences drawn…", "sensitive personal ' +
      'information"), as CCPA-style tables and bullets name them. Weak alone: with a list of data types or a second cue it is ' +
      'collection; in a sentence about disclosing or selling the categories they are what was shared.',
    patterns: [
      rx(words("identifiers,? (?:such as|like|including|e\\.g\\.)|personal identifiers|commercial information|internet (?:or (?:other )?)?(?:similar )?(?:electronic )?network activity|geolocation data|precise geolocation|sensory (?:data|information)|audio, electronic, visual|biometric (?:information|data|identifiers)|professional or employment[- ]related|non-public education information|inferences (?:drawn|we draw|about you)|characteristics of protected classifications|protected classification characteristics|sensitive personal (?:information|data)|account log-?in credentials|customer records")),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, DEFINITION, THIRD_PARTY_ACTS, rx(words('disclose|discloses|disclosed|sell|sells|sold|share|shares|shared|sale|sharing'))],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['• Identifiers, such as your name, email address and IP address.', 'Internet or other electronic network activity information, such as browsing history'],
      noMatch: ['We have disclosed identifiers, such as your name, and commercial information for a business purpose.'],
    },
  },
  {
    id: 'collection/human-review',
    category: 'collection',
    description:
      'People at the company reviewing what users submit or record ("inputs may be reviewed by trained human reviewers to ' +
      'improve quality", "a small sample of voice recordings is manually reviewed"): a first-party use of the content, as ' +
      'assistants and AI features disclose it.',
    patterns: [rx(words('human reviewers?|human review|manually reviewed|manual review|reviewed by (?:our )?(?:trained )?(?:staff|employees|people|humans|annotators|reviewers)|annotat(?:e|ed|ion) by (?:our )?(?:staff|employees|people|humans)'))],
    requires: [rx(DATA, '|', words('inputs?|prompts?|conversations?|chats?|transcripts?|outputs?|samples?'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, THIRD_PARTY_ACTS, rx(words('automated decision[- ]making|decisions? (?:based|made)|right to|ask for|request'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Inputs you submit to our assistant may be reviewed by trained human reviewers to improve quality.', 'A small sample of voice recordings is manually reviewed.'],
      noMatch: ['Where a decision is automated, you can ask for human review.'],
    },
  },
  {
    id: 'collection/legal-basis',
    category: 'collection',
    description:
      'The legal basis for processing, as GDPR-style notices state it ("we process your data on the following legal bases", ' +
      '"legitimate interests: to secure our services", "to perform our contract with you"): why the company itself uses the data. ' +
      'Not where the user objects to it or withdraws consent (that is a choice).',
    patterns: [
      rx(words('legal bases|legal basis|lawful basis|lawful bases|lawful grounds?|legal grounds? for processing|bases? for (?:the )?processing|legitimate interests?|performance of (?:a|the|our) contract|(?:to )?perform (?:a|the|our) contract|necessary (?:for|to) (?:the performance of|perform) (?:a|the|our) contract')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, POLICY_CHANGE, rx(words('object|objects|objection|opt[- ]?out|withdraw|withdrawal|right to|restrict'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We process your personal data on the following legal bases:', '• Legitimate interests: to secure our services and prevent fraud.'],
      noMatch: ['You may object to processing based on our legitimate interests.'],
    },
  },
  {
    id: 'collection/cookie-categories',
    category: 'collection',
    description:
      'The cookie classes of consent banners and cookie notices ("strictly necessary cookies are required for the site to work", ' +
      '"analytics cookies allow us to count visits", "functional cookies remember your choices"), said of the site\'s own use. ' +
      'Classes set by others ("targeting cookies set by our advertising partners") are sharing.',
    patterns: [rx(words('strictly necessary|essential|necessary|functional|functionality|performance|analytics|analytical|statistics|statistical|preference|preferences'), ' ', words('cookies?|technologies'))],
    requires: [rx(words('allow us|allows us|help us|helps us|enable us|enables us|let us|lets us|required|necessary for|needed for|essential for|used to|used for|remember|remembers|count|measure|we use|set by us|our site|our website|the website|the site|to function|to work'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, rx(words('set by (?:third[- ]part(?:y|ies)|our partners|other companies|advertisers)|third[- ]party (?:cookies|providers|partners)'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Strictly necessary cookies are required for the website to function.', 'Analytics cookies allow us to count visits and traffic sources.'],
      noMatch: ['Performance cookies set by third parties measure their ads.'],
    },
  },
  {
    id: 'collection/sources',
    category: 'collection',
    description:
      'Where the company gets personal information ("sources of personal information: directly from you; automatically from ' +
      'your devices", "categories of sources"), the source disclosure state laws require beside the categories collected.',
    patterns: [rx(words('categories of sources|sources of (?:the )?(?:personal )?(?:information|data)|(?:directly|automatically) from (?:you|your (?:devices?|browsers?|use of))|from the devices? you use'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Sources of personal information: directly from you; automatically from your devices.', 'We obtain the categories of personal information listed above from the following categories of sources:'],
      noMatch: ['Sources say the product will launch in May.'],
    },
  },
  {
    id: 'collection/we-collect',
    category: 'collection',
    description:
      'The company as subject of a collecting verb ("we collect", "we may automatically receive", "our servers log"), or users ' +
      'asked to hand data over ("you may be asked to provide your e-mail address"). Not inside a relative clause ("the ' +
      'information we collect") or an indirect question ("how we collect"). Denials ("we do not collect") are still ' +
      'statements about collection.',
    // Subject, up to four modals/adverbs ("we may also", "we don't", "we've"), collecting verb.
    match: [
      ...firstParty(`${M_AUX} ${M_COLLECT}`),
      // Users handing data over: "you may be asked to provide your", "users are required to submit information".
      `(you|users) ${M_AUX} (have|has)? (be|are|is)? (required|asked|requested|prompted|invited)? (to|of)? (provide|providing|give|giving|submit|submitting|enter|entering|supply|supplying) (us|to us|the following|your|information|personal information|data|some|certain|a|an)`,
    ],
    // A verb that ends its clause names data ("the information we collect.") rather than stating a practice;
    // "we request that you link to us", "we will ask for your consent", "provide us with written authorization"
    // ask for something other than data.
    notFollowedBy: new RegExp(`${CLAUSE_END_NOT_VERB_LIST.source}|${NOT_DATA_OBJECT.source}`),
    patterns: [
      rx(words('(?:our |the |its )?(?:web )?servers?|our systems|our website|our site|this site|this website|the site|the website'), '(?: (?:may|will|also|only|automatically))*'.replace('*', '{0,2}'), ' ', words('record|records|log|logs|collect|collects|capture|captures|gather|gathers|store|stores|receive|receives')),
      // Connected products report to their maker: "our devices automatically send us diagnostic data", "the app uploads
      // your recordings", "your camera sends us motion events".
      rx(words('(?:our|the|your) (?:devices?|products?|apps?|applications?|cameras?|sensors?|doorbells?|thermostats?|speakers?|wearables?|vehicles?|hardware)'), '(?: (?:may|will|also|automatically|periodically|regularly))*'.replace('*', '{0,2}'), ' ', words('send us|sends us|send to us|sends to us|report|reports|share with us|shares with us|upload|uploads|transmit|transmits|collect|collects')),
    ],
    unless: [
      META_SENTENCE,
      CHILDREN_TOPIC,
      REFERRAL,
      POLICY_CHANGE,
      // "we request that you link to our home page": a request, not collection.
      rx(words('ask|asks|request|requests'), ' that\\b'),
      rx(words('third part(?:y|ies)|advertisers|ad networks|partners'), gap(3), words('may collect|collect|collects|may use')),
    ],
    // "the information we collect" names data and "how we collect" asks a question; neither states a practice.
    notPrecededBy: QUESTION_OR_RELATIVE_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'We collect the information you provide when you create an account.',
        'Wemay automatically receive your IP address when you visit our site.',
        'Wealso collect information when you provide it to us.',
        'We do not collect precise location data.',
        'You may be asked to provide your email address.',
        "We'll also collect device identifiers.",
        'Our devices automatically send us diagnostic data such as firmware version.',
      ],
      noMatch: [
        'This Privacy Policy describes how we collect and share information.',
        'Our advertising partners may collect information about your visits.',
        'Please read on so that you know how we collect and use the information you choose to provide.',
        'We request that you link to our home page rather than copy our articles.',
        'We will ask for your express consent before we share your data with advertisers.',
        'We do not knowingly collect personal information from children under 13.',
        'This statement covers only information that is collected through this website.',
        'We keep it only as long as needed for the purposes for which it was collected.',
      ],
    },
  },
  {
    id: 'collection/user-provides',
    category: 'collection',
    description:
      'Users handing data to the company ("you provide us with", "you may share your name and address with us", "we may ask ' +
      'you for"), the other side of first-party collection. Not in a relative clause ("the e-mail address you give us") and ' +
      'not when what is handed over is consent or an authorization ("if you provide us with written authorization").',
    patterns: [
      rx(words('we|us'), AUX, ' ', words('ask|asks|require|requires|may ask|will ask|prompt'), gap(2), words('you|users')),
      rx(words('provide us with|providing us with|provided us with|give us|giving us|submit to us|share with us|disclose to us')),
      // The recipient last: "you may share different types of personal information with us, such as …".
      rx(words('you|users|visitors'), AUX, ' ', words('provide|provides|share|shares|submit|submits|send|sends|supply|supplies|give|gives|disclose'), gap(7), words('with us|to us')),
      // The company's request in the passive or as a "that" clause: "you will be required to provide your name", "you may be
      // asked to submit", "we will request that you provide your e-mail address".
      rx(words('you|users|visitors|customers|members|applicants|participants'), AUX, ' (?:be |are |were |is )?', words('required|asked|requested|prompted'), ' to ', USER_HANDS_OVER),
      rx(words('we|us'), AUX, ' ', words('ask|asks|request|requests|require|requires'), ' that you ', USER_HANDS_OVER),
    ],
    // "We ask that you credit us" asks for something other than data. (A user's own request in the same sentence, "if you
    // request that we mail you a brochure, you will be required to provide your address", does not cancel the practice.)
    // "Please provide us with your full name in any such request" tells the user how to write to us (to opt out, to ask for
    // a copy): the details serve that request, they are not a collection practice.
    unless: [
      META_SENTENCE,
      CHILDREN_TOPIC,
      REFERRAL,
      POLICY_CHANGE,
      rx(words('we|us'), AUX, ' ', words('ask|asks|request|requests'), ' that (?!you ', USER_HANDS_OVER, ')'),
      rx(words('please'), ' (?:be sure to |make sure to |remember to |also )?', words('provide|include|give|send|submit|state')),
    ],
    notPrecededBy: QUESTION_OR_RELATIVE_LEAD,
    notFollowedBy: NOT_DATA_OBJECT,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'You may share different types of personal information with us, such as your name and phone number.',
        'Sometimes we ask you for your postal address.',
        'You provide us with your name when you register.',
        'To order a catalogue you will be required to provide your postal address.',
        'We will request that you provide an e-mail address and a password.',
        'If you request that we mail you a catalogue, you will be asked to provide your postal address.',
      ],
      noMatch: [
        'The email address you give us will appear in the From line.',
        'If you provide us with written authorization, you may revoke it at any time.',
        'We ask that you credit us as the source.',
        'In your letter, please provide us with your name and the e-mail address of your account.',
      ],
    },
  },
  {
    id: 'collection/passive-collected',
    category: 'collection',
    description:
      'Data said to be collected in the passive ("your IP address is recorded", "personal information may be collected when you ' +
      'register"). Not a relative clause ("information that is collected through the site" names data), not the past tense ' +
      '(in policies "was collected" mostly sits in the purposes clause of retention: "for as long as needed for the purpose ' +
      'for which it was collected"), and not collection by others ("may be collected and used by others").',
    patterns: [
      rx(DATA, '(?:[ ,]+(?!that |which |for which )[^ ,.;:!?]+){0,3}[ ,]+', words('is|are|may be|will be|can be|might be|will also be|may also be'), ' (?:also |automatically |only |generally |then )?', words('collected|gathered|recorded|logged|obtained|captured|received|processed')),
      // Data leaving the user's device for the company: "recordings are uploaded to our servers", "sent to us".
      rx(words('sent|transmitted|uploaded|streamed'), ' to ', words('us|our servers?|our cloud|our systems|our cloud servers')),
      // The active form, with the device or app as subject: "it streams audio to the cloud", "the app uploads clips to our servers".
      rx(words('send|sends|stream|streams|upload|uploads|transmit|transmits'), gap(3), words('to (?:us|our servers?|our cloud|the cloud|our systems|our cloud servers)')),
    ],
    // "the way your information is collected" is a topic; "What Information Is Collected?" a title.
    notPrecededBy: QUESTION_OR_RELATIVE_LEAD,
    notFollowedBy: /^\s*\?/,
    unless: [
      META_SENTENCE,
      CHILDREN_TOPIC,
      REFERRAL,
      POLICY_CHANGE,
      rx(words('collected|gathered|recorded|obtained|received|processed'), '(?: and (?:used|shared|processed|displayed))? by ', words('third part(?:y|ies)|third-part(?:y|ies)|advertisers|ad networks|partners|them|these companies|such companies|the third|outside parties|any outside|other companies|other parties|others|other users|anyone|the public|strangers')),
      // The transmission disclaimer of security sections ("information transmitted to us may be intercepted").
      rx(words('intercepted|over the internet|in transit|impenetrable|cannot guarantee|can not guarantee')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Your IP address is automatically recorded.', 'Personal information may be collected when you register for an event.', 'Audio is recorded after the wake word is detected.', 'Clips are uploaded to our servers when motion is detected.', 'After it hears the wake word, the speaker streams audio to the cloud.'],
      noMatch: ['Such information may be collected and used by others.', 'This statement covers only information that is collected through this website.'],
    },
  },
  {
    id: 'collection/joint-collection',
    category: 'collection',
    description:
      'The company and others as joint subject of collection ("we and our service providers may collect", "we or third parties ' +
      'may use cookies"): the company collects too. (Third parties alone collecting are sharing; this sentence is both.)',
    patterns: [
      rx('\\bwe (?:and|or|, along with|together with)', gap(4), words('may collect|collect|may use|use|may gather|gather|may obtain|obtain|may receive|receive|may place|place|may set|set')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL],
    notPrecededBy: QUESTION_OR_RELATIVE_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We and our third-party service providers may collect and use information in a variety of ways.', 'We or our partners may use cookies to remember you.'],
      noMatch: ['Our partners may collect information about your visits.'],
    },
  },
  {
    id: 'collection/company-collects',
    category: 'collection',
    description:
      'A named subject (company or site name) with a third-person collecting or using verb and a data noun: "Acme collects ' +
      'information", "the Company uses your contact details". Third-party subjects (partners, analytics, Google) are excluded.',
    patterns: [
      // The verb comes first and the subject is checked behind it, so the scan stops only at the few verbs instead
      // of testing every word of the text as a possible company name.
      rx(words('collects|gathers|obtains|receives|stores|uses|processes|tracks'), '(?<=', NAMED_SUBJECT, SUBJECT_MODALS, ' \\w+)', gap(6), '["\'(]?', DATA),
      rx(words('collect|gather|obtain|receive|record|log|store|use|process|track'), '(?<=', NAMED_SUBJECT, ' ', words('may|will|can|might|could|would|shall'), '(?: also)? \\w+)', gap(6), '["\'(]?', DATA),
      rx(words('uses|may use|employs|places|sets'), '(?<=', NAMED_SUBJECT, ' (?:may )?\\w+)', gap(2), '["\'(]?', words('cookies?|web beacons?|pixel tags?|pixels|clear gifs|tracking technolog(?:y|ies)|similar technolog(?:y|ies)')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, rx(words('analytics|google|facebook|twitter|pixel|sdk|plug-?in|widget|advertising'), ' ', words('collects|gathers|obtains|receives|records|logs|stores|uses|processes|tracks')), rx(THIRD, ' ', words('collects|gathers|obtains|receives|records|logs|stores|uses|processes|tracks')), rx(words('third part(?:y|ies)|third-part(?:y|ies)|partners?|advertisers?|networks?|providers?|vendors?|companies|analytics|google|facebook|sponsors?|affiliates?'), AUX.replace('{0,4}', '{0,2}'), ' ', words('collect|collects|use|uses|gather|gathers|obtain|obtains|receive|receives|record|records|process|processes|track|tracks|place|places|set|sets'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['ZuoMi collects information when you use our Services.', 'Sci-News.com collects information about your visits.', 'The Company uses your contact information to respond to requests.'],
      noMatch: [
        'Google Analytics uses cookies set by third parties.',
        'A third-party advertiser collects data about you.',
        'They may collect information about your online activities over time.',
        'We belong to ad networks that may use your browsing history to show you ads.',
        'We will retain logs and statistical information about you.',
      ],
    },
  },
  {
    id: 'collection/we-use-data',
    category: 'collection',
    description:
      'The company using data for a purpose ("we use your information to", "we may use cookies to", "used to improve our services").',
    patterns: [
      // Kept as regex: written in match syntax it scored the same on OPP dev and the seeds but doubled the
      // cost of the match layer ("use" and the data nouns are in most policy clauses). See eval/README.md.
      rx(WE, AUX, ' ', USE_VERB, gap(5), DATA),
      rx(WE, AUX, ' ', USE_VERB, ' (?:it|this|them|such|these)\\b'),
      // Using contact details to reach the user (newsletters, offers, account e-mail) is a first-party use.
      rx(WE, AUX, ' ', words('send|email|e-mail|contact|notify|communicate with|call|text|mail'), ' you ', words('information|offers?|emails?|e-mails?|newsletters?|updates|notices|notifications|messages|promotional|marketing|special offers|confirmations?|alerts|about|using|by (?:e-?mail|phone|telephone|mail)|via|regarding')),
      // Not across "how": "Cookies and how they are used" is a title, not a statement.
      rx(DATA, '(?:[ ,]+(?!that |which |how )[^ ,.;:!?]+){0,4}[ ,]+', words('is used|are used|may be used|will be used|is utilized|may be utilized|is processed|are processed|will be processed|helps us|allows us|enables us|lets us')),
    ],
    unless: [
      META_SENTENCE,
      CHILDREN_TOPIC,
      REFERRAL,
      POLICY_CHANGE,
      // "we will notify you about changes to this policy" is a policy-change notice, not a use of contact data.
      rx(words('notify|inform|alert|tell'), ' you ', words('of|about|if|when'), gap(3), words('changes?|modifications?|revisions?|breach(?:es)?')),
      rx(THIRD, gap(2), words('use|uses|may use'), ' ', DATA),
      // "we use SSL encryption to protect information" is a security measure, not a use of data.
      rx(WE, AUX, ' ', words('use|employ|utilize|maintain'), gap(2), words('ssl|tls|encryption|firewalls?|secure|security|safeguards?|industry[- ]standard|reasonable|commercially reasonable|technical|physical|administrative|procedures|measures')),
    ],
    // "the information we collect" names data; "how we use your information" asks or announces a topic.
    notPrecededBy: QUESTION_OR_RELATIVE_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'We use your email address to send you order confirmations.',
        'Your information may be used to improve our services.',
      ],
      noMatch: [
        'Please read these terms before using the site.',
        'This policy explains how we use data.',
        'You will always know what information we gather and how we might use that information.',
        'We will notify you about significant changes in the way we treat personal information.',
      ],
    },
  },
  {
    id: 'collection/practice-list-lead-in',
    category: 'collection',
    description:
      'A sentence that announces a list of what the company collects or how it uses data ("Details of how we use your ' +
      'information are as follows:", "the ways we collect data include the following:"). Without the list cue, "how we use" ' +
      'is only a topic (see the question lead in we-collect and we-use-data); with it, the items below are collection and ' +
      'the classifier passes the category on to them.',
    patterns: [
      rx(
        words('how we|the ways? we|the ways? in which we|purposes for which we|what we'),
        ' (?:may |will |can )?',
        words('collect|use|process|obtain|gather'),
        '\\b[^.;:!?]{0,120}',
        words('as follows|the following|following purposes|following ways|following information|following types'),
        ' ?:',
      ),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Details of how we use your information are as follows:', 'The ways we collect personal data include the following:'],
      noMatch: ['How we use your information', 'Our policy explains how we use your information, as follows:'],
    },
  },
  {
    id: 'collection/received-from-others',
    category: 'collection',
    description:
      'The company receiving data about users from other sources ("information we receive from other sources", "we may obtain ' +
      'information about you from social networks"). The company is the one collecting: OPP-115 files this as first-party ' +
      'collection ("receive from a third party"), not as third-party sharing.',
    patterns: [
      rx(
        words('information|data|details'),
        ' (?:that |which )?(?:we )?(?:may )?(?:also )?',
        words('receive|receives|obtain|obtains|collect|collects|get|gets|gather|gathers|received|obtained|collected'),
        ' (?:about you )?',
        FROM_OTHERS,
      ),
      rx(WE, AUX, ' ', words('receive|obtain|collect|get|gather|acquire|supplement|combine'), gap(5), FROM_OTHERS),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Information We Receive From Other Sources', 'We may obtain information about you from social networks and public sources.'],
      noMatch: ['We share information with other companies.'],
    },
  },
  {
    id: 'collection/automatic-data',
    category: 'collection',
    description:
      'Automatically collected technical data and first-party tracking technology (log files, IP addresses, cookies we set, web beacons).',
    patterns: [
      rx(words('log files?|server logs?|web logs?|weblogs|clickstream|browser type|operating system|referring (?:url|page|site)s?|pages? (?:you )?visited|time stamps?|device identifiers?|device ids?|mac address|imei|ip address(?:es)?|internet protocol address(?:es)?|unique identifiers?|geo-?location|gps|location data|device information|usage data|usage information|traffic data')),
    ],
    requires: [rx(words('we|us|our|collect|collects|collected|automatically|logs?|record|records|recorded|receive|receives|gather|track|store|stored'))],
    // In a sentence whose actor is a third party, the data named is what THEY get (sharing).
    unless: [META_SENTENCE, CHILDREN_TOPIC, THIRD_PARTY_ACTS],
    negation: 'keep',
    weight: 0.6,
    examples: {
      match: ['Our servers automatically record your IP address and browser type.', 'We log device identifiers and usage data.'],
      noMatch: ['Contact us at privacy@example.com.'],
    },
  },
  {
    id: 'collection/first-party-cookies',
    category: 'collection',
    description:
      'The company\'s own cookies and similar technologies ("we use cookies", "our site uses cookies", "cookies are small files we place"). ' +
      'Cookies set by third parties are `sharing` instead.',
    patterns: [
      rx(WE, AUX, ' ', words('use|uses|place|places|set|sets|store|stores|employ|employs|deploy|utilize|may use|send'), gap(5), '["\'(]?', TRACKER),
      // The company's own trackers as subject: "our cookies do not collect personal information".
      rx('\\bour (?:own )?', TRACKER, ' (?:do|does|are|is|may|will|can|collect|collects|help|helps|allow|allows|enable|enables|remember|store|stores|record|records|track|tracks)\\b'),
      rx(words('cookies?|web beacons?|pixel tags?'), ' ', words('(?:that|which) we (?:use|set|place)|we use|set by us|placed by us')),
      // Definitions that name the company as the one setting them: "cookies are small identifiers that we transfer to your
      // device", "a cookie is a file placed by us on your computer".
      rx(words('cookies? (?:are|is)|web beacons? (?:are|is)|pixel tags? (?:are|is)|clear gifs? (?:are|is)'), gap(6), words('(?:that|which) we (?:use|set|place|transfer|send|store|put|save|serve)|(?:placed|set|stored|sent|served|transferred) (?:there )?by us')),
      // What they do for the company: "cookies enable our systems to recognize your browser".
      rx(words('cookies?|web beacons?|pixel tags?|clear gifs?'), gap(8), words('enable|enables|allow|allows|help|helps|let|lets'), ' ', words('us|our systems|our servers|our site|our website|our websites'), ' (?:to )?', words('recognize|recognise|remember|identify|track|collect|know|understand')),
      rx(words('site|website|service|services|app|pages|web pages|e-?mails|newsletters'), ' ', words('uses|use|may use|utilizes|employs|contain|contains|may contain|include|includes|may include'), gap(4), '["\'(]?', words('cookies?|web beacons?|pixel tags?|clear gifs?|single-pixel gifs?|tracking technolog(?:y|ies)')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, rx(words('third-party|third party|advertisers|ad networks|partners'), gap(3), words('cookies?|web beacons?|pixel tags?'))],
    // "ads on our site may use …": the site is the place, not the subject.
    notPrecededBy: /\b(?:on|to|at|from|of|in|through|with|via|across)(?: (?:our|the|this|its|their))? $/,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'We use cookies to remember your settings.',
        'Our website uses cookies and web beacons.',
        'We may also use tiny electronic images (called "single-pixel GIFs") to count visitors.',
        'Our web beacons do not collect personally identifiable information.',
        'Our web pages may contain electronic images known as web beacons.',
        'Cookies are short text files that we send to your browser when you sign in.',
        'These cookies let us recognize your device when you come back.',
      ],
      noMatch: [
        'Third-party advertisers may place cookies on your browser.',
        'Our partners use their own cookies.',
        'Our pages may contain links to third-party sites that use cookies.',
        'Advertising networks that serve ads on our site may use single-pixel GIFs.',
      ],
    },
  },
  {
    id: 'collection/purpose-list',
    category: 'collection',
    description:
      'Statements of why data is processed (communication, personalisation, analytics, service provision) written ' +
      'without an explicit subject, as in purpose lists ("to send you newsletters", "to process your order").',
    patterns: [
      rx('(?:^|[-\u2022*] |: )', words('to (?:send|provide|process|fulfil|fulfill|deliver|improve|personalize|personalise|customize|respond to|contact|communicate with|notify|verify|analy[sz]e|administer|operate|maintain|enable|measure|better understand|understand|help us|prevent|detect|protect|comply|enforce|display|show|offer|conduct)')),
      rx(words('legitimate interests?|legal basis|lawful basis|basis for processing|performance of (?:a|the) contract')),
    ],
    requires: [rx(words('you|your|our|us|we|users?|customers?|services?|orders?|accounts?|data|information'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, IDENTITY_VERIFICATION, rx(THIRD, gap(4), words('to provide|to process|to send|to deliver'))],
    negation: 'keep',
    weight: 0.6,
    examples: {
      match: ['- to send you newsletters and updates about our products;', 'To process your order and deliver your products'],
      noMatch: ['Questions about this notice can be sent to our office.'],
    },
  },
  {
    id: 'collection/data-categories',
    category: 'collection',
    description:
      'Named categories of personal data users hand over ("your name, email address and phone number", "payment card details"). ' +
      'Weak alone: a list of data types is collection when nothing else claims it.',
    patterns: [
      rx(words('name|first name|last name|full name'), gap(3), words('e-?mail address|email|phone number|telephone number|postal address|mailing address|address|date of birth|birthday')),
      rx(words('credit card (?:number|information|details)|payment (?:card|information|details)|billing address|shipping address|date of birth|gender|zip code|postal code|social security number|username|user name|password|photos?|voice recordings?|contact list|purchase history|browsing history|search history|demographic information')),
    ],
    // In a sentence whose actor is a third party, the data named is what THEY get (sharing).
    unless: [META_SENTENCE, CHILDREN_TOPIC, DEFINITION, THIRD_PARTY_ACTS],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['contact details, such as your name, title, email address and phone number;', 'payment card details and billing address'],
      noMatch: ['We protect your account with encryption.'],
    },
  },
  {
    id: 'collection/labelled-data-list',
    category: 'collection',
    description:
      'A list item or paragraph that opens with a label naming a kind of data and then lists what it holds ("Information ' +
      'collected automatically: IP address, browser type…", "Identity Data includes first name, last name, username…"): ' +
      'the layout of data inventories, where no sentence says "we collect". Not contact details ("Contact information: write to…") ' +
      'and not a definition ("personal data means…").',
    patterns: [
      rx(
        DATA_LIST_ITEM_LEAD,
        '(?:[a-z-]+ ){0,4}?',
        words('data|information|info|details|identifiers|records|content'),
        '(?: (?:that )?(?:we|you) (?:may )?(?:collect|receive|obtain|process|provide|give|submit|share)(?: (?:to |with )?us)?)?',
        '(?: (?:collected|obtained|received|gathered|provided)(?: (?:automatically|directly|by you|from you|from (?:third parties|others|partners|other sources)))?)?',
        '(?::| (?:includes?|including|such as|consists? of|comprises?|covers?)\\b)',
        // Up to the first listed type, no sentence of the company's own ("Account information: we will never ask for…").
        '(?:(?! (?:we|us|our|never|not) )[^.;]){0,160}?',
        LISTED_DATA_TYPE,
      ),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, DEFINITION, rx(words('contact us|write to|reach us|questions|email us|call us|send us|send your'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'Information collected automatically: device and browser information, IP address, app usage and approximate location.',
        'Identity Data includes first name, maiden name, last name, username or similar identifier, marital status and date of birth.',
        '• Technical data: IP address, browser type and version, time zone setting and operating system.',
        'Usage data: information about how you use our website, products and services.',
        'Information you provide to us: your name, email address, postal address and payment details.',
      ],
      noMatch: [
        'Contact information: if you have questions, write to privacy@example.com.',
        'Account information: we will never ask for your password by email.',
        'Personal data means any information relating to an identified or identifiable person, such as a name or an IP address.',
        'Effective date: 1 March 2026.',
      ],
    },
  },
  {
    id: 'collection/device-records',
    category: 'collection',
    description:
      'The product itself as the one collecting: a device, app or sensor that records, measures or logs readings ("the band ' +
      'records your heart rate", "our app collects your location", "It records:" opening a list of readings). Hardware and ' +
      'app makers describe collection this way rather than as "we collect". Third-party SDKs and plug-ins are excluded (sharing).',
    patterns: [
      rx(
        words('(?:our|the|your|this|each) (?:[a-z-]+ )?(?:app|apps|application|device|devices|band|watch|tracker|wearable|product|products|camera|cameras|sensor|sensors|scale|ring|firmware|hardware)'),
        '(?: (?:also|automatically|continuously|only|may|can|will)){0,2} ',
        words('records?|collects?|measures?|logs?|captures?|tracks?|gathers?|monitors?|detects?|senses?|uploads?|syncs?'),
        ' ',
        words('your|the|data|information|readings?|steps|heart|sleep|location|activity|audio|video|images?|temperature|movement|how|when|whether'),
      ),
      // "It records:" opening a list of readings: the pronoun can only be the product the paragraph is about.
      rx('(?:^|(?<=[.!?] ))(?:it|they) (?:also |automatically |continuously )?', words('records|record|collects|collect|measures|measure|logs|log|captures|capture|tracks|track'), '(?: the following)?:\\s*$'),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, rx(words('third[- ]part(?:y|ies)|sdks?|plug-?ins?|widgets?|partners?'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Your band has an optical sensor. It records:', 'The app records your route during a workout.', 'Our camera captures video when it detects motion.'],
      noMatch: ['It records the date of each version of this policy.', 'Third-party SDKs in the app may collect your device ID.', 'The band is water resistant to 50 metres.'],
    },
  },
  {
    id: 'collection/we-store-abroad',
    category: 'collection',
    description:
      'Where the company itself stores or processes data (its own servers, country of storage). Moving its own data abroad is ' +
      'collection per the gold convention; transfers to affiliates or third parties are `sharing`.',
    patterns: [rx(words('stored|store|stores|hosted|host|processed|maintained|maintain|kept'), gap(4), words('on (?:our )?servers?|in (?:the )?(?:united states|u\\.s|usa|china|europe|european union|data centers?|databases?)|our (?:servers|databases?|data centers?|systems)'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC],
    negation: 'keep',
    // Storage location alone rarely makes a collection statement; weak.
    weight: 0.5,
    examples: {
      match: ['Your data is stored on servers in the United States.', 'Information is maintained in our databases.'],
      noMatch: ['We will not sell your data.'],
    },
  },
  {
    id: 'collection/data-we-collect',
    category: 'collection',
    description:
      'The noun phrase "the information (that) we collect/receive": it names first-party data, but often as the object of ' +
      'another practice ("we share the information we collect"), so it is weak alone and counts with a second cue.',
    patterns: [rx(words('information|data|details|content|info|everything|anything|types of information|categories of information'), ' (?:that |which )?(?:we|us) (?:may )?(?:automatically )?', words('collect|collects|receive|gather|obtain|record|store|process|have|hold|maintain'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, DEFINITION, POLICY_CHANGE, IDENTITY_VERIFICATION],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['This is information we automatically collect when you use our Services.', 'The data that we receive is limited.'],
      noMatch: ['We collect your name.'],
    },
  },
  {
    id: 'collection/purpose-fragment',
    category: 'collection',
    description:
      'A block or list item that is itself a purpose clause ("to personalize your experience;", "for fraud prevention and ' +
      'to comply with laws;"): in policies these items continue a "we use your information…" lead-in.',
    patterns: [
      rx('^[\\s\u2022*\\-\u2013\u00b7]*(?:\\(?[a-z0-9]{1,3}[.)] )?', words('to (?:send|provide|process|fulfil|fulfill|deliver|improve|personalize|personalise|customize|respond to|contact|communicate|notify|verify|analy[sz]e|administer|operate|maintain|enable|measure|better|understand|help|prevent|detect|protect|comply|enforce|display|show|offer|conduct|allow|evaluate|manage|facilitate|develop|create|track|monitor|remember|recognize|recognise|serve|tailor|determine|confirm|authenticate|bill|collect|investigate|perform|support|keep|identify|inform|research|diagnose|ensure|assist|present|complete)|for (?:risk|fraud|security|marketing|advertising|analytics|research|billing|internal|business|legal|auditing|quality|customer|the purposes?)')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, IDENTITY_VERIFICATION],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['to personalize your experience on the Site;', '• For fraud detection and prevention, and to comply with laws;'],
      noMatch: ['Users may want to contact us with questions.', 'Welcome to our site.'],
    },
  },
  {
    id: 'collection/used-for-purpose',
    category: 'collection',
    description:
      'Data or tracking said to serve a first-party purpose without "we" as subject ("cookies help us remember you", "these are ' +
      'used to measure our campaigns", "for the purpose of analytics"). Weak: alone the purpose often belongs to a sharing, ' +
      'security or retention statement ("kept no longer than the purpose it is used for"); with a second cue it is collection.',
    patterns: [
      rx(words('these|they|it|this|which|such information|such data'), ' (?:may |will |can |is |are )?(?:also )?(?:be )?(?:used|utilized) (?:to|for|in)\\b'),
      rx(words('to help us|help us|allow us to|enable us to|allows us to|enables us to|lets us|helps us'), ' ', words('improve|understand|provide|personalize|personalise|customize|deliver|measure|analyze|analyse|operate|remember|recognize|recognise|tailor|offer|better|identify|serve')),
      rx(words('for (?:the )?purposes? of|in order to|purposes such as'), gap(3), words('analytics|analysis|research|marketing|improving|personalizing|fraud prevention|billing|providing|processing|verifying|administering')),
    ],
    // A purpose served for us by someone else ("service providers that help us improve", "we share data with partners
    // for the purpose of processing orders") belongs to the sharing statement around it.
    unless: [META_SENTENCE, CHILDREN_TOPIC, THIRD_PARTY_ACTS, rx(THIRD, gap(2), words('use|uses|may use'), ' ', DATA)],
    notPrecededBy: /\b(?:that|who|which) (?:may |will |can )?$/,
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['Cookies help us remember your preferences.', 'These may be used to measure the success of our campaigns.'],
      noMatch: ['We are happy to help.', 'We work with companies that help us improve our sites.'],
    },
  },
];
