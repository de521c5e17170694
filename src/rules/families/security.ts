import type { Rule } from '../types';
import { META_SENTENCE, gap, rx, words } from '../lexicon';

/** Right after "committed to"/"commitment to": a mission statement, not a measure. */
const COMMITMENT_LEAD = /\b(?:committed to|commitment to|dedicated to|importance of) $/;

/** Data security: how data is protected, and the usual disclaimers about transmission over the Internet. */
export const securityRules: Rule[] = [
  {
    id: 'security/safeguards',
    category: 'security',
    description:
      'Protective measures ("we use SSL encryption", "reasonable administrative, technical and physical safeguards", "firewalls", ' +
      '"access is limited to authorised staff").',
    patterns: [
      rx(words('encrypt|encrypts|encrypted|encryption|ssl|tls|secure socket layer|secure sockets layer|secure server|firewalls?|safeguards?|security measures?|security procedures|security controls|security practices|security standards|security technologies|security protocols?|pseudonymi[sz]ation|access controls?|two-factor|2-factor|multi-factor|password-protected|password protected|intrusion detection|penetration tests?|security audits?|iso 27001|iso/iec 27001|pci[- ]dss|data breach|security breach|security incident')),
      rx(words('protect|protects|protected|protecting|secure|secures|securing|safeguard|safeguarding|keep'), gap(5), words('against|from'), gap(3), words('unauthori[sz]ed|loss|misuse|theft|alteration|destruction|disclosure|access')),
      rx(words('unauthori[sz]ed (?:access|use|disclosure|alteration)|no (?:method|data transmission|transmission|system|security)|100% secure|completely secure|absolutely secure|guarantee (?:the )?security|(?:cannot|can not|can\'t) (?:guarantee|ensure|warrant) (?:the )?(?:security|safety)|perfectly secure|impenetrable')),
      rx(words('(?:limit|limits|restrict|restricts|limiting|restricting) (?:their |employee |the )?access|access (?:is|will be) (?:limited|restricted)|level of (?:protection|security)|managerial procedures|procedural safeguards|electronic(?:,)? and (?:managerial|procedural)|secured? (?:co-location|facility|facilities|servers?|environment|location|network)|authori[sz]ed (?:employees|personnel|staff|persons|individuals)|need to know|confidentiality (?:obligations|agreements)|keep (?:your )?password|password confidential|physical(?:,)? (?:electronic|technical)|administrative(?:,)? (?:technical|physical)|technical and organi[sz]ational')),
      rx(words('protect|protects|protecting|secure|securing|safeguard|safeguarding|security of'), gap(2), words('your (?:personal )?(?:data|information)|personal (?:data|information)|(?:this|that|such|the|any) (?:personal )?(?:data|information)')),
    ],
    // Mission statements ("we are committed to protecting your privacy") are introductions, not measures;
    // laws that "protect" records (FERPA) are not the company's measures either.
    unless: [META_SENTENCE, rx(words('act|law|laws|ferpa|statute'), ' ', words('protects|requires'))],
    notPrecededBy: COMMITMENT_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We use SSL encryption to protect data in transit.', 'No method of transmission over the Internet is 100% secure.', 'We protect personal data against unauthorized access and loss.'],
      noMatch: ['We collect your name and email address.', 'We are committed to protecting your privacy.'],
    },
  },
];
