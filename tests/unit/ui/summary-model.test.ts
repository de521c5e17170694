import { describe, expect, it } from 'vitest';
import { NOT_MENTIONED, buildSections, retentionPeriod, summaryCounts } from '../../../src/ui/summary-model';
import { MIXED_FACTS } from './fixtures';

describe('buildSections', () => {
  it('renders only fields present in the facts, in reading order', () => {
    const fields = buildSections(MIXED_FACTS).map((s) => s.field);
    expect(fields).toEqual(['collected', 'shared_with', 'sells_data', 'rights', 'how_to_exercise', 'retention', 'security_measures', 'transfers', 'change_notice']);
    expect(buildSections({})).toEqual([]);
  });

  it('puts red flags first, as warnings', () => {
    const sections = buildSections({ ...MIXED_FACTS, red_flags: [{ flag: 'changes_without_notice', quote: 'at any time without notice', index: 5 }] });
    expect(sections[0].field).toBe('red_flags');
    expect(sections[0].items[0]).toMatchObject({ value: 'changes_without_notice', label: 'The policy may change without notice', tone: 'warn' });
  });

  it('present but empty fields have no items and say "Not mentioned"', () => {
    const byField = Object.fromEntries(buildSections(MIXED_FACTS).map((s) => [s.field, s]));
    for (const field of ['security_measures', 'transfers', 'change_notice']) {
      expect(byField[field].items, field).toEqual([]);
      expect(byField[field].emptyText).toBe(NOT_MENTIONED);
    }
    const silent = buildSections({ collected: [], children: { min_age: null, parental_consent: null }, sells_data: 'unstated' });
    expect(silent.find((s) => s.field === 'collected')!.items).toEqual([]);
    expect(silent.find((s) => s.field === 'children')!.items).toEqual([]);
    const sells = silent.find((s) => s.field === 'sells_data')!;
    expect(sells.sectionValue).toBe('unstated');
    expect(sells.items[0].label).toBe('Not stated');
  });

  it('labels vocabulary values and keeps strings as written', () => {
    const byField = Object.fromEntries(buildSections(MIXED_FACTS).map((s) => [s.field, s]));
    expect(byField.collected.items.map((i) => [i.value, i.label])).toEqual([
      ['contact', 'Contact details'],
      ['location', 'Location'],
    ]);
    expect(byField.sells_data).toMatchObject({ sectionValue: 'no', tone: 'good' });
    expect(byField.how_to_exercise.items.map((i) => i.channel?.kind)).toEqual(['email', 'web', 'phone', 'text']);
    expect(byField.retention.items[0]).toMatchObject({ label: 'Up to 3 years', detail: 'We keep account data for up to 3 years' });
  });

  it('drops duplicates and blank strings', () => {
    const s = buildSections({ collected: ['contact', 'contact'], how_to_exercise: ['a@b.io', ' a@b.io ', '  '] });
    expect(s[0].items).toHaveLength(1);
    expect(s[1].items.map((i) => i.value)).toEqual(['a@b.io']);
  });

  it('children and transfers become readable items', () => {
    const s = buildSections({ children: { min_age: 16, parental_consent: true }, transfers: { countries: ['United States'], safeguards: ['Standard Contractual Clauses'] } });
    expect(s[0].items.map((i) => [i.value, i.label])).toEqual([
      ['min_age', 'Minimum age: 16'],
      ['parental_consent', 'Parental consent required for children'],
    ]);
    // Sources are looked up with the facts module's span names.
    expect(s[0].items.map((i) => i.ref.value)).toEqual(['min_age=16', 'parental_consent=true']);
    expect(s[1].items.map((i) => i.value)).toEqual(['United States', 'Standard Contractual Clauses']);
  });
});

describe('retentionPeriod and counts', () => {
  it('describes parsed periods', () => {
    const base = { quote: 'q', index: 0 };
    expect(retentionPeriod({ ...base, min: { value: 30, unit: 'day' }, max: { value: 2, unit: 'year' } })).toBe('30 days – 2 years');
    expect(retentionPeriod({ ...base, min: { value: 1, unit: 'year' } })).toBe('At least 1 year');
    expect(retentionPeriod({ ...base, unspecified: true })).toBe('No fixed period');
    expect(retentionPeriod({ ...base, backups: true })).toBe('Kept in backups');
    expect(retentionPeriod(base)).toBeNull();
  });

  it('counts only fields present', () => {
    expect(summaryCounts(MIXED_FACTS)).toEqual(['2 data types', '1 recipient', '1 right']);
    expect(summaryCounts({})).toEqual([]);
  });
});

describe('red flags', () => {
  it('one item per kind of clause, with every place it was found as a source', () => {
    const facts = {
      red_flags: [
        { flag: 'consent_by_use', quote: 'By using the app you agree', index: 1 },
        { flag: 'ad_targeting', quote: 'interest-based ads', index: 2 },
        { flag: 'consent_by_use', quote: 'by visiting the site you consent', index: 3 },
        { flag: 'consent_by_use', quote: 'By using the app you agree', index: 1 },
      ],
    };
    const [section] = buildSections(facts);
    expect(section.items.map((i) => [i.value, i.hint])).toEqual([
      ['consent_by_use', 'Found in 2 places'],
      ['ad_targeting', undefined],
    ]);
    expect(section.items[0].ref).toMatchObject({ quote: 'By using the app you agree', index: 1, more: [{ quote: 'by visiting the site you consent', index: 3 }] });
    expect(summaryCounts(facts)).toEqual(['2 warnings']);
  });
});
