import type { Rule } from '../types';
import { META_SENTENCE, gap, rx, words } from '../lexicon';

/**
 * User choice and control: opting in or out, consent and its withdrawal, cookie and browser
 * controls, communication preferences. "By using the service you consent" is NOT a choice (it is
 * recorded as consent_by_use in the facts), so that phrasing is an exception.
 */
const CONSENT_BY_USE = rx(words('by using|by accessing|by visiting|by continuing to use|by registering|by submitting|by providing|by downloading|by installing|your use of'), gap(12), words('consent|agree|agreement|accept|permission'));

export const choiceRules: Rule[] = [
  {
    id: 'choice/opt-out',
    category: 'choice',
    description: 'Opting out or in, unsubscribing, stopping communications ("you may opt out", "click unsubscribe", "opt-in").',
    patterns: [rx(words('opt[- ]?out|opt[- ]?in|opting out|opted out|unsubscribe|unsubscribing|unsubscribed|remove (?:yourself|your name) from|stop receiving|no longer (?:wish|want) to receive|do not wish to receive|don\'t want to receive|not to receive|choose not to|elect not to|decline to|refuse to provide|you may elect not|you may decline|you can decline|you may refuse|you can refuse|withdraw (?:your )?consent|revoke (?:your )?consent|withdraw your permission|revoke your permission|manage your preferences|preference center|email preferences|communication preferences|privacy settings|account settings|ad settings|adjust your settings|change your settings|change your preferences|update your preferences'))],
    // "If you opt out, you will still see ads" describes a consequence, not the choice itself.
    unless: [META_SENTENCE, CONSENT_BY_USE, rx(words('if you (?:have )?(?:opt|opted|opting)[- ]?out|even if you (?:opt|choose)|once you (?:opt|have opted)[- ]?out|opting out (?:also )?means|opt[- ]?outs? (?:will|only|do|does|are|is) (?:not|only|still|specific|limited)'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You may opt out of receiving marketing emails at any time.', 'Click the unsubscribe link in any message.', 'You can withdraw your consent in the app settings.'],
      noMatch: ['We collect your email address.', 'By using the Services you consent to this policy.', 'If you opt out, you may still receive untailored ads.'],
    },
  },
  {
    id: 'choice/browser-cookie-controls',
    category: 'choice',
    description: 'Browser and device controls over cookies, tracking and permissions ("set your browser to refuse cookies", "disable location services").',
    patterns: [
      rx(words('refuse|reject|block|blocking|delete|deleting|remove|disable|disabling|decline|erase|clear|turn off|manage|control'), gap(4), words('cookies?|flash cookies|local shared objects|tracking|location services|location sharing|permissions?|push notifications')),
      rx(words('cookies?'), gap(4), words('disabled|rejected|refused|blocked|deleted|turned off')),
      rx(words('aboutads\\.info|networkadvertising\\.org|youronlinechoices|optout\\.aboutads|ad choices|adchoices|google ads settings|opt-out page|opt out page|opt-out mechanism|opt-out tool')),
    ],
    // Someone must be able to act: "you", "users", or the browser itself ("most browsers allow…").
    requires: [rx(words('you|your|users?|visitors?|browsers?|settings?|instructions|learn how|opt[- ]?out'))],
    unless: [META_SENTENCE, rx(words('no (?:access to or )?control|not (?:able to )?control|cannot control|do(?:es)? not control|no control'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can set your browser to refuse all cookies.', 'Most browsers allow you to block or delete cookies.', 'Visit aboutads.info to learn how to opt out.'],
      noMatch: ['We use cookies to keep you signed in.', 'We log your browser type, version, and time zone setting.', 'We have no control over these cookies.'],
    },
  },
  {
    id: 'choice/consent',
    category: 'choice',
    description:
      'Consent asked of the user before a practice ("with your consent", "we will ask for your permission", "explicit consent"). ' +
      'Consent implied by use is excluded (that is consent_by_use, not a choice).',
    patterns: [rx(words('you may choose|you can choose|you have the choice|choose whether|if you choose not|at your option|optional|voluntary|voluntarily|not required to provide|you are not required|you do not have to provide|required fields?|you (?:have )?consented|your consent'))],
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
    unless: [META_SENTENCE],
    negation: 'keep',
    // Often introduces a consequence rather than a control ("if you do not want cookies, some features break"): weak.
    weight: 0.5,
    examples: {
      match: ['If you do not want us to use your location, turn it off.', 'If you no longer wish to receive our newsletter, contact us.'],
      noMatch: ['If you have questions, contact us.'],
    },
  },
  {
    id: 'choice/data-subject-rights',
    category: 'choice',
    description:
      'Named rights to control processing rather than the data itself ("right to object", "right to restrict processing", ' +
      '"rights in relation to automated decision making", "right to withdraw consent").',
    patterns: [rx(words('right to (?:object|restrict(?:ion of)? processing|restriction|restrict|limit|withdraw (?:your )?consent|opt[- ]out|not be subject to)|rights? in relation to automated|automated decision[- ]making|object to (?:the )?processing|restrict (?:the )?processing|restriction of processing'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['• The right to object;', 'You may object to processing based on our legitimate interests.'],
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
      rx(words('you|users?|visitors?|members?'), ' (?:can|may|could|are able to|have the ability to|have the option to)(?: also| always| at any time)?', gap(1), words('disable|turn off|switch off|block|disconnect|disassociate|unlink|uninstall|deny|revoke|limit|restrict|stop|prevent|control|manage|adjust|unsubscribe')),
      rx(words('make (?:your )?choices|manage (?:your )?(?:direct )?marketing (?:choices|preferences)|marketing preferences|communication choices|privacy choices|ability to (?:manage|control|limit|choose)|(?:manage|control) (?:how|whether|what)'), ),
      rx(words('removed?|removal'), gap(4), words('from (?:our |any |all |the )?(?:mailing|promotional|marketing|e-?mail|contact|distribution|subscriber|telemarketing) lists?')),
      rx(words('request|ask|instruct|direct|tell'), gap(3), words('not (?:to )?(?:share|disclose|sell|use|send|contact|provide)')),
    ],
    unless: [META_SENTENCE],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can disable our web beacons by turning images off in your email client.', 'You may request that we not disclose your personal information to third parties.', 'Ask us to remove your name from promotional lists.'],
      noMatch: ['We control access to our servers.'],
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
    patterns: [rx(words('(?:express|explicit|prior|separate|affirmative|specific|written|opt-in) (?:consent|permission|authori[sz]ation)|ask (?:for )?your (?:consent|permission)|seek your (?:consent|permission)|obtain(?:ing)? your (?:consent|permission|authori[sz]ation)|whenever you consent|rely on (?:your )?consent|based on (?:your )?consent'))],
    unless: [META_SENTENCE, CONSENT_BY_USE],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We will only share this data with your explicit consent.', '• (1) after obtaining your explicit consent;'],
      noMatch: ['By using our Services, you consent to this Privacy Policy.'],
    },
  },
];
