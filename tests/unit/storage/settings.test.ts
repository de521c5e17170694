import { describe, expect, it } from 'vitest';
import { PRACTICE_CATEGORIES } from '../../../src/core/categories';
import {
  SETTINGS_KEY,
  defaultSettings,
  getSiteHighlights,
  isSiteDisabled,
  loadSettings,
  loadSettingsWithStatus,
  recoverSettings,
  setSiteHighlights,
  siteKey,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../../src/storage/settings';
import { MemoryArea } from './memory-area';

const ALL = [...PRACTICE_CATEGORIES];

/** A MemoryArea with `onChanged`, firing like storage.local does after every set. */
class WatchableArea extends MemoryArea {
  private listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  readonly onChanged = {
    addListener: (l: (changes: Record<string, { newValue?: unknown }>) => void) => void this.listeners.add(l),
    removeListener: (l: (changes: Record<string, { newValue?: unknown }>) => void) => void this.listeners.delete(l),
  };
  override async set(items: Record<string, unknown>): Promise<void> {
    await super.set(items);
    const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: structuredClone(v) }]));
    for (const l of this.listeners) l(changes);
  }
}

function v2(partial: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...partial };
}

describe('settings: version 2 and its defaults', () => {
  it('defaults: automatic detection on, every category shown, the colour-blind-safe palette, no site off', () => {
    expect(defaultSettings()).toEqual({ version: 2, autoDetect: true, categoriesShown: ALL, palette: 'default', disabledSites: [], sites: {} });
  });

  it('keeps a valid value as is and does not mark it for rewriting', () => {
    const raw = v2({ autoDetect: false, categoriesShown: ['sharing', 'dnt'], palette: 'high-contrast', disabledSites: ['bank.example'], sites: { 'a.example': { highlights: false } } });
    expect(recoverSettings(structuredClone(raw))).toEqual({ settings: raw, status: 'current', repaired: false, dropped: 0 });
  });

  it('treats a missing value as defaults without a rewrite', () => {
    expect(recoverSettings(undefined)).toMatchObject({ settings: defaultSettings(), status: 'missing', repaired: false });
  });

  it('puts a valid but non-canonical value in canonical form (category order, duplicates)', () => {
    const { settings, status } = recoverSettings(v2({ categoriesShown: ['dnt', 'collection', 'dnt'], disabledSites: ['a.example', 'a.example'] }));
    expect(status).toBe('repaired');
    expect(settings.categoriesShown).toEqual(['collection', 'dnt']);
    expect(settings.disabledSites).toEqual(['a.example']);
  });
});

describe('settings: migration from version 1', () => {
  it('keeps every site entry and gives the new settings their defaults', () => {
    const v1 = { version: 1, sites: { 'a.example': { highlights: false }, 'b.example': { highlights: true }, 'c.example': { highlights: false } } };
    const { settings, status, repaired } = recoverSettings(v1);
    expect(status).toBe('migrated');
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...defaultSettings(), sites: v1.sites });
  });

  it('migrates a partly corrupted version 1 value, keeping the readable entries', () => {
    const { settings, dropped } = recoverSettings({ version: 1, sites: { 'Keep.Example.': { highlights: false }, 'bare.example': true, 'bad.example': 'no' } });
    expect(settings.sites).toEqual({ 'keep.example': { highlights: false }, 'bare.example': { highlights: true } });
    expect(dropped).toBe(1);
  });

  it('writes the migrated value back once', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, { version: 1, sites: { 'a.example': { highlights: false } } });
    expect((await loadSettingsWithStatus(area)).status).toBe('migrated');
    expect(area.data.get(SETTINGS_KEY)).toEqual({ ...defaultSettings(), sites: { 'a.example': { highlights: false } } });
    const writes = area.writes;
    expect((await loadSettingsWithStatus(area)).status).toBe('current');
    expect(area.writes).toBe(writes);
  });
});

describe('settings: recovery of corrupted values, field by field', () => {
  it.each([null, 'garbage', 42, [], { version: 2 }, { sites: 'x' }, { version: 'two' }])('falls back to defaults for an unreadable value %j', (raw) => {
    const result = recoverSettings(raw);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.repaired).toBe(true);
  });

  it("a corrupted field costs only that field: the user's other settings are kept", () => {
    const raw = {
      version: 2,
      autoDetect: 'sometimes', // corrupted
      categoriesShown: ['sharing', 'retention'],
      palette: 'high-contrast',
      disabledSites: ['bank.example', 42, 'not a host', 'Mail.Example.'],
      sites: { 'a.example': { highlights: false }, 'b.example': null },
    };
    const { settings, status, dropped } = recoverSettings(raw);
    expect(status).toBe('repaired');
    expect(settings).toEqual({
      version: 2,
      autoDetect: true,
      categoriesShown: ['sharing', 'retention'],
      palette: 'high-contrast',
      disabledSites: ['bank.example', 'mail.example'],
      sites: { 'a.example': { highlights: false } },
    });
    expect(dropped).toBe(4);
  });

  it('an unknown palette or a list of nothing readable gets the default, not "show no category"', () => {
    const { settings } = recoverSettings({ version: 2, autoDetect: false, categoriesShown: [1, 2], palette: 'neon', disabledSites: 'x', sites: {} });
    expect(settings).toEqual({ ...defaultSettings(), autoDetect: false });
  });

  it('an empty list of categories is a choice (every category hidden) and is kept', () => {
    expect(recoverSettings(v2({ categoriesShown: [] })).settings.categoriesShown).toEqual([]);
  });

  it('normalises hostnames (case, trailing dot) and keeps a hostile __proto__ key as inert data', () => {
    const raw = JSON.parse('{"version":2,"sites":{"Example.COM.":{"highlights":false},"__proto__":{"highlights":true}}}');
    const { settings } = recoverSettings(raw);
    expect(settings.sites['example.com']).toEqual({ highlights: false });
    expect(({} as Record<string, unknown>).highlights).toBeUndefined();
  });

  it("loading corrupted storage keeps the user's settings in storage, repaired", async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, {
      version: 2,
      autoDetect: false,
      categoriesShown: ['dnt'],
      palette: 7, // corrupted
      disabledSites: ['bank.example'],
      sites: { 'a.example': { highlights: false } },
    });
    const settings = await loadSettings(area);
    const expected = { ...defaultSettings(), autoDetect: false, categoriesShown: ['dnt'], disabledSites: ['bank.example'], sites: { 'a.example': { highlights: false } } };
    expect(settings, 'only the corrupted palette falls back to its default').toEqual(expected);
    expect(area.data.get(SETTINGS_KEY), 'the repaired value is stored').toEqual(expected);
  });

  it('answers defaults instead of throwing when storage fails', async () => {
    const area = new MemoryArea();
    area.failNextGet = true;
    await expect(loadSettings(area)).resolves.toEqual(defaultSettings());
  });
});

describe('settings: a value written by a newer version', () => {
  const newer = {
    version: 3,
    autoDetect: false,
    categoriesShown: ['sharing', 'ai-training'],
    palette: 'default',
    disabledSites: ['bank.example'],
    sites: { 'a.example': { highlights: false, mode: 'underline' } },
    theme: 'dark',
  };

  it('is read field by field and never rewritten on load', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, structuredClone(newer));
    const { settings, status } = await loadSettingsWithStatus(area);
    expect(status).toBe('newer');
    expect(settings).toEqual({ ...defaultSettings(), autoDetect: false, categoriesShown: ['sharing'], disabledSites: ['bank.example'], sites: { 'a.example': { highlights: false } } });
    expect(area.data.get(SETTINGS_KEY), 'the newer data is left alone').toEqual(newer);
    expect(area.writes).toBe(0);
  });

  it('a change is merged in: version, unknown fields, unknown categories and entry fields survive', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, structuredClone(newer));
    await updateSettings(area, { categoriesShown: ['sharing', 'dnt'] });
    await setSiteHighlights(area, 'a.example', true);
    await setSiteHighlights(area, 'b.example', false);
    expect(area.data.get(SETTINGS_KEY)).toEqual({
      ...newer,
      categoriesShown: ['sharing', 'dnt', 'ai-training'],
      sites: { 'a.example': { highlights: true, mode: 'underline' }, 'b.example': { highlights: false } },
    });
  });
});

describe('settings: changes', () => {
  it('updateSettings changes only what it is given and keeps every other setting', async () => {
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, v2({ disabledSites: ['bank.example'], sites: { 'a.example': { highlights: false } } }));
    const next = await updateSettings(area, { autoDetect: false, palette: 'high-contrast' });
    expect(next).toEqual(v2({ autoDetect: false, palette: 'high-contrast', disabledSites: ['bank.example'], sites: { 'a.example': { highlights: false } } }));
    expect(area.data.get(SETTINGS_KEY)).toEqual(next);
  });

  it('refuses a site that is not a hostname, and stores nothing', async () => {
    const area = new MemoryArea();
    await expect(updateSettings(area, { disabledSites: ['not a host'] })).rejects.toThrow(/cannot store/i);
    expect(area.writes).toBe(0);
  });

  it('per-site highlights: default on, persisted, case-insensitive, other sites kept', async () => {
    const area = new MemoryArea();
    expect(await getSiteHighlights(area, 'example.com')).toBe(true);
    await setSiteHighlights(area, 'Example.com', false);
    await setSiteHighlights(area, 'other.example', true);
    expect(await getSiteHighlights(area, 'example.com')).toBe(false);
    expect(area.data.get(SETTINGS_KEY)).toEqual(v2({ sites: { 'example.com': { highlights: false }, 'other.example': { highlights: true } } }));
  });

  it('refuses to store a setting without a site', async () => {
    await expect(setSiteHighlights(new MemoryArea(), '  ', true)).rejects.toThrow(/Cannot store a setting/);
  });

  it('isSiteDisabled covers the site and its subdomains', () => {
    const settings = v2({ disabledSites: ['example.com'] });
    expect(isSiteDisabled(settings, 'www.Example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
  });

  it('siteKey lowercases and trims', () => {
    expect(siteKey(' WWW.Example.org. ')).toBe('www.example.org');
  });
});

describe('settings: change listener', () => {
  it('tells a watcher about every change, recovered, and stops when asked', async () => {
    const area = new WatchableArea();
    const seen: Settings[] = [];
    const stop = watchSettings(area, (s) => seen.push(s));
    await updateSettings(area, { palette: 'high-contrast' });
    await area.set({ [SETTINGS_KEY]: { version: 2, autoDetect: 'x', palette: 'high-contrast', categoriesShown: ['dnt'] } });
    await area.set({ unrelated: 1 });
    stop();
    await updateSettings(area, { autoDetect: false });
    expect(seen.map((s) => [s.palette, s.autoDetect, s.categoriesShown.length])).toEqual([
      ['high-contrast', true, ALL.length],
      ['high-contrast', true, 1],
    ]);
  });

  it('a removed value reads as the defaults; an area without onChanged is not watched', () => {
    const seen: Settings[] = [];
    const area = new WatchableArea();
    watchSettings(area, (s) => seen.push(s));
    for (const l of (area as unknown as { listeners: Set<(c: object) => void> }).listeners) l({ [SETTINGS_KEY]: {} });
    expect(seen).toEqual([defaultSettings()]);
    expect(() => watchSettings(new MemoryArea(), () => undefined)()).not.toThrow();
  });
});
