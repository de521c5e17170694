import { readTextFile } from './read-input';
import { readPolicy } from './policy-source';
import { LineWriter, warn } from './output';
import { isSupportedLanguage, UNSUPPORTED_LANGUAGE } from './analyze';

/**
 * `detect FILE… [--url URL]`: is each file a privacy policy? One JSON line per file, in the order
 * given. A file that cannot be read gets a line with `error` (and a message on stderr); the
 * others are still checked.
 */

export interface DetectLine {
  file: string;
  isPolicy?: boolean;
  score?: number;
  signals?: string[];
  language?: string;
  error?: string;
}

export async function runDetect(files: string[], opts: { url?: string }, writer: LineWriter): Promise<{ failed: number }> {
  let failed = 0;
  for (const file of files) {
    const { line, truncated } = detectOne(file, opts);
    if (line.error) {
      failed++;
      warn(`${file}: ${line.error}`);
    } else {
      // Not errors (the verdict stands), but a person should know what the verdict rests on.
      if (line.language && !isSupportedLanguage(line.language)) warn(`${file}: ${UNSUPPORTED_LANGUAGE} (detected language: ${line.language}); analyze will not summarise it`);
      if (truncated) warn(`${file}: very large page, only its beginning was read`);
    }
    await writer.line(line);
  }
  return { failed };
}

export function detectFile(file: string, opts: { url?: string }): DetectLine {
  return detectOne(file, opts).line;
}

function detectOne(file: string, opts: { url?: string }): { line: DetectLine; truncated?: boolean } {
  const read = readTextFile(file);
  if (!read.ok) return { line: { file, error: read.error } };
  try {
    const { detection, truncated } = readPolicy(file, read.text, { url: opts.url, withBlocks: false });
    return {
      line: { file, isPolicy: detection.isPolicy, score: detection.score, signals: detection.signals, language: detection.language },
      truncated,
    };
  } catch (err) {
    return { line: { file, error: `could not be read as a page (${err instanceof Error ? err.message : String(err)})` } };
  }
}
