import { describe, expect, it } from 'vitest';
import { badgeText, countHighlighted, createBadge, type ActionApi } from '../../../src/background/badge';

function recorder() {
  const calls: unknown[] = [];
  const action: ActionApi = {
    setBadgeText: async (d) => void calls.push(['text', d]),
    setBadgeBackgroundColor: async (d) => void calls.push(['color', d]),
    setTitle: async (d) => void calls.push(['title', d]),
  };
  return { calls, action };
}

describe('badge', () => {
  it('counts blocks with a practice category', () => {
    expect(countHighlighted({ blocks: [{ categories: ['other'] }, { categories: ['other', 'sharing'] }, { categories: ['dnt'] }] } as never)).toBe(2);
  });

  it('fits the badge: ✓ for none, the number, 999+ beyond', () => {
    expect([badgeText(0), badgeText(7), badgeText(999), badgeText(1000)]).toEqual(['✓', '7', '999', '999+']);
  });

  it('sets text, colour and title for the tab only', async () => {
    const { calls, action } = recorder();
    await createBadge(action).showPolicy(4, 12);
    expect(calls).toContainEqual(['text', { tabId: 4, text: '12' }]);
    expect(calls).toContainEqual(['title', { tabId: 4, title: 'Fineprint: privacy policy read, 12 paragraphs highlighted' }]);
    expect(calls.some((c) => (c as [string])[0] === 'color')).toBe(true);
  });

  it('does not fail when the tab is already gone', async () => {
    const action: ActionApi = {
      setBadgeText: () => Promise.reject(new Error('No tab with id: 4.')),
      setBadgeBackgroundColor: () => Promise.reject(new Error('No tab with id: 4.')),
      setTitle: () => Promise.reject(new Error('No tab with id: 4.')),
    };
    await expect(createBadge(action).clear(4)).resolves.toBeUndefined();
    await expect(createBadge(action).showPolicy(4, 1)).resolves.toBeUndefined();
  });
});
