import { describe, expect, it } from 'vitest';
import { describeIssues, messageTypeOf, senderProblem } from '../../../src/messaging/guard';
import { sendWithRetry } from '../../../src/messaging/retry';

const SELF = { id: 'me', pageOrigin: 'chrome-extension://me/' };

describe('senderProblem', () => {
  it('accepts this extension’s content script for tab messages and its pages for page messages', () => {
    expect(senderProblem({ id: 'me', tab: { id: 1 }, url: 'https://a.example/' }, 'tab', SELF)).toBeNull();
    expect(senderProblem({ id: 'me', url: 'chrome-extension://me/popup.html' }, 'extension-page', SELF)).toBeNull();
    // the popup opened in a tab (end-to-end tests do this) is still an extension page
    expect(senderProblem({ id: 'me', tab: { id: 5 }, url: 'chrome-extension://me/popup.html' }, 'extension-page', SELF)).toBeNull();
  });

  it('rejects other extensions, missing ids, pages posing as the popup and tabs without ids', () => {
    expect(senderProblem({ id: 'other', url: 'chrome-extension://me/popup.html' }, 'extension', SELF)).toMatch(/not this extension/);
    expect(senderProblem({ url: 'https://a.example' }, 'extension', SELF)).toMatch(/not this extension/);
    expect(senderProblem({ id: 'me', tab: { id: 2 }, url: 'https://evil.example/chrome-extension://me/' }, 'extension-page', SELF)).toMatch(/extension page/);
    expect(senderProblem({ id: 'me', url: 'chrome-extension://me/popup.html' }, 'tab', SELF)).toMatch(/in a tab/);
    expect(senderProblem({ id: 'me', tab: { id: -1 } }, 'tab', SELF)).toMatch(/in a tab/);
    // the popup opened in a tab is not a content script
    expect(senderProblem({ id: 'me', tab: { id: 5 }, url: 'chrome-extension://me/popup.html' }, 'tab', SELF)).toMatch(/in a tab/);
    // a subframe (the content script only runs in top frames)
    expect(senderProblem({ id: 'me', tab: { id: 5 }, url: 'https://a.example/', frameId: 3 }, 'tab', SELF)).toMatch(/in a tab/);
    expect(senderProblem({ id: '' }, 'extension', { id: '', pageOrigin: '' })).toMatch(/not this extension/);
  });
});

describe('error texts', () => {
  it('are short and never echo values', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ path: ['blocks', i, 'text'], message: 'Invalid input' }));
    expect(describeIssues(issues)).toBe('blocks.0.text: Invalid input; blocks.1.text: Invalid input; blocks.2.text: Invalid input (+2 more)');
    expect(messageTypeOf({ type: 'x'.repeat(500) })).toHaveLength(62);
    expect(messageTypeOf(42)).toBe('(no type)');
  });
});

describe('sendWithRetry', () => {
  it('retries transport failures with doubling delays, then returns the answer', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await sendWithRetry(
      async () => {
        if (++calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return 'answer';
      },
      { attempts: 4, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms) },
    );
    expect(result).toBe('answer');
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the last attempt with the cause in the message', async () => {
    let calls = 0;
    const attempt = sendWithRetry(
      async () => {
        calls++;
        throw new Error('Receiving end does not exist.');
      },
      { attempts: 3, sleep: async () => {} },
    );
    await expect(attempt).rejects.toThrow('did not answer after 3 tries: Receiving end does not exist.');
    expect(calls).toBe(3);
  });

  it('takes a missing answer (port closed by a stopped worker) for a lost message and retries it', async () => {
    const replies: (string | undefined)[] = [undefined, undefined, 'answer'];
    let calls = 0;
    const result = await sendWithRetry(async () => replies[calls++], { attempts: 5, sleep: async () => {} });
    expect(result).toBe('answer');
    expect(calls).toBe(3);
    await expect(sendWithRetry(async () => undefined, { attempts: 2, sleep: async () => {} })).rejects.toThrow(/did not answer after 2 tries: .*without answering/);
  });

  it('by default keeps trying for a few seconds, long enough for a worker stopped twice in a row', async () => {
    const delays: number[] = [];
    await expect(sendWithRetry(async () => undefined, { sleep: async (ms) => void delays.push(ms) })).rejects.toThrow();
    expect(delays.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3_000);
  });

  it('stops retrying once told to (orphaned content script)', async () => {
    let calls = 0;
    let stop = false;
    await expect(
      sendWithRetry(
        async () => {
          calls++;
          stop = true;
          throw new Error('Extension context invalidated.');
        },
        { attempts: 5, sleep: async () => {}, shouldStop: () => stop },
      ),
    ).rejects.toThrow(/Extension context invalidated/);
    expect(calls).toBe(1);
  });
});

describe('sendWithRetry when a try is never answered (worker stopped in its first milliseconds)', () => {
  it('sends again after answerTimeoutMs and takes the answer of the new try', async () => {
    let calls = 0;
    const send = () => (++calls === 1 ? new Promise<string>(() => {}) : Promise.resolve('answer'));
    await expect(sendWithRetry(send, { answerTimeoutMs: 20, sleep: async () => {} })).resolves.toBe('answer');
    expect(calls).toBe(2);
  });

  it('still takes a late answer to an earlier try, whichever comes first', async () => {
    let calls = 0;
    const send = () =>
      ++calls === 1 ? new Promise<string>((resolve) => setTimeout(() => resolve('late answer'), 40)) : new Promise<string>(() => {});
    await expect(sendWithRetry(send, { answerTimeoutMs: 20, attempts: 3, sleep: async () => {} })).resolves.toBe('late answer');
  });

  it('gives up after the last try with the reason', async () => {
    await expect(sendWithRetry(() => new Promise<string>(() => {}), { answerTimeoutMs: 5, attempts: 2, sleep: async () => {} })).rejects.toThrow(
      /did not answer after 2 tries: no answer within 5 ms/,
    );
  });
});
