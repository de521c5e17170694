import { describe, expect, it } from 'vitest';
import { atAGlance, buildSections, dataTypeRows, retentionPeriod } from '../../../src/ui/summary-model';
import { MIXED_FACTS } from './fixtures';

const glance = (facts: Parameters<typeof atAGlance>[0]) => atAGlance(facts).map((p) => p.text).join(' · ');

describe('buildSections', () => {
  it('renders only fields present in the facts, in reading order', () => {
    const fields = buildSections(MIXED_FACTS).map((s) => s.field);
    expect(fields).toEqual(['collected', 'shared_with', 'sells_data', 'rights', 'how_to_exercise', 'retention', 'transfers', 'security_measures', 'change_notice']);
    expect(buildSections({})).toEqual([]);
  });

  it('puts red flags first, as warnings', () => {
    const sections = buildSections({ ...MIXED_FACTS, red_flags: [{ flag: 'changes_without_notice', quote: 'at any time without notice', index: 5 }] });
    expect(sections[0].field).toBe('red_flags');
    expect(sections[0].items[0]).toMatchObject({ value: 'changes_without_notice', label: 'The policy may change without notice', tone: 'warn' });
  });

  it('present but empty fields have no items and say what the policy is silent on', () => {
    const byField = Object.fromEntries(buildSections(MIXED_FACTS).map((s) => [s.field, s]));
    expect(byField.security_measures.emptyText).toBe('No security measures described.');
    expect(byField.transfers.emptyText).toBe('No transfers abroad mentioned.');
    expect(byField.change_notice.emptyText).toBe('How changes are announced is not stated.');
    for (const field of ['security_measures', 'transfers', 'change_notice']) expect(byField[field].items, field).toEqual([]);
    const silent = buildSections({ collected: [], retention: [], children: { min_age: null, parental_consent: null }, sells_data: 'unstated' });
    const by = Object.fromEntries(silent.map((s) => [s.field, s]));
    expect(by.collected.rows).toEqual([]);
    expect(by.collected.emptyText).toBe('No data types named in the policy.');
    expect(by.retention.emptyText).toBe('No retention period stated.');
    expect(by.children.items).toEqual([]);
    expect(by.sells_data.sectionValue).toBe('unstated');
    expect(by.sells_data.items[0].label).toBe('Not stated');
  });

  it('labels vocabulary values and keeps strings as written', () => {
    const byField = Object.fromEntries(buildSections(MIXED_FACTS).map((s) => [s.field, s]));
    expect(byField.shared_with.items.map((i) => [i.value, i.label])).toEqual([['service_providers', 'Service providers']]);
    expect(byField.sells_data).toMatchObject({ sectionValue: 'no', tone: 'good' });
    expect(byField.how_to_exercise.items.map((i) => i.channel?.kind)).toEqual(['email', 'web', 'phone', 'text']);
    expect(byField.retention.items[0]).toMatchObject({ label: 'Up to 3 years', detail: 'We keep account data for up to 3 years' });
  });

  it('drops duplicates and blank strings', () => {
    const s = buildSections({ collected: ['contact', 'contact'], how_to_exercise: ['a@b.io', ' a@b.io ', '  '] });
    expect(s[0].rows).toHaveLength(1);
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

describe('the data-types table', () => {
  it('one row per type: collected ones first, then types only third parties get, each with its marks', () => {
    const rows = dataTypeRows({ collected: ['contact', 'location'], shared_types: ['location', 'device_identifiers'] });
    expect(rows.map((r) => [r.value, r.label, Boolean(r.collected), Boolean(r.shared)])).toEqual([
      ['contact', 'Contact details', true, false],
      ['location', 'Location', true, true],
      ['device_identifiers', 'Device identifiers', false, true],
    ]);
    // Each mark opens the sentence of its own field.
    expect(rows[1].collected!.ref).toEqual({ field: 'collected', value: 'location' });
    expect(rows[1].shared!.ref).toEqual({ field: 'shared_types', value: 'location' });
  });

  it('has a "shared" column only when the facts read shared types', () => {
    expect(buildSections({ collected: ['contact'] })[0]).toMatchObject({ field: 'collected', layout: 'table', sharedColumn: false });
    expect(buildSections({ collected: ['contact'], shared_types: [] })[0]).toMatchObject({ sharedColumn: true });
    // Shared types alone still make the table.
    expect(buildSections({ shared_types: ['location'] })[0].rows!.map((r) => r.value)).toEqual(['location']);
  });
});

describe('at a glance', () => {
  it('says the essentials in one line, silence included', () => {
    expect(glance(MIXED_FACTS)).toBe('2 data types · shared with 1 kind of recipient · not sold · 1 right · kept up to 3 years');
    expect(
      glance({
        red_flags: [{ flag: 'ad_targeting', quote: 'q', index: 1 }],
        collected: ['contact'],
        shared_with: ['advertisers', 'affiliates'],
        sells_data: 'yes',
        rights: [],
        retention: [],
      }),
    ).toBe('1 warning · 1 data type · shared with advertisers · sold · no rights stated · no retention period stated');
    expect(glance({ collected: [], shared_with: [], sells_data: 'unstated', retention: [{ quote: 'as long as necessary', index: 2, unspecified: true }] })).toBe(
      'no data types named · no sharing stated · sale not stated · no fixed retention period',
    );
    // Fields the facts do not cover say nothing (no false "not stated").
    expect(atAGlance({})).toEqual([]);
  });

  it('marks what should worry and what reassures', () => {
    const tones = Object.fromEntries(atAGlance({ sells_data: 'no', shared_with: ['advertisers'], retention: [] }).map((p) => [p.text, p.tone]));
    expect(tones).toEqual({ 'shared with advertisers': 'warn', 'not sold': 'good', 'no retention period stated': 'warn' });
  });

  it('names the longest retention period stated', () => {
    const base = { quote: 'q', index: 0 };
    expect(glance({ retention: [{ ...base, max: { value: 30, unit: 'day' } }, { ...base, max: { value: 2, unit: 'year' } }, { ...base, min: { value: 6, unit: 'month' } }] })).toBe(
      'kept up to 2 years',
    );
    expect(glance({ retention: [{ ...base, min: { value: 3, unit: 'year' } }] })).toBe('kept at least 3 years');
  });
});

describe('retentionPeriod', () => {
  it('describes parsed periods', () => {
    const base = { quote: 'q', index: 0 };
    expect(retentionPeriod({ ...base, min: { value: 30, unit: 'day' }, max: { value: 2, unit: 'year' } })).toBe('30 days – 2 years');
    expect(retentionPeriod({ ...base, min: { value: 1, unit: 'year' } })).toBe('At least 1 year');
    expect(retentionPeriod({ ...base, unspecified: true })).toBe('No fixed period');
    expect(retentionPeriod({ ...base, backups: true })).toBe('Kept in backups');
    expect(retentionPeriod({ ...base, max: { value: 90, unit: 'day' }, backups: true })).toBe('Up to 90 days (backups)');
    expect(retentionPeriod(base)).toBeNull();
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
    expect(glance(facts)).toBe('2 warnings');
  });
});
