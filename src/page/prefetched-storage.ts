import type { StorageAreaLike } from '../storage/area';

/**
 * storage.local with a few keys read ahead, in one request. Stage 1 of the content script reads
 * the settings anyway; asking in the same request for what stage 2 reads first on a policy page
 * (the settings again, the followed privacy link) saves stage 2 two round trips to the browser
 * while it reads the page, which on a busy machine cost tens of milliseconds before highlights.
 *
 * The one request is made on first use (a `value`, or a read through `area`), not before. Each
 * prefetched key answers one read, and only while the snapshot is fresh (`maxAgeMs`); a key that
 * changed meanwhile (`forget`, or a write through this area) is read from storage again.
 * Everything else goes to the real area untouched, `onChanged` included.
 */
export interface PrefetchedStorage {
  /** The area to hand on (stage 2): reads of prefetched keys are answered from the snapshot once. */
  area: StorageAreaLike;
  /** The stored value of a prefetched key, from the one request (rejects when storage failed). */
  value(key: string): Promise<unknown>;
  /** This key changed in storage: read it afresh from now on. */
  forget(key: string): void;
}

export const PREFETCH_MAX_AGE_MS = 10_000;

export function prefetchStorage(
  area: StorageAreaLike,
  keys: readonly string[],
  now: () => number = Date.now,
  maxAgeMs = PREFETCH_MAX_AGE_MS,
): PrefetchedStorage {
  let taken: { at: number; values: Promise<Record<string, unknown>> } | null = null;
  const snapshot = () => {
    if (!taken) {
      taken = { at: now(), values: area.get([...keys]) };
      taken.values.catch(() => undefined); // a failed read is reported to whoever asks for a value
    }
    return taken;
  };
  const unread = new Set(keys);
  const wrapped: StorageAreaLike & { onChanged?: unknown } = {
    async get(request) {
      if (typeof request === 'string' && unread.has(request) && now() - snapshot().at <= maxAgeMs) {
        unread.delete(request);
        try {
          const values = await snapshot().values;
          return Object.hasOwn(values, request) ? { [request]: values[request] } : {};
        } catch {
          // the snapshot failed: ask storage itself below
        }
      }
      return area.get(request);
    },
    set(items) {
      for (const key of Object.keys(items)) unread.delete(key);
      return area.set(items);
    },
    remove(request) {
      for (const key of typeof request === 'string' ? [request] : request) unread.delete(key);
      return area.remove(request);
    },
  };
  // storage.onChanged of the real area (watchers look for it on the area they are given).
  const onChanged = (area as { onChanged?: unknown }).onChanged;
  if (onChanged !== undefined) wrapped.onChanged = onChanged;
  return {
    area: wrapped,
    value: async (key) => (await snapshot().values)[key],
    forget: (key) => void unread.delete(key),
  };
}
