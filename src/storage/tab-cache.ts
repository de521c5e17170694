import { TabStateSchema, type TabState } from '../messaging/protocol';
import type { StorageAreaLike } from './area';

/**
 * The per-tab analysis cache in `browser.storage.session` (one key per tab: `tab:<id>`), so the
 * popup gets its summary even after the MV3 worker was stopped and restarted. Session storage is
 * in memory and cleared when the browser closes; `tabs.onRemoved` removes closed tabs' entries.
 *
 * Chrome gives storage.session 10 MB for the whole extension. A normal policy is 50–300 kB of
 * analysis, but a huge page could exhaust it, so an entry is capped (`maxEntryBytes`) by dropping
 * what the popup can live without, and a quota error evicts the oldest other tabs first.
 *
 * No version number is stored: the entries' format is `TabStateSchema` of the running build, and
 * storage.session never outlives a build (Chrome and Firefox empty it when the extension is
 * updated or reloaded, and when the browser closes). Whatever does not parse, whether corrupted,
 * truncated or written by another build, is removed and read as "nothing cached": the content
 * script's next report fills it again. A failing read is "nothing cached" too, never a crash.
 */

export const TAB_KEY_PREFIX = 'tab:';
export const DEFAULT_MAX_ENTRY_BYTES = 3 * 1024 * 1024;

export function tabKey(tabId: number): string {
  return `${TAB_KEY_PREFIX}${tabId}`;
}

export interface TabCache {
  /** The cached state, or null when there is none or it does not parse (then it is removed). */
  get(tabId: number): Promise<TabState | null>;
  /** Store a state; returns what was actually stored (possibly slimmed to fit). */
  put(tabId: number, state: TabState): Promise<TabState>;
  remove(tabId: number): Promise<void>;
}

export interface TabCacheOptions {
  maxEntryBytes?: number;
}

export function createTabCache(area: StorageAreaLike, options: TabCacheOptions = {}): TabCache {
  const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;

  return {
    async get(tabId) {
      const key = tabKey(tabId);
      let raw: unknown;
      try {
        raw = (await area.get(key))?.[key];
      } catch {
        return null;
      }
      if (raw === undefined) return null;
      const parsed = TabStateSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      await area.remove(key).catch(() => undefined);
      return null;
    },

    async put(tabId, state) {
      const stored = fitState(state, maxEntryBytes);
      const key = tabKey(tabId);
      try {
        await area.set({ [key]: stored });
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        await evictOthers(area, key);
        await area.set({ [key]: stored });
      }
      return stored;
    },

    async remove(tabId) {
      await area.remove(tabKey(tabId));
    },
  };
}

/** Approximate stored size: storage serialises values as JSON (UTF-16 aside, close enough). */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

/**
 * Make a state fit in `maxBytes`: first drop per-block evidence offsets (the popup links facts
 * through `spans`), then the text of blocks the classifier put in `other` (never highlighted,
 * never summarised), and as a last resort the analysis itself, keeping the status.
 */
export function fitState(state: TabState, maxBytes: number): TabState {
  if (jsonBytes(state) <= maxBytes || !state.analysis) return state;
  const analysis = state.analysis;
  const withoutEvidence: TabState = {
    ...state,
    truncated: true,
    analysis: { ...analysis, blocks: analysis.blocks.map((b) => ({ ...b, evidence: [] })) },
  };
  if (jsonBytes(withoutEvidence) <= maxBytes) return withoutEvidence;
  const withoutOtherText: TabState = {
    ...withoutEvidence,
    analysis: {
      ...withoutEvidence.analysis!,
      blocks: withoutEvidence.analysis!.blocks.map((b) =>
        b.categories.every((c) => c === 'other') ? { ...b, text: '' } : b,
      ),
    },
  };
  if (jsonBytes(withoutOtherText) <= maxBytes) return withoutOtherText;
  const { analysis: _dropped, ...rest } = state;
  return { ...rest, truncated: true };
}

function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}

/** Free space by removing other tabs' entries, oldest analysis first, until half are gone. */
async function evictOthers(area: StorageAreaLike, keepKey: string): Promise<void> {
  const all = (await area.get(null)) ?? {};
  const others = Object.entries(all)
    .filter(([key]) => key.startsWith(TAB_KEY_PREFIX) && key !== keepKey)
    .map(([key, value]) => ({ key, at: readAnalyzedAt(value) }))
    .sort((a, b) => a.at - b.at);
  const victims = others.slice(0, Math.max(1, Math.ceil(others.length / 2))).map((o) => o.key);
  if (victims.length > 0) await area.remove(victims);
}

function readAnalyzedAt(value: unknown): number {
  // Entries of any shape can be here (corrupted ones included): unreadable ones go first.
  const at = typeof value === 'object' && value !== null ? (value as { analyzedAt?: unknown }).analyzedAt : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}
