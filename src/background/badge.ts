import type { Analysis } from '../core/analysis';

/**
 * The toolbar badge per tab: how many paragraphs of the policy are highlighted. Browsers reset
 * tab-specific badge values when the tab navigates, so only pages that report something set it.
 */
export interface Badge {
  showPolicy(tabId: number, highlighted: number): Promise<void>;
  showUnsupported(tabId: number): Promise<void>;
  clear(tabId: number): Promise<void>;
}

export const BADGE_COLOR = '#1d4ed8';
export const UNSUPPORTED_COLOR = '#6b7280';

/** Blocks the content script highlights: those with at least one practice category. */
export function countHighlighted(analysis: Pick<Analysis, 'blocks'>): number {
  return analysis.blocks.filter((b) => b.categories.some((c) => c !== 'other')).length;
}

/** Badge text: the count (capped: the badge shows about four characters), or ✓ for none. */
export function badgeText(highlighted: number): string {
  if (highlighted <= 0) return '✓';
  return highlighted > 999 ? '999+' : String(highlighted);
}

/** The `browser.action` calls, narrowed so tests pass a recorder. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export function createBadge(action: ActionApi): Badge {
  // A tab can close between the message and the badge call: that rejection is expected, ignore it.
  const quietly = (p: Promise<void>) => p.catch(() => undefined);
  return {
    async showPolicy(tabId, highlighted) {
      await Promise.all([
        quietly(action.setBadgeText({ tabId, text: badgeText(highlighted) })),
        quietly(action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR })),
        quietly(
          action.setTitle({
            tabId,
            title: `Fineprint: privacy policy read, ${highlighted} paragraph${highlighted === 1 ? '' : 's'} highlighted`,
          }),
        ),
      ]);
    },
    async showUnsupported(tabId) {
      await Promise.all([
        quietly(action.setBadgeText({ tabId, text: '' })),
        quietly(action.setTitle({ tabId, title: 'Fineprint: this policy is not in English, which Fineprint cannot read yet' })),
      ]);
    },
    async clear(tabId) {
      await Promise.all([
        quietly(action.setBadgeText({ tabId, text: '' })),
        quietly(action.setTitle({ tabId, title: 'Fineprint' })),
      ]);
    },
  };
}
