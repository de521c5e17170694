/**
 * Who may talk to whom. Every receiver (background worker, content script) checks the sender
 * before it looks at the message, then parses the message with its zod schema; anything else is
 * answered with an `ErrorReply` whose text says what should have been sent (Privacy Badger style).
 * No zod import here, so stage 1 of the content script (every page) can refuse strangers without any zod.
 */

/** The parts of `runtime.MessageSender` the guards read. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who is expected on the other end of a message. */
export type ExpectedSender =
  /** A content script of this extension, running in a tab. */
  | 'tab'
  /** A page of this extension (the popup): its URL is under the extension's own origin. */
  | 'extension-page'
  /** Any context of this extension. */
  | 'extension';

export interface SelfIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc…/` */
  pageOrigin: string;
}

/** Why the sender may not send this message, or null when it may. */
export function senderProblem(sender: SenderLike | undefined, expected: ExpectedSender, self: SelfIdentity): string | null {
  if (!sender || !self.id || sender.id !== self.id) return 'Rejected: the sender is not this extension.';
  if (expected === 'tab') {
    const tabId = sender.tab?.id;
    // A content script runs in a web page; an extension page opened in a tab has a tab too,
    // but its URL is the extension's own. Fineprint's content script runs in top frames only.
    if (
      typeof tabId !== 'number' ||
      !Number.isInteger(tabId) ||
      tabId < 0 ||
      isExtensionUrl(sender.url, self) ||
      (sender.frameId !== undefined && sender.frameId !== 0)
    ) {
      return 'Rejected: this message must come from the content script in a tab.';
    }
  }
  if (expected === 'extension-page') {
    // The popup has no tab; an extension page opened in a tab (as the end-to-end tests do) does,
    // but its URL is still under the extension's origin, unlike a content script's page URL.
    if (!isExtensionUrl(sender.url, self)) return 'Rejected: this message must come from an extension page (the popup).';
  }
  return null;
}

function isExtensionUrl(url: string | undefined, self: SelfIdentity): boolean {
  return typeof url === 'string' && self.pageOrigin.length > 0 && url.startsWith(self.pageOrigin);
}

/** The shape zod issues have in both classic zod and zod/mini. */
export interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/**
 * A short, safe description of why a message did not parse. Lists at most three issues and never
 * echoes the offending values (they may be huge or hostile page text).
 */
export function describeIssues(issues: readonly IssueLike[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path.map((p) => String(p)).join('.').slice(0, 80);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** The `type` of a message, for error texts, or a placeholder when there is none. */
export function messageTypeOf(message: unknown): string {
  if (message && typeof message === 'object' && 'type' in message) {
    const type = (message as { type: unknown }).type;
    if (typeof type === 'string') return JSON.stringify(type.slice(0, 60));
  }
  return '(no type)';
}

export interface ErrorReplyValue {
  ok: false;
  error: string;
}

export function errorReply(error: string): ErrorReplyValue {
  return { ok: false, error };
}
