import type { Rule } from '../types';
import { META_SENTENCE, gap, rx, words } from '../lexicon';
import { CHILDREN_TOPIC, IDENTITY_VERIFICATION, TRANSFER_ABROAD } from './sentence-scope';

/** Right after "committed to"/"commitment to": a mission statement, not a measure. */
const COMMITMENT_LEAD = /\b(?:committed to|commitment to|dedicated to|importance of) $/;

/** Laws that "protect" records (FERPA, HIPAA) are not the company's measures. */
const LAW_PROTECTS = rx(words('act|law|laws|ferpa|hipaa|statute|regulations?'), ' ', words('protects|requires|protect|require'));

/**
 * A disclosure compelled or allowed by law ("we may disclose information if required by law or to protect against
 * misuse of the Services"): what it protects is the company's rights and property, and the sentence is a sharing
 * statement, not a safeguard of the user's data.
 */
const LEGAL_DISCLOSURE = rx(words('required (?:to do so )?by law|comply with (?:the |any )?(?:law|legal process|applicable law)|legal process|subpoenas?|court orders?|search warrants?|law enforcement'));

/** Data security: how data is protected, and the usual disclaimers about transmission over the Internet. */
export const securityRules: Rule[] = [
  {
    id: 'security/safeguards',
    category: 'security',
    description:
      'Protective measures ("we use SSL encryption", "reasonable administrative, technical and physical safeguards", "firewalls"), ' +
      'protection against named threats ("against unauthorized access, loss or misuse") and the usual disclaimers ("no method of ' +
      'transmission over the Internet is 100% secure").',
    patterns: [
      rx(words('encrypt|encrypts|encrypted|encryption|ssl|tls|secure socket layer|secure sockets layer|secure server|firewalls?|safeguards?|security measures?|security procedures|security controls|security practices|security standards|security technologies|security protocols?|pseudonymi[sz]ation|access controls?|two-factor|2-factor|multi-factor|password[- ]protected(?! (?:[a-z]+ )?(?:accounts?|areas?|sections?|pages?|portions?|parts?|profiles?))|intrusion detection|penetration tests?|vulnerabilit(?:y|ies)|security (?:holes|scans?|scanning|testing)|security audits?|iso 27001|iso/iec 27001|pci[- ]dss|soc 2|data breach|security breach|security incident|security keys?|hardware keys?|least privilege|role-based access|audit logs?|access (?:is|are) (?:logged|monitored|audited|reviewed)')),
      rx(words('protect|protects|protected|protecting|secure|secures|securing|safeguard|safeguarding|keep'), gap(5), words('against|from'), gap(3), words('unauthori[sz]ed|loss|misuse|theft|alteration|destruction|disclosure|access')),
      rx(words('unauthori[sz]ed (?:access|use|disclosure|alteration|attempts?)|no (?:method|data transmission|transmission|system|security)|100% secure|completely secure|absolutely secure|guarantee (?:the |its )?(?:security|safety)|(?:cannot|can not|can\'t) (?:guarantee|ensure|warrant) (?:the |its )?(?:security|safety)|perfectly secure|impenetrable')),
      rx(words('managerial procedures|procedural safeguards|electronic(?:,)? and (?:managerial|procedural)|secured? (?:co-location|facility|facilities|servers?|environment|location|network|data networks?)|physical(?:,)? (?:electronic|technical)|administrative(?:,)? (?:technical|physical)|technical and organi[sz]ational')),
      // Keeping data safe, and requiring others to: "we require our service providers to keep your information secure".
      // "Confidential" is left out: keeping data confidential is how policies promise not to disclose it (sharing).
      rx(words('keep|keeps|kept|maintain|maintains'), ' ', words('your|the|such|this|that|all|any|personal|customer|user'), gap(2), words('information|data|details|records|credentials'), ' ', words('secure|safe|protected')),
    ],
    // Sentences about children (audiences) and about safeguards for transfers abroad ("appropriate safeguards such as
    // standard contractual clauses") name protection as part of another practice; annotators file them there.
    // Mission statements ("we are committed to protecting your privacy") are introductions: see notPrecededBy.
    unless: [META_SENTENCE, LAW_PROTECTS, CHILDREN_TOPIC, TRANSFER_ABROAD, LEGAL_DISCLOSURE],
    notPrecededBy: COMMITMENT_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'Your account pages are password protected and served over TLS.',
        'Our servers are scanned every week for known vulnerabilities.',
        'We use SSL encryption to protect data in transit.',
        'Access to production systems requires hardware security keys and is logged.',
        'No method of transmission over the Internet is 100% secure.',
        'We protect personal data against unauthorized access and loss.',
        'We require our vendors to keep your personal information secure.',
      ],
      noMatch: [
        'We collect your name and email address.',
        'We are committed to protecting your privacy.',
        'To shop with us you may need to create a password-protected member account.',
        'We may release account details when required by law or to protect against fraud and unauthorized use of the store.',
      ],
    },
  },
  {
    id: 'security/breach-notification',
    category: 'security',
    description:
      'What happens after a security breach or incident ("if we become aware of a data breach, we will notify you as required by ' +
      'law"). Breach notices usually cite the law that requires them, which the safeguards rule reads as a legal disclosure; here ' +
      'the law is the reason for telling the user, not a recipient of data.',
    patterns: [rx(words('data breach(?:es)?|security breach(?:es)?|security incidents?|personal data breach(?:es)?|breach of (?:security|our (?:security|systems))|(?:unauthori[sz]ed|accidental) access to (?:or disclosure of )?(?:your )?(?:personal )?(?:data|information)'))],
    requires: [rx(words('notify|notifies|notified|notification|inform|inform you|tell you|let you know|alert|contact you|respond|investigate|if we become aware|in the event'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'If we become aware of a security breach that affects your personal information, we will notify you as required by law.',
        'In the event of a data breach, we will inform the supervisory authority within 72 hours.',
      ],
      noMatch: ['We may disclose your information when required by law.', 'Any breach of these terms ends your licence.'],
    },
  },
  {
    id: 'security/protect-data',
    category: 'security',
    description:
      'The company protecting the user\'s data without naming a measure ("we take steps to protect your personal information", ' +
      '"the security of your data is important to us"). Mission statements in introductions ("we respect your privacy and ' +
      'protect any personal information") are excluded.',
    patterns: [
      rx(words('protect|protects|protecting|secure|securing|safeguard|safeguarding|security of'), gap(2), words("your (?:personal )?(?:data|information)|personal (?:data|information)|(?:this|that|such|the|any) (?:personal )?(?:data|information)|(?:our )?(?:users|visitors|customers|members)'? (?:personal )?(?:data|information)")),
      // The data as subject: "your information is protected both online and offline".
      rx(words('information|data|details'), ' (?:is|are|will be|remains|remain|is kept|are kept) (?:also |always |fully )?', words('protected|secured|safeguarded')),
    ],
    // "To protect your information, we verify requests…" is how a rights request is handled (access), not a safeguard.
    unless: [META_SENTENCE, LAW_PROTECTS, CHILDREN_TOPIC, TRANSFER_ABROAD, IDENTITY_VERIFICATION],
    notPrecededBy: COMMITMENT_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We take reasonable steps to protect your personal information.', 'We care about the security of your personal data.', "We take every precaution to protect our members' information.", 'Once submitted, your information is protected both online and offline.'],
      noMatch: ['We are committed to protecting your personal information.', 'Federal law protects the privacy of your records.', 'To protect your information, we verify your identity before we act on a request.'],
    },
  },
  {
    id: 'security/access-limits',
    category: 'security',
    description:
      'Limiting who inside the company can see data ("access is restricted to authorized employees who need to know", ' +
      '"confidentiality agreements"). Weak alone: the same words describe who receives data in sharing statements ("we share ' +
      'it only with authorized personnel") and what a third-party site does; with a second security cue they confirm it.',
    patterns: [
      rx(words('(?:limit|limits|restrict|restricts|limiting|restricting) (?:their |employee |the )?access|access (?:is|will be) (?:limited|restricted)|(?:only )?accessible (?:only )?(?:by|to) (?:authori[sz]ed|our|the) |level of (?:protection|security)|authori[sz]ed (?:employees|personnel|staff|persons|individuals)|need to know|confidentiality (?:obligations|agreements)|keep (?:your )?password|password confidential|log-?in credentials')),
    ],
    unless: [META_SENTENCE, LAW_PROTECTS, CHILDREN_TOPIC, TRANSFER_ABROAD],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['Access is limited to authorized employees who need to know the information.', 'Please keep your password confidential.'],
      noMatch: ['We share your data with our service providers.'],
    },
  },
];
