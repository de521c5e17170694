import type { StorageAreaLike } from './area';

/**
 * The privacy link the user just followed ("Privacy Policy" in a site's footer), remembered so the
 * detector on the next page knows the anchor text that led there. One entry in storage.local,
 * written by stage 1 of the content script on a click, read once by stage 2 on the page it leads
 * to, ignored after `FOLLOWED_LINK_TTL_MS`. It never leaves the device.
 *
 * No zod here: stage 1 (every page) writes it and must stay small; the reader validates
 * (./followed-link-schema.ts).
 */
export const FOLLOWED_LINK_KEY = 'followedLink';
export const FOLLOWED_LINK_TTL_MS = 120_000;

export interface FollowedLink {
  /** Absolute http(s) URL without the #fragment. */
  href: string;
  /** The link's text, whitespace collapsed, at most 120 characters. */
  text: string;
  /** When it was clicked (ms since epoch). */
  at: number;
}

export function storeFollowedLink(storage: StorageAreaLike, link: FollowedLink): Promise<void> {
  return storage.set({ [FOLLOWED_LINK_KEY]: link });
}

export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}
