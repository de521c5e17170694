import type { Analysis } from '../core/analysis-schema';
import type { ReportInput } from '../core/report/markdown';

/**
 * What "Copy as Markdown" and "Download JSON" produce for the tab's policy. The Markdown is the
 * CLI's `analyze --format md` report (one renderer, src/core/report/markdown.ts, loaded only when
 * asked for); the JSON is the CLI's `analyze` output plus where and when it was read, so a saved
 * file says which page it summarises and every evidence block id resolves to its text.
 */
export interface ExportSource {
  url: string;
  title: string;
  language?: string;
  analysis: Analysis;
  /** When the background read the page (ms since the epoch), if known. */
  analyzedAt?: number;
}

export const EXPORT_FORMAT = 'fineprint-summary/1';

export function reportInput(source: ExportSource): ReportInput {
  return { file: source.url, status: 'policy', isPolicy: true, language: source.language, blocks: source.analysis.blocks, facts: source.analysis.facts };
}

export async function exportMarkdown(source: ExportSource): Promise<string> {
  const { renderMarkdown } = await import('../core/report/markdown');
  return renderMarkdown(reportInput(source));
}

export function exportJson(source: ExportSource): string {
  const { analysis } = source;
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      url: source.url,
      title: source.title,
      ...(source.analyzedAt !== undefined ? { analyzedAt: new Date(source.analyzedAt).toISOString() } : {}),
      isPolicy: true,
      ...(source.language ? { language: source.language } : {}),
      blocks: analysis.blocks.map(({ id, text, section, categories }) => ({ id, text, section, categories })),
      facts: analysis.facts,
      spans: analysis.spans,
    },
    null,
    2,
  )}\n`;
}

/** "fineprint-example.com-2025-01-31.json": the site and the day, safe as a file name everywhere. */
export function exportFileName(url: string, now: Date): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/^www\./, '') || host;
  } catch {
    // Not a URL: keep the generic name.
  }
  const safe = host.replace(/[^a-z0-9.-]+/gi, '-').slice(0, 80);
  return `fineprint-${safe}-${now.toISOString().slice(0, 10)}.json`;
}
