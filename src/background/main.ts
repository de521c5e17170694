import { browser } from 'wxt/browser';
import { config as configureZod } from 'zod/mini';
import english from 'zod/v4/locales/en.js';
import { analyzeBlocks, analyzeInSteps } from '../core/analysis';
import { createTabCache } from '../storage/tab-cache';
import type { StorageAreaLike } from '../storage/area';
import { createBadge } from './badge';
import { createAnalysisMemo } from './analysis-memo';
import { createTabWork } from './tab-work';
import { RULES } from '../rules';
import { handleCommand, type CommandDeps } from './commands';
import { handleBackgroundMessage, handleTabRemoved, type BackgroundDeps } from './handlers';
import { ruleDescriber } from './rule-descriptions';

/**
 * Wires the worker. Called synchronously from `entrypoints/background.ts` so the listeners are
 * registered in the first turn of every worker start: an MV3 worker woken by a message only
 * delivers it to listeners that exist by then.
 */
export function startBackground(): void {
  // zod/mini ships no issue texts ("Invalid input"); the worker is not size-bound, so its error
  // replies name what was expected (e.g. "expected number, received string").
  configureZod(english());
  const deps: BackgroundDeps = {
    self: { id: browser.runtime.id, pageOrigin: browser.runtime.getURL('/') },
    cache: createTabCache(browser.storage.session as unknown as StorageAreaLike),
    settings: browser.storage.local as unknown as StorageAreaLike,
    analyze: (blocks) => analyzeBlocks(blocks),
    analyzeInSteps: (blocks) => analyzeInSteps(blocks),
    // The page is answered with its verdicts; facts, tab cache and badge follow (see handlers.ts).
    tabWork: createTabWork({ onError: (error) => console.warn('[Fineprint] could not record an analysis', error) }),
    memo: createAnalysisMemo(),
    badge: createBadge(browser.action),
    // Tooltip lines in the user's language (rule_* messages), English from the registry otherwise.
    describeRule: ruleDescriber(RULES, (key) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0])),
  };
  const commandDeps: CommandDeps = {
    activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => handleBackgroundMessage(message, sender, deps));
  browser.tabs.onRemoved.addListener((tabId) => {
    void handleTabRemoved(tabId, deps);
  });
  // Keyboard shortcuts (manifest `commands`). Absent where the browser has no commands API (Firefox for Android).
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    void handleCommand(command, tab, commandDeps);
  });
}
