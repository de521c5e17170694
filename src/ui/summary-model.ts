import type { Facts } from '../core/facts/schema';
import type { Category } from '../core/categories';
import {
  CHANGE_NOTICE_LABELS,
  DATA_TYPE_LABELS,
  PURPOSE_LABELS,
  RECIPIENT_LABELS,
  RED_FLAG_LABELS,
  RIGHT_LABELS,
  formatDuration,
  labelOf,
} from './labels';
import { classifyChannel, type Channel } from './channels';
import type { ItemRef } from './sources';

/**
 * The popup summary as data: which sections to show, in which order, with which items. Pure, so
 * the rules "absent field → no section, present but empty → 'Not mentioned'" are tested without a DOM.
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

export interface SummarySection {
  /** `data-field`: the Facts key this section renders. */
  field: keyof Facts & string;
  title: string;
  /** Colour accent: the category of the highlights this section matches on the page. */
  category: Category | 'warning';
  items: SummaryItem[];
  /** Shown when `items` is empty: the policy is silent on this. */
  emptyText: string;
  /** `data-value` of the section itself (single-valued fields: sells_data, change_notice). */
  sectionValue?: string;
  /** `data-value` of the "not mentioned" line, when silence is itself the value ('unstated'). */
  emptyValue?: string;
  tone?: Tone;
}

export const NOT_MENTIONED = 'Not mentioned in the policy';

/** Sections in display order. Absent facts fields produce no section. */
export function buildSections(facts: Facts): SummarySection[] {
  const sections: SummarySection[] = [];
  const add = (s: SummarySection | null) => {
    if (s) sections.push(s);
  };

  if (facts.red_flags) {
    add({
      field: 'red_flags',
      title: 'Watch out',
      category: 'warning',
      emptyText: 'None of the clauses Fineprint warns about were found.',
      // One item per kind of clause; every place it was found is a source of that item.
      items: groupBy(facts.red_flags, (f) => f.flag).map(([flag, found]) => {
        const [first, ...more] = uniqueBy(found, (f) => `${f.index}\u0000${f.quote}`);
        return {
          value: flag,
          label: labelOf(RED_FLAG_LABELS, flag).label,
          hint: more.length ? `Found in ${more.length + 1} places` : undefined,
          detail: first.quote,
          tone: 'warn' as const,
          ref: { field: 'red_flags', value: flag, quote: first.quote, index: first.index, more: more.map(({ quote, index }) => ({ quote, index })) },
        };
      }),
    });
  }

  add(vocabularySection(facts.collected, 'collected', 'What they collect', 'collection', DATA_TYPE_LABELS));
  add(vocabularySection(facts.purposes, 'purposes', 'What they use it for', 'collection', PURPOSE_LABELS));
  add(vocabularySection(facts.shared_with, 'shared_with', 'Who gets it', 'sharing', RECIPIENT_LABELS));

  if (facts.sells_data) {
    const v = facts.sells_data;
    const answer = v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Not stated';
    add({
      field: 'sells_data',
      title: 'Sells your data',
      category: 'sharing',
      sectionValue: v,
      tone: v === 'yes' ? 'warn' : v === 'no' ? 'good' : 'neutral',
      emptyText: NOT_MENTIONED,
      items: [
        {
          value: v,
          label: answer,
          hint: v === 'unstated' ? 'The policy does not say whether they sell it' : undefined,
          tone: v === 'yes' ? 'warn' : v === 'no' ? 'good' : 'neutral',
          ref: { field: 'sells_data', value: v },
          noSourceText: v === 'unstated' ? 'Fineprint found no statement about selling personal data in this policy.' : undefined,
        },
      ],
    });
  }

  add(vocabularySection(facts.shared_types, 'shared_types', 'What they share', 'sharing', DATA_TYPE_LABELS));
  add(vocabularySection(facts.rights, 'rights', 'Your rights', 'access', RIGHT_LABELS));

  if (facts.how_to_exercise) {
    add({
      field: 'how_to_exercise',
      title: 'How to use your rights',
      category: 'access',
      emptyText: NOT_MENTIONED,
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
      title: 'How long they keep it',
      category: 'retention',
      emptyText: NOT_MENTIONED,
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

  if (facts.security_measures) {
    add({
      field: 'security_measures',
      title: 'Security',
      category: 'security',
      emptyText: NOT_MENTIONED,
      items: unique(facts.security_measures.map((s) => s.trim()).filter(Boolean)).map((s) => ({
        value: s,
        label: capitalise(s),
        ref: { field: 'security_measures', value: s },
      })),
    });
  }

  if (facts.children) {
    const { min_age, parental_consent } = facts.children;
    const items: SummaryItem[] = [];
    if (min_age !== null) {
      // Spans of the facts module name these `min_age=N` and `parental_consent=true|false`.
      items.push({ value: 'min_age', label: `Minimum age: ${min_age}`, hint: `Not meant for children under ${min_age} without a parent’s say`, ref: { field: 'children', value: `min_age=${min_age}` } });
    }
    if (parental_consent !== null) {
      items.push({
        value: 'parental_consent',
        label: parental_consent ? 'Parental consent required for children' : 'No parental consent route',
        ref: { field: 'children', value: `parental_consent=${parental_consent}` },
      });
    }
    add({ field: 'children', title: 'Children', category: 'audiences', emptyText: NOT_MENTIONED, items });
  }

  if (facts.transfers) {
    const countries = unique(facts.transfers.countries.map((s) => s.trim()).filter(Boolean));
    const safeguards = unique(facts.transfers.safeguards.map((s) => s.trim()).filter(Boolean));
    add({
      field: 'transfers',
      title: 'Transfers abroad',
      category: 'sharing',
      emptyText: NOT_MENTIONED,
      items: [
        ...countries.map((c) => ({ value: c, label: c, hint: 'Country data may go to', ref: { field: 'transfers', value: c } })),
        ...safeguards.map((s) => ({ value: s, label: s, hint: 'Safeguard', tone: 'good' as const, ref: { field: 'transfers', value: s } })),
      ],
    });
  }

  if (facts.change_notice) {
    const v = facts.change_notice;
    const l = labelOf(CHANGE_NOTICE_LABELS, v);
    const quote = facts.change_notice_quote?.trim() || undefined;
    add({
      field: 'change_notice',
      title: 'Policy changes',
      category: 'change',
      sectionValue: v,
      emptyValue: v === 'unstated' ? v : undefined,
      emptyText: NOT_MENTIONED,
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

function vocabularySection(
  values: readonly string[] | undefined,
  field: SummarySection['field'],
  title: string,
  category: Category,
  labels: Record<string, { label: string; hint?: string }>,
): SummarySection | null {
  if (!values) return null;
  return {
    field,
    title,
    category,
    emptyText: NOT_MENTIONED,
    items: unique(values).map((v) => {
      const l = labelOf(labels, v);
      return { value: v, label: l.label, hint: l.hint, ref: { field, value: v } };
    }),
  };
}

/** "Up to 3 years", "At least 30 days", "1 month – 2 years", "As long as needed"; null if no period. */
export function retentionPeriod(r: NonNullable<Facts['retention']>[number]): string | null {
  let period: string | null = null;
  if (r.min && r.max) period = `${formatDuration(r.min)} – ${formatDuration(r.max)}`;
  else if (r.max) period = `Up to ${formatDuration(r.max)}`;
  else if (r.min) period = `At least ${formatDuration(r.min)}`;
  else if (r.unspecified) period = 'No fixed period';
  if (r.backups) period = period ? `${period} (backups)` : 'Kept in backups';
  return period;
}

/** Header counts: "14 data types · 9 recipients · 12 rights". Only fields present are counted. */
export function summaryCounts(facts: Facts): string[] {
  const out: string[] = [];
  const count = (n: number, one: string, many: string) => out.push(`${n} ${n === 1 ? one : many}`);
  if (facts.collected) count(unique(facts.collected).length, 'data type', 'data types');
  if (facts.shared_with) count(unique(facts.shared_with).length, 'recipient', 'recipients');
  if (facts.rights) count(unique(facts.rights).length, 'right', 'rights');
  const flags = new Set((facts.red_flags ?? []).map((f) => f.flag)).size;
  if (flags) count(flags, 'warning', 'warnings');
  return out;
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

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
