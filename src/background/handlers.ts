import {
  BackgroundRequestSchema,
  type AnalyzeReply,
  type BackgroundRequest,
  type TabState,
} from '../messaging/protocol';
import type { Analysis } from '../core/analysis';
import type { Block } from '../core/types';
import {
  describeIssues,
  errorReply,
  messageTypeOf,
  senderProblem,
  type ErrorReplyValue,
  type ExpectedSender,
  type SelfIdentity,
  type SenderLike,
} from '../messaging/guard';
import type { TabCache } from '../storage/tab-cache';
import { countHighlighted, type Badge } from './badge';

/**
 * The background worker's message handlers. They take everything they touch as parameters
 * (`BackgroundDeps`), so unit tests call them directly with an in-memory cache and a recording
 * badge; `main.ts` wires the real browser APIs.
 */
export interface BackgroundDeps {
  self: SelfIdentity;
  cache: TabCache;
  analyze: (blocks: Block[]) => Analysis;
  badge: Badge;
  now?: () => number;
  /** One line on a rule id, for the page's tooltip (src/background/rule-descriptions.ts); none: no lines sent. */
  describeRule?: (id: string) => string | undefined;
}

type AnalyzePage = Extract<BackgroundRequest, { type: 'fp/analyze-page' }>;
type PageStatus = Extract<BackgroundRequest, { type: 'fp/page-status' }>;
type GetTabState = Extract<BackgroundRequest, { type: 'fp/get-tab-state' }>;

export type OkReply = { ok: true };
export type BackgroundReply = AnalyzeReply | OkReply | TabState | ErrorReplyValue;

/** Which context each message must come from. */
const EXPECTED_SENDER: Record<BackgroundRequest['type'], ExpectedSender> = {
  'fp/analyze-page': 'tab',
  'fp/page-status': 'tab',
  'fp/get-tab-state': 'extension-page',
};

/**
 * Entry point for every `runtime.onMessage` in the worker. Never throws: a foreign sender, an
 * unknown type or a malformed message gets an `ErrorReply` saying what was expected.
 */
export async function handleBackgroundMessage(
  message: unknown,
  sender: SenderLike | undefined,
  deps: BackgroundDeps,
): Promise<BackgroundReply> {
  const foreign = senderProblem(sender, 'extension', deps.self);
  if (foreign) return errorReply(foreign);
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) {
    return errorReply(
      `Rejected message ${messageTypeOf(message)}: expected fp/analyze-page, fp/page-status or fp/get-tab-state with a valid body (${describeIssues(parsed.error.issues)}).`,
    );
  }
  const request = parsed.data;
  const wrongSender = senderProblem(sender, EXPECTED_SENDER[request.type], deps.self);
  if (wrongSender) return errorReply(`${request.type}: ${wrongSender}`);
  try {
    switch (request.type) {
      case 'fp/analyze-page':
        return await handleAnalyzePage(request, sender!.tab!.id!, deps);
      case 'fp/page-status':
        return await handlePageStatus(request, sender!.tab!.id!, deps);
      case 'fp/get-tab-state':
        return await handleGetTabState(request, deps);
    }
  } catch (error) {
    return errorReply(`${request.type} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Classify the page's blocks, cache the reading for the tab, badge the tab, reply per-block verdicts. */
export async function handleAnalyzePage(request: AnalyzePage, tabId: number, deps: BackgroundDeps): Promise<AnalyzeReply> {
  const analysis = deps.analyze(request.blocks);
  const state: TabState = {
    status: 'policy',
    url: request.url,
    title: request.title,
    detection: request.detection,
    analysis,
    analyzedAt: (deps.now ?? Date.now)(),
  };
  // The reply matters more than the cache: a storage failure still lets the page highlight.
  await Promise.all([
    deps.cache.put(tabId, state).catch(() => undefined),
    deps.badge.showPolicy(tabId, countHighlighted(analysis)),
  ]);
  return {
    ok: true,
    blocks: analysis.blocks.map((b) => ({ id: b.id, categories: b.categories, evidence: b.evidence })),
    ...(deps.describeRule ? { rules: describeFiredRules(analysis, deps.describeRule) } : {}),
  };
}

/** The tooltip line of every rule that fired on the page (each once). */
function describeFiredRules(analysis: Pick<Analysis, 'blocks'>, describe: (id: string) => string | undefined): { id: string; description: string }[] {
  const lines = new Map<string, string>();
  for (const block of analysis.blocks) {
    for (const { rule } of block.evidence) {
      if (lines.has(rule)) continue;
      const line = describe(rule);
      if (line) lines.set(rule, line);
    }
  }
  return [...lines].map(([id, description]) => ({ id, description }));
}

/** The page is not one Fineprint reads: remember why (for the popup) and clear the badge. */
export async function handlePageStatus(request: PageStatus, tabId: number, deps: BackgroundDeps): Promise<OkReply> {
  const state: TabState = {
    status: request.status,
    url: request.url,
    ...(request.detection ? { detection: request.detection } : {}),
    analyzedAt: (deps.now ?? Date.now)(),
  };
  await Promise.all([
    deps.cache.put(tabId, state),
    request.status === 'unsupported-language' ? deps.badge.showUnsupported(tabId) : deps.badge.clear(tabId),
  ]);
  return { ok: true };
}

/** The cached state of a tab; `unknown` when none, or when it belongs to another URL than asked. */
export async function handleGetTabState(request: GetTabState, deps: BackgroundDeps): Promise<TabState> {
  const cached = await deps.cache.get(request.tabId);
  if (!cached) return { status: 'unknown' };
  if (request.url !== undefined && !sameDocumentUrl(cached.url, request.url)) return { status: 'unknown', url: request.url };
  return cached;
}

export async function handleTabRemoved(tabId: number, deps: Pick<BackgroundDeps, 'cache'>): Promise<void> {
  await deps.cache.remove(tabId).catch(() => undefined);
}

/** Same page: URLs equal once the fragment is ignored (scrolling to #anchors keeps the analysis). */
export function sameDocumentUrl(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  return stripHash(a) === stripHash(b);
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}
