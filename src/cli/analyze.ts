import { analyzeBlocks } from '../core/analysis';
import type { Facts } from '../core/facts/schema';
import type { Category } from '../core/categories';
import { readTextFile } from './read-input';
import { readPolicy, type SourceFormat } from './policy-source';
import { warn } from './output';

/**
 * `analyze FILE [--url URL] [--format json|md]`: the summary the popup shows, for one file.
 * The same pipeline as the extension: read blocks → `analyzeBlocks` (classifier + facts).
 */

export const UNSUPPORTED_LANGUAGE = 'language not supported yet';

/** The rule set reads English; 'und' (too little text to tell) is read as English rather than refused. */
export function isSupportedLanguage(language: string): boolean {
  return language === 'en' || language === 'und' || language.startsWith('en-');
}

export interface AnalyzeResult {
  file: string;
  format?: SourceFormat;
  status?: 'policy' | 'not-policy' | 'unsupported-language';
  isPolicy?: boolean;
  language?: string;
  score?: number;
  blocks?: { id: number; text: string; section: string; categories: Category[] }[];
  facts?: Facts;
  /** A human sentence for states that are not errors (not a policy, unsupported language). */
  note?: string;
  /** Present (true) when the file was larger than the page reader's limits. */
  truncated?: boolean;
  error?: string;
}

export function analyzeFile(file: string, opts: { url?: string }): AnalyzeResult {
  const read = readTextFile(file);
  if (!read.ok) return { file, error: read.error };
  let source;
  try {
    source = readPolicy(file, read.text, { url: opts.url, withBlocks: true });
  } catch (err) {
    return { file, error: `could not be read as a page (${err instanceof Error ? err.message : String(err)})` };
  }
  const { detection, format } = source;
  const base = { file, format, isPolicy: detection.isPolicy, language: detection.language, score: detection.score };
  if (!isSupportedLanguage(detection.language)) {
    return { ...base, status: 'unsupported-language', blocks: [], note: `${UNSUPPORTED_LANGUAGE} (detected language: ${detection.language})` };
  }
  const blocks = source.blocks ?? [];
  if (blocks.length === 0) {
    return { ...base, status: detection.isPolicy ? 'policy' : 'not-policy', blocks: [], facts: analyzeBlocks([]).facts, note: 'no readable text blocks found' };
  }
  const analysis = analyzeBlocks(blocks);
  const notes = [
    detection.isPolicy ? '' : 'this does not look like a privacy policy; the summary below is computed anyway',
    source.truncated ? `the page is very large: only its first ${blocks.length} blocks were read (the extension reads the same)` : '',
  ].filter(Boolean);
  return {
    ...base,
    status: detection.isPolicy ? 'policy' : 'not-policy',
    blocks: analysis.blocks.map(({ id, text, section, categories }) => ({ id, text, section, categories })),
    facts: analysis.facts,
    note: notes.length ? notes.join('; ') : undefined,
    truncated: source.truncated || undefined,
  };
}

export function reportProblems(result: AnalyzeResult): void {
  if (result.error) warn(`${result.file}: ${result.error}`);
  else if (result.status === 'unsupported-language') warn(`${result.file}: ${result.note}`);
  else if (result.status === 'not-policy') warn(`${result.file}: does not look like a privacy policy (analysed anyway)`);
  if (result.truncated) warn(`${result.file}: very large page, only the first ${result.blocks?.length ?? 0} blocks were read`);
}
