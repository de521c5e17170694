import type { StorageAreaLike } from './area';
import { siteIsDisabled, siteKey } from './settings-sites';

/**
 * The two settings stage 1 of the content script needs on every page before doing anything:
 * is Fineprint off on this site, and may it look for a policy by itself. Read without zod so the
 * every-page bundle stays small; the reading rules are the same as the full recovery in
 * settings.ts (a missing or malformed field means its default), which
 * tests/unit/storage/settings-boot.test.ts checks against it on arbitrary stored values.
 */

/** Where the settings live in storage.local (settings.ts re-exports it). */
export const SETTINGS_KEY = 'fineprint.settings';

export interface BootSettings {
  /** Look for policies on every page (default) rather than only when the popup asks. */
  autoDetect: boolean;
  /** The user listed this site as one where Fineprint stays off. */
  siteDisabled: boolean;
}

export const DEFAULT_BOOT_SETTINGS: BootSettings = { autoDetect: true, siteDisabled: false };

export function bootSettingsFrom(raw: unknown, hostname: string): BootSettings {
  const object = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // Version 1 had neither field: its migration gives both their defaults, whatever else is there.
  const stored = object.version === 1 ? {} : object;
  const sites = Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s): s is string => typeof s === 'string') : [];
  return {
    autoDetect: typeof stored.autoDetect === 'boolean' ? stored.autoDetect : true,
    siteDisabled: siteIsDisabled(sites.map(siteKey), hostname),
  };
}

/** The boot settings for `hostname`; defaults when storage fails (Fineprint then works as usual). */
export async function readBootSettings(area: StorageAreaLike, hostname: string): Promise<BootSettings> {
  try {
    return bootSettingsFrom((await area.get(SETTINGS_KEY))[SETTINGS_KEY], hostname);
  } catch {
    return DEFAULT_BOOT_SETTINGS;
  }
}

/** `storage.StorageArea.onChanged` (Chrome 73+, Firefox 101+): listeners get the changed keys. */
export interface StorageChangeEvent {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
}

/**
 * Call `onValue` with the new stored value of `key` whenever it changes in `area` (from any
 * context: the options page, the popup, another tab). `undefined` means it was removed. Returns
 * "stop watching". An area without `onChanged` (a test double) is simply not watched.
 */
export function watchStoredValue(area: object, key: string, onValue: (raw: unknown) => void): () => void {
  const event = (area as { onChanged?: StorageChangeEvent }).onChanged;
  if (!event || typeof event.addListener !== 'function') return () => undefined;
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (changes && Object.hasOwn(changes, key)) onValue(changes[key]?.newValue);
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
