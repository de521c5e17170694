/**
 * Work the worker does for a tab after it has answered the page: finishing the analysis for the
 * popup, writing the tab cache, setting the badge (src/background/handlers.ts). The page's reply
 * is not held up by it, but everything that reads or replaces a tab's state waits for that tab's
 * pending work first (`settled`), so the popup never sees an older state than the page has, and a
 * later status cannot be overwritten by an earlier analysis finishing late.
 *
 * Per tab, work runs in the order it was handed in, each piece after the previous one settled.
 * A piece that fails is reported to `onError` and does not stop the ones after it.
 */
export interface TabWork {
  /** Run `work` for `tabId` once the current task is over (the reply has been sent). */
  after(tabId: number, work: () => Promise<void>): void;
  /** Resolves when all the work handed in so far for `tabId` is done. Never rejects. */
  settled(tabId: number): Promise<void>;
}

export interface TabWorkOptions {
  /** Starts `run` in a later task; default `setTimeout(run, 0)`, after the reply's microtasks. */
  defer?: (run: () => void) => void;
  onError?: (error: unknown) => void;
}

export function createTabWork(options: TabWorkOptions = {}): TabWork {
  const defer = options.defer ?? ((run: () => void) => void setTimeout(run, 0));
  const tails = new Map<number, Promise<void>>();
  return {
    after(tabId, work) {
      const previous = tails.get(tabId) ?? Promise.resolve();
      const next = previous
        .then(() => new Promise<void>((resolve) => defer(resolve)))
        .then(work)
        .catch((error: unknown) => options.onError?.(error));
      tails.set(tabId, next);
      void next.then(() => {
        if (tails.get(tabId) === next) tails.delete(tabId);
      });
    },
    settled(tabId) {
      return tails.get(tabId) ?? Promise.resolve();
    },
  };
}
