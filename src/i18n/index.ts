import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

/**
 * Every string a person reads in Fineprint's UI goes through `t()`, which asks the browser's
 * i18n API for the message in the user's language (`public/_locales/<lang>/messages.json`;
 * English is the default locale). Keys are typed from the English file, so a misspelt key fails
 * to compile, and tests/unit/i18n checks that every key used in src/ exists and is described.
 *
 * Key prefixes say where a string is shown: `popup_`, `page_` (legend, tooltips on the policy
 * page), `options_`, `label_` (vocabulary labels shared by popup and page), `cmd_` (keyboard
 * commands), `ext` (manifest).
 */
export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | number | readonly (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  let text = '';
  try {
    text = browser.i18n.getMessage(key, subs);
  } catch {
    // No i18n API in this context (should not happen in the extension): fall through to the key,
    // which is visible enough to be noticed in a test or screenshot.
  }
  return text || key;
}
