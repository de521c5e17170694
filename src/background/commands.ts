import { PageCommandNameSchema, type PageCommandName } from '../messaging/protocol';

/**
 * Keyboard shortcuts (the manifest's `commands`, declared in wxt.config.ts): the browser tells the
 * worker, the worker tells the content script of the active tab (`fp/page-command`), which moves
 * between highlighted blocks or toggles highlights. The page is where the highlights are; the
 * worker only routes. Everything it touches is a parameter, so tests call it directly.
 */

export interface CommandTab {
  id?: number;
}

export interface CommandDeps {
  /** The active tab of the focused window (used when the event does not say which tab). */
  activeTab(): Promise<CommandTab | undefined>;
  /** `tabs.sendMessage` to the top frame of a tab. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
}

export type CommandOutcome = { ok: true; tabId: number; command: PageCommandName; reply: unknown } | { ok: false; error: string };

/**
 * Route one `commands.onCommand` event. Never throws: unknown command names, a missing tab, or a
 * tab without Fineprint's content script (the browser's own pages, the store) give `ok: false`.
 */
export async function handleCommand(command: unknown, tab: CommandTab | undefined, deps: CommandDeps): Promise<CommandOutcome> {
  const parsed = PageCommandNameSchema.safeParse(command);
  if (!parsed.success) return { ok: false, error: `Unknown command ${JSON.stringify(String(command).slice(0, 60))}.` };
  let tabId = tab?.id;
  if (!isTabId(tabId)) {
    try {
      tabId = (await deps.activeTab())?.id;
    } catch {
      tabId = undefined;
    }
  }
  if (!isTabId(tabId)) return { ok: false, error: `${parsed.data}: there is no active tab.` };
  try {
    const reply = await deps.sendToTab(tabId, { type: 'fp/page-command', command: parsed.data });
    return { ok: true, tabId, command: parsed.data, reply };
  } catch (error) {
    // No receiver: a page Fineprint does not run on. Nothing to do there.
    return { ok: false, error: `${parsed.data}: the tab did not answer (${error instanceof Error ? error.message : String(error)}).`.slice(0, 300) };
  }
}

function isTabId(id: unknown): id is number {
  return typeof id === 'number' && Number.isInteger(id) && id >= 0;
}
