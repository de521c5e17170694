import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { t } from '../../../src/i18n';
import { getMessage } from '../../setup/i18n';

const catalogue = messages as Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('i18n catalogue (public/_locales/en/messages.json)', () => {
  it('describes every message for translators and uses only keys Chrome accepts', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key, `message key "${key}" must be ASCII letters, digits and _`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, `message "${key}" must have text`).not.toBe('');
      expect(entry.description ?? '', `message "${key}" should say where it is shown (description)`).not.toBe('');
      for (const name of entry.message.match(/\$([A-Za-z0-9_@]+)\$/g) ?? []) {
        const bare = name.slice(1, -1).toLowerCase();
        const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
        expect(declared, `message "${key}" uses ${name} but declares no such placeholder`).toContain(bare);
      }
    }
  });

  it('has every key that the source passes to t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src').concat(sourceFiles('entrypoints'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !(k in catalogue));
    expect(missing, 'every key used with t() should be in messages.json').toEqual([]);
  });

  it('resolves placeholders and positional substitutions the way Chrome does', () => {
    (catalogue as Record<string, unknown>).test_only_count = { message: '$COUNT$ items, $$5 each', placeholders: { count: { content: '$1' } } };
    try {
      expect(getMessage('test_only_count', ['14'])).toBe('14 items, $5 each');
    } finally {
      delete (catalogue as Record<string, unknown>).test_only_count;
    }
    expect(t('extName')).toBe('Fineprint');
  });
});
