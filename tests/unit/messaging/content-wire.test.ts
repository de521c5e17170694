import { describe, expect, it } from 'vitest';
import { AnalyzeReplyWire, ContentRequestWire, ErrorReplyWire } from '../../../src/messaging/content-wire';
import { AnalyzeReplySchema, ContentRequestSchema, ErrorReplySchema } from '../../../src/messaging/protocol';

/** The content script's zod/mini mirrors must accept exactly what protocol.ts accepts. */
const REQUESTS: unknown[] = [
  { type: 'fp/get-page-info' },
  { type: 'fp/get-page-info', extra: 1 },
  { type: 'fp/set-highlights', enabled: true },
  { type: 'fp/set-highlights', enabled: 'yes' },
  { type: 'fp/set-highlights' },
  { type: 'fp/scroll-to', block: 3 },
  { type: 'fp/scroll-to', block: 3, start: 10, end: 20 },
  { type: 'fp/scroll-to', block: -1 },
  { type: 'fp/scroll-to', block: 1.5 },
  { type: 'fp/scroll-to', block: 2, start: -4 },
  { type: 'fp/scroll-to', block: 2, end: '9' },
  { type: 'fp/scroll-to', block: Number.NaN },
  { type: 'fp/analyze-page' },
  { type: 'nope' },
  {},
  null,
  'fp/get-page-info',
  [],
];

const REPLIES: unknown[] = [
  { ok: true, blocks: [] },
  { ok: true, blocks: [{ id: 1, categories: ['collection'], evidence: [{ rule: 'r', category: 'collection', start: 0, end: 4 }] }] },
  { ok: true, blocks: [{ id: 1.5, categories: [], evidence: [] }] },
  { ok: true, blocks: [{ id: 1, categories: [3], evidence: [] }] },
  { ok: true, blocks: [{ id: 1, categories: [], evidence: [{ rule: 'r' }] }] },
  { ok: false, error: 'Rejected' },
  { ok: false },
  { ok: true },
  undefined,
];

describe('content-side zod/mini mirrors', () => {
  it.each(REQUESTS.map((m) => [JSON.stringify(m) ?? String(m), m]))('ContentRequestWire agrees with ContentRequestSchema on %s', (_label, message) => {
    expect(ContentRequestWire.safeParse(message).success).toBe(ContentRequestSchema.safeParse(message).success);
  });

  it.each(REPLIES.map((m) => [JSON.stringify(m) ?? String(m), m]))('reply mirrors agree with protocol.ts on %s', (_label, reply) => {
    expect(AnalyzeReplyWire.safeParse(reply).success).toBe(AnalyzeReplySchema.safeParse(reply).success);
    expect(ErrorReplyWire.safeParse(reply).success).toBe(ErrorReplySchema.safeParse(reply).success);
  });

  it('the sample set covers both outcomes (so agreement is not vacuous)', () => {
    const outcomes = REQUESTS.map((m) => ContentRequestSchema.safeParse(m).success);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});
