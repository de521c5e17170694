import { readFileSync, statSync } from 'node:fs';

/**
 * Reading the files the command line is given. Every failure becomes a one-line reason (never a
 * stack trace), because a person running `fineprint analyze page.html` on the wrong file should
 * learn what is wrong with the file, not where in our code it broke.
 */

/** Larger files are refused outright: no real policy page is this big, and parsing it would take minutes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** How much of the file the binary sniffing looks at (enough for any real text file's verdict). */
const SNIFF_BYTES = 64 * 1024;

export type ReadResult =
  | { ok: true; text: string; bytes: number; encoding: string }
  | { ok: false; error: string };

export function readTextFile(path: string): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, error: 'is a directory, not a file' };
    if (!st.isFile()) return { ok: false, error: 'is not a regular file' };
    size = st.size;
  } catch (err) {
    return { ok: false, error: describeFsError(err) };
  }
  if (size > MAX_INPUT_BYTES) {
    return { ok: false, error: `file is too large (${formatBytes(size)}; the limit is ${formatBytes(MAX_INPUT_BYTES)})` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, error: describeFsError(err) };
  }
  return decodeText(bytes);
}

/** Bytes → text, refusing binary data. Exported for tests and for stdin-like sources. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, error: 'file is empty' };

  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding) {
    // UTF-16 text is full of NUL bytes, so the BOM has to be honoured before the binary sniff.
    const text = new TextDecoder(bomEncoding).decode(bytes);
    return finish(text, bytes.length, bomEncoding);
  }

  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.includes(0)) return { ok: false, error: 'looks like a binary file (contains NUL bytes), not text or HTML' };

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return finish(text, bytes.length, 'utf-8');
  } catch {
    // Not valid UTF-8: either binary data, or text in a legacy single-byte encoding.
  }
  const lossy = new TextDecoder('utf-8').decode(sample);
  const invalid = countChar(lossy, '\uFFFD');
  const controls = (lossy.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  // Random/binary bytes: ~1 in 8 is a C0 control and most sequences are invalid UTF-8. Legacy
  // encodings (Latin-1, Windows-1252) have almost no controls and only a few invalid bytes.
  // (The invalid-sequence ratio means little on a few bytes: "café “q”" in Windows-1252 is 3/8 invalid.)
  if (controls / lossy.length > 0.01 || (lossy.length >= 64 && invalid / lossy.length > 0.3)) {
    return { ok: false, error: 'looks like a binary file (mostly invalid UTF-8), not text or HTML' };
  }
  const declared = declaredCharset(new TextDecoder('latin1').decode(sample));
  if (declared && !WINDOWS_1252_LABELS.has(declared) && isSupportedEncoding(declared)) {
    return finish(new TextDecoder(declared).decode(bytes), bytes.length, declared);
  }
  // HTML's default for undeclared legacy text (and what browsers use for "latin1"/"iso-8859-1").
  return finish(decodeWindows1252(bytes), bytes.length, 'windows-1252');
}

const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'us-ascii', 'ascii']);

/** 0x80–0x9F of Windows-1252 (curly quotes, dashes, €…); the rest of the byte range is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20's TextDecoder decodes 'windows-1252' as ISO-8859-1 (0x93 becomes U+0093, not “), so the
 * mapping is done here: a policy's curly quotes must survive for quotes and offsets to make sense.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

function finish(text: string, bytes: number, encoding: string): ReadResult {
  if (text.trim() === '') return { ok: false, error: 'file has no text (only whitespace)' };
  return { ok: true, text, bytes, encoding };
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">` in the head. */
function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function isSupportedEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}
