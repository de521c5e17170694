import type { Rule } from '../types';
import { META_SENTENCE, gap, rx, words } from '../lexicon';

/**
 * User choice and control: opting in or out, consent and its withdrawal, cookie and browser
 * controls, communication preferences. "By using the service you consent" is NOT a choice (it is
 * recorded as consent_by_use in the facts), so that phrasing is an exception.
 */
const CONSENT_BY_USE = rx(words('by using|by accessing|by visiting|by continuing to use|by registering|by submitting|by providing|by downloading|by installing|your use of'), gap(12), words('consent|agree|agreement|accept|permission'));

/**
 * A sentence that points to more information elsewhere ("For more information about DoubleClick and how to
 * opt out of its tracking, click here", "Learn more about interest-based ads, including how to opt out"):
 * it mentions an opt-out without offering one here. "To opt out, visit …" still offers it and is kept.
 */
const INFORMATION_POINTER = /^\W{0,3}(?:for (?:more|further|additional) (?:information|details)|to (?:learn|find out|read) more|learn more|more information|if you (?:would like|want|wish) (?:to (?:learn|know|find out) more|(?:more|further|additional) information))\b/;

export const choiceRules: Rule[] = [
  {
    id: 'choice/opt-out',
    category: 'choice',
    description: 'Opting out or in, unsubscribing, stopping communications ("you may opt out", "click unsubscribe", "opt-in").',
    patterns: [
      rx(words('opt[- ]?out|opt[- ]?in|opting out|opted out|unsubscribe|unsubscribing|unsubscribed|remove (?:yourself|your name) from|stop receiving|no longer (?:wish|want) to receive|do not wish to receive|don\'t want to receive|not to receive|choose not to|elect not to|decline to|refuse to provide|you may elect not|you may decline|you can decline|you may refuse|you can refuse|withdraw (?:your )?consent|withdraw or (?:modify|change|update) (?:your |the |their )?consent|revoke (?:your )?consent|withdraw your permission|revoke your permission|manage your preferences|preference center|email preferences|communication preferences|adjust your settings|change your settings|change your preferences|update your preferences|stop seeing|stop getting|do not sell(?: or share)? my|do not share my|limit the use of my|your privacy choices')),
      // Defaults the user can change, and features held back until the user agrees: "off by default", "off until you accept".
      rx(words('(?:on|off|enabled|disabled|turned on|turned off|opted in|opted out) by default|(?:off|disabled|inactive|not (?:set|used|active|loaded)) until you (?:accept|agree|consent|opt in|turn (?:it|them) on|enable)')),
      // The state-law right to limit sensitive data, as its bullets and links name it ("To limit our use of sensitive personal information").
      rx(words('limit'), ' (?:the |our |its |their )?(?:use|processing|use and disclosure|use or disclosure) of (?:your |my )?sensitive'),
      // Settings pages are a choice only when the user is sent there to act ("change your privacy settings"),
      // not when they are mentioned as a state ("as controlled by your privacy settings").
      rx(words('change|adjust|update|manage|edit|review|modify|set|visit|go to|through|via|using|with|in'), ' (?:your |the |their |our )?(?:privacy|account|ad|advertising|profile|notification|marketing) settings\\b'),
    ],
    unless: [
      META_SENTENCE,
      CONSENT_BY_USE,
      INFORMATION_POINTER,
      // "If you opt out, you will still see ads", "The opt-out will take effect…", "You have successfully opted
      // out": consequences and mechanics of a choice already made, not the offer of one. A denied choice ("you
      // may not opt out of service e-mails") offers nothing either.
      rx(words("if you (?:have )?(?:opt|opted|opting)[- ]?out|(?:even if|when|whenever|once|after) you (?:have )?(?:opt|opted|unsubscribe)|opting out(?: [^ ,.;:!?]+){0,6} means|opt[- ]?outs? to (?:work|function|be effective|take effect)|opt[- ]?outs? (?:will|only|do|does|are|is) (?:not|only|still|specific|limited|take|apply|remain|expire)|(?:have|has) (?:been )?successfully (?:opted|unsubscribed)|(?:need|have) to opt[- ]?out again|(?:do not|don't|won't|will not) need to opt[- ]?out|(?:may|can|could|will) not (?:be able to )?(?:opt[- ]?out|unsubscribe)|cannot (?:opt[- ]?out|unsubscribe)|unable to (?:opt[- ]?out|unsubscribe)")),
      // "Even if you opt out, we may still contact you about your account": the exception to a choice, stated for
      // the practice that survives it.
      rx(words('even if|even though|even after|regardless of whether|notwithstanding'), gap(6), words('opt[- ]?out|opt[- ]?in|opts? (?:out|in)|opted (?:out|in)|unsubscribe|unsubscribes|unsubscribed')),
      // "If we decline to act on your request, you may appeal": the company declining is not the user's choice.
      rx('\\b(?:we|us)(?: (?:may|might|will|can|could|must|shall|do|does))? (?:decline|refuse) to\\b'),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You may opt out of receiving marketing emails at any time.', 'Click the unsubscribe link in any message.', 'You can withdraw your consent in the app settings.', 'To limit our use of sensitive personal information, such as health data.', 'Analytics cookies: off until you accept.', 'The assistant is off by default on business plans.'],
      noMatch: ['We collect your email address.', 'By using the Services you consent to this policy.', 'If you opt out, you may still receive untailored ads.', 'Even if a member chooses to opt out of promotions, we may still e-mail them about their orders.', 'If we decline to take action on your request, you may appeal.'],
    },
  },
  {
    id: 'choice/browser-cookie-controls',
    category: 'choice',
    description: 'Browser and device controls over cookies, tracking and permissions ("set your browser to refuse cookies", "disable location services").',
    patterns: [
      rx(words('refuse|reject|block|blocking|delete|deleting|remove|disable|disabling|decline|erase|clear|turn off|manage|control'), gap(4), words('cookies?|flash cookies|local shared objects|tracking|location services|location sharing|permissions?|push notifications')),
      rx(words('cookies?'), gap(4), words('disabled|rejected|refused|blocked|deleted|turned off')),
      // Passive, with the place to do it: "local storage can be cleared through your browser settings".
      rx(words('can be|may be'), ' (?:easily )?', words('disabled|cleared|blocked|deleted|removed|turned off|refused|rejected|managed|controlled'), gap(3), words('browser|browsers|device settings|settings')),
      rx(words('aboutads\\.info|networkadvertising\\.org|youronlinechoices|optout\\.aboutads|ad choices|adchoices|google ads settings|opt-out page|opt out page|opt-out mechanism|opt-out tool')),
    ],
    // Someone must be able to act: "you", "users", or the browser itself ("most browsers allow…").
    requires: [rx(words('you|your|users?|visitors?|browsers?|settings?|instructions|learn how|opt[- ]?out'))],
    unless: [META_SENTENCE, INFORMATION_POINTER, rx(words('no (?:access to or )?control|not (?:able to )?control|cannot control|do(?:es)? not control|no control'))],
    // "If you disable cookies, some features will not work": the condition of a consequence, not an offer
    // ("if you choose to disable cookies, …" still offers the control and is kept).
    notPrecededBy: /\b(?:if|should|when|once|unless) you (?:also )?$/,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can set your browser to refuse all cookies.', 'Most browsers allow you to block or delete cookies.', 'Visit aboutads.info to learn how to opt out.', 'Stored files can be cleared through your browser settings.'],
      noMatch: ['We use cookies to keep you signed in.', 'We log your browser type, version, and time zone setting.', 'We have no control over these cookies.', 'If you block cookies, parts of the store will not work.', 'If you would like more information about these ad networks, see networkadvertising.org.'],
    },
  },
  {
    id: 'choice/consent',
    category: 'choice',
    description:
      'Consent asked of the user before a practice ("with your consent", "we will ask for your permission", "explicit consent"). ' +
      'Consent implied by use is excluded (that is consent_by_use, not a choice).',
    patterns: [rx(words('you may choose|you can choose|you have the choice|it is (?:your|entirely your|up to you) (?:choice|decision)|whether or not (?:to|you) provide|choose whether|if you choose not|at your option|optional|voluntary|voluntarily|not required to provide|you are not required|you do not have to provide|required fields?|you (?:have )?consented|your consent'))],
    unless: [META_SENTENCE, CONSENT_BY_USE],
    negation: 'keep',
    weight: 0.6,
    examples: {
      match: ['Providing your phone number is optional.', 'You can choose whether to join the program.'],
      noMatch: ['By using our Services, you consent to this Privacy Policy.'],
    },
  },
  {
    id: 'choice/if-you-do-not-want',
    category: 'choice',
    description: 'Conditional choices offered to the user ("if you do not want us to…, you can…", "if you prefer not to").',
    patterns: [rx(words('if you do not want|if you don\'t want|if you would prefer|if you prefer not|if you would rather not|if you wish to stop|if you no longer wish|should you wish not|if you do not wish|if you do not agree|if you object'))],
    // "If you do not agree with this policy, do not use the site" is consent by use in other words: no choice is offered.
    unless: [META_SENTENCE, rx(words('if you do not agree'), gap(4), words('(?:this|our|the|these) (?:privacy )?(?:policy|statement|notice|terms)'))],
    negation: 'keep',
    // Often introduces a consequence rather than a control ("if you do not want cookies, some features break"): weak.
    weight: 0.5,
    examples: {
      match: ['If you do not want us to use your location, turn it off.', 'If you no longer wish to receive our newsletter, contact us.'],
      noMatch: ['If you have questions, contact us.', 'If you do not agree with the terms of this policy, please do not use the site.'],
    },
  },
  {
    id: 'choice/data-subject-rights',
    category: 'choice',
    description:
      'Named rights to control processing rather than the data itself ("right to object", "right to restrict processing", ' +
      '"rights in relation to automated decision making", "right to withdraw consent").',
    patterns: [
      rx(words('right to (?:object|restrict(?:ion of)? processing|restriction|restrict|limit|withdraw (?:your )?consent|opt[- ]out|not be subject to)|rights? in relation to automated|automated decision[- ]making|object to (?:the )?processing|restrict (?:the )?processing|restriction of processing')),
      // Rights listed together: "to restrict or object to certain processing", "object to or restrict our processing".
      rx(words('restrict|object to|limit'), ' or (?:to )?', words('restrict|object to|limit'), ' (?:certain |our |the |some |such |this )?', words('processing|uses?')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['• The right to object;', 'You may object to processing based on our legitimate interests.', 'You may have the right to restrict or object to certain processing.'],
      noMatch: ['• The right of access;'],
    },
  },
  {
    id: 'choice/user-control',
    category: 'choice',
    description:
      'The user switching a practice off or steering it ("you can disable…", "manage your marketing choices", "ask to be removed ' +
      'from promotional lists", "request that we not share your information").',
    patterns: [
      rx(words('you|users?|visitors?|members?'), ' (?:can|may|could|are able to|have the ability to|have the option to)(?: also| always| at any time)?', gap(1), words('disable|deactivate|turn off|switch off|turn on|switch on|pause|mute|withdraw from|block|disconnect|disassociate|unlink|uninstall|deny|revoke|refuse|reject|decline|withhold|limit|restrict|stop|prevent|control|manage|adjust|unsubscribe|direct us|instruct us')),
      // Instructions in the imperative, as settings help reads: "To stop seeing personalized ads, turn off 'Personalized advertising'".
      rx('(?:^|[.;:!?,] )', words('turn off|switch off|toggle off|disable|uncheck|untick|deselect'), ' '),
      rx(words('make (?:your )?choices|manage (?:your )?(?:direct )?marketing (?:choices|preferences)|marketing preferences|communication choices|privacy choices|ability to (?:manage|control|limit|choose)|(?:manage|control) (?:how|whether|what)'), ),
      rx(words('removed?|removal'), gap(4), words('from (?:our |any |all |the )?(?:mailing|promotional|marketing|e-?mail|contact|distribution|subscriber|telemarketing) lists?')),
      // A setting that starts off and that the user switches: "location history is off by default; if you turn it on…".
      rx(words('(?:is|are) (?:turned |switched )?off by default|(?:is|are) disabled by default|if you (?:choose to )?(?:turn|switch) (?:it|this|them|this feature|this setting) on|you can (?:turn|switch) (?:it|this|them) (?:on|off)')),
      // Asking the company to stop: "you may ask us to stop using your information for direct marketing".
      rx(words('ask us|asking us|request that we|tell us|instruct us|direct us'), ' (?:to )?', words('stop|cease|no longer|refrain from')),
      // No comma in between: in "the features you request, and we do not use it…" the request and the denial are two clauses.
      rx(words('request|ask|instruct|direct|tell'), '(?: [^ ,.;:!?]+){0,3} ', words('not (?:to )?(?:share|disclose|sell|use|send|contact|provide|allow|permit|rent|mail|call)')),
    ],
    unless: [META_SENTENCE],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can disable our web beacons by turning images off in your email client.', 'You may request that we not disclose your personal information to third parties.', 'Ask us to remove your name from promotional lists.', 'To request that we not allow our affiliates to market to you, call our toll-free number.', 'To stop seeing personalized ads, turn off Personalized advertising in Settings.', 'You can turn on Privacy Mode to stop the camera from recording.', 'You may ask us to stop using your information for direct marketing.', 'Location history is off by default.'],
      noMatch: ['We control access to our servers.', 'We use it only to provide the features you request, and we do not use it for advertising.'],
    },
  },
  {
    id: 'choice/browser-settings',
    category: 'choice',
    description:
      'Browser or device settings named as the place to control something ("through your browser settings", "your device ' +
      'preferences"). Weak alone: cookie explanations mention settings in passing.',
    patterns: [rx(words('your|the|their|most|many|each|a|through|via|in'), ' (?:web |internet |mobile )?', words("browser|browsers|browser's|device|devices|device's|phone's"), gap(3), words('settings?|preferences|options|tools|help (?:menu|section|function)|controls?|permissions?'))],
    requires: [rx(words('you|your|users?|visitors?|browsers?'))],
    unless: [META_SENTENCE, rx(words('browser type|browser version|type of browser|browser language|time zone setting'))],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['You can change this through your browser settings.', 'Check your device settings.'],
      noMatch: ['We log your browser type, version, and time zone setting.'],
    },
  },
  {
    id: 'choice/explicit-consent',
    category: 'choice',
    description:
      'Consent sought before a practice, which the user can give or refuse ("with your consent", "we will ask for your explicit ' +
      'consent", "after obtaining your authorization"). Consent implied by use is excluded.',
    patterns: [
      rx(words('(?:express|explicit|prior|separate|affirmative|specific|written|opt-in) (?:consent|permission|authori[sz]ation)|obtain(?:ing)? your (?:consent|permission|authori[sz]ation)|whenever you consent|rely on (?:your )?consent|based on (?:your )?consent')),
    ],
    unless: [META_SENTENCE, CONSENT_BY_USE],
    // "We do not share it without your written consent" names when consent is NOT asked: it bounds a sharing or
    // use practice (OPP-115 and our gold label it sharing only), whereas "with your consent" offers the choice.
    notPrecededBy: /\b(?:without|unable to|not need|not required to (?:obtain|get|seek))\b[^.;:!?]{0,30}$/,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We will only share this data with your explicit consent.', '• (1) after obtaining your explicit consent;'],
      noMatch: ['By using our Services, you consent to this Privacy Policy.', 'Records are not released to anyone without the written consent of the member.', 'We never sell data without first obtaining your permission.'],
    },
  },
  {
    id: 'choice/asks-first',
    category: 'choice',
    description:
      'The company undertaking to ask the user before it acts ("we will ask for your consent before using it for a new purpose", ' +
      '"you will be asked whether you want the app to remember you"). An opt-in the user decides, stated for its own sake, so it ' +
      'stays a choice even inside a paragraph about collection or sharing (see ./choice-scope.ts).',
    patterns: [
      rx(words('ask|asks|will ask|request|seek|seeks'), ' (?:for )?(?:your|the user\'s|their) (?:express |explicit |prior |separate |affirmative |specific )?', words('consent|permission|approval|authori[sz]ation')),
      rx(words('ask you|asked'), ' (?:whether|if) (?:or not )?(?:you|they) ', words('want|wish|would like|agree|object|have any objection|consent|prefer')),
    ],
    unless: [META_SENTENCE, CONSENT_BY_USE],
    // "We do not need to ask for your permission when…" states when the user is NOT asked.
    notPrecededBy: /\b(?:without|unable to|not need to|no need to|not required to)\b[^.;:!?]{0,30}$/,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'We will ask for your consent before we use your information for a new purpose.',
        'When you sign in, you will be asked whether you want the app to remember you.',
        'We will seek your explicit consent first.',
      ],
      noMatch: ['By using our Services, you consent to this Privacy Policy.', 'We do not need to ask for your permission to process anonymous statistics.'],
    },
  },
];
