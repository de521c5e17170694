import * as z from 'zod/mini';

/**
 * The content script's copy of the message schemas it needs, written with `zod/mini`.
 *
 * Why a copy: the content script runs on every page the user visits, so its bundle must stay
 * small. Classic `zod` does not tree-shake (a single schema pulls in ~400 kB through esbuild) and
 * `protocol.ts` reaches `AnalysisSchema`, which reaches the classifier. These mirrors accept exactly
 * what the classic schemas in `protocol.ts` accept; `tests/unit/messaging/content-wire.test.ts`
 * runs the same valid and invalid messages through both so they cannot drift apart.
 */

const NonNegativeInt = z.int().check(z.minimum(0));

export const GetPageInfoWire = z.object({ type: z.literal('fp/get-page-info') });
export const SetHighlightsWire = z.object({ type: z.literal('fp/set-highlights'), enabled: z.boolean() });
export const ScrollToWire = z.object({
  type: z.literal('fp/scroll-to'),
  block: NonNegativeInt,
  start: z.optional(NonNegativeInt),
  end: z.optional(NonNegativeInt),
});

/** Mirror of `ContentRequestSchema`: what the popup may ask the content script. */
export const ContentRequestWire = z.discriminatedUnion('type', [GetPageInfoWire, SetHighlightsWire, ScrollToWire]);
export type ContentRequestMessage = z.infer<typeof ContentRequestWire>;

/** Mirror of `AnalyzeReplySchema`: the background's answer to `fp/analyze-page`. */
export const AnalyzeReplyWire = z.object({
  ok: z.literal(true),
  blocks: z.array(
    z.object({
      id: z.int(),
      categories: z.array(z.string()),
      evidence: z.array(z.object({ rule: z.string(), category: z.string(), start: z.number(), end: z.number() })),
    }),
  ),
});
export type AnalyzeReplyMessage = z.infer<typeof AnalyzeReplyWire>;

/** Mirror of `ErrorReplySchema`. */
export const ErrorReplyWire = z.object({ ok: z.literal(false), error: z.string() });
