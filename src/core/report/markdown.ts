import { CATEGORIES, CATEGORY_INFO, type Category } from '../categories';
import type { Facts, RetentionStatement } from '../facts/schema';

/**
 * The policy summary as Markdown, for people: `analyze --format md` in the CLI and "Copy as
 * Markdown" in the popup print the same text from the same facts. Pure (no DOM, no Node API).
 * One heading per topic, in the order a reader asks (what, who, can I, how long…). A topic the policy is silent on says "Not mentioned"; a
 * topic this version does not read at all is listed at the end instead of pretending silence.
 * Every item carries the block ids it was read from, so a reader can check it in the JSON output.
 */

const NOT_MENTIONED = '_Not mentioned._';

/** Vocabulary values whose plain-English name is not just the key with spaces. */
const VALUE_LABELS: Record<string, string> = {
  computer_information: 'computer / browser information',
  device_identifiers: 'device identifiers (IP, MAC, device IDs)',
  cookies_tracking: 'cookies and tracking technologies',
  online_activity: 'online activity (usage, browsing, logs)',
  user_profile: 'account and profile',
  personal_identifier: 'government identifiers',
  audio_video: 'images, audio and video',
  sensor: 'device sensor readings',
  network: 'Wi-Fi / network data',
  purchase: 'orders and transactions',
  generic_personal: 'personal information (unspecified)',
  service_providers: 'service providers',
  mapping_location_providers: 'mapping / location providers',
  cloud_hosting: 'cloud hosting',
  other_third_parties: 'other third parties',
  business_transfer: 'buyers in a merger or sale',
  law_enforcement: 'law enforcement / authorities',
  service_provision: 'providing the service',
  improvement_analytics: 'improvement and analytics',
  security_fraud: 'security and fraud prevention',
  legal_compliance: 'legal compliance',
  correction: 'correct your data',
  deletion: 'delete your data',
  access: 'access your data',
  portability: 'export your data (portability)',
  restrict: 'restrict processing',
  object: 'object to processing',
  withdraw_consent: 'withdraw consent',
  opt_out_marketing: 'opt out of marketing',
  opt_out_location: 'turn off location',
  cookie_control: 'control cookies',
  account_closure: 'close your account',
  complaint_authority: 'complain to a data protection authority',
  automated_decision: 'not be subject to automated decisions',
  none_without_notice: 'not changed without notice',
  posted_only: 'changes are only posted (no direct notice)',
  direct_notice_for_material: 'you are told directly about material changes',
  unstated: 'not stated',
};

export function label(value: string): string {
  return VALUE_LABELS[value] ?? value.replace(/_/g, ' ');
}

/** Policy text is untrusted: neutralise Markdown/HTML so a quote cannot restructure the report. */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

function blocksRef(ids: readonly number[] | undefined): string {
  if (!ids || ids.length === 0) return '';
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  return ` (${unique.length === 1 ? 'block' : 'blocks'} ${unique.join(', ')})`;
}

function valueList(values: readonly string[] | undefined, evidence: Record<string, number[]> | undefined): string[] {
  if (!values || values.length === 0) return [NOT_MENTIONED];
  return values.map((v) => `- ${escapeMd(label(v))}${blocksRef(evidence?.[v])}`);
}

function stringList(values: readonly string[] | undefined, evidence: Record<string, number[]> | undefined): string[] {
  if (!values || values.length === 0) return [NOT_MENTIONED];
  return values.map((v) => `- ${escapeMd(v)}${blocksRef(evidence?.[v])}`);
}

function duration(d: RetentionStatement['min']): string {
  return d ? `${d.value} ${d.unit}${d.value === 1 ? '' : 's'}` : '';
}

interface Section {
  title: string;
  /** The Facts keys the section reads; it is shown when any of them is present. */
  fields: (keyof Facts)[];
  render(f: Facts): string[];
}

const SECTIONS: Section[] = [
  { title: 'Company', fields: ['company'], render: (f) => stringList(f.company, undefined).map((l, i) => (i === 0 && f.company?.length ? l + blocksRef(f.company_evidence) : l)) },
  { title: 'What they collect', fields: ['collected'], render: (f) => valueList(f.collected, f.collected_evidence) },
  { title: 'What third parties get', fields: ['shared_types'], render: (f) => valueList(f.shared_types, f.shared_types_evidence) },
  { title: 'Who they share it with', fields: ['shared_with'], render: (f) => valueList(f.shared_with, f.shared_evidence) },
  {
    title: 'Do they sell your data?',
    fields: ['sells_data'],
    render: (f) => [
      (f.sells_data === 'yes' ? 'Yes' : f.sells_data === 'no' ? 'No, they say they do not' : NOT_MENTIONED) +
        (f.sells_data && f.sells_data !== 'unstated' ? blocksRef(f.sells_data_evidence) : ''),
    ],
  },
  { title: 'Why they use it', fields: ['purposes'], render: (f) => valueList(f.purposes, f.purposes_evidence) },
  { title: 'Your rights', fields: ['rights'], render: (f) => valueList(f.rights, f.rights_evidence) },
  { title: 'How to exercise them', fields: ['how_to_exercise'], render: (f) => stringList(f.how_to_exercise, f.how_to_exercise_evidence) },
  {
    title: 'How long they keep it',
    fields: ['retention'],
    render: (f) =>
      f.retention && f.retention.length
        ? f.retention.map((r) => {
            const bounds = [r.min && `at least ${duration(r.min)}`, r.max && `at most ${duration(r.max)}`, r.unspecified && 'no fixed period', r.backups && 'backups']
              .filter(Boolean)
              .join(', ');
            return `- “${escapeMd(r.quote)}”${bounds ? ` — ${bounds}` : ''}${blocksRef([r.index])}`;
          })
        : [NOT_MENTIONED],
  },
  {
    title: 'Children',
    fields: ['children'],
    render: (f) => {
      const c = f.children;
      if (!c || (c.min_age === null && c.parental_consent === null)) return [NOT_MENTIONED];
      const parts = [];
      if (c.min_age !== null) parts.push(`not meant for children under ${c.min_age}`);
      if (c.parental_consent !== null) parts.push(c.parental_consent ? 'parental consent required' : 'no parental consent mechanism');
      return [`${parts.join('; ')}${blocksRef(f.children_evidence)}`];
    },
  },
  {
    title: 'Transfers abroad',
    fields: ['transfers'],
    render: (f) => {
      const t = f.transfers;
      if (!t || (t.countries.length === 0 && t.safeguards.length === 0)) return [NOT_MENTIONED];
      return [
        `- Countries: ${t.countries.length ? t.countries.map(escapeMd).join(', ') : 'not named'}`,
        `- Safeguards: ${t.safeguards.length ? t.safeguards.map(escapeMd).join(', ') : 'none named'}${blocksRef(f.transfers_evidence)}`,
      ];
    },
  },
  { title: 'Security', fields: ['security_measures'], render: (f) => stringList(f.security_measures, f.security_evidence) },
  {
    title: 'Policy changes',
    fields: ['change_notice'],
    render: (f) =>
      !f.change_notice || f.change_notice === 'unstated'
        ? [NOT_MENTIONED]
        : [`${label(f.change_notice)}${blocksRef(f.change_notice_evidence)}`, ...(f.change_notice_quote ? ['', `> ${escapeMd(f.change_notice_quote)}`] : [])],
  },
  {
    title: 'Consent by merely using the service',
    fields: ['consent_by_use'],
    render: (f) => [f.consent_by_use ? `Yes: using the service is treated as consent${blocksRef(f.consent_by_use_evidence)}` : NOT_MENTIONED],
  },
  {
    title: 'Red flags',
    fields: ['red_flags'],
    render: (f) => (f.red_flags && f.red_flags.length ? f.red_flags.map((r) => `- **${escapeMd(label(r.flag))}**: “${escapeMd(r.quote)}”${blocksRef([r.index])}`) : ['_None found._']),
  },
  {
    title: 'Contradictions',
    fields: ['contradictions'],
    render: (f) => (f.contradictions && f.contradictions.length ? f.contradictions.map((c) => `- blocks ${c.a} and ${c.b}: ${escapeMd(c.why)}`) : ['_None found._']),
  },
];

/**
 * What the report is made from: the CLI's `AnalyzeResult` has this shape, and the popup builds it
 * from the cached analysis of the tab (with the page URL as `file`).
 */
export interface ReportInput {
  /** What was read: a file name (CLI) or the page URL (popup). */
  file: string;
  status?: 'policy' | 'not-policy' | 'unsupported-language';
  isPolicy?: boolean;
  language?: string;
  blocks?: readonly { categories: readonly Category[] }[];
  facts?: Facts;
  note?: string;
  error?: string;
}

export function renderMarkdown(result: ReportInput): string {
  const out: string[] = [`# Privacy summary: ${escapeMd(result.file)}`, ''];
  if (result.error) return [...out, `**Could not read this file:** ${escapeMd(result.error)}`, ''].join('\n');

  if (result.status === 'unsupported-language') {
    out.push(`- Language: ${result.language ?? 'unknown'}`, '');
    out.push(`**${escapeMd(result.note ?? 'language not supported yet')}.** Fineprint reads English policies only for now, so there is no summary.`, '');
    return out.join('\n');
  }
  out.push(`- Privacy policy: ${result.isPolicy ? 'yes' : '**no**: this does not look like a privacy policy (summary computed anyway)'}`);
  out.push(`- Language: ${result.language ?? 'unknown'}`);
  out.push(`- Blocks read: ${result.blocks?.length ?? 0}`);
  out.push('');
  if (result.note) out.push(`_Note: ${escapeMd(result.note)}._`, '');

  const facts = result.facts ?? {};
  const notRead: string[] = [];
  for (const section of SECTIONS) {
    if (!section.fields.some((k) => facts[k] !== undefined)) {
      notRead.push(section.title);
      continue;
    }
    out.push(`## ${section.title}`, '', ...section.render(facts), '');
  }

  const counts = new Map<string, number>();
  for (const b of result.blocks ?? []) for (const c of b.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  out.push('## Blocks by topic', '');
  for (const c of CATEGORIES) if (counts.get(c)) out.push(`- ${CATEGORY_INFO[c].label}: ${counts.get(c)}`);
  if (counts.size === 0) out.push('_No blocks._');
  out.push('');
  if (notRead.length) out.push(`_Not analysed by this version: ${notRead.join(', ')}._`, '');
  return out.join('\n');
}
