import * as z from 'zod/mini';
import { DEFAULT_PALETTE, PALETTES, PRACTICE_CATEGORIES, type Palette, type PracticeCategory } from '../core/categories';
import type { StorageAreaLike } from './area';
import { SETTINGS_KEY, watchStoredValue } from './settings-boot';
import { MAX_HOSTNAME, isHostname, siteIsDisabled, siteKey } from './settings-sites';

export { SETTINGS_KEY } from './settings-boot';
export { siteKey } from './settings-sites';

/**
 * The user's settings, in `browser.storage.local` under one key (`SETTINGS_KEY`):
 *
 *     { version: 2, autoDetect, categoriesShown, palette, disabledSites, sites: { [hostname]: { highlights } } }
 *
 * `zod/mini` because stage 2 of the content script reads it (bundle size); stage 1 reads only
 * `autoDetect` and `disabledSites`, without zod (./settings-boot.ts).
 *
 * Reading never throws and never loses what can be read:
 * - version 1 (`{ version: 1, sites }`) is migrated (`MIGRATIONS`), every site entry kept;
 * - a corrupted value is recovered field by field: a field that does not parse gets its default,
 *   the others are kept (inside `sites` and `disabledSites`, entry by entry);
 * - either way the repaired value is written back once, so the repair is not redone on every page.
 *
 * A version newer than this code (the user went back to an older Fineprint, or a synced profile
 * runs two versions) is read the same way, field by field, but never rewritten on load, and a
 * change the user makes is merged into it (`mergeIntoNewer`): only the changed fields are
 * replaced, its version number and every field and entry this code does not know stay as they
 * were. That is safe because of the rule every future version must follow: a version may add
 * fields, or values to a field, but never change what an existing field means; a field whose
 * meaning changes gets a new name.
 */

export const SETTINGS_VERSION = 2;
/** Highlights are shown on policy pages unless the user turned them off for that site. */
export const DEFAULT_HIGHLIGHTS = true;
/** More sites than anyone types by hand; bounds what a corrupted value can make us carry. */
export const MAX_DISABLED_SITES = 2000;

export const SiteSettingsSchema = z.object({ highlights: z.boolean() });
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

const HostnameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_HOSTNAME), z.refine(isHostname));

export const SettingsV1Schema = z.object({
  version: z.literal(1),
  sites: z.record(z.string().check(z.minLength(1), z.maxLength(MAX_HOSTNAME)), SiteSettingsSchema),
});
export type SettingsV1 = z.infer<typeof SettingsV1Schema>;

/** The fields of version 2, each its own schema so recovery can check them one at a time. */
const FIELDS = {
  autoDetect: z.boolean(),
  categoriesShown: z.array(z.enum(PRACTICE_CATEGORIES as [PracticeCategory, ...PracticeCategory[]])),
  palette: z.enum(PALETTES),
  disabledSites: z.array(HostnameSchema).check(z.maxLength(MAX_DISABLED_SITES)),
  sites: z.record(HostnameSchema, SiteSettingsSchema),
};

export const SettingsSchema = z.object({ version: z.literal(SETTINGS_VERSION), ...FIELDS });
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    autoDetect: true,
    categoriesShown: [...PRACTICE_CATEGORIES],
    palette: DEFAULT_PALETTE,
    disabledSites: [],
    sites: {},
  };
}

/** Version 1 had per-site highlights only: everything else starts at its default. */
export function migrateV1(v1: SettingsV1): Settings {
  return { ...defaultSettings(), sites: { ...v1.sites } };
}

/** `MIGRATIONS[n]` turns a (recovered) version-n value into the current version. */
export const MIGRATIONS: Record<number, (value: SettingsV1) => Settings> = { 1: migrateV1 };

export type SettingsReadStatus =
  /** Nothing stored: defaults. */
  | 'missing'
  /** A valid current-version value. */
  | 'current'
  /** An older version, migrated. */
  | 'migrated'
  /** Corrupted (or unversioned): recovered field by field. */
  | 'repaired'
  /** Written by a newer Fineprint: read field by field, never rewritten on load. */
  | 'newer';

export interface RecoveredSettings {
  settings: Settings;
  status: SettingsReadStatus;
  /** True when the stored value should be rewritten (migrated or repaired). */
  repaired: boolean;
  /** Fields and entries that could not be kept. */
  dropped: number;
}

/** Turn whatever is stored into valid settings, keeping everything that can be read. */
export function recoverSettings(raw: unknown): RecoveredSettings {
  if (raw === undefined) return { settings: defaultSettings(), status: 'missing', repaired: false, dropped: 0 };
  const exact = SettingsSchema.safeParse(raw);
  if (exact.success) {
    const settings = canonical(exact.data);
    const clean = JSON.stringify(settings) === JSON.stringify(exact.data);
    return { settings, status: clean ? 'current' : 'repaired', repaired: !clean, dropped: 0 };
  }
  const stored = isPlainObject(raw) ? raw : {};
  const version = stored.version;
  if (version === 1) {
    const sites = recoverSites(stored.sites);
    return { settings: MIGRATIONS[1]!({ version: 1, sites: sites.value }), status: 'migrated', repaired: true, dropped: sites.dropped };
  }
  const { settings, dropped } = recoverFields(stored);
  const newer = typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION;
  return { settings, status: newer ? 'newer' : 'repaired', repaired: !newer, dropped };
}

/** Each field on its own: kept when it parses (lists and `sites` entry by entry), else its default. */
function recoverFields(stored: Record<string, unknown>): { settings: Settings; dropped: number } {
  const defaults = defaultSettings();
  let dropped = 0;
  const field = <T>(name: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }, fallback: T): T => {
    if (!Object.hasOwn(stored, name)) return fallback;
    const parsed = schema.safeParse(stored[name]);
    if (parsed.success) return parsed.data as T;
    dropped++;
    return fallback;
  };
  const sites = recoverSites(stored.sites);
  const disabled = recoverList(stored.disabledSites, (v) => (typeof v === 'string' && isHostname(siteKey(v)) ? siteKey(v) : null));
  const categories = recoverList(stored.categoriesShown, (v) => ((PRACTICE_CATEGORIES as readonly unknown[]).includes(v) ? (v as PracticeCategory) : null));
  dropped += sites.dropped + disabled.dropped + categories.dropped;
  const settings = canonical({
    version: SETTINGS_VERSION,
    autoDetect: field('autoDetect', FIELDS.autoDetect, defaults.autoDetect),
    // A list of which nothing at all could be read is damage, not "show no category".
    categoriesShown: categories.value ?? defaults.categoriesShown,
    palette: field<Palette>('palette', FIELDS.palette, defaults.palette),
    disabledSites: disabled.value ?? [],
    sites: sites.value,
  });
  return { settings, dropped };
}

/** The readable entries of a stored list; `value` is null when it is not a list or none could be read. */
function recoverList<T>(raw: unknown, read: (entry: unknown) => T | null): { value: T[] | null; dropped: number } {
  if (raw === undefined) return { value: null, dropped: 0 };
  if (!Array.isArray(raw)) return { value: null, dropped: 1 };
  const value: T[] = [];
  for (const entry of raw) {
    const item = read(entry);
    if (item !== null) value.push(item);
  }
  const dropped = raw.length - value.length;
  return { value: value.length === 0 && raw.length > 0 ? null : value, dropped };
}

/** Site entries: `{ highlights: boolean }` (extra fields dropped) or a bare boolean (an early shape). */
function recoverSites(raw: unknown): { value: Record<string, SiteSettings>; dropped: number } {
  const entries: [string, SiteSettings][] = [];
  let dropped = 0;
  if (isPlainObject(raw)) {
    for (const [host, value] of Object.entries(raw)) {
      const key = siteKey(host);
      const entry = readSiteEntry(value);
      if (entry && isHostname(key)) entries.push([key, entry]);
      else dropped++;
    }
  } else if (raw !== undefined) {
    dropped++;
  }
  // Object.fromEntries defines own properties, so a hostile "__proto__" key stays inert data.
  return { value: Object.fromEntries(entries), dropped };
}

function readSiteEntry(value: unknown): SiteSettings | null {
  if (typeof value === 'boolean') return { highlights: value };
  if (isPlainObject(value) && typeof value.highlights === 'boolean') return { highlights: value.highlights };
  return null;
}

/** One spelling of each value: categories in their fixed order, hostnames normalised, no duplicates. */
function canonical(settings: Settings): Settings {
  const shown = new Set(settings.categoriesShown);
  const sites = Object.entries(settings.sites).map(([host, entry]) => [siteKey(host), { highlights: entry.highlights }] as const);
  return {
    version: SETTINGS_VERSION,
    autoDetect: settings.autoDetect,
    categoriesShown: PRACTICE_CATEGORIES.filter((c) => shown.has(c)),
    palette: settings.palette,
    disabledSites: [...new Set(settings.disabledSites.map(siteKey))].slice(0, MAX_DISABLED_SITES),
    sites: Object.fromEntries(sites),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readStored(area: StorageAreaLike): Promise<unknown> {
  return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** Read the settings, with how they were found; repairs or migrates the stored value. Never throws. */
export async function loadSettingsWithStatus(area: StorageAreaLike): Promise<RecoveredSettings> {
  let raw: unknown;
  try {
    raw = await readStored(area);
  } catch {
    return { settings: defaultSettings(), status: 'missing', repaired: false, dropped: 0 };
  }
  const recovered = recoverSettings(raw);
  if (recovered.repaired) {
    try {
      await area.set({ [SETTINGS_KEY]: recovered.settings });
    } catch {
      // Storage unavailable: the recovered value is still used for this page.
    }
  }
  return recovered;
}

/** Read the settings (see `loadSettingsWithStatus`). Never throws. */
export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  return (await loadSettingsWithStatus(area)).settings;
}

/** A change to some settings; `sites` changes only the entries it names. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'sites'>> & { sites?: Record<string, SiteSettings> };

/**
 * Apply `patch` and store the result. Reads the latest value right before writing, so a change
 * made meanwhile in another tab is kept. Throws when the patch itself is invalid (a hostname that
 * is not one) or storage refuses the write: the caller tells the user it was not saved.
 */
export async function updateSettings(area: StorageAreaLike, patch: SettingsPatch): Promise<Settings> {
  const raw = await readStored(area);
  const { settings: current, status } = recoverSettings(raw);
  const patchedSites = Object.fromEntries(Object.entries(patch.sites ?? {}).map(([host, entry]) => [siteKey(host), entry]));
  const next = canonical({ ...current, ...patch, version: SETTINGS_VERSION, sites: { ...current.sites, ...patchedSites } });
  const checked = SettingsSchema.safeParse(next);
  if (!checked.success) throw new Error(`Fineprint cannot store these settings: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')} is not valid.`);
  const stored = status === 'newer' && isPlainObject(raw) ? mergeIntoNewer(raw, next, patch, Object.keys(patchedSites)) : next;
  await area.set({ [SETTINGS_KEY]: stored });
  return next;
}

/**
 * A newer version's stored value with the user's change written into it: its version number and
 * every field and site entry this code does not know are kept; of `categoriesShown`, the
 * categories it does not know keep their place.
 */
function mergeIntoNewer(raw: Record<string, unknown>, next: Settings, patch: SettingsPatch, changedSites: string[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...raw };
  for (const name of ['autoDetect', 'palette', 'disabledSites'] as const) {
    if (patch[name] !== undefined) merged[name] = next[name];
  }
  if (patch.categoriesShown !== undefined) {
    const unknown = Array.isArray(raw.categoriesShown)
      ? raw.categoriesShown.filter((c) => typeof c === 'string' && !(PRACTICE_CATEGORIES as readonly string[]).includes(c))
      : [];
    merged.categoriesShown = [...next.categoriesShown, ...unknown];
  }
  if (changedSites.length > 0) {
    const sites: Record<string, unknown> = isPlainObject(raw.sites) ? { ...raw.sites } : {};
    for (const host of changedSites) {
      const old = sites[host];
      sites[host] = { ...(isPlainObject(old) ? old : {}), ...next.sites[host] };
    }
    merged.sites = sites;
  }
  return merged;
}

/** Whether highlights are on for a site in `settings` (default on). */
export function siteHighlights(settings: Settings, hostname: string): boolean {
  const key = siteKey(hostname);
  return Object.hasOwn(settings.sites, key) ? settings.sites[key]!.highlights : DEFAULT_HIGHLIGHTS;
}

/** Whether the user turned Fineprint off on this site. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return siteIsDisabled(settings.disabledSites, hostname);
}

/** Whether highlights are on for a site (default on). */
export async function getSiteHighlights(area: StorageAreaLike, hostname: string): Promise<boolean> {
  return siteHighlights(await loadSettings(area), hostname);
}

/** Remember the highlight choice for a site; every other setting and site is kept. */
export async function setSiteHighlights(area: StorageAreaLike, hostname: string, enabled: boolean): Promise<Settings> {
  const key = siteKey(hostname);
  if (!HostnameSchema.safeParse(key).success) throw new Error(`Cannot store a setting for the site ${JSON.stringify(key.slice(0, 40))}.`);
  return updateSettings(area, { sites: { [key]: { highlights: enabled } } });
}

/**
 * Call `onChange` with the recovered settings whenever they change in `area` (options page,
 * popup, another tab), through `area.onChanged`. Returns "stop watching". Listeners only read:
 * a corrupted new value is recovered for use but not written back from every open tab.
 */
export function watchSettings(area: object, onChange: (settings: Settings) => void): () => void {
  return watchStoredValue(area, SETTINGS_KEY, (raw) => onChange(recoverSettings(raw).settings));
}

/**
 * The entries of "sites where Fineprint stays off" that switch it off on `hostname`, in list
 * order: its own name and any parent domain (an entry covers its subdomains). Each entry is
 * tested alone through the rule stage 1 uses (`siteIsDisabled`), so the two cannot disagree.
 */
export function entriesCovering(disabledSites: readonly string[], hostname: string): string[] {
  return disabledSites.filter((site) => siteIsDisabled([site], hostname));
}

/**
 * Turn Fineprint back on for `hostname` (the popup's "Turn on for this site", through the worker):
 * removes every entry covering it, since any one of them alone keeps the site off. Resolves with
 * the removed entries; writes nothing when there are none. Goes through `updateSettings`, so
 * the value is validated, migrated and a newer version's fields are kept.
 */
export async function turnOnSite(area: StorageAreaLike, hostname: string): Promise<string[]> {
  const current = await loadSettings(area);
  const removed = entriesCovering(current.disabledSites, hostname);
  if (removed.length > 0) await updateSettings(area, { disabledSites: current.disabledSites.filter((site) => !removed.includes(site)) });
  return removed;
}
