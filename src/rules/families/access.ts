import type { Rule } from '../types';
import { DATA, META_SENTENCE, gap, rx, words } from '../lexicon';

const ACCESS_VERB = words('access|review|view|inspect|obtain (?:a )?copy of|update|correct|rectify|amend|edit|modify|change|delete|erase|remove|export|request (?:a )?copy of');

/** User access, edit and deletion: see, correct, update, export or delete data; close the account. */
export const accessRules: Rule[] = [
  {
    id: 'access/view-edit-delete',
    category: 'access',
    description:
      'The user reviewing, correcting, updating, exporting or deleting their own data ("you can access and update your information", ' +
      '"request deletion of your personal data").',
    patterns: [
      // The user acts on their own data: "you can access and update your information", "to correct your details".
      rx(words('you|users?|members?|customers?|parents?|data subjects?|visitors?|students?|to|request to|ask us to|asking us to|request that we|prefer that we|like us to|want us to|way to|ways to|ability to|option to|able to|tools to'), gap(4), ACCESS_VERB, gap(3), words('your|their|his|her|my|the user\'s|certain|any (?:of )?(?:your|the)|personal|personally|the personal|other personal'), gap(3), words('information|data|details|profile|profiles|pin|password|records?|account information|contact information|e-?mail address|address|name')),
      rx(DATA, gap(3), words('can be|may be|will be'), ' ', words('accessed|reviewed|updated|corrected|amended|edited|modified|changed|deleted|erased|removed|exported'), ' ', words('by you|at any time|by (?:logging|visiting|going|clicking|contacting|emailing|sending)|through|via|online|upon (?:your )?request|on request')),
      rx(words('correction|deletion|erasure|rectification|removal|copy|update|updating|correcting|deleting|accessing'), ' of ', words('your|their|his|her|my|the user\'s'), gap(3), DATA),
      rx(words('subject access requests?|request access|access to your (?:personal )?(?:data|information)|rights? to access|inaccurate|inaccuracies|out of date|out-of-date|incomplete'), ),
    ],
    // The user must be the one acting: "you can", "request", "contact us", "by logging in".
    requires: [rx(words('you|users?|members?|customers?|individuals?|data subjects?|parents?|request|requests|requesting|contact us|email us|write to us|by logging|by visiting|by going|by clicking'))],
    unless: [
      META_SENTENCE,
      rx(words('unauthori[sz]ed|employees|staff|personnel|only authori[sz]ed|restrict access|limit access|access controls?|physical access|third part(?:y|ies) (?:may )?access|we may (?:access|review|update|modify|change|delete|remove)|we reserve the right')),
      // Who else can reach the data ("individuals who have access", cookies "to access your information") is not user access.
      rx(words('who (?:has|have) access|(?:employees|individuals|companies|contractors|staff|persons|agents) (?:who )?(?:have|has|will have|may have|with) access|cookies?|web beacons?')),
      // Removal from mailing lists is an opt-out, not data deletion.
      rx(words('remove|removed|removal'), gap(4), words('from (?:our |any |all |the )?(?:mailing|promotional|marketing|e-?mail|contact|distribution|subscriber) lists?')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can access and update your personal information in your account settings.', 'You have the right to request deletion of your personal data.', 'Youcan access and correct your data at any time.'],
      noMatch: ['We restrict access to personal information to authorized employees.', 'We collect your name.', 'We may change your cookie preferences when the site updates.'],
    },
  },
  {
    id: 'access/account-management',
    category: 'access',
    description: 'Managing or closing the account where the data lives ("My Account", "edit your profile", "close/cancel/delete your account").',
    patterns: [rx(words('my account|your account page|account page|account settings|edit your profile|update your profile|manage your account|profile page|profile settings|account information page|close your account|cancel your account|delete your account|deactivate your account|terminate your account|cancell?ation of (?:the |your )?account|cancel the account|account deletion|account closure|closing your account'))],
    unless: [META_SENTENCE],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['You can edit your profile at any time.', 'To close your account, contact support.'],
      noMatch: ['We use your account email to send receipts.'],
    },
  },
  {
    id: 'access/data-subject-rights',
    category: 'access',
    description:
      'Named data-subject rights to see, fix, erase or take data ("the right of access", "right to erasure", "data portability"), ' +
      'as GDPR/CCPA sections list them, often as bare bullets.',
    patterns: [rx(words('right (?:of|to) access|rights? of (?:access|rectification|erasure|deletion)|right to (?:be forgotten|rectification|rectify|erasure|erase|deletion|delete|data portability|portability|correct|correction|know|obtain a copy|request (?:access|deletion|correction))|data portability'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['• The right of access;', 'You have the right to erasure and the right to data portability.'],
      noMatch: ['• The right to object;'],
    },
  },
];
