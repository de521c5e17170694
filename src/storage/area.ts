/**
 * The slice of `browser.storage.StorageArea` Fineprint uses. Code takes this instead of the
 * global so unit tests pass a plain in-memory area (see `tests/unit/storage/memory-area.ts`).
 */
export interface StorageAreaLike {
  /** `null` reads every key. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
