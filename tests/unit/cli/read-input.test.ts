import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/cli/read-input';
import { parseArgs, checkUrl, UsageError } from '../../../src/cli/args';

describe('decodeText: text in, binary out', () => {
  const ok = (bytes: Uint8Array) => {
    const r = decodeText(bytes);
    if (!r.ok) throw new Error(r.error);
    return r;
  };

  it('reads UTF-8, with or without a BOM', () => {
    expect(ok(Buffer.from('Privacy — café')).text).toBe('Privacy — café');
    expect(ok(Buffer.from('\uFEFFPrivacy', 'utf8')).text).toBe('Privacy');
  });

  it('reads UTF-16 with a BOM although it is full of NUL bytes', () => {
    const r = ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('We collect data.', 'utf16le')]));
    expect(r.text).toBe('We collect data.');
    expect(r.encoding).toBe('utf-16le');
  });

  it('reads legacy single-byte text: the declared charset, else Windows-1252', () => {
    const declared = ok(Buffer.from('<meta charset="iso-8859-15"><p>Donn\u00e9es \u20ac</p>', 'latin1'));
    expect(declared.encoding).toBe('iso-8859-15');
    const sentence = 'Nous collectons vos données « personnelles » : nom, prénom, adresse électronique.';
    const undeclared = ok(Buffer.from(sentence, 'latin1'));
    expect(undeclared.text).toBe(sentence);
    expect(ok(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94])).text).toBe('café “q”'); // Windows-1252 quotes
  });

  it('refuses empty, whitespace-only and binary data', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'file is empty' });
    expect(decodeText(Buffer.from(' \n\t ')).ok).toBe(false);
    expect(decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])).ok).toBe(false);
    // Binary without a single NUL byte (compressed data often looks like this).
    const noisy = Buffer.from(Array.from({ length: 2048 }, (_, i) => 1 + ((i * 131 + 7) % 255)));
    const r = decodeText(noisy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/binary/);
  });
});

describe('parseArgs', () => {
  const spec = { url: {}, format: { values: ['json', 'md'] as const } };

  it('takes --flag value, --flag=value, positionals and --', () => {
    expect(parseArgs(['a.html', '--url', 'https://x.test/p', '--format=md', '--', '--odd-name.html'], spec)).toEqual({
      positionals: ['a.html', '--odd-name.html'],
      flags: { url: 'https://x.test/p', format: 'md' },
      help: false,
    });
  });

  it('rejects unknown, repeated, empty or out-of-vocabulary options', () => {
    for (const argv of [['--nope'], ['-x'], ['--url'], ['--url='], ['--format', 'pdf'], ['--url', 'a', '--url', 'b'], ['--url', '--format']]) {
      expect(() => parseArgs(argv, spec), argv.join(' ')).toThrow(UsageError);
    }
  });

  it('accepts only absolute http(s) or file URLs for --url', () => {
    expect(checkUrl('https://example.com/privacy')).toBe('https://example.com/privacy');
    expect(checkUrl(undefined)).toBeUndefined();
    for (const bad of ['example.com/privacy', 'javascript:alert(1)', '/privacy']) expect(() => checkUrl(bad)).toThrow(UsageError);
  });
});
