import type { Rule } from '../types';
import { ENDS_CLAUSE, M_AUX, M_COLLECT, firstParty } from '../phrases';
import { AUX, RELATIVE_LEAD, COLLECT_VERB, DATA, META_SENTENCE, THIRD, USE_VERB, WE, gap, rx, words } from '../lexicon';

/**
 * First-party collection and use: what the company itself gathers, how, and what for.
 * Third parties collecting (partners' cookies, ad networks) is `sharing`, so subject matters here.
 */
export const collectionRules: Rule[] = [
  {
    id: 'collection/we-collect',
    category: 'collection',
    description:
      'The company as subject of a collecting verb ("we collect", "we may automatically receive", "our servers log"), or users ' +
      'handing data over ("you provide us with"). Not inside a relative clause ("the information we collect"). ' +
      'Denials ("we do not collect") are still statements about collection.',
    // Subject, up to four modals/adverbs ("we may also", "we don't", "we've"), collecting verb.
    match: [
      ...firstParty(`${M_AUX} ${M_COLLECT}`),
      // Users handing data over: "you may be asked to provide your", "users are required to submit information".
      `(you|users) ${M_AUX} (have|has)? (be|are|is)? (required|asked|requested|prompted|invited)? (to|of)? (provide|providing|give|giving|submit|submitting|enter|entering|supply|supplying) (us|to us|the following|your|information|personal information|data|some|certain|a|an)`,
    ],
    // A verb that ends its clause names data ("the information we collect.") rather than stating a practice.
    notFollowedBy: ENDS_CLAUSE,
    patterns: [
      rx(words('we|us'), AUX, ' ', words('ask|asks|require|requires|may ask|will ask|prompt'), gap(2), words('you|users')),
      rx(words('collected|gathered|obtained|received|recorded|logged|stored'), ' (?:automatically )?(?:by|through|via|from) (?:us|our|the site|this site|the website|the app|the services)\\b'),
      rx(words('provide us with|providing us with|provided us with|give us|giving us|submit to us|share with us|disclose to us')),
      rx(words('(?:our |the |its )?(?:web )?servers?|our systems|our website|our site|this site|this website|the site|the website'), '(?: (?:may|will|also|only|automatically))*'.replace('*', '{0,2}'), ' ', words('record|records|log|logs|collect|collects|capture|captures|gather|gathers|store|stores|receive|receives')),
      rx(DATA, gap(3), words('is|are|may be|will be|be|being|was|were|can be|might be'), ' (?:also |automatically |only |generally |then )?', words('collected|gathered|recorded|logged|obtained|captured|received|processed')),
    ],
    unless: [
      META_SENTENCE,
      rx(words('third part(?:y|ies)|advertisers|ad networks|partners'), gap(3), words('may collect|collect|collects|may use')),
      rx(words('collected|gathered|recorded|obtained|received|processed'), ' by ', words('third part(?:y|ies)|third-part(?:y|ies)|advertisers|ad networks|partners|them|these companies|such companies|the third|outside parties|any outside|other companies|other parties')),
    ],
    // "the information we collect" names data; it is not itself a statement of collection.
    notPrecededBy: RELATIVE_LEAD,
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
      ],
      noMatch: ['This Privacy Policy describes how we collect and share information.', 'Our advertising partners may collect information about your visits.'],
    },
  },
  {
    id: 'collection/company-collects',
    category: 'collection',
    description:
      'A named subject (company or site name) with a third-person collecting or using verb and a data noun: "Acme collects ' +
      'information", "the Company uses your contact details". Third-party subjects (partners, analytics, Google) are excluded.',
    patterns: [
      rx('\\b(?:the )?(?:company|site|website|service|app|application|[a-z][a-z0-9.-]{2,30}(?:\\.com|\\.org|\\.net)?) ', AUX.replace('{0,4}', '{0,2}'), '(?: )?', words('collects|gathers|obtains|receives|records|logs|stores|uses|processes|tracks'), gap(4), DATA),
      rx('\\b(?:the )?(?:company|site|website|service|app|application|[a-z][a-z0-9.-]{2,30}(?:\\.com|\\.org|\\.net)?) ', words('may|will|can|might|could|would|shall'), '(?: also)? ', words('collect|gather|obtain|receive|record|log|store|use|process|track'), gap(4), DATA),
      rx('\\b(?:the )?(?:company|site|website|service|app|application|[a-z][a-z0-9.-]{2,30}(?:\\.com|\\.org|\\.net)?) ', words('uses|may use|employs|places|sets'), gap(2), words('cookies?|web beacons?|pixel tags?|pixels|clear gifs|tracking technolog(?:y|ies)|similar technolog(?:y|ies)')),
    ],
    unless: [META_SENTENCE, rx(words('analytics|google|facebook|twitter|pixel|sdk|plug-?in|widget|advertising'), ' ', words('collects|gathers|obtains|receives|records|logs|stores|uses|processes|tracks')), rx(THIRD, ' ', words('collects|gathers|obtains|receives|records|logs|stores|uses|processes|tracks')), rx(words('third part(?:y|ies)|third-part(?:y|ies)|partners?|advertisers?|networks?|providers?|vendors?|companies|analytics|google|facebook|sponsors?|affiliates?'), AUX.replace('{0,4}', '{0,2}'), ' ', words('collect|collects|use|uses|gather|gathers|obtain|obtains|receive|receives|record|records|process|processes|track|tracks|place|places|set|sets'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['ZuoMi collects information when you use our Services.', 'Sci-News.com collects information about your visits.', 'The Company uses your contact information to respond to requests.'],
      noMatch: ['Google Analytics uses cookies set by third parties.', 'A third-party advertiser collects data about you.'],
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
      rx(WE, AUX, ' ', words('send|email|e-mail|contact|notify|communicate with|call|text|mail'), ' you ', words('information|offers?|emails?|e-mails?|newsletters?|updates|notices|notifications|messages|promotional|marketing|special offers|confirmations?|alerts|about')),
      rx(DATA, gap(4), words('is used|are used|may be used|will be used|is utilized|may be utilized|is processed|are processed|will be processed|helps us|allows us|enables us|lets us')),
    ],
    unless: [
      META_SENTENCE,
      rx(THIRD, gap(2), words('use|uses|may use'), ' ', DATA),
      // "we use SSL encryption to protect information" is a security measure, not a use of data.
      rx(WE, AUX, ' ', words('use|employ|utilize|maintain'), gap(2), words('ssl|tls|encryption|firewalls?|secure|security|safeguards?|industry[- ]standard|reasonable|commercially reasonable|technical|physical|administrative|procedures|measures')),
    ],
    // "the information we collect" names data; it is not itself a statement of collection.
    notPrecededBy: RELATIVE_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'We use your email address to send you order confirmations.',
        'Your information may be used to improve our services.',
      ],
      noMatch: ['Please read these terms before using the site.', 'This policy explains how we use data.'],
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
    unless: [META_SENTENCE],
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
      rx(WE, AUX, ' ', words('use|uses|place|places|set|sets|store|stores|employ|employs|deploy|utilize|may use|send'), gap(3), words('cookies?|web beacons?|pixel tags?|pixels?|clear gifs?|local storage|flash cookies|similar technolog(?:y|ies)|tracking technolog(?:y|ies)')),
      rx(words('cookies?|web beacons?|pixel tags?'), ' ', words('(?:that|which) we (?:use|set|place)|we use|set by us|placed by us')),
      rx(words('site|website|service|services|app|pages'), ' ', words('uses|use|may use|utilizes|employs'), gap(1), words('cookies?|web beacons?|pixel tags?|tracking technolog(?:y|ies)')),
    ],
    unless: [META_SENTENCE, rx(words('third-party|third party|advertisers|ad networks|partners'), gap(3), words('cookies?|web beacons?|pixel tags?'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We use cookies to remember your settings.', 'Our website uses cookies and web beacons.'],
      noMatch: ['Third-party advertisers may place cookies on your browser.'],
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
    unless: [META_SENTENCE, rx(THIRD, gap(4), words('to provide|to process|to send|to deliver'))],
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
      rx(words('credit card (?:number|information|details)|payment (?:card|information|details)|billing address|shipping address|date of birth|gender|zip code|postal code|social security number|username|user name|password|photos?|voice recordings?|contact list|purchase history|demographic information')),
    ],
    unless: [META_SENTENCE],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['contact details, such as your name, title, email address and phone number;', 'payment card details and billing address'],
      noMatch: ['We protect your account with encryption.'],
    },
  },
  {
    id: 'collection/we-store-abroad',
    category: 'collection',
    description:
      'Where the company itself stores or processes data (its own servers, country of storage). Moving its own data abroad is ' +
      'collection per the gold convention; transfers to affiliates or third parties are `sharing`.',
    patterns: [rx(words('stored|store|stores|hosted|host|processed|maintained|maintain|kept'), gap(4), words('on (?:our )?servers?|in (?:the )?(?:united states|u\\.s|usa|china|europe|european union|data centers?|databases?)|our (?:servers|databases?|data centers?|systems)'))],
    unless: [META_SENTENCE],
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
    unless: [META_SENTENCE],
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
    unless: [META_SENTENCE],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['to personalize your experience on the Site;', '• For fraud detection and prevention, and to comply with laws;'],
      noMatch: ['Users may want to contact us with questions.', 'Welcome to our site.'],
    },
  },
  {
    id: 'collection/user-action',
    category: 'collection',
    description:
      'Moments when users hand data over ("when you register", "if you sign up", "when you place an order"): a weak cue, since the ' +
      'same clause often introduces sharing or a choice; it counts with a second collection cue.',
    patterns: [rx(words('when you|if you|once you|whenever you'), ' ', words('register|sign up|create an account|subscribe|fill out|fill in|submit|place an order|make a purchase|participate in|apply for|log in|sign in|upload|post|enter a contest|enter a sweepstakes|contact us|call us|email us|complete a survey'))],
    unless: [META_SENTENCE],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['When you register, you will choose a password.', 'If you contact us by email, keep a copy.'],
      noMatch: ['You can visit the site anonymously.'],
    },
  },
  {
    id: 'collection/used-for-purpose',
    category: 'collection',
    description:
      'Data or tracking said to serve a first-party purpose without "we" as subject ("cookies help us remember you", "these are ' +
      'used to measure our campaigns", "for the purpose of analytics").',
    patterns: [
      rx(words('these|they|it|this|which|such information|such data'), ' (?:may |will |can |is |are )?(?:also )?(?:be )?(?:used|utilized) (?:to|for|in)\\b'),
      rx(words('to help us|help us|allow us to|enable us to|allows us to|enables us to|lets us|helps us'), ' ', words('improve|understand|provide|personalize|personalise|customize|deliver|measure|analyze|analyse|operate|remember|recognize|recognise|tailor|offer|better|identify|serve')),
      rx(words('for (?:the )?purposes? of|in order to|purposes such as'), gap(3), words('analytics|analysis|research|marketing|improving|personalizing|fraud prevention|billing|providing|processing|verifying|administering')),
    ],
    unless: [META_SENTENCE, rx(THIRD, gap(2), words('use|uses|may use'), ' ', DATA)],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Cookies help us remember your preferences.', 'These may be used to measure the success of our campaigns.'],
      noMatch: ['We are happy to help.'],
    },
  },
];
