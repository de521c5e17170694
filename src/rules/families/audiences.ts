import type { Rule } from '../types';
import { rx, words } from '../lexicon';

/**
 * US states other than those the regional rule names bare (California, Nevada, Virginia, Colorado, Connecticut, Utah): each
 * has or may pass its own privacy, biometric or health-data law, and counts only when its residents or law are addressed.
 */
const US_PRIVACY_STATES = 'alabama|alaska|arizona|arkansas|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|vermont|washington|west virginia|wisconsin|wyoming';

/** Text ending where a company's seat or governing law is named: a place there is an address, not an audience. */
const COMPANY_SEAT =
  /\b(?:headquartered|incorporated|organi[sz]ed under the laws of|principal (?:place of business|offices?)|offices? (?:are |is )?(?:located )?|(?:we|company|team|inc|llc|ltd)\.? (?:is|are) (?:located|based)|governed by (?:the )?laws? of)\b[^.;:]{0,40}$/;

/** A place that is part of a company name, not an audience: "Acme Europe GmbH", "Acme Australia Pty Ltd". */
const PART_OF_A_NAME = /^(?: [a-z&.]+){0,2} (?:gmbh|ltd|limited|inc|llc|pty|b\.? ?v|s\.?a\.?r\.?l|sarl|ag|s\.?a|corp|corporation|plc|k\.?k)\b/;
/** A country closing a postal address, after the postcode: "London EC2A 4PX, United Kingdom", "10119 Berlin, Germany". */
const AFTER_POSTCODE = /\d[a-z0-9]{0,4}(?: [a-z0-9]{2,4})?(?: [a-z]+)?,\s*$/;

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
      // The newer US state laws, addressed to their residents. Bare state names are not enough here: "support is based in
      // Austin, Texas" names a place, not an audience.
      rx(words('(?:certain|some|other|several|various|specific) (?:u\\.s\\. |us |united states )?states|(?:u\\.s\\.|us|united states|comprehensive) state (?:consumer )?privacy laws?|state (?:consumer )?privacy laws?|depending on (?:the state|where you live|where you reside|your (?:state|location|jurisdiction|country)(?: of residence)?)|(?:residents?|consumers?|individuals) (?:of|in) (?:the state of )?(?:STATES)|(?:STATES) (?:residents?|consumers?|law|laws|privacy act|consumer)|data privacy framework|eu-u\\.s\\.|swiss-u\\.s\\.|uk extension'.replace(/STATES/g, US_PRIVACY_STATES))),
    ],
    // Where the company sits or which law governs a contract is not an audience: "a Delaware corporation headquartered in San
    // Francisco, California", "governed by the laws of the State of California".
    notPrecededBy: new RegExp(`${COMPANY_SEAT.source}|${AFTER_POSTCODE.source}`),
    notFollowedBy: PART_OF_A_NAME,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['If you are a California resident, you may request a list of disclosures.', 'Under the GDPR you have the right to object.', 'Users in the European Economic Area have additional rights.', 'Notice to non-U.S. users: the site is published in the United States.', 'Residents of certain U.S. states have additional rights.', 'Texas residents may appeal a refusal.', 'We comply with the EU-U.S. Data Privacy Framework.'],
      noMatch: ['We collect your name and email address.', 'Acme, Inc. is headquartered in San Francisco, California.', 'Our support team is based in Austin, Texas.', 'Affiliates: Acme Europe GmbH and Acme Australia Pty Ltd, for support.', 'Write to: Privacy Team, 2 High Street, London EC2A 4PX, United Kingdom.'],
    },
  },
  {
    id: 'audiences/international-transfer',
    category: 'audiences',
    description:
      'Data crossing borders, told to users abroad: "transferred to and stored on servers in the United States, where data ' +
      'protection laws may differ from those in your country", "international data transfers". OPP-115 annotators file such ' +
      'transfer notices under International and Specific Audiences (11 of the 14 OPP-115 dev segments about transfers abroad).',
    patterns: [
      rx(words('(?:data protection|privacy) (?:laws?|rules|standards)(?: [^ ,.;:!?]+){0,3} (?:differ|different|not be as|less protective|not provide|not offer)|(?:laws|rules) (?:of|in) your (?:country|jurisdiction)|outside (?:of )?your (?:country|jurisdiction|state|province) of residence|international (?:data )?transfers?|cross-border (?:data )?transfers?|transferred (?:internationally|abroad|overseas)|transfer(?:s|red)? (?:(?:of )?(?:your )?(?:personal )?(?:data|information) )?(?:outside|out of) (?:the )?(?:eea|european economic area|eu|european union|uk|united kingdom|switzerland)')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'Information is transferred to and stored on servers in the United States, where data protection laws may differ from those in your country.',
        'International data transfers',
        'When we transfer personal data outside the EEA, we use appropriate safeguards.',
      ],
      noMatch: ['We store your data on servers in our own data centre.'],
    },
  },
];
