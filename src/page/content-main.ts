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
import { loadSettings, setSiteHighlights, siteHighlights, watchSettings, type Settings } from '../storage/settings';
import { CATEGORY_INFO, categoryColours, categoryInfo, paletteForcesDarkText, type Category, type CategoryInfo, type Palette } from '../core/categories';
import { recallFollowedLink } from '../storage/followed-link-schema';
import { extractBlocks, type PageBlock } from './blocks';
import type { ContentRuntime, FullPage } from './content-stages';
import { detectPolicy, precheck, type privacySectionOf } from './detect';
import { HIGHLIGHTED_CATEGORIES, PageHighlighter, type CategoryCounts, type HighlightEnvironment, type HighlightTarget, type HighlightedCategory } from './highlight';
import { DEFAULT_PLACEMENT, showLegend, type Legend, type LegendPlacement } from './legend';
import type { Direction } from './navigation';
import { TooltipController, type TooltipControllerDeps } from './tooltip-controller';
import { explainBlock, type EvidenceLike } from './tooltip-content';
import { findPolicyLink } from './policy-link';
import { scrollToBlock } from './scroll';
import { readText } from './text';

/**
 * Stage 2 of the content script (see src/page/content-stages.ts): one view of a page that the
 * precheck did not rule out, or that the popup asked about. On an English policy it reads the
 * blocks, asks the background worker to classify them and highlights the result; the popup talks
 * to it through `fp/get-page-info`, `fp/set-highlights` and `fp/scroll-to`, the worker forwards the
 * keyboard shortcuts as `fp/page-command`. The legend's category toggles, its "previous / next"
 * buttons and the "why is this highlighted" tooltip are wired here. No classifier and no
 * compromise here: classification is the background's job. Messages are parsed with the protocol's
 * own schemas (zod/mini).
 */

type AnalyzePageMessage = z.infer<typeof AnalyzePageSchema>;
type PageStatusMessage = z.infer<typeof PageStatusSchema>;
type Status = PageInfo['status'];

const MAX_URL = 8192;
const MAX_TITLE = 2000;
const MAX_BLOCKS = 20_000;
/** Longest stretch of range preparing without letting the worker's answer in (see `prepareHighlights`). */
const PREPARE_SLICE_MS = 8;

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
  /**
   * Hit-testing and geometry for the tooltip and the next/previous navigation
   * (src/page/tooltip-controller.ts); none: no tooltip (highlights and legend still work).
   */
  pointer?: Pick<TooltipControllerDeps, 'win' | 'hitTest' | 'rectsOf' | 'boundsOf'>;
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
  private verdicts: Verdict[] = [];
  /** The last fp/analyze-page sent, kept for `reanalyze`. */
  private analyzeMessage: AnalyzePageMessage | null = null;
  private verdictById = new Map<number, Verdict>();
  /** Text and section of each analyzed block, for the tooltip's matched words. */
  private blockTexts = new Map<number, { text: string; section: string }>();
  /** The one line on each rule that fired, sent by the worker. */
  private ruleLines = new Map<string, string>();
  /** Categories not shown on this page: the options page's default, then the legend's toggles. */
  private hiddenCategories = new Set<HighlightedCategory>();
  private info: Record<Category, CategoryInfo> = CATEGORY_INFO;
  private counts: CategoryCounts = {};
  private legendPlacement: LegendPlacement = { ...DEFAULT_PLACEMENT };
  private readonly tooltips: TooltipController | null;
  private highlightsEnabled = true;
  private choiceMade = false;
  private stopWatchingSettings: () => void = () => undefined;
  /** The stored categories and palette last applied (so unrelated setting changes leave them be). */
  private categoriesShownKey: string | null = null;
  private palette: Palette | null = null;
  private settingsLoaded: Promise<void>;
  private readonly highlighter: PageHighlighter | null;
  private legend: Legend | null = null;
  private legendDismissed = false;
  private policyLink: PolicyLink | null | undefined;
  private disposed = false;

  constructor(private readonly deps: PolicyPageDeps) {
    this.highlighter = deps.highlightEnv ? new PageHighlighter(deps.highlightEnv) : null;
    this.tooltips =
      this.highlighter && deps.pointer
        ? new TooltipController({
            doc: deps.doc,
            highlighter: this.highlighter,
            explain: (id, category) => this.explain(id, category),
            info: () => this.info,
            ...deps.pointer,
          })
        : null;
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
    // Both storage reads start now and are awaited only where needed: on a policy page the page is
    // read (blocks, detection) while they are under way instead of after them.
    // The text of the privacy link the user followed here, if any (remembered by stage 1).
    const linkTextRead = recallFollowedLink(this.deps.storage, href, Date.now()).catch(() => undefined);
    const settingsRead = loadSettings(this.deps.storage);
    settingsRead.catch(() => undefined); // read below on a policy; a failure must not go unhandled
    try {
      // Stage 1's precheck said "maybe" without the link text; only a page it ruled out (the popup
      // asking) needs the link text to decide.
      let linkText: string | undefined;
      if (!reading.precheck(doc, href).maybe) {
        linkText = await linkTextRead;
        if (!reading.precheck(doc, href, { linkText }).maybe) {
          this.status = 'not-policy';
          this.stoppedAtPrecheck = true;
          if (this.deps.reportNotPolicy) await this.reportStatus('not-policy');
          return;
        }
      }
      // Read the blocks once: the detector scores them and, on a policy, they are what gets analyzed.
      pageBlocks = reading.extractBlocks(doc).slice(0, MAX_BLOCKS);
      linkText ??= await linkTextRead;
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
    this.settingsLoaded = settingsRead.then(
      (settings) => this.useSettings(settings, false),
      () => undefined,
    );
    // Changes made in the options page (or the popup in another tab of this site) apply at once.
    this.stopWatchingSettings();
    this.stopWatchingSettings = watchSettings(this.deps.storage, (settings) => {
      this.useSettings(settings, true);
      this.applyHighlights();
    });
    for (const { block, element } of pageBlocks) {
      this.elements.set(block.id, element);
      this.blockTexts.set(block.id, { text: block.text, section: block.section });
    }
    const message: AnalyzePageMessage = {
      type: 'fp/analyze-page',
      url: href.slice(0, MAX_URL),
      title: doc.title.slice(0, MAX_TITLE),
      detection: this.detection,
      blocks: pageBlocks.map((p) => p.block),
    };
    this.analyzeMessage = message;
    let reply: unknown;
    try {
      const replied = sendWithRetry(() => this.deps.runtime.sendMessage(message), {
        ...this.deps.retry,
        shouldStop: () => this.disposed || !this.deps.runtime.id,
      });
      let answered = false;
      void replied.then(
        () => (answered = true),
        () => (answered = true),
      );
      // The worker classifies for tens of milliseconds: meanwhile, work out where the highlights go.
      await this.prepareHighlights(() => answered);
      reply = await replied;
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
    this.verdicts = ok.data.blocks.map((b) => ({ id: b.id, categories: b.categories, evidence: b.evidence }));
    this.verdictById = new Map(this.verdicts.map((v) => [v.id, v]));
    this.ruleLines = new Map((ok.data.rules ?? []).map((r) => [r.id, r.description]));
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
        `Rejected message ${messageTypeOf(message)}: expected fp/get-page-info, fp/set-highlights, fp/scroll-to or fp/reanalyze (popup), or fp/page-command (keyboard shortcut), with a valid body (${describeIssues(parsed.error.issues)}).`,
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
      case 'fp/reanalyze':
        return this.reanalyze();
      case 'fp/page-command': {
        if (this.status !== 'policy') return errorReply(`fp/page-command: this page has no analysis (status ${this.status}).`);
        await this.settingsLoaded;
        if (request.command === 'toggle-highlights') return this.setHighlights(!this.highlightsEnabled);
        return this.navigate(request.command === 'next-highlight' ? 1 : -1);
      }
    }
  }

  /**
   * Send the page's analysis request again (the popup found it highlighted but the worker has no
   * summary: the worker was stopped after answering, before recording it). The highlights stay
   * as they are; the worker records the summary this time.
   */
  async reanalyze(): Promise<{ ok: true } | { ok: false; error: string }> {
    const message = this.analyzeMessage;
    if (this.status !== 'policy' || !message) return errorReply(`fp/reanalyze: this page has no analysis to send again (status ${this.status}).`);
    try {
      const reply = await sendWithRetry(() => this.deps.runtime.sendMessage(message), {
        ...this.deps.retry,
        shouldStop: () => this.disposed || !this.deps.runtime.id,
      });
      return AnalyzeReplySchema.safeParse(reply).success ? { ok: true } : errorReply('fp/reanalyze: the worker did not accept the analysis.');
    } catch (error) {
      return errorReply(`fp/reanalyze: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Go to the next or previous visible highlighted block and explain it (keyboard shortcuts, legend buttons). */
  navigate(direction: Direction): { ok: true; index: number; total: number; block: number | null } | { ok: false; error: string } {
    if (!this.highlightsEnabled || !this.highlighter?.isShown) return errorReply('Highlights are off on this page.');
    if (!this.tooltips) return errorReply('This browser cannot point at highlighted paragraphs.');
    const result = this.tooltips.navigate(direction);
    if (!result.ok || result.index === undefined) return errorReply('No highlighted paragraph is shown on this page.');
    return { ok: true, index: result.index, total: result.total, block: result.blockId ?? null };
  }

  /** Show or hide one category on this page only (legend toggle); nothing is stored. */
  setCategoryVisible(category: HighlightedCategory, visible: boolean): void {
    if (visible) this.hiddenCategories.delete(category);
    else this.hiddenCategories.add(category);
    this.highlighter?.setHiddenCategories(this.hiddenCategories);
    this.tooltips?.refresh();
    this.legend?.update(this.counts, this.hiddenCategories);
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
    this.stopWatchingSettings();
    this.tooltips?.detach();
    this.highlighter?.dispose();
    this.legend?.remove();
    this.legend = null;
  }

  /**
   * Prepare the highlights' ranges (`PageHighlighter.prepare`) a slice at a time until done or
   * until the worker has answered (`answered`): a page it answers at once from its memo (a policy
   * read again) is not held up, and `show` works out whatever is left.
   */
  private async prepareHighlights(answered: () => boolean): Promise<void> {
    const highlighter = this.highlighter;
    if (!highlighter) return;
    const elements = [...this.elements.values()];
    let next = 0;
    try {
      while (next < elements.length && !answered() && !this.disposed) {
        const until = performance.now() + PREPARE_SLICE_MS;
        const start = next;
        while (next < elements.length && (next === start || performance.now() < until)) highlighter.prepare([elements[next++]]);
        // Let the worker's answer in (a task of its own) before the next slice.
        if (next < elements.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } catch (error) {
      // Only a head start: `show` works the ranges out itself.
      this.deps.log?.('Fineprint could not prepare the highlights', error);
    }
  }

  private applyHighlights(): void {
    if (this.disposed || !this.highlighter) return;
    if (this.status !== 'policy' || !this.highlightsEnabled) {
      this.tooltips?.detach();
      this.highlighter.hide();
      this.legend?.remove();
      this.legend = null;
      return;
    }
    const targets: HighlightTarget[] = [];
    for (const verdict of this.verdicts) {
      const element = this.elements.get(verdict.id);
      if (element) targets.push({ element, categories: verdict.categories, id: verdict.id });
    }
    this.highlighter.setHiddenCategories(this.hiddenCategories);
    const counts = this.highlighter.show(targets);
    this.counts = counts;
    this.tooltips?.attach();
    if (this.legendDismissed) return;
    if (this.legend && this.legend.host.isConnected) {
      this.legend.update(counts, this.hiddenCategories);
      return;
    }
    this.legend = showLegend({
      doc: this.deps.doc,
      counts,
      hidden: this.hiddenCategories,
      info: this.info,
      placement: this.legendPlacement,
      onHideHighlights: () => void this.setHighlights(false),
      onToggleCategory: (category, visible) => this.setCategoryVisible(category, visible),
      onNavigate: (direction) => void this.navigate(direction),
      onPlacementChange: (placement) => (this.legendPlacement = placement),
      onClose: () => {
        this.legendDismissed = true;
        this.legend = null;
      },
    });
  }

  /**
   * Take the user's settings (options page): categories shown, palette, this site's highlights.
   * On load, a choice made through the popup meanwhile wins over the stored one; a stored change
   * arriving later (`live`) is the newest choice and wins, and replaces the legend's toggles.
   */
  private useSettings(settings: Settings, live: boolean): void {
    if (live || !this.choiceMade) this.highlightsEnabled = siteHighlights(settings, this.deps.hostname);
    // Another setting changing (this site's highlights, say) keeps the legend's toggles.
    const shownKey = settings.categoriesShown.join();
    if (shownKey !== this.categoriesShownKey) {
      this.categoriesShownKey = shownKey;
      const shown = new Set<string>(settings.categoriesShown);
      this.hiddenCategories = new Set(HIGHLIGHTED_CATEGORIES.filter((c) => !shown.has(c)));
    }
    if (settings.palette === this.palette) return;
    this.palette = settings.palette;
    if (live) {
      // The legend's swatches take the new colours when it is drawn again.
      this.legend?.remove();
      this.legend = null;
    }
    this.info = categoryInfo(settings.palette);
    this.highlighter?.setColours(categoryColours(settings.palette), paletteForcesDarkText(settings.palette));
  }

  /** The tooltip's explanation of block `id`, highlighted in `category`. */
  private explain(id: number | undefined, category: HighlightedCategory) {
    if (id === undefined) return null;
    const verdict = this.verdictById.get(id);
    const text = this.blockTexts.get(id);
    if (!verdict || !text) return null;
    return explainBlock({ ...text, categories: verdict.categories, evidence: verdict.evidence }, category, (rule) => this.ruleLines.get(rule));
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

interface Verdict {
  id: number;
  categories: string[];
  evidence: EvidenceLike[];
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
