import type { Rule } from '../types';
import { AUX, DATA, META_SENTENCE, gap, rx, words } from '../lexicon';
import { CHILDREN_TOPIC } from './sentence-scope';

const ACCESS_VERB = words('access|review|view|inspect|make changes to|make corrections to|obtain (?:a )?copy of|update|correct|rectify|amend|edit|modify|change|delete|erase|remove|export|request (?:a )?copy of');

/** User access, edit and deletion: see, correct, update, export or delete data; close the account. */
export const accessRules: Rule[] = [
  {
    id: 'access/view-edit-delete',
    category: 'access',
    description:
      'The user reviewing, correcting, updating, exporting or deleting their own data ("you can access and update your information", ' +
      '"request deletion of your personal data").',
    patterns: [
      // The user acts on their own data: "you can access and update your information", "if you wish to correct your details".
      // A bare "to" is not enough: "cookies are used to access your information" and "in order to access certain
      // information" are purposes of the company, not the user acting.
      rx(words('you|users?|members?|customers?|parents?|data subjects?|visitors?|students?|how to|wish to|want to|like to|need to|request to|ask us to|asking us to|request that we|prefer that we|like us to|want us to|way to|ways to|ability to|option to|opportunity to|entitled to|able to|tools to'), gap(4), ACCESS_VERB, '(?! ?,)', gap(3), words('your|their|his|her|my|the user\'s|certain|any (?:of )?(?:your|the)|personal|personally|the personal|other personal|that|this|such'), gap(3), words('information|data|details|profile|profiles|pin|password|records?|account information|contact information|e-?mail address|address|name|history|recordings|activity|photos|videos|messages')),
      // A pronoun for data named before: "if you wish to review, update or delete it, e-mail us".
      rx(words('wish to|want to|like to|would like to|need to|prefer to'), gap(4), ACCESS_VERB, ' ', words('it|them'), '\\b'),
      // "You are entitled to know what personal information we hold about you."
      rx(words('know|learn|find out|confirm|ask us|request'), ' (?:what|which|whether|if) (?:[^ ,.;:!?]+ ){0,3}(?:we|the company) ', words('hold|holds|have|has|maintain|maintains|keep|keeps|store|stores|process|processes|retain|retains'), ' (?:about|on|of|from) (?:you|them)\\b'),
      rx(DATA, gap(3), words('can be|may be|will be'), ' ', words('accessed|reviewed|updated|corrected|amended|edited|modified|changed|deleted|erased|removed|exported'), ' ', words('by you|at any time|by (?:logging|visiting|going|clicking|contacting|emailing|sending)|through|via|online|upon (?:your )?request|on request')),
      rx(words('correction|deletion|erasure|rectification|removal|copy|update|updating|correcting|deleting|accessing'), ' of ', words('your|their|his|her|my|the user\'s'), gap(3), DATA),
      // The user asking for a result: "to have your information removed", "ask us for a copy of the data".
      rx(words('have|get'), ' ', words('your|their|his|her|such|the|this|that|any'), gap(3), words('information|data|details|records?|profile|account'), ' (?:permanently |promptly )?', words('removed|deleted|erased|corrected|updated|amended|changed|rectified')),
      rx(words('request|ask(?: us)? for|obtain|receive|get|provide you with|send you'), ' (?:a )?', words('copy of|copies of'), ' (?:the |any |all |such )?(?:personal |your )?', words('data|information|records?|details')),
      // The company acting on the user's request: "upon your request, we will remove your information".
      rx(words('upon (?:your )?request|at your request|on your request|if you (?:so )?request(?: it)?|if you ask us(?: to)?|when you ask us(?: to)?'), ',? ', words('we|the company'), AUX, ' ', words('remove|delete|erase|correct|update|amend|change|provide you with|give you|send you'), gap(3), DATA),
      // "We will provide access and make the changes you request", "give you access to your records".
      rx(words('provide|give|grant'), ' (?:you )?(?:with )?access(?: to (?:your|such|this|that|the requested)| and| upon| on request| if)\\b'),
      rx(words('subject access requests?|request access|access to your (?:personal )?(?:data|information)|rights? to access|inaccurate|inaccuracies|out of date|out-of-date|incomplete'), ),
    ],
    // The user must be the one acting: "you can", "request", "contact us", "by logging in".
    requires: [rx(words('you|users?|members?|customers?|individuals?|data subjects?|parents?|students?|request|requests|requesting|contact us|email us|write to us|by logging|by visiting|by going|by clicking'))],
    unless: [
      META_SENTENCE,
      // A parent asking us to delete what a child sent is the children's section's business (OPP-115 and our
      // gold file it under audiences).
      CHILDREN_TOPIC,
      rx(words('unauthori[sz]ed|employees|staff|personnel|only authori[sz]ed|restrict access|limit access|access controls?|physical access|third part(?:y|ies) (?:may )?access|we may (?:access|review|update|modify|change|delete|remove)|we reserve the right')),
      // Who else can reach the data ("individuals who have access", cookies "to access your information") is not user access.
      rx(words('who (?:has|have) access|(?:may|will|might|could) have access to|(?:employees|individuals|companies|contractors|staff|persons|agents|entities|providers|partners|vendors|processors|affiliates|advertisers|third parties|they|these|such parties) (?:who |that |to )?(?:only )?(?:have|has|will have|may have|with|gain|obtain) (?:limited |restricted )?access|cookies?|web beacons?')),
      // Removal from mailing lists is an opt-out, not data deletion.
      rx(words('remove|removed|removal'), gap(4), words('from (?:our |any |all |the )?(?:mailing|promotional|marketing|e-?mail|contact|distribution|subscriber) lists?')),
    ],
    // Someone else acting on the user's data ("other members may view your profile") is exposure, not access.
    notPrecededBy: /\b(?:other|others|third[- ]part(?:y|ies)|the public|anyone)\b[^.;:]{0,15}$/,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'You can access and update your personal information in your account settings.',
        'You have the right to request deletion of your personal data.',
        'Youcan access and correct your data at any time.',
        'Upon your request, we will delete your personal information from our active databases.',
        'Enrolled students can correct their contact details online.',
        'Tell us what you would like to see and we will provide access to your records.',
        'You are entitled to know what personal information we hold about you.',
        'If you have sent us your details and wish to review, correct or delete them, write to our office.',
      ],
      noMatch: ['We restrict access to personal information to authorized employees.', 'We collect your name.', 'We may change your cookie preferences when the site updates.', 'Other members of the site may view your profile.', 'These vendors have access to your personal information only when you ask them for help.', 'We do not allow advertisers to gain access to your personal information when you visit.', 'When you return, the app uses a token to access your saved details.'],
    },
  },
  {
    id: 'access/account-management',
    category: 'access',
    description: 'Managing or closing the account where the data lives ("My Account", "edit your profile", "close/cancel/delete your account").',
    patterns: [rx(words('my account|your account page|account page|account settings|edit your profile|update your profile|manage your account|profile page|profile settings|account information page|close your account|cancel your account|delete your account|deactivate your account|terminate your account|delete account|close account|deactivate account|cancell?ation of (?:the |your )?account|cancel the account|account deletion|account closure|closing your account')),
      // The account under other names: "cancel your membership", "delete your user profile", "unregister".
      rx(words('cancel|close|delete|deactivate|terminate|remove|end'), ' your (?:user |online |member )?', words('membership|registration|user account|profile|login')),
      rx(words('unregister|deregister|de-register')),
    ],
    unless: [
      META_SENTENCE,
      // The account page as the place to manage subscriptions and messages is a communication choice
      // ("cancel your e-mail subscriptions at your Account Settings page"), and posting to a profile page is
      // sharing; neither is access to the data.
      rx(words('subscriptions?|newsletters?|communication (?:options|preferences)|e-?mail preferences|ad preferences|advertising preferences|unsubscribe|opt[- ]?out|opting out|opt[- ]?in|notifications|post (?:information|content|updates|activities)|to your profile page')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can edit your profile at any time.', 'To close your account, contact support.', 'You may cancel your membership at any time.'],
      noMatch: ['We use your account email to send receipts.', 'To cancel your newsletter subscriptions, visit the My Account page.', 'You can adjust your ad preferences in your account settings.'],
    },
  },
  {
    id: 'access/rights-requests',
    category: 'access',
    description:
      'How a privacy-rights request is made and handled: exercising the rights, authorized agents, verifying the requester, ' +
      'response times and appeals ("to exercise these rights, submit a request", "you may use an authorized agent", "you may ' +
      'appeal our decision"), as state-law and GDPR sections describe it. An opt-out request is a choice instead.',
    patterns: [
      // Verifying identity counts only as part of a request ("before we act on your request"): verifying it to log in is security.
      rx(words("authori[sz]ed agents?|verifiable (?:consumer )?requests?|verify (?:your |their |the )?requests?|verify (?:your |their |the requester's )?(?:identity|identities) (?:before (?:we )?(?:act|respond|process|fulfil|fulfill|honou?r|comply)|when you (?:submit|make))|appeal (?:our|the|this|a|that|any) (?:decision|denial|refusal)|(?:right|option) to appeal|appeals? process|request an appeal|submit an appeal|exercise (?:your|these|those|such|the above|any of (?:these|those|your|the above)|any such) (?:privacy |data protection |consumer )?rights|(?:privacy|data subject|consumer|verifiable|access|deletion|correction) requests?|privacy request form|request (?:the )?(?:deletion|erasure|correction|rectification) of|to request (?:deletion|erasure|correction|access)|requests? to (?:know|access|correct|delete)|(?:such |these |your |all )?requests (?:should|must|may|can) be (?:submitted|sent|made|directed|addressed)|data (?:subject )?requests? form")),
      // A labelled item of a state-law rights list: "Appeals: reply to our response…".
      rx('^\\W*appeals?\\s*:'),
      // Statutory response times ("within one month", "within 45 days"); "within a reasonable time" answers any question.
      rx(words('respond to|reply to|answer|fulfil|fulfill|complete'), ' (?:your |a |any |such |each |every |all )?(?:privacy |data subject |verifiable |access |deletion )?requests? within ', words('one month|a month|(?:\\d{1,3}|thirty|forty-five|sixty|ninety) (?:calendar |business |working )?days|(?:one|two|three) months')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, rx(words('opt[- ]?out|opting out|unsubscribe|do not sell|do not share|opt[- ]?in'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'You may use an authorized agent to submit a request on your behalf.',
        'If we deny your request, you may appeal our decision.',
        'To exercise these rights, submit a request through our privacy request form.',
        'We will respond to your request within one month.',
        'Requests should be submitted to our Data Protection Officer by email.',
        'Appeals: reply to our response with "Appeal" in the subject line.',
      ],
      noMatch: ['To exercise your right to opt out, click the link in our footer.', 'We respond to customer service questions within two days.', 'We will respond to your request within a reasonable period of time.', 'Government data requests are reviewed by our legal team.'],
    },
  },
  {
    id: 'access/data-subject-rights',
    category: 'access',
    description:
      'Named data-subject rights to see, fix, erase or take data ("the right of access", "right to erasure", "data portability"), ' +
      'as GDPR/CCPA sections list them, often as bare bullets.',
    patterns: [rx(words('right (?:of|to) access|rights? of (?:access|rectification|erasure|deletion)|right to (?:be forgotten|rectification|rectify|erasure|erase|deletion|delete|data portability|portability|correct|correction|know|confirm|obtain a copy|request (?:access|deletion|correction))|data portability'))],
    // "Minors' right to request deletion of posted comments" belongs to the children's section (audiences).
    unless: [CHILDREN_TOPIC],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['• The right of access;', 'You have the right to erasure and the right to data portability.'],
      noMatch: ['• The right to object;'],
    },
  },
  {
    id: 'access/rights-list-item',
    category: 'access',
    description:
      'A list item that is itself a right to see, fix, erase or take data, written as a bare verb after a lead-in such as ' +
      '"you have the following rights:" or "you can:" ("To know what personal information we have collected about you", ' +
      '"To correct inaccurate personal information.", "Delete it.", "Export it (portability)."). The object must be the ' +
      "user's data (or \"it\"/\"them\"/\"a copy\") and the item short, so purpose items (\"to update you on new features\") do not count. " +
      'US state laws list the same rights in the third person or as requests to the company: "Confirm whether we process ' +
      'their data", "Erase information we hold about them", "Provide a portable copy of their data".',
    patterns: [
      rx(
        '^(?:[-*\\u2022]\\s*)?(?:\\(?[a-z0-9]{1,2}[.)] )?(?:(?:the )?right to |to )?',
        words('know|access|see|view|obtain|get|receive|request|correct|rectify|update|amend|delete|erase|export|port|download'),
        ' (?:(?:what|which|whether|if) (?:categories of |specific pieces of )?(?:of )?)?(?:a copy of |copies of |access to )?',
        words('your (?:personal )?(?:information|data)|personal (?:information|data)|inaccurate (?:personal )?(?:information|data)|it|them|a copy'),
        '(?:[^.;!?]{0,90})?[.;]?$',
      ),
      // Third person and the data named by who gave or holds it: "Correct their personal data.", "Erase data the company keeps about them."
      rx(
        '^(?:[-*\\u2022]\\s*)?(?:\\(?[a-z0-9]{1,2}[.)] )?(?:(?:the )?right to |to )?',
        words('access|see|view|obtain|get|receive|correct|rectify|update|amend|delete|erase|export|download'),
        ' (?:a copy of |copies of |access to )?(?:the |any )?',
        words("(?:their|his|her) (?:personal )?(?:information|data)|(?:personal )?(?:information|data) (?:(?:that|which) )?(?:we|they|you|the company|the business|[a-z]+) (?:have |has )?(?:collected|collect|hold|holds|keep|keeps|store|stores|gave|provided|processes|process)"),
        '(?:[^.;!?]{0,90})?[.;]?$',
      ),
      // Confirmation of processing and a portable copy, asked of the company: "Confirm whether we process your data.", "Provide a portable copy of it."
      rx(
        '^(?:[-*\\u2022]\\s*)?(?:\\(?[a-z0-9]{1,2}[.)] )?(?:(?:the )?right to |to )?',
        '(?:confirm(?:ation of)? (?:whether|if) (?:we|the company|the business|[a-z]+) (?:process(?:es)?|hold|holds|collect|collects|use|uses|ha(?:ve|s))|(?:provide|give|send|obtain|get|receive)(?: (?:them|you|me))? (?:with )?(?:a |an )?(?:portable|machine-readable|electronic|structured|readily usable)(?: [a-z-]+)? cop(?:y|ies))',
        '(?:[^.;!?]{0,120})?[.;]?$',
      ),
    ],
    unless: [CHILDREN_TOPIC],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'To know what personal information we have collected about you and to get a copy.',
        'To correct inaccurate personal information.',
        'Delete it.',
        'Export it (portability).',
        '• Access your data and get a copy.',
        'Confirm whether we hold data about them and give them access to it.',
        '• Erase personal data the company keeps about them.',
        'Receive a portable copy of the information.',
        'Correct their personal information if it is wrong.',
      ],
      noMatch: ['To update you on new features.', 'To correct errors in our service.', 'To delete spam and abusive content.', 'We use your personal information to process orders.', 'To provide personal information to our partners.', 'Confirm your order before we ship it.', 'Provide a copy of your ID to verify your identity.', 'Delete data we no longer need, on a schedule.'],
    },
  },
];
