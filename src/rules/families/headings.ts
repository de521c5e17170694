import type { Rule } from '../types';
import { rx, words } from '../lexicon';

/**
 * Section titles name a topic in a few words ("Children's Privacy", "Data Retention", "Your Rights").
 * These rules only read headings (and the `section` of a block); the classifier turns a heading's
 * topic into context for the blocks beneath it (see ../context.ts).
 */
function headingRule(name: string, category: Rule['category'], vocabulary: string, match: string[], noMatch: string[]): Rule {
  return {
    id: `headings/${name}`,
    category,
    description: `Section titles about ${name.replace(/-/g, ' ')}; blocks beneath inherit the topic when they state no practice of their own.`,
    patterns: [rx(words(vocabulary))],
    negation: 'keep',
    weight: 1,
    headingOnly: true,
    examples: { match, noMatch },
  };
}

export const headingRules: Rule[] = [
  headingRule(
    'collection-topic',
    'collection',
    'collect|collects|collected|collection|information we|data we|we use|use of (?:your )?(?:personal )?(?:information|data)|how we use|how (?:do )?we use|use (?:your|the) information|use the data|uses? the information|categories of (?:personal )?(?:information|data)|types of (?:personal )?(?:information|data)|information (?:you|that you) provide|personal (?:information|data)(?: we)?|cookies?|log files?|purposes?|processing|analytics|automatically|sources?|where (?:it|this|the data|the information|your (?:data|information)) comes? from|where we get',
    ['Information We Collect', 'How We Use Your Information', 'Cookies', 'Where it comes from'],
    ['Contact Us'],
  ),
  headingRule(
    'sharing-topic',
    'sharing',
    'share|shares|sharing|disclose|disclosure|disclosures|third part(?:y|ies)|third-part(?:y|ies)|transfer|transfers|transmission|who (?:do )?we share|service providers|sub-?processors|recipients|affiliates|partners|advertis(?:ing|ers)|sell|sale|public disclosure',
    ['How We Share Your Information', 'Disclosures to Third Parties'],
    ['Security'],
  ),
  headingRule(
    'choice-topic',
    'choice',
    'choice|choices|control|controls|opt[- ]?out|opt[- ]?in|consent|preferences|unsubscribe|your permission|settings|marketing communications|limit',
    ['Your Choices', 'Revoke consent', 'Control settings'],
    ['Data Retention'],
  ),
  headingRule(
    'access-topic',
    'access',
    'access|accessing|correct|correction|update your|updating your|review(?:ing)? your|delete your|deletion|your rights|rights|edit|cancel the account|close your account|account closure|respond to your (?:above )?request|authori[sz]ed agents?|appeals?|(?:privacy|data subject|consumer) requests?|(?:access|delete|correct|download|export|update) my',
    ['Access, update or correct your personal information', 'Your Rights', 'Authorized Agents', 'Delete My Data'],
    ['Children'],
  ),
  headingRule(
    'retention-topic',
    'retention',
    'retention|retain|how long|keep your|storage period|reservation|retention period|data storage',
    ['Data Retention', 'How long do we keep your data?'],
    ['Security'],
  ),
  headingRule(
    'security-topic',
    'security',
    'security|secure|protect|protection of|protecting|safety|safeguards?|safe',
    ['Data Security', 'How Do We Protect Your Personal Data'],
    ['Cookies'],
  ),
  headingRule(
    'change-topic',
    'change',
    // "update of" only for the document: "Access and update of personal information" is an access heading.
    'changes|change to|changes to|updates to|update of (?:the |this |our )?(?:privacy )?(?:policy|notice|statement)|revision|revisions|amendments?|modifications?',
    ['Changes to This Policy', 'Revision and Update of the Policy', 'Update of Privacy Policy'],
    ['Your Choices', 'Access and update of personal information'],
  ),
  headingRule('dnt-topic', 'dnt', 'do[- ]not[- ]track|dnt', ['Do Not Track', 'Do-Not-Track Signals'], ['Tracking technologies']),
  headingRule(
    'audiences-topic',
    'audiences',
    "children|children's|child|childrens|kids|minors?|underage|california|ccpa|gdpr|eea|european|eu|international|region|regional|residents|nevada|canada|uk|where the gdpr applies|data privacy framework|privacy shield|safe harbor|(?:certain|other|some) (?:u\\.s\\. |us )?states|state privacy|u\\.s\\. states|us states",
    ["Children's Privacy", 'California Privacy Rights', 'How Do We Deal with Underage Personal Data?', 'Data Privacy Framework', 'Notice to Residents of Certain U.S. States'],
    ['Cookies'],
  ),
];
