import type * as z from 'zod/mini';
import {
  AnalyzeReplySchema,
  ContentRequestSchema,
  ErrorReplySchema,
  type AnalyzePageSchema,
  type Detection,
  type PageInfo,
  type PageStatusSchema,
  type PolicyLink,
} from '../messaging/protocol';
import { describeIssues, errorReply, messageTypeOf, senderProblem, type SenderLike } from '../messaging/guard';
import { sendWithRetry } from '../messaging/retry';
import type { StorageAreaLike } from '../storage/area';
import { getSiteHighlights, setSiteHighlights } from '../storage/settings';
import { recallFollowedLink } from '../storage/followed-link-schema';
import { extractBlocks, type PageBlock } from './blocks';
import type { ContentRuntime, FullPage } from './content-stages';
import { detectPolicy, precheck, type privacySectionOf } from './detect';
import { PageHighlighter, type HighlightEnvironment, type HighlightTarget } from './highlight';
import { showLegend, type Legend } from './legend';
import { findPolicyLink } from './policy-link';
import { scrollToBlock } from './scroll';
import { readText } from './text';

/**
 * Stage 2 of the content script (see src/page/content-stages.ts): one view of a page that the
 * precheck did not rule out, or that the popup asked about. On an English policy it reads the
 * blocks, asks the background worker to classify them and highlights the result; the popup talks
 * to it through `fp/get-page-info`, `fp/set-highlights` and `fp/scroll-to`. No classifier and no
 * compromise here: classification is the background's job. Messages are parsed with the protocol's
 * own schemas (zod/mini).
 */

type AnalyzePageMessage = z.infer<typeof AnalyzePageSchema>;
type PageStatusMessage = z.infer<typeof PageStatusSchema>;
type Status = PageInfo['status'];

const MAX_URL = 8192;
const MAX_TITLE = 2000;
const MAX_BLOCKS = 20_000;

/** The page-reading functions (owned by the detection and page-reading work), injectable for tests. */
export interface PageReading {
  precheck: typeof precheck;
  detectPolicy: typeof detectPolicy;
  extractBlocks: typeof extractBlocks;
  findPolicyLink: typeof findPolicyLink;
  readText: typeof readText;
  /** Which blocks are the policy when it is a section of another document (optional: whole page). */
  privacySectionOf?: typeof privacySectionOf;
}

export interface PolicyPageDeps {
  doc: Document;
  win: Pick<Window, 'innerHeight' | 'scrollBy' | 'matchMedia'>;
  href: string;
  hostname: string;
  runtime: ContentRuntime;
  /** browser.storage.local */
  storage: StorageAreaLike;
  reading: PageReading;
  /** null when the CSS Custom Highlight API is missing. */
  highlightEnv: HighlightEnvironment | null;
  retry?: { attempts?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void> };
  /**
   * Tell the background even when the precheck rules the page out. Set after an in-page (SPA)
   * navigation away from a policy: browsers reset the badge only on real navigations.
   */
  reportNotPolicy?: boolean;
  /** The precheck already ruled this view out (stage 1): start as not-policy without running. */
  ruledOut?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export class PolicyPage implements FullPage {
  status: Status = 'pending';
  /** True when the cheap precheck alone ruled the page out (a late re-check may be worth it). */
  stoppedAtPrecheck = false;
  private error: string | undefined;
  private detection: Detection | null = null;
  private elements = new Map<number, Element>();
  private verdicts: { id: number; categories: string[] }[] = [];
  private highlightsEnabled = true;
  private choiceMade = false;
  private settingsLoaded: Promise<void>;
  private readonly highlighter: PageHighlighter | null;
  private legend: Legend | null = null;
  private legendDismissed = false;
  private policyLink: PolicyLink | null | undefined;
  private disposed = false;

  constructor(private readonly deps: PolicyPageDeps) {
    this.highlighter = deps.highlightEnv ? new PageHighlighter(deps.highlightEnv) : null;
    this.settingsLoaded = Promise.resolve();
    if (deps.ruledOut) {
      this.status = 'not-policy';
      this.stoppedAtPrecheck = true;
    }
  }

  /** Detect, read and analyze the page. Resolves when the page has its final status. */
  async run(): Promise<void> {
    const { reading, doc, href } = this.deps;
    let pageBlocks: PageBlock[];
    try {
      // The text of the privacy link the user followed here, if any (remembered by stage 1).
      const linkText = await recallFollowedLink(this.deps.storage, href, Date.now()).catch(() => undefined);
      if (!reading.precheck(doc, href, { linkText }).maybe) {
        this.status = 'not-policy';
        this.stoppedAtPrecheck = true;
        if (this.deps.reportNotPolicy) await this.reportStatus('not-policy');
        return;
      }
      // Read the blocks once: the detector scores them and, on a policy, they are what gets analyzed.
      pageBlocks = reading.extractBlocks(doc).slice(0, MAX_BLOCKS);
      this.detection = reading.detectPolicy(doc, { url: href, blocks: pageBlocks, linkText });
    } catch (error) {
      this.deps.log?.('Fineprint could not read this page', error);
      this.status = 'not-policy';
      return;
    }
    if (!this.detection.isPolicy) {
      this.status = 'not-policy';
      await this.reportStatus('not-policy');
      return;
    }
    if (!isEnglish(this.detection.language)) {
      this.status = 'unsupported-language';
      await this.reportStatus('unsupported-language');
      return;
    }
    // A Terms page carrying its privacy statement: only that section is classified and highlighted.
    if (reading.privacySectionOf && this.detection.signals.some((s) => s.startsWith('embedded-privacy-section'))) {
      try {
        const section = reading.privacySectionOf(doc, pageBlocks, { url: href });
        if (section) pageBlocks = pageBlocks.slice(section.start, section.end);
      } catch (error) {
        this.deps.log?.('Fineprint could not find the privacy section; reading the whole page', error);
      }
    }
    this.settingsLoaded = getSiteHighlights(this.deps.storage, this.deps.hostname).then(
      // A choice made through the popup while this was loading wins over the stored one.
      (enabled) => void (this.choiceMade || (this.highlightsEnabled = enabled)),
      () => undefined,
    );
    for (const { block, element } of pageBlocks) this.elements.set(block.id, element);
    const message: AnalyzePageMessage = {
      type: 'fp/analyze-page',
      url: href.slice(0, MAX_URL),
      title: doc.title.slice(0, MAX_TITLE),
      detection: this.detection,
      blocks: pageBlocks.map((p) => p.block),
    };
    let reply: unknown;
    try {
      reply = await sendWithRetry(() => this.deps.runtime.sendMessage(message), {
        ...this.deps.retry,
        shouldStop: () => this.disposed || !this.deps.runtime.id,
      });
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.disposed) return;
    const ok = AnalyzeReplySchema.safeParse(reply);
    if (!ok.success) {
      const refused = ErrorReplySchema.safeParse(reply);
      this.fail(refused.success ? refused.data.error : `Unexpected reply from the background worker (${describeIssues(ok.error.issues)}).`);
      return;
    }
    this.verdicts = ok.data.blocks.map((b) => ({ id: b.id, categories: b.categories }));
    this.status = 'policy';
    await this.settingsLoaded;
    this.applyHighlights();
  }

  /** `runtime.onMessage` listener body: guard, parse, dispatch. Always answers. */
  async onMessage(message: unknown, sender: SenderLike | undefined): Promise<unknown> {
    const self = { id: this.deps.runtime.id ?? '', pageOrigin: safeGetUrl(this.deps.runtime) };
    const problem = senderProblem(sender, 'extension', self);
    if (problem) return errorReply(problem);
    const parsed = ContentRequestSchema.safeParse(message);
    if (!parsed.success) {
      return errorReply(
        `Rejected message ${messageTypeOf(message)}: expected fp/get-page-info, fp/set-highlights or fp/scroll-to with a valid body (${describeIssues(parsed.error.issues)}).`,
      );
    }
    const request = parsed.data;
    switch (request.type) {
      case 'fp/get-page-info':
        await this.settingsLoaded;
        return this.pageInfo();
      case 'fp/set-highlights':
        return this.setHighlights(request.enabled);
      case 'fp/scroll-to': {
        if (this.status !== 'policy') return errorReply(`fp/scroll-to: this page has no analysis (status ${this.status}).`);
        const result = scrollToBlock(this.elements.get(request.block), request, {
          win: this.deps.win,
          highlightEnv: this.deps.highlightEnv,
          highlighter: this.highlighter,
        });
        return result.ok ? { ok: true } : errorReply(result.error);
      }
    }
  }

  get href(): string {
    return this.deps.href;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  pageInfo(): PageInfo {
    return {
      url: this.deps.href.slice(0, MAX_URL),
      title: this.deps.doc.title.slice(0, MAX_TITLE),
      status: this.status,
      highlights: this.highlighter !== null && this.highlightsEnabled,
      policyLink: this.status === 'not-policy' ? this.lazyPolicyLink() : null,
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** Turn highlights on or off here and remember the choice for the whole site. */
  async setHighlights(enabled: boolean): Promise<PageInfo> {
    this.choiceMade = true;
    this.highlightsEnabled = enabled;
    if (enabled) this.legendDismissed = false;
    this.applyHighlights();
    try {
      await setSiteHighlights(this.deps.storage, this.deps.hostname, enabled);
    } catch (error) {
      this.deps.log?.('Fineprint could not save the highlight setting', error);
    }
    return this.pageInfo();
  }

  /** The extension was reloaded or removed: leave the page exactly as it was. */
  dispose(): void {
    this.disposed = true;
    this.highlighter?.dispose();
    this.legend?.remove();
    this.legend = null;
  }

  private applyHighlights(): void {
    if (this.disposed || !this.highlighter) return;
    if (this.status !== 'policy' || !this.highlightsEnabled) {
      this.highlighter.hide();
      this.legend?.remove();
      this.legend = null;
      return;
    }
    const targets: HighlightTarget[] = [];
    for (const verdict of this.verdicts) {
      const element = this.elements.get(verdict.id);
      if (element) targets.push({ element, categories: verdict.categories });
    }
    const counts = this.highlighter.show(targets);
    if (this.legendDismissed) return;
    if (this.legend && this.legend.host.isConnected) {
      this.legend.update(counts);
      return;
    }
    this.legend = showLegend({
      doc: this.deps.doc,
      counts,
      onHideHighlights: () => void this.setHighlights(false),
      onClose: () => {
        this.legendDismissed = true;
        this.legend = null;
      },
    });
  }

  private lazyPolicyLink(): PolicyLink | null {
    if (this.policyLink === undefined) {
      try {
        this.policyLink = this.deps.reading.findPolicyLink(this.deps.doc, this.deps.href);
      } catch (error) {
        this.deps.log?.('Fineprint could not look for a policy link', error);
        this.policyLink = null;
      }
    }
    return this.policyLink;
  }

  private fail(error: string): void {
    this.status = 'policy';
    this.error = error;
    this.verdicts = [];
    this.applyHighlights();
  }

  private async reportStatus(status: PageStatusMessage['status']): Promise<void> {
    const message: PageStatusMessage = {
      type: 'fp/page-status',
      url: this.deps.href.slice(0, MAX_URL),
      status,
      ...(this.detection ? { detection: this.detection } : {}),
    };
    // Informational (badge, popup cache): one try, a missing worker is not worth retrying for.
    await this.deps.runtime.sendMessage(message).catch(() => undefined);
  }
}

/** 'en', 'en-US', 'en_GB' … */
export function isEnglish(language: string): boolean {
  return /^en(?:[-_]|$)/i.test(language);
}

function safeGetUrl(runtime: PolicyPageDeps['runtime']): string {
  try {
    return runtime.getURL('/');
  } catch {
    return '';
  }
}
