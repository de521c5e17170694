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
      rx(words('change|changes|changed|update|updates|updated|modify|modifies|modified|modification|modifications|revise|revises|revised|revision|revisions|amend|amends|amended|amendment|amendments|alter|alterations'), gap(5), POLICY),
      rx(POLICY, gap(6), words('change|changes|changed|update|updated|modify|modified|revise|revised|amend|amended|amendment|revision|from time to time')),
      rx(words('material changes?|significant changes?|notify you of (?:any )?changes|notice of (?:any )?changes|check (?:back|this page) (?:periodically|regularly|often|frequently)|review (?:this|the) (?:page|policy) (?:periodically|regularly|frequently)|posted on this page')),
      rx(words('continued use|continue to use|continuing to use'), gap(8), words('after|following|constitutes|means|signifies|indicates'), gap(4), words('changes?|modifications?|updates?|revisions?|revised|updated|amended|acceptance|accept')),
    ],
    unless: [
      // Date stamps ("Revised May 29, 2015", "Effective date: July 1") are document metadata, not a change practice.
      rx(words('revised|updated|modified|effective|last updated|last revised|last modified'), '(?: on| as of| date)?:? (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\d)'),
      rx(words('links?|jump|click'), gap(4), words('sections?|below')),rx(words('change|update|modify|edit|correct'), gap(2), words('your|my'), gap(2), words('information|data|preferences|settings|profile|account|password|choices|subscriptions?'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We may update this Privacy Policy from time to time.', 'We will notify you of any material changes by email.', 'Revision and Update of the Policy'],
      noMatch: ['You can update your profile at any time.'],
    },
  },
];
