import type { StorageAreaLike } from '../storage/area';
import { SETTINGS_KEY } from '../storage/settings-boot';
import { siteIsDisabled, siteKey } from '../storage/settings-sites';

/**
 * Turning Fineprint back on for a site from the popup. An entry of "sites where Fineprint stays
 * off" covers its host and every subdomain (src/storage/settings-sites.ts), so the site is on
 * again only once every entry covering it is gone: its own hostname ("www.example.com") and any
 * parent ("example.com", which also covers the site's other subdomains; the popup says so).
 *
 * This reads and writes the stored settings without zod, the way stage 1 reads them
 * (src/storage/settings-boot.ts): the full recovery of src/storage/settings.ts added 3.4 kB
 * to the popup for one list edit. Only `disabledSites` changes; every other field, known or from
 * a newer Fineprint, is written back exactly as stored. A value with no readable list has nothing
 * to remove (stage 1 then treats no site as switched off either).
 */

/** The entries of `disabledSites` that switch Fineprint off on `hostname`, in list order. */
export function entriesCovering(disabledSites: readonly unknown[], hostname: string): string[] {
  // One entry at a time through the same matching rule stage 1 uses, so the two cannot disagree.
  return disabledSites.filter((site): site is string => typeof site === 'string' && siteIsDisabled([siteKey(site)], hostname));
}

/** The stored settings object and its list, or null when there is no readable list. */
async function readList(area: StorageAreaLike): Promise<{ stored: Record<string, unknown>; list: unknown[] } | null> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const list = (stored as Record<string, unknown>).disabledSites;
  // Version 1 had no list (its migration starts with none), whatever else is there.
  return Array.isArray(list) && (stored as Record<string, unknown>).version !== 1 ? { stored: stored as Record<string, unknown>, list } : null;
}

/** What turning the site on would remove. */
export async function coveringEntries(area: StorageAreaLike, hostname: string): Promise<string[]> {
  const read = await readList(area);
  return read ? entriesCovering(read.list, hostname) : [];
}

/**
 * Remove every entry covering `hostname`; resolves with the removed entries (nothing is written
 * when there are none). Rejects when storage cannot be read or refuses the write, so the popup
 * can say the change was not saved.
 */
export async function turnOnSite(area: StorageAreaLike, hostname: string): Promise<string[]> {
  const read = await readList(area);
  if (!read) return [];
  const removed = entriesCovering(read.list, hostname);
  if (removed.length > 0) {
    await area.set({ [SETTINGS_KEY]: { ...read.stored, disabledSites: read.list.filter((site) => !removed.includes(site as string)) } });
  }
  return removed;
}
