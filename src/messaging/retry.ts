/**
 * Sending to the background worker with retries. An MV3 worker can be mid-restart when the
 * content script calls it ("Could not establish connection. Receiving end does not exist."):
 * those transport failures are retried with exponential backoff. An answer, even an error
 * answer, is final and is returned as is.
 */
export interface RetryOptions {
  /** Total tries, including the first. */
  attempts?: number;
  /** Delay before the second try; doubles each time. */
  baseDelayMs?: number;
  /** Stop early (e.g. the extension was reloaded and this content script is orphaned). */
  shouldStop?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
}

export async function sendWithRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const baseDelayMs = options.baseDelayMs ?? 250;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      if (options.shouldStop?.()) break;
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
    if (options.shouldStop?.()) break;
    try {
      return await send();
    } catch (error) {
      lastError = error;
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError ?? 'stopped');
  throw new Error(`The Fineprint background worker did not answer after ${attempts} tries: ${reason}`);
}
