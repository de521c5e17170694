import { extractBlocks } from './blocks';
import { PolicyPage, type PageReading } from './content-main';
import { FULL_STAGE_GLOBAL, type FullStage } from './content-stages';
import { detectPolicy, precheck, privacySectionOf } from './detect';
import { browserHighlightEnvironment } from './highlight';
import { findPolicyLink } from './policy-link';
import { readText } from './text';
import { browserHitTest } from './tooltip-controller';

/**
 * Stage 2 wired to the real page. Takes `browser.runtime`/`storage.local` from stage 1 rather than
 * importing `wxt/browser`, so this bundle carries no second copy of the polyfill.
 */
export function createFullStage(): FullStage {
  const reading: PageReading = { precheck, detectPolicy, extractBlocks, findPolicyLink, readText, privacySectionOf };
  return {
    createPage: ({ runtime, storage, reportNotPolicy, ruledOut }) =>
      new PolicyPage({
        doc: document,
        win: window,
        href: location.href,
        hostname: location.hostname,
        runtime,
        storage,
        reading,
        highlightEnv: browserHighlightEnvironment(document, readText),
        pointer: {
          win: window,
          hitTest: browserHitTest(document),
          rectsOf: (range) => [...(range as Range).getClientRects()],
          boundsOf: (range) => (range as Range).getBoundingClientRect(),
        },
        reportNotPolicy,
        ruledOut,
        log: (message, error) => console.debug(`[Fineprint] ${message}`, error),
      }),
  };
}

/** Runs when stage 1 imports this script: hand stage 2 over through the isolated world's global. */
export function publishFullStage(): void {
  (globalThis as Record<string, unknown>)[FULL_STAGE_GLOBAL] = createFullStage();
}
