import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, defaultSettings, entriesCovering, loadSettings, turnOnSite } from '../../../src/storage/settings';
import { siteIsDisabled } from '../../../src/storage/settings-sites';
import { MemoryArea } from './memory-area';

function areaWith(disabledSites: unknown[], extra: Record<string, unknown> = {}) {
  const area = new MemoryArea();
  area.data.set(SETTINGS_KEY, { ...defaultSettings(), disabledSites, ...extra });
  return area;
}

describe('turning a site back on (the popup asks the worker, which writes through updateSettings)', () => {
  it('finds the entries that cover a host: its own and parent domains, never a one-label entry or a sibling', () => {
    const sites = ['example.com', 'www.example.com', 'shop.example.com', 'com', 'localhost', 'notexample.com'];
    expect(entriesCovering(sites, 'www.example.com')).toEqual(['example.com', 'www.example.com']);
    expect(entriesCovering(sites, 'WWW.Example.com.')).toEqual(['example.com', 'www.example.com']);
    expect(entriesCovering(sites, 'localhost')).toEqual(['localhost']);
    expect(entriesCovering(sites, 'other.org')).toEqual([]);
  });

  it('removes the parent entry that covers the site, keeping every other setting and site', async () => {
    const area = areaWith(['example.com', 'tracker.test'], { autoDetect: false, sites: { 'www.example.com': { highlights: false } } });
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
    expect(area.data.get(SETTINGS_KEY)).toMatchObject({ version: 9, futureField: { keep: 'me' }, disabledSites: ['tracker.test'] });
  });

  it('reads odd stored values through the same recovery as everything else, and writes nothing when no entry covers the site', async () => {
    const odd = areaWith(['Example.COM.', 42, 'tracker.test']);
    expect(await turnOnSite(odd, 'www.example.com')).toEqual(['example.com']);
    expect((await loadSettings(odd)).disabledSites).toEqual(['tracker.test']);
    const none = areaWith(['tracker.test']);
    const writes = none.writes;
    expect(await turnOnSite(none, 'www.example.com')).toEqual([]);
    expect(none.writes).toBe(writes);
  });

  it('rejects when storage refuses the write, so the popup can say it was not saved', async () => {
    const full = new MemoryArea(10);
    full.data.set(SETTINGS_KEY, { ...defaultSettings(), disabledSites: ['example.com'] });
    await expect(turnOnSite(full, 'example.com')).rejects.toThrow(/quota/);
  });
});
