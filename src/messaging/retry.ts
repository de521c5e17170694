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
 *
 * A worker stopped in its first milliseconds can also lose the message without closing anything:
 * the send then never settles (seen in the worker-kill e2e test, about one run in three). So each
 * try waits at most `answerTimeoutMs` before the next one is sent; a late answer to an earlier try
 * is still taken, whichever comes first (a duplicate request is harmless: the worker answers a
 * page it has just read from its memo).
 */
export interface RetryOptions {
  /** Total tries, including the first. */
  attempts?: number;
  /** Delay before the second try; doubles each time. */
  baseDelayMs?: number;
  /** Stop early (e.g. the extension was reloaded and this content script is orphaned). */
  shouldStop?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
  /** How long one try may stay unanswered before the next is sent (the earlier one still counts). */
  answerTimeoutMs?: number;
}

/** Five tries over about 3.75 s: enough for a worker that is stopped, restarted and stopped again. */
export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BASE_DELAY_MS = 250;
/** Longer than the worker takes to read a very large policy on a slow machine, short enough to recover. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 3_000;

export const NO_ANSWER = 'the receiving end closed the message port without answering';

type Outcome<T> = { ok: true; reply: T } | { ok: false; error: unknown };

export async function sendWithRetry<T>(send: () => Promise<T | undefined>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Resolved by the first try that answers after its own wait ran out.
  let takeLateAnswer: (outcome: Outcome<T>) => void = () => {};
  const lateAnswer = new Promise<Outcome<T>>((resolve) => (takeLateAnswer = resolve));
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      if (options.shouldStop?.()) break;
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
    if (options.shouldStop?.()) break;
    const tried: Promise<Outcome<T>> = send().then(
      (reply) => (reply !== undefined ? { ok: true, reply } : { ok: false, error: new Error(NO_ANSWER) }),
      (error: unknown) => ({ ok: false, error }),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), answerTimeoutMs)));
    const first = await Promise.race([tried, lateAnswer, timedOut]);
    clearTimeout(timer);
    if (first === 'timeout') {
      void tried.then((outcome) => outcome.ok && takeLateAnswer(outcome));
      lastError = new Error(`no answer within ${answerTimeoutMs} ms`);
      continue;
    }
    if (first.ok) return first.reply;
    lastError = first.error;
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError ?? 'stopped');
  throw new Error(`The Fineprint background worker did not answer after ${attempts} tries: ${reason}`);
}
