import * as z from 'zod/mini';
import type { StorageAreaLike } from './area';

/**
 * The user's settings, in `browser.storage.local` under one key:
 * `{ version: 1, sites: { [hostname]: { highlights: boolean } } }`.
 *
 * Written with `zod/mini` because the content script reads and writes it (bundle size).
 * Reading never throws: a corrupted or unknown-version value is recovered entry by entry, so
 * one bad site entry (or a value written by a newer version) does not cost the user the others.
 */

export const SETTINGS_KEY = 'fineprint.settings';
export const SETTINGS_VERSION = 1;
/** Highlights are shown on policy pages unless the user turned them off for that site. */
export const DEFAULT_HIGHLIGHTS = true;
/** A DNS name is at most 253 characters; longer keys are not hostnames. */
const MAX_HOSTNAME = 253;

export const SiteSettingsSchema = z.object({ highlights: z.boolean() });
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

const HostnameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_HOSTNAME));

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  sites: z.record(HostnameSchema, SiteSettingsSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, sites: {} };
}

export interface RecoveredSettings {
  settings: Settings;
  /** True when the stored value was not a valid current-version object (it is worth rewriting). */
  repaired: boolean;
  /** Site entries that could not be kept. */
  dropped: number;
}

/** The site key for a page: its hostname, lowercased, without a trailing dot. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Turn whatever is stored into valid settings, keeping every site entry that can be read:
 * `{ highlights: boolean }` (extra fields dropped) or a bare boolean (the obvious older shape).
 */
export function recoverSettings(raw: unknown): RecoveredSettings {
  if (raw === undefined) return { settings: defaultSettings(), repaired: false, dropped: 0 };
  const exact = SettingsSchema.safeParse(raw);
  if (exact.success && Object.keys(exact.data.sites).every((k) => k === siteKey(k))) {
    return { settings: { version: SETTINGS_VERSION, sites: { ...exact.data.sites } }, repaired: false, dropped: 0 };
  }
  const entries: [string, SiteSettings][] = [];
  let dropped = 0;
  const sites = isPlainObject(raw) ? raw.sites : undefined;
  if (isPlainObject(sites)) {
    for (const [host, value] of Object.entries(sites)) {
      const key = siteKey(host);
      const entry = readSiteEntry(value);
      if (entry && HostnameSchema.safeParse(key).success) entries.push([key, entry]);
      else dropped++;
    }
  }
  // Object.fromEntries defines own properties, so a hostile "__proto__" key stays inert data.
  return { settings: { version: SETTINGS_VERSION, sites: Object.fromEntries(entries) }, repaired: true, dropped };
}

function readSiteEntry(value: unknown): SiteSettings | null {
  if (typeof value === 'boolean') return { highlights: value };
  if (isPlainObject(value) && typeof value.highlights === 'boolean') return { highlights: value.highlights };
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Read the settings; repairs the stored value when it had to be recovered. Never throws. */
export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return defaultSettings();
  }
  const { settings, repaired } = recoverSettings(raw);
  if (repaired) {
    try {
      await area.set({ [SETTINGS_KEY]: settings });
    } catch {
      // Storage unavailable: the recovered value is still used for this page.
    }
  }
  return settings;
}

/** Whether highlights are on for a site (default on). */
export async function getSiteHighlights(area: StorageAreaLike, hostname: string): Promise<boolean> {
  const settings = await loadSettings(area);
  const key = siteKey(hostname);
  return Object.hasOwn(settings.sites, key) ? settings.sites[key].highlights : DEFAULT_HIGHLIGHTS;
}

/**
 * Remember the highlight choice for a site. Reads the latest value right before writing so a
 * change made meanwhile in another tab is kept.
 */
export async function setSiteHighlights(area: StorageAreaLike, hostname: string, enabled: boolean): Promise<Settings> {
  const key = siteKey(hostname);
  if (!HostnameSchema.safeParse(key).success) throw new Error(`Cannot store a setting for the site ${JSON.stringify(key.slice(0, 40))}.`);
  const current = await loadSettings(area);
  const next: Settings = {
    version: SETTINGS_VERSION,
    sites: Object.fromEntries([...Object.entries(current.sites).filter(([k]) => k !== key), [key, { highlights: enabled }]]),
  };
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
