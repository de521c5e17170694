import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/rules';
import { MODERN_PROBES, type ModernProbe } from './modern-phrasing.fixture';

/**
 * Modern privacy-notice phrasing (2020s: state laws, GDPR, GPC, connected devices, AI), one block at a time as the
 * CLI and the eval see a segment. See ./modern-phrasing.fixture.ts for how the expected labels were chosen.
 */
function verdict(probe: ModernProbe): string[] {
  const [result] = classifyBlocks([{ id: 0, text: probe.text, section: '', kind: probe.kind ?? 'paragraph' }]);
  return result.categories.filter((c) => c !== 'other');
}

describe('modern policy phrasing', () => {
  it('has a realistic number of probes, names unique', () => {
    expect(MODERN_PROBES.length).toBeGreaterThanOrEqual(80);
    const names = MODERN_PROBES.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i), 'duplicate probe names').toEqual([]);
  });

  for (const probe of MODERN_PROBES) {
    it(`${probe.name}: ${probe.expect.length ? probe.expect.join(' + ') : 'other'}`, () => {
      const got = verdict(probe);
      const allowed = new Set<string>([...probe.expect, ...(probe.allow ?? [])]);
      const quote = probe.text.length > 90 ? `${probe.text.slice(0, 90)}…` : probe.text;
      const missing = probe.expect.filter((c) => !got.includes(c));
      const extra = got.filter((c) => !allowed.has(c));
      expect(
        missing,
        `"${probe.name}" should be ${probe.expect.join(' + ') || 'other'} but got ${got.join(' + ') || 'other'}: "${quote}"`,
      ).toEqual([]);
      expect(
        extra,
        `"${probe.name}" should not be labelled ${extra.join(' + ')} (expected ${probe.expect.join(' + ') || 'other'}` +
          `${probe.allow?.length ? `, ${probe.allow.join('/')} acceptable` : ''}): "${quote}"`,
      ).toEqual([]);
    });
  }
});
