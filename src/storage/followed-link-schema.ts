import * as z from 'zod/mini';
import type { StorageAreaLike } from './area';
import { FOLLOWED_LINK_KEY, FOLLOWED_LINK_TTL_MS, withoutHash } from './followed-link';

export const FollowedLinkSchema = z.object({
  href: z.string().check(z.maxLength(8192)),
  text: z.string().check(z.maxLength(200)),
  at: z.number(),
});

/**
 * The text of the privacy link that led to `href`, if the user followed one within the last
 * `FOLLOWED_LINK_TTL_MS`. The entry is consumed: read once, then removed (also when it is stale,
 * for another page, or corrupted), so it cannot colour a later visit.
 */
export async function recallFollowedLink(storage: StorageAreaLike, href: string, now: number): Promise<string | undefined> {
  const stored = (await storage.get(FOLLOWED_LINK_KEY))[FOLLOWED_LINK_KEY];
  if (stored === undefined) return undefined;
  const parsed = FollowedLinkSchema.safeParse(stored);
  if (parsed.success && withoutHash(parsed.data.href) !== withoutHash(href)) {
    // A link to another page (opened in a new tab, say): leave it for that page until it expires.
    if (now - parsed.data.at > FOLLOWED_LINK_TTL_MS) await storage.remove(FOLLOWED_LINK_KEY);
    return undefined;
  }
  await storage.remove(FOLLOWED_LINK_KEY);
  if (!parsed.success) return undefined;
  const age = now - parsed.data.at;
  return age >= 0 && age <= FOLLOWED_LINK_TTL_MS ? parsed.data.text : undefined;
}
