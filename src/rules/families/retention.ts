import type { Rule } from '../types';
import { DATA, META_SENTENCE, gap, rx, words } from '../lexicon';

/** Data retention: how long data is kept, when it is deleted, backups and archives. */
export const retentionRules: Rule[] = [
  {
    id: 'retention/keep-period',
    category: 'retention',
    description:
      'Keeping data for a period or purpose ("we retain your data for as long as necessary", "kept for 30 days", "stored until you delete your account").',
    patterns: [
      rx(words('retain|retains|retained|retaining|retention|keep|keeps|kept|store|stores|stored|hold|holds|held|preserve|preserved|maintain|maintained|archive|archived'), gap(8), words('as long as|for as long|long as (?:is )?(?:necessary|needed|required)|for (?:a )?(?:period|periods|duration|minimum|maximum)|for (?:up to |at least |no (?:more|longer) than )?(?:\\d+|one|two|three|four|five|six|seven|ten|thirty|sixty|ninety|twelve|eighteen|twenty-four)(?:[ -](?:\\d+))? ?(?:days?|weeks?|months?|years?)|until|no longer than|longer than|indefinitely|(?:a )?(?:commercially )?reasonable (?:time|period)|limited (?:time|period)|certain (?:time|period)|time period|after (?:you|your|the) (?:close|delete|deactivate|terminate|cancel|account)')),
      rx(words('scheduled for (?:regular )?destruction|regular destruction|routinely (?:deleted|destroyed|purged)|periodically (?:deleted|destroyed|purged)|retention period|retention periods|data retention|retention policy|retention schedule|retention of (?:your )?(?:personal )?(?:data|information)|retention time|storage period|storage limitation')),
      rx(words('promptly|immediately|permanently|automatically|periodically|securely|routinely'), ' ', words('delete|deleted|deletes|erase|erased|destroy|destroyed|purge|purged|remove|removed|anonymi[sz]e|anonymi[sz]ed')),
      rx(words('keep|keeps|retain|retains|save|saves|maintain|store'), ' (?:a )?cop(?:y|ies)'),
      rx(words('backup|backups|back-up|archives|archival|cached copies|residual copies'), gap(6), words('retain|retained|remain|persist|kept|stored|deleted|deletion|copies|removed|purge|purged')),
      rx(words('delete|deleted|deletes|erase|erased|destroy|destroyed|purge|purged|anonymi[sz]e|anonymi[sz]ed|de-identify|de-identified|dispose'), gap(8), words('after|within|once|when (?:it is |they are )?no longer|no longer (?:necessary|needed|required)|upon (?:termination|expiration|expiry|request|closure)|at the end of|periodically|automatically')),
    ],
    requires: [rx(DATA, '|', words('it|them|records|files|emails|messages|account|accounts'))],
    unless: [META_SENTENCE, rx(words('cookies? (?:remain|persist|expire)|session cookies?|persistent cookies?'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We retain your personal data for as long as necessary to provide the service.', 'Log data is kept for 30 days and then deleted.', 'We will delete your data when it is no longer needed.'],
      noMatch: ['We use your data to personalise content.', 'Session cookies expire when you close your browser.'],
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
