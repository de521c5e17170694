import { describe, expect, it } from 'vitest';
import { PREFETCH_MAX_AGE_MS, prefetchStorage } from '../../../src/page/prefetched-storage';
import { MemoryArea } from '../storage/memory-area';

/**
 * Stage 1 reads the settings and, in the same request, what stage 2 reads first on a policy page.
 * Stage 2 must see exactly what storage would have told it: the snapshot answers each key once,
 * while fresh, and never a value that changed since.
 */
class CountingArea extends MemoryArea {
  reads: (string | string[] | null)[] = [];
  override async get(keys: string | string[] | null) {
    this.reads.push(keys);
    return super.get(keys);
  }
}

function setup() {
  const area = new CountingArea();
  let clock = 1_000;
  area.data.set('settings', { palette: 'default' });
  area.data.set('link', { text: 'Privacy' });
  area.data.set('other', 1);
  const prefetched = prefetchStorage(area, ['settings', 'link'], () => clock);
  return { area, prefetched, advance: (ms: number) => void (clock += ms) };
}

describe('prefetchStorage', () => {
  it('asks storage nothing until first used, then once for all its keys', async () => {
    const t = setup();
    expect(t.area.reads, 'no request at creation (stage 1 defers it on ordinary pages)').toEqual([]);
    expect(await t.prefetched.value('settings')).toEqual({ palette: 'default' });
    expect(await t.prefetched.area.get('settings')).toEqual({ settings: { palette: 'default' } });
    expect(await t.prefetched.area.get('link')).toEqual({ link: { text: 'Privacy' } });
    expect(t.area.reads).toEqual([['settings', 'link']]);
  });

  it('answers each key from the snapshot once; later reads and other keys go to storage', async () => {
    const t = setup();
    await t.prefetched.area.get('settings');
    t.area.data.set('settings', { palette: 'contrast' });
    expect(await t.prefetched.area.get('settings'), 'a second read sees storage as it is now').toEqual({ settings: { palette: 'contrast' } });
    expect(await t.prefetched.area.get('other')).toEqual({ other: 1 });
    expect(await t.prefetched.area.get(['link', 'other']), 'a read of several keys is not served from the snapshot').toEqual({ link: { text: 'Privacy' }, other: 1 });
    expect(t.area.reads).toEqual([['settings', 'link'], 'settings', 'other', ['link', 'other']]);
  });

  it('a missing key reads as missing, like storage', async () => {
    const area = new CountingArea();
    const prefetched = prefetchStorage(area, ['settings']);
    expect(await prefetched.area.get('settings')).toEqual({});
  });

  it('never answers with a value that changed: forget, writes and removals through it, age', async () => {
    const forgotten = setup();
    await forgotten.prefetched.value('settings');
    forgotten.area.data.set('settings', { palette: 'contrast' });
    forgotten.prefetched.forget('settings'); // storage.onChanged reported it
    expect(await forgotten.prefetched.area.get('settings')).toEqual({ settings: { palette: 'contrast' } });

    const written = setup();
    await written.prefetched.value('link');
    await written.prefetched.area.set({ link: { text: 'Datenschutz' } });
    expect(await written.prefetched.area.get('link')).toEqual({ link: { text: 'Datenschutz' } });

    const removed = setup();
    await removed.prefetched.value('link');
    await removed.prefetched.area.remove(['link']);
    expect(await removed.prefetched.area.get('link')).toEqual({});

    const old = setup();
    await old.prefetched.value('settings');
    old.area.data.set('settings', { palette: 'contrast' });
    old.advance(PREFETCH_MAX_AGE_MS + 1);
    expect(await old.prefetched.area.get('settings'), 'a stale snapshot is not used').toEqual({ settings: { palette: 'contrast' } });
  });

  it('when the one request fails, value() rejects and reads fall back to storage', async () => {
    const t = setup();
    t.area.failNextGet = true;
    await expect(t.prefetched.value('settings')).rejects.toThrow(/unavailable/);
    expect(await t.prefetched.area.get('settings')).toEqual({ settings: { palette: 'default' } });
  });

  it("keeps the real area's onChanged, so settings watchers still work through it", () => {
    const onChanged = { addListener() {}, removeListener() {} };
    const area = Object.assign(new MemoryArea(), { onChanged });
    expect((prefetchStorage(area, ['settings']).area as { onChanged?: unknown }).onChanged).toBe(onChanged);
  });
});
