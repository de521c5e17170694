import type { StorageAreaLike } from '../../../src/storage/area';

/**
 * An in-memory `storage.StorageArea` with the browser's semantics that matter here: values are
 * copied on the way in and out (structured clone), `get(null)` returns everything, and an
 * optional byte quota makes `set` reject like Chrome does ("QUOTA_BYTES quota exceeded").
 */
export class MemoryArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  writes = 0;
  failNextGet = false;

  constructor(private readonly quotaBytes = Infinity) {}

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failNextGet) {
      this.failNextGet = false;
      throw new Error('storage is unavailable');
    }
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, structuredClone(value));
    if (bytes(next) > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.writes++;
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }
}

function bytes(map: Map<string, unknown>): number {
  let n = 0;
  for (const [k, v] of map) n += k.length + JSON.stringify(v).length;
  return n;
}
