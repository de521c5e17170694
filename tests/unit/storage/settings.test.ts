import { describe, expect, it } from 'vitest';
import {
  SETTINGS_KEY,
  getSiteHighlights,
  loadSettings,
  recoverSettings,
  setSiteHighlights,
  siteKey,
} from '../../../src/storage/settings';
import { MemoryArea } from './memory-area';

describe('settings recovery', () => {
  it('keeps a valid value as is and does not mark it repaired', () => {
    const raw = { version: 1, sites: { 'example.com': { highlights: false } } };
    expect(recoverSettings(raw)).toEqual({ settings: raw, repaired: false, dropped: 0 });
  });

  it('treats a missing value as defaults without a rewrite', () => {
    expect(recoverSettings(undefined)).toEqual({ settings: { version: 1, sites: {} }, repaired: false, dropped: 0 });
  });

  it.each([null, 'garbage', 42, [], { version: 1 }, { version: 1, sites: 'x' }, { sites: [] }])(
    'falls back to defaults for an unreadable value %j',
    (raw) => {
      const result = recoverSettings(raw);
      expect(result.settings).toEqual({ version: 1, sites: {} });
      expect(result.repaired).toBe(true);
    },
  );

  it('salvages every readable site entry from a partly corrupted value', () => {
    const raw = {
      version: 1,
      sites: {
        'good.example': { highlights: false },
        'extra.example': { highlights: true, colour: 'red' },
        'bare.example': false,
        'broken.example': { highlights: 'yes' },
        'null.example': null,
        '': { highlights: true },
      },
    };
    const { settings, repaired, dropped } = recoverSettings(raw);
    expect(repaired).toBe(true);
    expect(dropped).toBe(3);
    expect(settings.sites).toEqual({
      'good.example': { highlights: false },
      'extra.example': { highlights: true },
      'bare.example': { highlights: false },
    });
  });

  it('keeps the site entries of an unknown (newer) version instead of discarding them', () => {
    const raw = { version: 7, sites: { 'a.example': { highlights: false, mode: 'underline' } }, theme: 'dark' };
    expect(recoverSettings(raw).settings).toEqual({ version: 1, sites: { 'a.example': { highlights: false } } });
  });

  it('normalises hostnames (case, trailing dot) and keeps a hostile __proto__ key as inert data', () => {
    const raw = JSON.parse('{"version":1,"sites":{"Example.COM.":{"highlights":false},"__proto__":{"highlights":true}}}');
    const { settings } = recoverSettings(raw);
    expect(settings.sites['example.com']).toEqual({ highlights: false });
    expect(Object.hasOwn(settings.sites, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).highlights).toBeUndefined();
  });

  it('drops hostnames longer than DNS allows', () => {
    const { settings, dropped } = recoverSettings({ version: 1, sites: { ['a'.repeat(300)]: { highlights: true } } });
    expect(settings.sites).toEqual({});
    expect(dropped).toBe(1);
  });
});

describe('settings in storage', () => {
  it('defaults to highlights on for an unknown site', async () => {
    expect(await getSiteHighlights(new MemoryArea(), 'example.com')).toBe(true);
  });

  it('persists a per-site choice and reads it back case-insensitively', async () => {
    const area = new MemoryArea();
    await setSiteHighlights(area, 'Example.com', false);
    expect(await getSiteHighlights(area, 'example.com')).toBe(false);
    expect(await getSiteHighlights(area, 'other.example')).toBe(true);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ version: 1, sites: { 'example.com': { highlights: false } } });
  });

  it('keeps other sites when one changes, and repairs a corrupted stored value on the way', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, { version: 'one', sites: { 'keep.example': { highlights: false }, 'bad.example': 3 } });
    await setSiteHighlights(area, 'new.example', true);
    expect(area.data.get(SETTINGS_KEY)).toEqual({
      version: 1,
      sites: { 'keep.example': { highlights: false }, 'new.example': { highlights: true } },
    });
  });

  it('rewrites a corrupted value when loading, so the repair is not redone every time', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, { sites: { 'a.example': true } });
    await loadSettings(area);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ version: 1, sites: { 'a.example': { highlights: true } } });
    const writes = area.writes;
    await loadSettings(area);
    expect(area.writes).toBe(writes);
  });

  it('answers defaults instead of throwing when storage fails', async () => {
    const area = new MemoryArea();
    area.failNextGet = true;
    await expect(loadSettings(area)).resolves.toEqual({ version: 1, sites: {} });
  });

  it('refuses to store a setting without a site', async () => {
    await expect(setSiteHighlights(new MemoryArea(), '  ', true)).rejects.toThrow(/Cannot store a setting/);
  });

  it('siteKey lowercases and trims', () => {
    expect(siteKey(' WWW.Example.org. ')).toBe('www.example.org');
  });
});
