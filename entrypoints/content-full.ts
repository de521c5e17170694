import { publishFullStage } from '../src/page/content-full';

// Stage 2 of the content script, imported by stage 1 (entrypoints/content.ts) only on pages that
// may be a policy or that the popup asks about. See src/page/content-stages.ts.
export default defineUnlistedScript(() => {
  publishFullStage();
});
