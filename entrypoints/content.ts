import { startContentScript } from '../src/page/content-boot';

// Stage 1 of the content script: every http(s) page. See src/page/content-stages.ts.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
