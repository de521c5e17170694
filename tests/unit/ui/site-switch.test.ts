import { describe, expect, it } from 'vitest';
import { coveringEntries, entriesCovering, turnOnSite } from '../../../src/ui/site-switch';
import { SETTINGS_KEY, defaultSettings, loadSettings } from '../../../src/storage/settings';
import { siteIsDisabled } from '../../../src/storage/settings-sites';
import { MemoryArea } from '../storage/memory-area';

function areaWith(disabledSites: string[], extra: Record<string, unknown> = {}) {
  const area = new MemoryArea();
  area.data.set(SETTINGS_KEY, { ...defaultSettings(), disabledSites, ...extra });
  return area;
}

describe('turning a site back on from the popup', () => {
  it('finds the entries that cover a host: its own and parent domains, never a one-label entry or a sibling', () => {
    const sites = ['example.com', 'www.example.com', 'shop.example.com', 'com', 'localhost', 'notexample.com'];
    expect(entriesCovering(sites, 'www.example.com')).toEqual(['example.com', 'www.example.com']);
    expect(entriesCovering(sites, 'WWW.Example.com.')).toEqual(['example.com', 'www.example.com']);
    expect(entriesCovering(sites, 'localhost')).toEqual(['localhost']);
    expect(entriesCovering(sites, 'other.org')).toEqual([]);
  });

  it('removes the parent entry that covers the site, keeping every other setting and site', async () => {
    const area = areaWith(['example.com', 'tracker.test'], { autoDetect: false, sites: { 'www.example.com': { highlights: false } } });
    expect(await coveringEntries(area, 'www.example.com')).toEqual(['example.com']);
    expect(await turnOnSite(area, 'www.example.com')).toEqual(['example.com']);
    const after = await loadSettings(area);
    expect(after.disabledSites).toEqual(['tracker.test']);
    expect(siteIsDisabled(after.disabledSites, 'www.example.com')).toBe(false);
    expect(after.autoDetect).toBe(false);
    expect(after.sites).toEqual({ 'www.example.com': { highlights: false } });
  });

  it('removes the host and its parent when both are listed (either alone would leave it off)', async () => {
    const area = areaWith(['www.example.com', 'example.com']);
    expect(await turnOnSite(area, 'www.example.com')).toEqual(['www.example.com', 'example.com']);
    expect((await loadSettings(area)).disabledSites).toEqual([]);
  });

  it('changes only the list in a value written by a newer Fineprint, keeping its unknown fields', async () => {
    const newer = { version: 9, autoDetect: true, disabledSites: ['example.com', 'tracker.test'], futureField: { keep: 'me' } };
    const area = new MemoryArea();
    area.data.set(SETTINGS_KEY, newer);
    expect(await turnOnSite(area, 'example.com')).toEqual(['example.com']);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ ...newer, disabledSites: ['tracker.test'] });
  });

  it('agrees with stage 1 on odd stored values: spelling, non-strings, version 1, no list', async () => {
    const odd = areaWith(['Example.COM.', 42 as unknown as string, 'tracker.test']);
    expect(await turnOnSite(odd, 'www.example.com')).toEqual(['Example.COM.']);
    expect((odd.data.get(SETTINGS_KEY) as { disabledSites: unknown[] }).disabledSites).toEqual([42, 'tracker.test']);
    for (const stored of [{ version: 1, disabledSites: ['example.com'], sites: {} }, { version: 2, disabledSites: 'example.com' }, 'garbage', null]) {
      const area = new MemoryArea();
      area.data.set(SETTINGS_KEY, stored);
      expect(await coveringEntries(area, 'example.com'), JSON.stringify(stored)).toEqual([]);
      expect(await turnOnSite(area, 'example.com')).toEqual([]);
      expect(area.writes).toBe(0);
    }
  });

  it('writes nothing when no entry covers the site, and rejects when storage refuses the write', async () => {
    const area = areaWith(['tracker.test']);
    const writes = area.writes;
    expect(await turnOnSite(area, 'www.example.com')).toEqual([]);
    expect(area.writes).toBe(writes);
    const full = new MemoryArea(10);
    full.data.set(SETTINGS_KEY, { ...defaultSettings(), disabledSites: ['example.com'] });
    await expect(turnOnSite(full, 'example.com')).rejects.toThrow(/quota/);
  });
});
