import { browser } from 'wxt/browser';
import type { StorageAreaLike } from '../../storage/area';
import {
  loadSettingsWithStatus,
  updateSettings,
  watchSettings,
  type RecoveredSettings,
  type Settings,
  type SettingsPatch,
} from '../../storage/settings';

/**
 * What the options page asks of storage, behind one interface (a fake in tests). Saves run one at
 * a time: each reads the latest stored value before writing, so two quick changes (two checkboxes
 * ticked in a row) cannot overwrite each other.
 */
export interface OptionsStore {
  load(): Promise<RecoveredSettings>;
  /** Resolves with the stored settings; rejects when they could not be saved. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Changes made elsewhere (another options tab, the popup); returns "stop watching". */
  watch(onChange: (settings: Settings) => void): () => void;
}

export function createOptionsStore(area: StorageAreaLike & object): OptionsStore {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load: () => loadSettingsWithStatus(area),
    update(patch) {
      const run = queue.then(() => updateSettings(area, patch));
      queue = run.catch(() => undefined);
      return run;
    },
    watch: (onChange) => watchSettings(area, onChange),
  };
}

export function browserOptionsStore(): OptionsStore {
  return createOptionsStore(browser.storage.local as unknown as StorageAreaLike & object);
}
