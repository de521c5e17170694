import { defineConfig } from 'wxt';

// Fineprint's build. WXT writes the MV3 manifest for Chrome and Firefox from this file and
// the entrypoints/ folder. The polyfill module makes `browser` (from `wxt/browser`) the same
// promise-based webextension-polyfill API in every context on both browsers.
//
// No host permissions: the content script's `matches` (entrypoints/content.ts) is what lets it
// read http(s) pages, and all analysis happens on the device, so Fineprint makes no requests.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// FINEPRINT_OUT_DIR lets parallel work (or a second checkout) build without overwriting the
// extension another test run has loaded; the e2e helpers read the same variable.
export default defineConfig({
  outDir: process.env.FINEPRINT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      // storage: the per-tab summary cache (storage.session, survives the worker being stopped)
      // and the per-site highlight setting (storage.local). Nothing else is needed: the badge
      // (action API), tabs.onRemoved and messaging need no permission.
      'storage',
    ],
    icons: ICONS,
    // Stage 2 of the content script (entrypoints/content-full.ts), which stage 1 loads with a
    // dynamic import() only on pages that may be a policy. A content script's import() is fetched
    // on behalf of the page, so the file must be web-accessible there; Chrome's dynamic URL
    // (a per-session id) keeps pages from probing for the extension with it. Firefox already
    // uses a random per-install host for moz-extension:// URLs.
    web_accessible_resources: [
      {
        resources: ['content-full.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: 'Fineprint', default_icon: ICONS },
    // Keyboard shortcuts on a highlighted policy page (src/background/commands.ts forwards them to
    // the tab). Alt+Shift+letter: Chrome requires Ctrl or Alt, and Chrome and Firefox use neither
    // Alt+Shift+J, K nor H themselves (Alt+Shift+I, T, A and B are Chrome's). On macOS Option+Shift
    // types characters (Ô, , Ó), so there it is Control+Shift. Users can change them in
    // chrome://extensions/shortcuts or about:addons.
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' },
        description: '__MSG_cmd_next_highlight__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
        description: '__MSG_cmd_previous_highlight__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H', mac: 'MacCtrl+Shift+H' },
        description: '__MSG_cmd_toggle_highlights__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox 140 (the current ESR) is the first with both the CSS Custom Highlight API
          // (inline highlights) and `data_collection_permissions`; Firefox for Android has the
          // latter from 142.
          browser_specific_settings: {
            gecko: {
              id: 'fineprint@fineprint.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
