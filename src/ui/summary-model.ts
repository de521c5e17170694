import type { Facts, RetentionStatement } from '../core/facts/schema';
import type { Category } from '../core/categories';
import { t } from '../i18n';
import { formatDuration, labelOf, type Vocabulary } from './labels';
import { classifyChannel, type Channel } from './channels';
import type { ItemRef } from './sources';

/**
 * The popup summary as data: which sections to show, in which order, with which items. Pure, so
 * the rules "absent field → no section, present but empty → say what the policy is silent on" are
 * tested without a DOM. Order: warnings first, then what a person asks next (what is collected and
 * shared, by whom, sold?, what can I do and how, then retention, children, transfers, security,
 * policy changes).
 */
export type Tone = 'warn' | 'good' | 'neutral';

export interface SummaryItem {
  /** `data-value` of the item's button: the vocabulary value or the string itself. */
  value: string;
  label: string;
  hint?: string;
  /** A quote or extra line shown under the label. */
  detail?: string;
  /** The label is itself a quote from the policy (shown as plain text, not as a heading). */
  quoted?: boolean;
  tone?: Tone;
  /** How to reach the company (only in `how_to_exercise`). */
  channel?: Channel;
  /** Where to look for the sentence it came from. */
  ref: ItemRef;
  /** Shown when expanded and no sentence is found (for an 'unstated' answer, silence is the source). */
  noSourceText?: string;
}

/** One data type of the label table: collected by the company, shared with third parties, or both. */
export interface DataTypeRow {
  value: string;
  label: string;
  hint?: string;
  /** Present when the policy says the company collects it. */
  collected?: SummaryItem;
  /** Present when the policy says third parties get or collect it. */
  shared?: SummaryItem;
}

export type SectionLayout = 'table' | 'chips' | 'list' | 'inline';

export interface SummarySection {
  /** `data-field`: the Facts key this section renders. */
  field: keyof Facts & string;
  title: string;
  layout: SectionLayout;
  /** Colour accent: the category of the highlights this section matches on the page. */
  category: Category | 'warning';
  items: SummaryItem[];
  /** The data-types table ('table' layout): one row per type. */
  rows?: DataTypeRow[];
  /** Whether the table has a "shared" column (the facts read `shared_types`). */
  sharedColumn?: boolean;
  /** Shown when there is nothing to list: what the policy is silent on. */
  emptyText: string;
  /** `data-value` of the section itself (single-valued fields: sells_data, change_notice). */
  sectionValue?: string;
  /** `data-value` of the "not mentioned" line, when silence is itself the value ('unstated'). */
  emptyValue?: string;
  tone?: Tone;
}

/** Sections in display order. Absent facts fields produce no section. */
export function buildSections(facts: Facts): SummarySection[] {
  const sections: SummarySection[] = [];
  const add = (s: SummarySection | null) => {
    if (s) sections.push(s);
  };

  if (facts.red_flags) {
    add({
      field: 'red_flags',
      title: t('popup_section_red_flags'),
      layout: 'list',
      category: 'warning',
      emptyText: t('popup_empty_red_flags'),
      // One item per kind of clause; every place it was found is a source of that item.
      items: groupBy(facts.red_flags, (f) => f.flag).map(([flag, found]) => {
        const [first, ...more] = uniqueBy(found, (f) => `${f.index}\u0000${f.quote}`);
        return {
          value: flag,
          label: labelOf('flag', flag).label,
          hint: more.length ? t('popup_found_in_places', more.length + 1) : undefined,
          detail: first.quote,
          tone: 'warn' as const,
          ref: { field: 'red_flags', value: flag, quote: first.quote, index: first.index, more: more.map(({ quote, index }) => ({ quote, index })) },
        };
      }),
    });
  }

  if (facts.collected || facts.shared_types) {
    const rows = dataTypeRows(facts);
    add({
      field: 'collected',
      title: t('popup_section_data_types'),
      layout: 'table',
      category: 'collection',
      items: [],
      rows,
      sharedColumn: facts.shared_types !== undefined,
      emptyText: t('popup_empty_data_types'),
    });
  }

  add(vocabularySection(facts.purposes, 'purposes', t('popup_section_purposes'), 'collection', 'purpose', t('popup_empty_purposes')));
  add(vocabularySection(facts.shared_with, 'shared_with', t('popup_section_shared_with'), 'sharing', 'recipient', t('popup_empty_shared_with')));

  if (facts.sells_data) {
    const v = facts.sells_data;
    const tone = v === 'yes' ? 'warn' : v === 'no' ? 'good' : 'neutral';
    add({
      field: 'sells_data',
      title: t('popup_section_sells_data'),
      layout: 'inline',
      category: 'sharing',
      sectionValue: v,
      tone,
      emptyText: t('popup_sells_unstated'),
      items: [
        {
          value: v,
          label: v === 'yes' ? t('popup_sells_yes') : v === 'no' ? t('popup_sells_no') : t('popup_sells_unstated'),
          hint: v === 'unstated' ? t('popup_sells_unstated_hint') : undefined,
          tone,
          ref: { field: 'sells_data', value: v },
          noSourceText: v === 'unstated' ? t('popup_sells_unstated_source') : undefined,
        },
      ],
    });
  }

  add(vocabularySection(facts.rights, 'rights', t('popup_section_rights'), 'access', 'right', t('popup_empty_rights')));

  if (facts.how_to_exercise) {
    add({
      field: 'how_to_exercise',
      title: t('popup_section_how_to_exercise'),
      layout: 'list',
      category: 'access',
      emptyText: t('popup_empty_how_to_exercise'),
      items: unique(facts.how_to_exercise.map((s) => s.trim()).filter(Boolean)).map((s) => ({
        value: s,
        label: s,
        channel: classifyChannel(s),
        ref: { field: 'how_to_exercise', value: s },
      })),
    });
  }

  if (facts.retention) {
    add({
      field: 'retention',
      title: t('popup_section_retention'),
      layout: 'list',
      category: 'retention',
      emptyText: t('popup_empty_retention'),
      items: uniqueBy(facts.retention, (r) => `${r.index}\u0000${r.quote}`).map((r) => {
        const period = retentionPeriod(r);
        return {
          value: r.quote,
          label: period ?? r.quote,
          detail: period ? r.quote : undefined,
          quoted: !period,
          tone: r.backups ? ('warn' as const) : undefined,
          ref: { field: 'retention', value: r.quote, quote: r.quote, index: r.index },
        };
      }),
    });
  }

  if (facts.children) {
    const { min_age, parental_consent } = facts.children;
    const items: SummaryItem[] = [];
    if (min_age !== null) {
      // Spans of the facts module name these `min_age=N` and `parental_consent=true|false`.
      items.push({ value: 'min_age', label: t('popup_children_min_age', min_age), hint: t('popup_children_min_age_hint', min_age), ref: { field: 'children', value: `min_age=${min_age}` } });
    }
    if (parental_consent !== null) {
      items.push({
        value: 'parental_consent',
        label: parental_consent ? t('popup_children_consent_yes') : t('popup_children_consent_no'),
        ref: { field: 'children', value: `parental_consent=${parental_consent}` },
      });
    }
    add({ field: 'children', title: t('popup_section_children'), layout: 'list', category: 'audiences', emptyText: t('popup_empty_children'), items });
  }

  if (facts.transfers) {
    const countries = unique(facts.transfers.countries.map((s) => s.trim()).filter(Boolean));
    const safeguards = unique(facts.transfers.safeguards.map((s) => s.trim()).filter(Boolean));
    add({
      field: 'transfers',
      title: t('popup_section_transfers'),
      layout: 'list',
      category: 'sharing',
      emptyText: t('popup_empty_transfers'),
      items: [
        ...countries.map((c) => ({ value: c, label: c, hint: t('popup_transfers_country'), ref: { field: 'transfers', value: c } })),
        ...safeguards.map((s) => ({ value: s, label: s, hint: t('popup_transfers_safeguard'), tone: 'good' as const, ref: { field: 'transfers', value: s } })),
      ],
    });
  }

  if (facts.security_measures) {
    add({
      field: 'security_measures',
      title: t('popup_section_security'),
      layout: 'list',
      category: 'security',
      emptyText: t('popup_empty_security'),
      items: unique(facts.security_measures.map((s) => s.trim()).filter(Boolean)).map((s) => ({
        value: s,
        label: s[0].toUpperCase() + s.slice(1),
        ref: { field: 'security_measures', value: s },
      })),
    });
  }

  if (facts.change_notice) {
    const v = facts.change_notice;
    const l = labelOf('change', v);
    const quote = facts.change_notice_quote?.trim() || undefined;
    add({
      field: 'change_notice',
      title: t('popup_section_changes'),
      layout: 'list',
      category: 'change',
      sectionValue: v,
      emptyValue: v === 'unstated' ? v : undefined,
      emptyText: t('popup_empty_changes'),
      items:
        v === 'unstated'
          ? []
          : [
              {
                value: v,
                label: l.label,
                hint: l.hint,
                detail: quote,
                tone: v === 'none_without_notice' ? 'warn' : v === 'direct_notice_for_material' ? 'good' : 'neutral',
                ref: { field: 'change_notice', value: v, quote },
              },
            ],
    });
  }

  return sections;
}

/** Collected types first (in the policy's order), then types only third parties are said to get. */
export function dataTypeRows(facts: Pick<Facts, 'collected' | 'shared_types'>): DataTypeRow[] {
  const collected = new Set(facts.collected ?? []);
  const shared = new Set(facts.shared_types ?? []);
  return unique([...collected, ...shared]).map((value) => {
    const l = labelOf('data', value);
    return {
      value,
      ...l,
      collected: collected.has(value) ? { value, ...l, ref: { field: 'collected', value } } : undefined,
      shared: shared.has(value) ? { value, ...l, ref: { field: 'shared_types', value } } : undefined,
    };
  });
}

function vocabularySection(
  values: readonly string[] | undefined,
  field: SummarySection['field'],
  title: string,
  category: Category,
  vocabulary: Vocabulary,
  emptyText: string,
): SummarySection | null {
  if (!values) return null;
  return {
    field,
    title,
    layout: 'chips',
    category,
    emptyText,
    items: unique(values).map((v) => ({ value: v, ...labelOf(vocabulary, v), ref: { field, value: v } })),
  };
}

/** "Up to 3 years", "At least 30 days", "1 month – 2 years", "No fixed period"; null if no period. */
export function retentionPeriod(r: RetentionStatement): string | null {
  let period: string | null = null;
  if (r.min && r.max) period = t('popup_retention_range', [formatDuration(r.min), formatDuration(r.max)]);
  else if (r.max) period = t('popup_retention_max', formatDuration(r.max));
  else if (r.min) period = t('popup_retention_min', formatDuration(r.min));
  else if (r.unspecified) period = t('popup_retention_unspecified');
  if (r.backups) period = period ? t('popup_retention_backups_suffix', period) : t('popup_retention_backups');
  return period;
}

export interface GlancePart {
  text: string;
  tone?: Tone;
}

/**
 * The "at a glance" line: "3 warnings · 14 data types · shared with advertisers · not sold ·
 * 6 rights · no retention period stated". Only fields the facts cover say anything; silence on a
 * covered field is said out loud.
 */
export function atAGlance(facts: Facts): GlancePart[] {
  const out: GlancePart[] = [];
  const count = (n: number, one: Parameters<typeof t>[0], many: Parameters<typeof t>[0], tone?: Tone) => out.push({ text: t(n === 1 ? one : many, n), tone });
  const flags = new Set((facts.red_flags ?? []).map((f) => f.flag)).size;
  if (flags) count(flags, 'popup_glance_warnings_one', 'popup_glance_warnings_other', 'warn');
  if (facts.collected || facts.shared_types) {
    const n = dataTypeRows(facts).length;
    if (n) count(n, 'popup_glance_data_types_one', 'popup_glance_data_types_other');
    else out.push({ text: t('popup_glance_data_types_none') });
  }
  if (facts.shared_with) {
    const recipients = unique(facts.shared_with);
    if (recipients.includes('advertisers')) out.push({ text: t('popup_glance_shared_advertisers'), tone: 'warn' });
    else if (recipients.length) count(recipients.length, 'popup_glance_shared_one', 'popup_glance_shared_other');
    else out.push({ text: t('popup_glance_shared_none') });
  }
  if (facts.sells_data === 'yes') out.push({ text: t('popup_glance_sold'), tone: 'warn' });
  else if (facts.sells_data === 'no') out.push({ text: t('popup_glance_not_sold'), tone: 'good' });
  else if (facts.sells_data === 'unstated') out.push({ text: t('popup_glance_sale_unstated') });
  if (facts.rights) {
    const n = unique(facts.rights).length;
    if (n) count(n, 'popup_glance_rights_one', 'popup_glance_rights_other');
    else out.push({ text: t('popup_glance_rights_none'), tone: 'warn' });
  }
  if (facts.retention) out.push(retentionGlance(facts.retention));
  return out;
}

/** The longest stated period wins ("kept up to 3 years"); no period at all is said plainly. */
function retentionGlance(statements: readonly RetentionStatement[]): GlancePart {
  const days = { day: 1, week: 7, month: 30, year: 365 } as const;
  let longest: { d: NonNullable<RetentionStatement['max']>; max: boolean } | undefined;
  for (const r of statements) {
    const d = r.max ?? r.min;
    if (d && (!longest || d.value * days[d.unit] > longest.d.value * days[longest.d.unit])) longest = { d, max: Boolean(r.max) };
  }
  if (longest) return { text: t(longest.max ? 'popup_glance_retention_max' : 'popup_glance_retention_min', formatDuration(longest.d)) };
  return { text: t(statements.length ? 'popup_glance_retention_unspecified' : 'popup_glance_retention_none'), tone: 'warn' };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Groups in order of first appearance. */
function groupBy<T>(values: readonly T[], key: (v: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const v of values) {
    const k = key(v);
    const g = groups.get(k);
    if (g) g.push(v);
    else groups.set(k, [v]);
  }
  return [...groups];
}

function uniqueBy<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
