import type { SenderLike } from '../messaging/guard';
import type { PageInfo } from '../messaging/protocol';
import type { StorageAreaLike } from '../storage/area';

/**
 * The contract between the two stages of the content script.
 *
 * Stage 1 (`entrypoints/content.ts` → `src/page/content-boot.ts`) runs on every http(s) page: it
 * registers the message listener and runs the precheck, nothing else. Stage 2
 * (`entrypoints/content-full.ts` → `src/page/content-full.ts`: full detection, block extraction,
 * messaging to the background, highlights, legend, scroll, policy link) is loaded with a dynamic
 * `import()` of its extension URL only when the precheck says "maybe" or the popup asks.
 *
 * An imported script runs in the importing content script's isolated world (same global, same
 * `browser`), so stage 2 hands itself over through a property of that global; the page's own
 * scripts live in another world and cannot see or replace it.
 */

/** Stage 2's file in the build (an unlisted script, web-accessible to http(s) pages). */
export const FULL_STAGE_PATH = '/content-full.js';
/** The isolated-world global property under which stage 2 publishes itself. */
export const FULL_STAGE_GLOBAL = '__fineprintContentFull';

/** The part of `browser.runtime` both stages use; stage 1 passes its own to stage 2. */
export interface ContentRuntime {
  readonly id: string | undefined;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
}

export interface FullPageOptions {
  runtime: ContentRuntime;
  /** browser.storage.local */
  storage: StorageAreaLike;
  /** Report not-policy to the background even when the precheck rules the page out (after an in-page navigation away from a policy). */
  reportNotPolicy: boolean;
  /** Stage 1's precheck already ruled this view out: start as not-policy, do not run. */
  ruledOut: boolean;
}

/** One view (URL) of the page as stage 2 handles it. */
export interface FullPage {
  readonly status: PageInfo['status'];
  /** True when the precheck alone ruled the page out (a late re-check may be worth it). */
  readonly stoppedAtPrecheck: boolean;
  /** Detect, read and analyze the page. Resolves when the page has its final status. */
  run(): Promise<void>;
  /** `runtime.onMessage` body: guard, parse, dispatch. Always answers. */
  onMessage(message: unknown, sender: SenderLike | undefined): Promise<unknown>;
  /** Leave the page exactly as it was (extension reloaded, or the view changed). */
  dispose(): void;
}

export interface FullStage {
  createPage(options: FullPageOptions): FullPage;
}
