import type { Rule } from '../types';
import { rx, words } from '../lexicon';

/** Do Not Track: how the service responds to browser Do Not Track signals (usually: it does not). */
export const dntRules: Rule[] = [
  {
    id: 'dnt/do-not-track-signal',
    category: 'dnt',
    description: 'Mentions of the Do Not Track browser signal or header ("we do not respond to Do Not Track signals", "DNT"), and of opt-out preference signals such as Global Privacy Control.',
    // Lower-case "do not track" is also ordinary prose ("cookies do not track you"), so the phrase needs
    // the marks of the standard: quotes or an article before it, or signal/header/setting after it.
    patterns: [
      rx('(?:["\'(]|\\b(?:a|the|any|browser|web browser|such|honor|honour|respond to|recognize|support|supports) )do[- ]not[- ]track\\b'),
      rx('\\bdo[- ]not[- ]track["\')]? ', words('signals?|headers?|settings?|requests?|preferences?|features?|mechanisms?|standards?|technolog(?:y|ies)|options?|instructions?|protocols?|disclosures?|policy|policies|browser')),
      // Opt-out preference signals (Global Privacy Control and the state-law "universal opt-out mechanisms") are browser
      // signals of the same kind: how the site answers them is what OPP-115's Do Not Track category records.
      rx(words('dnt|tracking protection list|global privacy controls?|gpc(?: signals?)?|opt[- ]out preference signals?|universal opt[- ]out (?:mechanisms?|signals?)|browser privacy signals?|user-enabled (?:global )?privacy controls?')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We do not currently respond to Do Not Track signals.', 'Some browsers send a "Do-Not-Track" (DNT) header.', 'We honor opt-out preference signals such as the Global Privacy Control.'],
      noMatch: ['We track orders to deliver them.', 'Cookies do not track you across sites.'],
    },
  },
];
