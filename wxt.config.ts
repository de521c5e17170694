import { defineConfig } from 'wxt';

// Fineprint's build. WXT writes the MV3 manifest for Chrome and Firefox from this file and
// the entrypoints/ folder. The polyfill module makes `browser` (from `wxt/browser`) the same
// promise-based webextension-polyfill API in every context on both browsers.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Fineprint',
    description: 'Reads privacy policies for you: what is collected, who gets it, what you can do. Entirely on your device.',
    // storage: the per-tab summary cache (storage.session) and the per-site highlight settings (storage.local).
    permissions: ['storage'],
    action: { default_title: 'Fineprint' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fineprint@fineprint.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
