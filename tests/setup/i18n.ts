import { fakeBrowser } from 'wxt/testing';
import messages from '../../public/_locales/en/messages.json';

/**
 * Unit tests run on WXT's fakeBrowser, whose i18n.getMessage throws "not implemented". This gives
 * it the English catalogue with Chrome's substitution rules ($NAME$ placeholders whose content
 * is $1…$9, then $1…$9, and $$ for a dollar sign), so components render the text users see.
 */
interface Entry { message: string; placeholders?: Record<string, { content: string }> }
const catalogue = messages as Record<string, Entry>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), positional(p.content)]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$\$/g, '$');
}

(fakeBrowser.i18n as { getMessage: unknown }).getMessage = getMessage;
