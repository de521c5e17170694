import type { Rule } from '../types';
import { AUX, DATA, META_SENTENCE, WE, gap, rx, words } from '../lexicon';

/** What can be kept: personal data, or records and copies of it. */
const DATA_OR_RECORD = `(?:${DATA}|${words('records?|logs?|copies|copy|archives?|backups?|it|them|this|these')})`;

/** Data retention: how long data is kept, when it is deleted, backups and archives. */
export const retentionRules: Rule[] = [
  {
    id: 'retention/keep-period',
    category: 'retention',
    description:
      'Keeping data for a period or purpose ("we retain your data for as long as necessary", "kept for 30 days", "stored until you delete your account").',
    patterns: [
      rx(words('retain|retains|retained|retaining|retention|keep|keeps|kept|store|stores|stored|hold|holds|held|preserve|preserved|maintain|maintained|archive|archived'), gap(10), words('as long as|for as long|long as (?:is )?(?:necessary|needed|required)|for (?:a )?(?:period|periods|duration|minimum|maximum)|for (?:up to |at least |no (?:more|longer) than )?(?:\\d+|one|two|three|four|five|six|seven|ten|thirty|sixty|ninety|twelve|eighteen|twenty-four)(?:[ -](?:\\d+))? ?(?:days?|weeks?|months?|years?)|until|no longer than|longer than|indefinitely|(?:a )?(?:commercially )?reasonable (?:time|period)|limited (?:time|period)|certain (?:time|period)|time period|after (?:you|your|the) (?:close|delete|deactivate|terminate|cancel|account)')),
      // "How long we keep your information", "how long is my data stored?" (headings and questions name the topic).
      rx(words('how long'), gap(4), words('keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|maintain|maintained|save|saved')),
      rx(words('scheduled for (?:regular )?destruction|regular destruction|routinely (?:deleted|destroyed|purged)|periodically (?:deleted|destroyed|purged)|retention period|retention periods|data retention|retention policy|retention schedule|retention of (?:your )?(?:personal )?(?:data|information)|retention time|storage period|storage limitation')),
      rx(words('promptly|immediately|permanently|automatically|periodically|securely|routinely'), ' ', words('delete|deleted|deletes|erase|erased|destroy|destroyed|purge|purged|remove|removed|anonymi[sz]e|anonymi[sz]ed')),
      rx(words('keep|keeps|retain|retains|save|saves|maintain|store'), ' (?:a )?cop(?:y|ies)'),
      rx(words('backup|backups|back-up|archives|archival|cached copies|residual copies'), gap(6), words('retain|retained|remain|persist|kept|stored|deleted|deletion|copies|removed|purge|purged')),
      // The same the other way round: "copies may remain in back-up storage", "kept in our archives".
      rx(words('remain|remains|persist|persists|kept|retained'), ' (?:in|on|within) (?:our |its |the )?', words('backups?|back-ups?|backup (?:storage|systems?|media|files|tapes)|back-up (?:storage|systems?|media|files|tapes)|archives?|archived files')),
      rx(words('delete|deleted|deletes|erase|erased|destroy|destroyed|purge|purged|remove|removes|anonymi[sz]e|anonymi[sz]ed|de-identify|de-identified|dispose'), gap(8), words('after|within|once|when (?:it is |they are )?no longer|no longer (?:necessary|needed|required)|upon (?:termination|expiration|expiry|request|closure)|at the end of|periodically|automatically')),
      // The condition first: "when we no longer need your data, we delete it or de-identify it".
      rx(words('no longer (?:need|needs|needed|necessary|required)|no longer have a (?:legitimate )?(?:business )?(?:need|reason|purpose)'), gap(8), words('delete|deletes|erase|erases|destroy|destroys|purge|purges|anonymi[sz]e|anonymi[sz]es|de-identify|de-identifies|dispose of|remove|removes')),
    ],
    requires: [rx(DATA, '|', words('it|them|records|files|emails|messages|account|accounts|backups?|back-ups?|copies|archives|logs'))],
    unless: [META_SENTENCE, rx(words('cookies? (?:remain|persist|expire)|session cookies?|persistent cookies?'))],
    // "…the collection, use and retention of personal information" lists the topics of a framework (Safe
    // Harbor, a law); it states no retention practice.
    notPrecededBy: /\b(?:collection|use|processing|disclosure|storage|transfer),? (?:and |or )?$/,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We retain your personal data for as long as necessary to provide the service.', 'Log data is kept for 30 days and then deleted.', 'How long do we keep your information?', 'We will delete your data when it is no longer needed.', 'Some copies of your details may remain in backup storage.', 'We remove the last digits of IP addresses after nine months.', 'When we no longer need your data, we delete it or de-identify it.', 'Backups are kept for 35 days and then overwritten.'],
      noMatch: ['We use your data to personalise content.', 'Session cookies expire when you close your browser.', 'We follow the framework on the collection, use, and retention of personal information.'],
    },
  },
  {
    id: 'retention/we-keep',
    category: 'retention',
    description:
      'The company saying that it keeps, retains or archives data, or that it does not ("we will retain logs and statistical ' +
      'information", "we do not retain this information", "Acme keeps a record of your requests"). Whether and what is kept is ' +
      'a retention statement even without a period; weak alone. Keeping data "secure", "accurate" or "confidential" is security or quality.',
    patterns: [
      rx(WE, AUX, ' ', words('retain|retains|keep|keeps|archive|archives|preserve|preserves'), '(?: (?:a|an|all|any|the|some|certain|such|this|that|these|those|your|their|copies of|a copy of|a record of|records of))?', gap(3), DATA_OR_RECORD),
    ],
    unless: [
      META_SENTENCE,
      // Keeping data in a state (secure, accurate) or keeping the user informed is not keeping data over time.
      rx(words('keep|keeps|kept|store|stores|stored'), gap(5), words('secure|securely|safe|confidential|in confidence|private|accurate|up to date|up-to-date|current|complete|protected|informed|in mind|track')),
      // "We retain the right to…" reserves a power; it keeps no data.
      rx(words('retain|retains|keep|keeps|preserve|preserves'), ' (?:the|all|any) (?:right|rights|ownership|discretion)'),
      rx(words('on your (?:device|computer|browser|hard drive)|in your browser|stored (?:on|in) your')),
    ],
    // "You can delete it, unless we have to keep it for legal reasons" is the limit of a deletion right.
    notPrecededBy: /\bunless $/,
    negation: 'keep',
    // "We keep" also runs into other senses ("we keep records of consent", "we retain service providers"), so it is weak
    // alone and counts with a second cue: a period, a storage statement, a deletion rule.
    weight: 0.5,
    examples: {
      match: ['We will retain logs, demographic and statistical information about you.', 'We do not retain this information.', 'We keep a record of your support requests.'],
      noMatch: ['We keep your information secure with encryption.', 'We store a cookie on your device.', 'You can delete your profile, unless we have to keep it for legal reasons.', 'We retain the right to disclose your information to the police.', 'We keep track of the pages you visit.', 'We use your data to personalise content.'],
    },
  },
  {
    id: 'retention/not-kept',
    category: 'retention',
    description:
      'The company saying it does not keep data at all ("we do not store this information", "we never retain your card ' +
      'number"): a retention practice stated in the negative, so no period or second cue is needed.',
    patterns: [
      rx(WE, ' (?:do|does|will|shall) not (?:permanently |otherwise )?', words('store|save|keep|retain|archive'), '|', WE, ' never (?:permanently )?', words('store|save|keep|retain|archive')),
    ],
    requires: [rx(DATA, '|', words('it|them|this|these|that|copies|records'))],
    unless: [META_SENTENCE, rx(words('on your (?:device|computer|browser|hard drive)|in your browser'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We do not store this information.', 'We never retain your full card number after the payment.'],
      noMatch: ['We do not sell your information.', 'We store your orders to deliver them.'],
    },
  },
  {
    id: 'retention/storage',
    category: 'retention',
    description:
      'Storing or saving data ("we receive and store", "addresses may be saved for your convenience", "stored and processed in"). ' +
      'OPP-115 files storage under retention even without a period; weak alone so a bare "stored" needs a second cue.',
    // Subject, up to three fillers ("we receive and", "we may securely"), storing verb.
    match: ['(we|us) (receive|collect|may|will|also|and|then|securely){0,3} (store|stores|save|saves|keep|keeps|retain|retains|archive|archives)'],
    patterns: [
      rx(words('may be|will be|is|are|be|being|get|gets'), ' (?:securely |permanently |temporarily )?', words('stored|saved|kept|retained|archived|preserved')),
    ],
    requires: [rx(DATA, '|', words('it|them|addresses|records|copies|copy'))],
    unless: [META_SENTENCE, rx(words('on your (?:device|computer|browser|hard drive)|in your browser|cookies? (?:is|are) (?:stored|saved)|stored (?:on|in) your'))],
    negation: 'keep',
    weight: 0.5,
    examples: {
      match: ['We receive and store any information you enter on our site.', 'Addresses you provide may be saved for your convenience.', "We'll securely keep your records."],
      noMatch: ['A cookie is stored on your computer.'],
    },
  },
];
