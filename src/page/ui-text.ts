import type { MessageKey } from '../i18n';

/**
 * `t()` for stage 2 of the content script (legend, tooltip). Same contract as src/i18n (keys typed
 * from public/_locales/en/messages.json, checked by tests/unit/i18n), but it reaches the browser's
 * i18n API through the isolated world's global rather than `wxt/browser`, so stage 2 carries no
 * second copy of the polyfill (stage 1 hands it only `runtime` and `storage`). `chrome.i18n` is
 * there in Chrome's and Firefox's content scripts alike; `getMessage` is synchronous.
 */

export type GetMessage = (key: string, substitutions?: string[]) => string;

interface I18nGlobals {
  chrome?: { i18n?: { getMessage?: GetMessage } };
  browser?: { i18n?: { getMessage?: GetMessage } };
}

let override: GetMessage | null = null;

/** Tests (and only tests) give the catalogue here; the extension uses the browser's. */
export function setGetMessage(getMessage: GetMessage | null): void {
  override = getMessage;
}

function browserGetMessage(): GetMessage | null {
  if (override) return override;
  const g = globalThis as I18nGlobals;
  // Called on its namespace object: extension API functions are not guaranteed to work detached.
  const i18n = g.chrome?.i18n ?? g.browser?.i18n;
  return typeof i18n?.getMessage === 'function' ? (key, subs) => i18n.getMessage!(key, subs) : null;
}

export function t(key: MessageKey, substitutions?: string | number | readonly (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  let text = '';
  try {
    const getMessage = browserGetMessage();
    if (getMessage) text = getMessage(key, subs);
  } catch {
    // The extension was reloaded under this page (no runtime any more): fall through to the key.
  }
  return text || key;
}
