// Types only: a value import of schema.ts would pull zod into the popup bundle.
import type { DataType, Recipient, Purpose, Right, CHANGE_NOTICES, RED_FLAGS } from '../core/facts/schema';
import { t, type MessageKey } from '../i18n';
import { CATEGORY_INFO, type Category } from '../core/categories';

/**
 * Human labels for the summary vocabularies of `src/core/facts/schema.ts`, from the message
 * catalogue (public/_locales/en/messages.json): `label_<vocabulary>_<value>`, with an optional
 * `…_hint` line. The type check below fails to compile when a vocabulary value has no label
 * message; tests/unit/ui/labels.test.ts checks the same at run time, and that labels are distinct.
 */

export interface Label {
  /** Short name shown as the item. */
  label: string;
  /** One line a person reads to understand the label (shown under it, or as help text). */
  hint?: string;
}

export type ChangeNotice = (typeof CHANGE_NOTICES)[number];
export type RedFlagKind = (typeof RED_FLAGS)[number];

/** Vocabulary name → its values, as used in the message keys. */
interface Vocabularies {
  data: DataType;
  recipient: Recipient;
  purpose: Purpose;
  right: Right;
  change: ChangeNotice;
  flag: RedFlagKind;
}
export type Vocabulary = keyof Vocabularies;

type MissingLabels = { [V in Vocabulary]: Exclude<`label_${V}_${Vocabularies[V]}`, MessageKey> }[Vocabulary];
/** Compile-time completeness: `never` unless a vocabulary value lacks a `label_…` message. */
export const EVERY_VALUE_HAS_A_LABEL: [MissingLabels] extends [never] ? true : MissingLabels = true;

/** A catalogue message, or null when there is none (t() answers a missing key with the key). */
function message(key: string): string | null {
  const text = t(key as MessageKey);
  return text && text !== key ? text : null;
}

/**
 * The label of a vocabulary value, or a readable form of an unknown one. Facts come from storage
 * and messages: a value added by a newer build must still show as text, never crash the popup.
 */
export function labelOf(vocabulary: Vocabulary, value: string): Label {
  // Message keys are ASCII word characters: anything else cannot be a vocabulary value.
  const key = /^\w+$/.test(value) ? `label_${vocabulary}_${value}` : null;
  const label = key && message(key);
  if (!label) {
    const words = value.replace(/[_-]+/g, ' ').trim();
    return { label: words ? words[0].toUpperCase() + words.slice(1) : value };
  }
  const hint = message(`${key}_hint`);
  return hint ? { label, hint } : { label };
}

/**
 * A highlight category's name and description (`label_category_<key>`, shared with the legend on
 * the page), falling back to the core's English names while a catalogue lacks them.
 */
export function categoryLabel(category: Category): Label {
  const info = CATEGORY_INFO[category];
  return { label: message(`label_category_${category}`) ?? info.label, hint: message(`label_category_${category}_hint`) ?? info.description };
}

/** "1 day", "3 years". */
export function formatDuration(d: { value: number; unit: 'day' | 'week' | 'month' | 'year' }): string {
  const n = Number.isInteger(d.value) ? String(d.value) : d.value.toFixed(1);
  return t(`popup_duration_${d.unit}_${d.value === 1 ? 'one' : 'other'}`, n);
}
