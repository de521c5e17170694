import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { classifyBlocks } from '../rules';
import { LineWriter, warn } from './output';

/**
 * `classify < in.jsonl`: each input line `{"id", "text", "section"?}` is classified on its own as
 * one paragraph block; one output line per input line, in order. A bad line gets an error line
 * and the run goes on, so one broken record does not cost a 10 000-line batch.
 */

const InputLineSchema = z.object({
  // The contract says string; numeric ids (common in exported datasets) are echoed back as given.
  id: z.union([z.string(), z.number().finite()]),
  text: z.string(),
  section: z.string().optional(),
});

/** A line longer than this is refused: no paragraph is 1 MB, and classifying it would stall the stream. */
export const MAX_LINE_CHARS = 1_000_000;

export interface ClassifySummary {
  classified: number;
  errors: number;
}

export async function runClassify(input: Readable, writer: LineWriter): Promise<ClassifySummary> {
  const summary: ClassifySummary = { classified: 0, errors: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === '') continue;
    const result = classifyLine(raw, lineNo);
    if ('error' in result) summary.errors++;
    else summary.classified++;
    await writer.line(result);
  }
  return summary;
}

type LineResult =
  | { id: string | number; categories: string[]; evidence: { rule: string; category: string; start: number; end: number }[] }
  | { id: string | number | null; error: string };

export function classifyLine(raw: string, lineNo: number): LineResult {
  if (raw.length > MAX_LINE_CHARS) return { id: null, error: `line ${lineNo}: longer than ${MAX_LINE_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { id: null, error: `line ${lineNo}: not valid JSON` };
  }
  const parsed = InputLineSchema.safeParse(value);
  if (!parsed.success) {
    const rawId = (value as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `"${issue.path.join('.')}"` : 'line';
    const why =
      value === null || typeof value !== 'object' || Array.isArray(value)
        ? 'expected an object {"id": string, "text": string, "section"?: string}'
        : `${where}: ${issue.message}`;
    return { id, error: `line ${lineNo}: ${why}` };
  }
  const { id, text, section } = parsed.data;
  try {
    const [verdict] = classifyBlocks([{ id: 0, text, section: section ?? '', kind: 'paragraph' }]);
    return { id, categories: verdict.categories, evidence: verdict.evidence.map(({ rule, category, start, end }) => ({ rule, category, start, end })) };
  } catch (err) {
    // A classifier failure on one odd line must not end the batch; it is reported on that line.
    warn(`line ${lineNo} (id ${JSON.stringify(id)}): classifier failed: ${err instanceof Error ? err.message : String(err)}`);
    return { id, error: `line ${lineNo}: classifier failed` };
  }
}
