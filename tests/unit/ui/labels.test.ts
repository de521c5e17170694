import { describe, expect, it } from 'vitest';
import { CHANGE_NOTICES, DATA_TYPES, PURPOSES, RECIPIENTS, RED_FLAGS, RIGHTS } from '../../../src/core/facts/schema';
import {
  CHANGE_NOTICE_LABELS,
  DATA_TYPE_LABELS,
  PURPOSE_LABELS,
  RECIPIENT_LABELS,
  RED_FLAG_LABELS,
  RIGHT_LABELS,
  formatDuration,
  labelOf,
  type Label,
} from '../../../src/ui/labels';

const TABLES: [string, readonly string[], Record<string, Label>][] = [
  ['DATA_TYPES', DATA_TYPES, DATA_TYPE_LABELS],
  ['RECIPIENTS', RECIPIENTS, RECIPIENT_LABELS],
  ['PURPOSES', PURPOSES, PURPOSE_LABELS],
  ['RIGHTS', RIGHTS, RIGHT_LABELS],
  ['CHANGE_NOTICES', CHANGE_NOTICES, CHANGE_NOTICE_LABELS],
  ['RED_FLAGS', RED_FLAGS, RED_FLAG_LABELS],
];

describe('vocabulary labels', () => {
  it.each(TABLES)('every %s value has a label, and no label is for a value the schema lacks', (_name, vocabulary, table) => {
    expect(Object.keys(table).sort(), 'add a human label in src/ui/labels.ts for each vocabulary value').toEqual([...vocabulary].sort());
  });

  it.each(TABLES)('%s labels are non-empty, distinct and not the raw key', (_name, vocabulary, table) => {
    const labels = vocabulary.map((v) => table[v].label);
    for (const [i, l] of labels.entries()) {
      expect(l.trim(), `label of ${vocabulary[i]}`).not.toBe('');
      expect(l, `label of ${vocabulary[i]} should be words, not the key`).not.toBe(vocabulary[i]);
      expect(l).not.toMatch(/_/);
    }
    expect(new Set(labels).size, 'two values share a label: people could not tell them apart').toBe(labels.length);
  });

  it('an unknown value (from a newer build) becomes readable text instead of crashing', () => {
    expect(labelOf(DATA_TYPE_LABELS, 'biometric_templates').label).toBe('Biometric templates');
    expect(labelOf(DATA_TYPE_LABELS, 'contact').label).toBe('Contact details');
    // Inherited object keys are not labels.
    expect(labelOf(DATA_TYPE_LABELS, 'constructor').label).toBe('Constructor');
    expect(labelOf(DATA_TYPE_LABELS, '__proto__').label).toBe('Proto');
    expect(labelOf(DATA_TYPE_LABELS, '').label).toBe('');
  });

  it('formats durations with plurals', () => {
    expect(formatDuration({ value: 1, unit: 'year' })).toBe('1 year');
    expect(formatDuration({ value: 30, unit: 'day' })).toBe('30 days');
    expect(formatDuration({ value: 1.5, unit: 'month' })).toBe('1.5 months');
  });
});
