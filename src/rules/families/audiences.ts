import type { Rule } from '../types';
import { rx, words } from '../lexicon';

/** International and specific audiences: children, and region-specific rules (EU/GDPR, California, other countries). */
export const audienceRules: Rule[] = [
  {
    id: 'audiences/children',
    category: 'audiences',
    description:
      'Children and minors ("children under 13", "COPPA", "parental consent", "we do not knowingly collect from minors").',
    patterns: [
      rx(words('children|child|childrens|children\'s|child\'s|kids|minors?|under (?:the age of )?(?:13|16|18|thirteen|sixteen|eighteen)|age of (?:13|16|18|thirteen|sixteen|eighteen)|(?:13|16|18) years (?:of age|old)|underage|coppa|parental consent|parent or guardian|parents or guardians|legal guardian|teens?|teenagers?')),
    ],
    // "Students" and FERPA education records are the ordinary (adult) users of a college site, not a child audience.
    unless: [rx(words('child company|child companies'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We do not knowingly collect information from children under 13.', 'Arechildren allowed to use ZuoMi Products?'],
      noMatch: ['We collect your name and email address.', 'Students can view their grades and transcripts online.'],
    },
  },
  {
    id: 'audiences/regional',
    category: 'audiences',
    description:
      'Region-specific rules and rights: California (CCPA, Shine the Light), the EU/EEA/UK (GDPR), other national laws, ' +
      'international users.',
    patterns: [
      rx(words('california|calif\\.|ccpa|cpra|caloppa|shine the light|civil code section|1798\\.83|gdpr|general data protection regulation|european economic area|eea|european union|eu residents|eu users|in the eu|in europe|european|switzerland|swiss|united kingdom|uk gdpr|canada|canadian|pipeda|australia|australian|brazil|lgpd|nevada|virginia|colorado|connecticut|utah|data protection authority|supervisory authority|data protection officer|international users|international visitors|non-u\\.s|non-us|outside (?:of )?the united states|if you reside in|if you are located in (?:the )?(?:eu|eea|european|california|uk|united kingdom|canada|australia)|if you live in (?:the )?(?:eu|eea|european|california|uk|united kingdom|canada|australia)')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['If you are a California resident, you may request a list of disclosures.', 'Under the GDPR you have the right to object.', 'Users in the European Economic Area have additional rights.', 'Notice to non-U.S. users: the site is published in the United States.'],
      noMatch: ['We collect your name and email address.'],
    },
  },
];
