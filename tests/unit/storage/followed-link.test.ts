import { describe, expect, it } from 'vitest';
import { FOLLOWED_LINK_KEY, FOLLOWED_LINK_TTL_MS, storeFollowedLink } from '../../../src/storage/followed-link';
import { recallFollowedLink } from '../../../src/storage/followed-link-schema';
import { MemoryArea } from './memory-area';

const HREF = 'https://shop.example/legal/privacy';
const NOW = 1_700_000_000_000;

describe('the followed privacy link', () => {
  it('is recalled once on the page it leads to (fragment ignored), then forgotten', async () => {
    const area = new MemoryArea();
    await storeFollowedLink(area, { href: HREF, text: 'Privacy Policy', at: NOW });
    expect(await recallFollowedLink(area, `${HREF}#cookies`, NOW + 1000)).toBe('Privacy Policy');
    expect(area.data.has(FOLLOWED_LINK_KEY), 'the entry is consumed so it cannot colour a later visit').toBe(false);
    expect(await recallFollowedLink(area, HREF, NOW + 2000)).toBeUndefined();
  });

  it('is left for its own page when another page loads first, and dropped once stale', async () => {
    const area = new MemoryArea();
    await storeFollowedLink(area, { href: HREF, text: 'Privacy', at: NOW });
    expect(await recallFollowedLink(area, 'https://shop.example/cart', NOW + 1000)).toBeUndefined();
    expect(area.data.has(FOLLOWED_LINK_KEY), 'a link opened in another tab still waits for its page').toBe(true);
    expect(await recallFollowedLink(area, 'https://shop.example/cart', NOW + FOLLOWED_LINK_TTL_MS + 1)).toBeUndefined();
    expect(area.data.has(FOLLOWED_LINK_KEY), 'a stale entry is removed').toBe(false);
  });

  it('means nothing once older than the time limit', async () => {
    const area = new MemoryArea();
    await storeFollowedLink(area, { href: HREF, text: 'Privacy', at: NOW });
    expect(await recallFollowedLink(area, HREF, NOW + FOLLOWED_LINK_TTL_MS + 1)).toBeUndefined();
  });

  it('ignores and removes a corrupted entry instead of throwing', async () => {
    const area = new MemoryArea();
    await area.set({ [FOLLOWED_LINK_KEY]: { href: 42, text: ['x'] } });
    expect(await recallFollowedLink(area, HREF, NOW)).toBeUndefined();
    expect(area.data.has(FOLLOWED_LINK_KEY)).toBe(false);
  });
});
