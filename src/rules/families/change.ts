import type { Rule } from '../types';
import { gap, rx, words } from '../lexicon';

const POLICY = words('policy|policies|statement|notice|terms|privacy practices|pledge|this document');

/** Policy change: how the policy changes and how users are told. */
export const changeRules: Rule[] = [
  {
    id: 'change/policy-updates',
    category: 'change',
    description:
      'The policy being changed, updated or revised, and notice of changes ("we may update this policy from time to time", ' +
      '"we will notify you of material changes", "the revised policy will be posted").',
    patterns: [
      rx(words('change|changes|changed|update|updates|updated|modify|modifies|modified|modification|modifications|revise|revises|revised|revision|revisions|amend|amends|amended|amendment|amendments|alter|alterations|edit|edits|supplement|replace'), gap(5), POLICY),
      rx(POLICY, gap(6), words('change|changes|changed|update|updated|modify|modified|revise|revised|amend|amended|amendment|revision|edit|edited|supplement|supplemented|from time to time')),
      rx(words('material changes?|significant changes?|notify you of (?:any )?changes|notice of (?:any )?changes|check (?:back|this page) (?:periodically|regularly|often|frequently)|review (?:this|the) (?:page|policy) (?:periodically|regularly|frequently)|posted on this page')),
      rx(words('continued use|continue to use|continuing to use'), gap(8), words('after|following|constitutes|means|signifies|indicates'), gap(4), words('changes?|modifications?|updates?|revisions?|revised|updated|amended|acceptance|accept')),
    ],
    unless: [
      // Date stamps ("Revised May 29, 2015", "Effective date: July 1") are document metadata, not a change practice.
      rx(words('revised|updated|modified|effective|last updated|last revised|last modified'), '(?: on| as of| date)?:? (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\d)'),
      rx(words('links?|jump|click'), gap(4), words('sections?|below')),
      // A reference to the policy "and its updated versions" / "as it may be amended" qualifies another practice
      // ("we will use your information according to this policy and its updated versions").
      rx(POLICY, ',? (?:and its|as it may be|as) ', words('updated|amended|revised|modified|changed'), '(?: versions?| from time to time)'),
      // A change of owner or of control is a business transfer (sharing), not a change of the policy.
      rx(words('change|changes'), ' (?:in|of) ', words('ownership|control|corporate control')),
      // "not our usual policy", "our general policy is": policy as a habit, not the document.
      rx(words('(?:not )?(?:our|its) (?:usual|general|standard|normal|longstanding|long-standing) (?:policy|practice)')),rx(words('change|update|modify|edit|correct'), gap(2), words('your|my'), gap(2), words('information|data|preferences|settings|profile|account|password|choices|subscriptions?'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We may update this Privacy Policy from time to time.', 'We will notify you of any material changes by email.', 'Revision and Update of the Policy'],
      noMatch: [
        'You can update your profile at any time.',
        'If we are acquired, you will be notified by a prominent notice of any change in ownership.',
        'It is not our usual policy, but from time to time we may run joint promotions.',
        'We will use your information only according to this Privacy Policy and its updated versions.',
      ],
    },
  },
];
