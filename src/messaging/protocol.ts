import * as z from 'zod/mini';
import { BlockSchema } from '../core/types';
import { AnalysisSchema } from '../core/analysis-schema';

/**
 * Every message between Fineprint's contexts. Receivers parse with these schemas and reject
 * anything else (unknown type, wrong shape, foreign sender): see `src/messaging/guard.ts`.
 * This is the only definition: the background, the content script (stage 2) and the popup all
 * parse with these schemas. They are `zod/mini` so that the content script and popup bundles
 * carry only the validators they use.
 *
 *  content  → background : analyze-page, page-status
 *  popup    → background : get-tab-state
 *  popup    → content    : get-page-info, set-highlights, scroll-to
 *  worker   → content    : page-command (a keyboard shortcut from the manifest's `commands`)
 */

const Url = z.string().check(z.maxLength(8192));
const NonNegativeInt = z.int().check(z.minimum(0));

export const DetectionSchema = z.object({
  isPolicy: z.boolean(),
  score: z.number(),
  signals: z.array(z.string()),
  /** BCP-47-ish primary language guess ('en', 'de', …) or 'und'. */
  language: z.string(),
});
export type Detection = z.infer<typeof DetectionSchema>;

export const PolicyLinkSchema = z.object({ href: Url, text: z.string().check(z.maxLength(500)) });
export type PolicyLink = z.infer<typeof PolicyLinkSchema>;

/** Content script found a policy: classify these blocks and keep the summary for this tab. */
export const AnalyzePageSchema = z.object({
  type: z.literal('fp/analyze-page'),
  url: Url,
  title: z.string().check(z.maxLength(2000)),
  detection: DetectionSchema,
  blocks: z.array(BlockSchema).check(z.maxLength(20_000)),
});

/** Content script on a page it will not analyze (not a policy, or unsupported language). */
export const PageStatusSchema = z.object({
  type: z.literal('fp/page-status'),
  url: Url,
  status: z.enum(['not-policy', 'unsupported-language']),
  detection: z.optional(DetectionSchema),
});

export const GetTabStateSchema = z.object({
  type: z.literal('fp/get-tab-state'),
  tabId: z.int(),
  /** When given, a cached analysis of another URL is not returned. */
  url: z.optional(Url),
});

/** A hostname as the popup names its tab's site (a DNS name is at most 253 characters). */
const Hostname = z.string().check(z.minLength(1), z.maxLength(253));
/**
 * Popup → worker, on a site the user switched off in the options: which entries of "sites where
 * Fineprint stays off" cover it, and removing them ("Turn on for this site"). The worker does the
 * write through src/storage/settings.ts, so the stored value is validated and migrated there.
 */
export const SiteOffEntriesSchema = z.object({ type: z.literal('fp/site-off-entries'), hostname: Hostname });
export const TurnOnSiteSchema = z.object({ type: z.literal('fp/turn-on-site'), hostname: Hostname });

export const GetPageInfoSchema = z.object({ type: z.literal('fp/get-page-info') });
export const SetHighlightsSchema = z.object({ type: z.literal('fp/set-highlights'), enabled: z.boolean() });
/**
 * Popup → page: send the analysis to the worker again. The worker answers the page before it
 * records the summary; if it is stopped in between, the popup finds the page highlighted but no
 * summary, and asks the page (which still has its blocks) to send them once more.
 */
export const ReanalyzeSchema = z.object({ type: z.literal('fp/reanalyze') });
export const ScrollToSchema = z.object({
  type: z.literal('fp/scroll-to'),
  block: NonNegativeInt,
  /** Character span within the block's text; the sentence around it is what gets shown. */
  start: z.optional(NonNegativeInt),
  end: z.optional(NonNegativeInt),
});

/** The manifest `commands` (wxt.config.ts) that act on the page; the worker forwards them to the tab. */
export const PAGE_COMMANDS = ['next-highlight', 'previous-highlight', 'toggle-highlights'] as const;
export const PageCommandNameSchema = z.enum(PAGE_COMMANDS);
export type PageCommandName = z.infer<typeof PageCommandNameSchema>;
export const PageCommandSchema = z.object({ type: z.literal('fp/page-command'), command: PageCommandNameSchema });

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  AnalyzePageSchema,
  PageStatusSchema,
  GetTabStateSchema,
  SiteOffEntriesSchema,
  TurnOnSiteSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const ContentRequestSchema = z.discriminatedUnion('type', [
  GetPageInfoSchema,
  SetHighlightsSchema,
  ScrollToSchema,
  PageCommandSchema,
  ReanalyzeSchema,
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

// ---- replies ---------------------------------------------------------------------------------

export const TabStateSchema = z.object({
  status: z.enum(['policy', 'not-policy', 'unsupported-language', 'unknown']),
  url: z.optional(Url),
  title: z.optional(z.string()),
  detection: z.optional(DetectionSchema),
  analysis: z.optional(AnalysisSchema),
  analyzedAt: z.optional(z.number()),
  /** Set when the cached analysis was slimmed (or dropped) to fit the session-storage budget. */
  truncated: z.optional(z.boolean()),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** Reply to analyze-page: the per-block categories the content script highlights. */
export const AnalyzeReplySchema = z.object({
  ok: z.literal(true),
  blocks: z.array(
    z.object({
      id: z.int(),
      categories: z.array(z.string()),
      evidence: z.array(z.object({ rule: z.string(), category: z.string(), start: z.number(), end: z.number() })),
    }),
  ),
  /** One line on each rule that fired, for the page's "why is this highlighted" tooltip (the page has no rule registry). */
  rules: z.optional(z.array(z.object({ id: z.string().check(z.maxLength(200)), description: z.string().check(z.maxLength(500)) })).check(z.maxLength(500))),
});
export type AnalyzeReply = z.infer<typeof AnalyzeReplySchema>;

export const PageInfoSchema = z.object({
  url: Url,
  title: z.string(),
  /** 'site-off': the user switched Fineprint off for this site (options); stage 1 answers that alone. */
  status: z.enum(['policy', 'not-policy', 'unsupported-language', 'pending', 'site-off']),
  highlights: z.boolean(),
  policyLink: z.nullable(PolicyLinkSchema),
  /** Why a policy page has no analysis (e.g. the background worker could not be reached). */
  error: z.optional(z.string()),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const ErrorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
/** Reply to fp/site-off-entries (the entries covering the site) and fp/turn-on-site (the entries removed). */
export const SiteEntriesReplySchema = z.object({ ok: z.literal(true), entries: z.array(Hostname) });
export type SiteEntriesReply = z.infer<typeof SiteEntriesReplySchema>;
export type ErrorReply = z.infer<typeof ErrorReplySchema>;
