import {
  BackgroundRequestSchema,
  type AnalyzeReply,
  type SiteEntriesReply,
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
import type { StorageAreaLike } from '../storage/area';
import { entriesCovering, loadSettings, turnOnSite } from '../storage/settings';
import type { AnalysisMemo } from './analysis-memo';
import { countHighlighted, type Badge } from './badge';
import type { StagedAnalysis } from '../core/analysis';
import type { TabWork } from './tab-work';

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
  /**
   * `analyze` in two steps (`analyzeInSteps` in src/core/analysis.ts): verdicts first, facts on demand.
   * Used instead of `analyze` when given, so the page can be answered before the facts are read.
   */
  analyzeInSteps?: (blocks: Block[]) => StagedAnalysis;
  /**
   * Where the rest of an analysis (facts, tab cache, badge) runs once the page has its reply
   * (src/background/tab-work.ts). None: it is done before replying, in the handler.
   */
  tabWork?: TabWork;
  /** Recent analyses by URL (src/background/analysis-memo.ts): a page read again is answered from it. */
  memo?: AnalysisMemo;
  /** Where the user's settings live (storage.local): the popup turns a switched-off site back on through the worker. None: those requests are refused. */
  settings?: StorageAreaLike;
}

type AnalyzePage = Extract<BackgroundRequest, { type: 'fp/analyze-page' }>;
type PageStatus = Extract<BackgroundRequest, { type: 'fp/page-status' }>;
type GetTabState = Extract<BackgroundRequest, { type: 'fp/get-tab-state' }>;

export type OkReply = { ok: true };
export type BackgroundReply = AnalyzeReply | OkReply | TabState | SiteEntriesReply | ErrorReplyValue;

/** Which context each message must come from. */
const EXPECTED_SENDER: Record<BackgroundRequest['type'], ExpectedSender> = {
  'fp/analyze-page': 'tab',
  'fp/page-status': 'tab',
  'fp/get-tab-state': 'extension-page',
  'fp/site-off-entries': 'extension-page',
  'fp/turn-on-site': 'extension-page',
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
      `Rejected message ${messageTypeOf(message)}: expected fp/analyze-page, fp/page-status, fp/get-tab-state, fp/site-off-entries or fp/turn-on-site with a valid body (${describeIssues(parsed.error.issues)}).`,
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
      case 'fp/site-off-entries':
        if (!deps.settings) return errorReply(`${request.type}: this worker has no settings storage.`);
        return { ok: true, entries: entriesCovering((await loadSettings(deps.settings)).disabledSites, request.hostname) };
      case 'fp/turn-on-site':
        if (!deps.settings) return errorReply(`${request.type}: this worker has no settings storage.`);
        return { ok: true, entries: await turnOnSite(deps.settings, request.hostname) };
    }
  } catch (error) {
    return errorReply(`${request.type} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Classify the page's blocks, reply per-block verdicts, cache the reading for the tab and badge it.
 * The page waits only for the verdicts: with `deps.tabWork`, the facts, the cache and the badge
 * follow right after the reply (a page reply no longer waits ~10-140 ms for storage.session and
 * the facts), and the popup's `fp/get-tab-state` waits for them. A page read again with the same
 * blocks is answered from `deps.memo` without classifying.
 */
export async function handleAnalyzePage(request: AnalyzePage, tabId: number, deps: BackgroundDeps): Promise<AnalyzeReply> {
  const analyzedAt = (deps.now ?? Date.now)();
  const remembered = deps.memo?.get(request.url, request.blocks);
  const staged = remembered ? { classified: remembered.blocks, complete: () => remembered } : analyzeStaged(request.blocks, deps);
  const record = async () => {
    const analysis = staged.complete();
    if (!remembered) deps.memo?.put(request.url, request.blocks, analysis);
    const state: TabState = { status: 'policy', url: request.url, title: request.title, detection: request.detection, analysis, analyzedAt };
    // The reply matters more than the cache: a storage failure still lets the page highlight.
    await Promise.all([deps.cache.put(tabId, state).catch(() => undefined), deps.badge.showPolicy(tabId, countHighlighted(analysis))]);
  };
  if (deps.tabWork) deps.tabWork.after(tabId, record);
  else await record();
  return {
    ok: true,
    blocks: staged.classified.map((b) => ({ id: b.id, categories: b.categories, evidence: b.evidence })),
    ...(deps.describeRule ? { rules: describeFiredRules(staged.classified, deps.describeRule) } : {}),
  };
}

function analyzeStaged(blocks: Block[], deps: BackgroundDeps): StagedAnalysis {
  if (deps.analyzeInSteps) return deps.analyzeInSteps(blocks);
  const analysis = deps.analyze(blocks);
  return { classified: analysis.blocks, complete: () => analysis };
}

/** The tooltip line of every rule that fired on the page (each once). */
function describeFiredRules(blocks: Analysis['blocks'], describe: (id: string) => string | undefined): { id: string; description: string }[] {
  const lines = new Map<string, string>();
  for (const block of blocks) {
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
  // An earlier analysis of this tab still being recorded must not land on top of this status.
  await deps.tabWork?.settled(tabId);
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
  // The page may have its verdicts while the facts and the cache are still being written.
  await deps.tabWork?.settled(request.tabId);
  const cached = await deps.cache.get(request.tabId);
  if (!cached) return { status: 'unknown' };
  if (request.url !== undefined && !sameDocumentUrl(cached.url, request.url)) return { status: 'unknown', url: request.url };
  return cached;
}

export async function handleTabRemoved(tabId: number, deps: Pick<BackgroundDeps, 'cache' | 'tabWork'>): Promise<void> {
  await deps.tabWork?.settled(tabId);
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
