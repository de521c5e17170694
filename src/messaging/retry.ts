/**
 * Sending to the background worker with retries. An MV3 worker can be mid-restart when the
 * content script calls it ("Could not establish connection. Receiving end does not exist."), or
 * be stopped while it works on the request. Both are transport failures and are retried with
 * exponential backoff. An answer, even an error answer, is final and is returned as is.
 *
 * A worker stopped mid-request closes the message port without answering. Chrome reports that as
 * "The message port closed before a response was received.", which webextension-polyfill turns
 * into a reply of `undefined` instead of an error. Fineprint's receivers always answer with an
 * object, so `undefined` is never an answer: it is retried like any other lost message.
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

/** Five tries over about 3.75 s: enough for a worker that is stopped, restarted and stopped again. */
export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BASE_DELAY_MS = 250;

export const NO_ANSWER = 'the receiving end closed the message port without answering';

export async function sendWithRetry<T>(send: () => Promise<T | undefined>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      if (options.shouldStop?.()) break;
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
    if (options.shouldStop?.()) break;
    try {
      const reply = await send();
      if (reply !== undefined) return reply;
      lastError = new Error(NO_ANSWER);
    } catch (error) {
      lastError = error;
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError ?? 'stopped');
  throw new Error(`The Fineprint background worker did not answer after ${attempts} tries: ${reason}`);
}
