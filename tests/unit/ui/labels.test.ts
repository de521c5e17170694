import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { CHANGE_NOTICES, DATA_TYPES, PURPOSES, RECIPIENTS, RED_FLAGS, RIGHTS } from '../../../src/core/facts/schema';
import { PRACTICE_CATEGORIES } from '../../../src/core/categories';
import { categoryLabel, formatDuration, labelOf, type Vocabulary } from '../../../src/ui/labels';
import { channelKindLabel, type ChannelKind } from '../../../src/ui/channels';

const catalogue = messages as Record<string, { message: string }>;

const VOCABULARIES: [Vocabulary, readonly string[]][] = [
  ['data', DATA_TYPES],
  ['recipient', RECIPIENTS],
  ['purpose', PURPOSES],
  ['right', RIGHTS],
  ['change', CHANGE_NOTICES],
  ['flag', RED_FLAGS],
];

describe('vocabulary labels (label_<vocabulary>_<value> messages)', () => {
  it.each(VOCABULARIES)('every %s value has a label message, and no label message is for a value the schema lacks', (vocabulary, values) => {
    const prefix = `label_${vocabulary}_`;
    const labelled = Object.keys(catalogue)
      .filter((k) => k.startsWith(prefix) && !k.endsWith('_hint'))
      .map((k) => k.slice(prefix.length));
    expect(labelled.sort(), `add a ${prefix}<value> message in public/_locales/en/messages.json for each vocabulary value`).toEqual([...values].sort());
    for (const hint of Object.keys(catalogue).filter((k) => k.startsWith(prefix) && k.endsWith('_hint'))) {
      expect(values, `${hint} explains a value that does not exist`).toContain(hint.slice(prefix.length, -'_hint'.length));
    }
  });

  it.each(VOCABULARIES)('%s labels are non-empty, distinct words, not the raw key', (vocabulary, values) => {
    const labels = values.map((v) => labelOf(vocabulary, v).label);
    for (const [i, l] of labels.entries()) {
      expect(l.trim(), `label of ${values[i]}`).not.toBe('');
      expect(l, `label of ${values[i]} should be words, not the key`).not.toMatch(/_/);
    }
    expect(new Set(labels).size, 'two values share a label: people could not tell them apart').toBe(labels.length);
  });

  it('hints come from the catalogue, and only where one is written', () => {
    expect(labelOf('data', 'contact')).toEqual({ label: 'Contact details', hint: 'Name, e-mail, phone number, postal address' });
    expect(labelOf('data', 'survey')).toEqual({ label: 'Survey & feedback answers' });
    expect(labelOf('flag', 'ad_targeting')).toEqual({ label: 'Your data is used to target ads' });
  });

  it('an unknown value (from a newer build, or hostile) becomes readable text instead of crashing', () => {
    expect(labelOf('data', 'biometric_templates').label).toBe('Biometric templates');
    expect(labelOf('data', 'constructor').label).toBe('Constructor');
    expect(labelOf('data', '__proto__').label).toBe('Proto');
    expect(labelOf('data', '').label).toBe('');
    expect(labelOf('data', 'contact-details').label).toBe('Contact details');
    // Not a message key at all: shown as written.
    expect(labelOf('right', '<b>x</b>').label).toBe('<b>x</b>');
  });

  it('highlight categories have catalogue names and descriptions', () => {
    for (const c of PRACTICE_CATEGORIES) {
      expect(catalogue[`label_category_${c}`]?.message, c).toBeTruthy();
      expect(categoryLabel(c).label).toBe(catalogue[`label_category_${c}`].message);
      expect(categoryLabel(c).hint).toBe(catalogue[`label_category_${c}_hint`].message);
    }
  });

  it('formats durations with plurals', () => {
    expect(formatDuration({ value: 1, unit: 'year' })).toBe('1 year');
    expect(formatDuration({ value: 30, unit: 'day' })).toBe('30 days');
    expect(formatDuration({ value: 1.5, unit: 'month' })).toBe('1.5 months');
    expect(formatDuration({ value: 2, unit: 'week' })).toBe('2 weeks');
    for (const unit of ['day', 'week', 'month', 'year'] as const) {
      expect(formatDuration({ value: 1, unit })).toBe(`1 ${unit}`);
      expect(formatDuration({ value: 4, unit })).toBe(`4 ${unit}s`);
    }
  });

  it('names every kind of contact channel (keys built at run time are checked here)', () => {
    const kinds: ChannelKind[] = ['email', 'web', 'phone', 'text'];
    expect(kinds.map(channelKindLabel)).toEqual(['E-mail', 'Web', 'Phone', 'Where']);
  });
});
