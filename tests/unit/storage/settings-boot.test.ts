import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSiteDisabled, recoverSettings } from '../../../src/storage/settings';
import { SETTINGS_KEY, bootSettingsFrom, readBootSettings, watchStoredValue } from '../../../src/storage/settings-boot';
import { MemoryArea } from './memory-area';

describe('stage 1 settings (read without zod)', () => {
  it('defaults: detection on, site on', () => {
    expect(bootSettingsFrom(undefined, 'example.com')).toEqual({ autoDetect: true, siteDisabled: false });
  });

  it('reads autoDetect and the disabled sites', () => {
    const raw = { version: 2, autoDetect: false, disabledSites: ['Bank.Example'] };
    expect(bootSettingsFrom(raw, 'www.bank.example')).toEqual({ autoDetect: false, siteDisabled: true });
    expect(bootSettingsFrom(raw, 'shop.example')).toEqual({ autoDetect: false, siteDisabled: false });
  });

  it('agrees with the full (zod) recovery on arbitrary stored values', () => {
    const host = fc.constantFrom('example.com', 'www.example.com', 'bank.example', 'localhost', 'EXAMPLE.com.');
    const stored = fc.oneof(
      fc.anything(),
      fc.record(
        {
          version: fc.oneof(fc.constant(2), fc.constant(1), fc.constant(9), fc.anything()),
          autoDetect: fc.oneof(fc.boolean(), fc.anything()),
          disabledSites: fc.oneof(fc.array(fc.oneof(host, fc.string(), fc.anything())), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(stored, host, (raw, hostname) => {
        const full = recoverSettings(raw).settings;
        expect(bootSettingsFrom(raw, hostname)).toEqual({ autoDetect: full.autoDetect, siteDisabled: isSiteDisabled(full, hostname) });
      }),
      { numRuns: 500 },
    );
  });

  it('reads defaults when storage fails', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, { autoDetect: false });
    area.failNextGet = true;
    expect(await readBootSettings(area, 'a.example')).toEqual({ autoDetect: true, siteDisabled: false });
    expect(await readBootSettings(area, 'a.example')).toEqual({ autoDetect: false, siteDisabled: false });
  });

  it('watchStoredValue reports only its key and stops when asked', () => {
    const listeners: ((c: Record<string, { newValue?: unknown }>) => void)[] = [];
    const area = { onChanged: { addListener: (l: never) => listeners.push(l), removeListener: (l: never) => listeners.splice(listeners.indexOf(l), 1) } };
    const seen: unknown[] = [];
    const stop = watchStoredValue(area, SETTINGS_KEY, (v) => seen.push(v));
    listeners.forEach((l) => l({ other: { newValue: 1 } }));
    listeners.forEach((l) => l({ [SETTINGS_KEY]: { newValue: { autoDetect: false } } }));
    stop();
    expect(listeners).toHaveLength(0);
    expect(seen).toEqual([{ autoDetect: false }]);
  });
});
