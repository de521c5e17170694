import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/**
 * The network audit behind the promise "Fineprint makes no network request of its own". Every
 * browser that `launchWithExtension` starts is watched, and two kinds of request are logged as
 * violations to tests/e2e/.artifacts/network-audit.jsonl:
 *  - any request made by the extension's own contexts (service worker, popup, options or any other
 *    chrome-extension:// page) that leaves the browser (anything but chrome-extension:, data:, blob:);
 *  - any request from the content script (seen through Chrome's initiator stack: a script under
 *    chrome-extension://) that leaves the browser;
 *  - any request at all to a host other than 127.0.0.1 / localhost: the test pages are served locally
 *    and carry no external resource, so such a request can only be the extension's (or Chromium's).
 * Each launch also logs one `launch` record (requests seen, violations), so the final e2e file
 * (tests/e2e/zz-network-audit.e2e.test.ts) can check the whole suite, not just one test file.
 */

export const AUDIT_LOG_NAME = 'network-audit.jsonl';

export interface AuditViolation {
  kind: 'violation';
  run: string;
  testFile: string;
  url: string;
  /** Who made it: 'service-worker', 'extension-page <url>', 'content-script <script url>', 'page <url>'. */
  source: string;
  reason: 'extension-request' | 'foreign-host';
}

export interface AuditLaunch {
  kind: 'launch';
  run: string;
  testFile: string;
  extensionId: string;
  requests: number;
  contentScriptChecks: number;
  violations: number;
}

export type AuditRecord = AuditViolation | AuditLaunch;

/**
 * Which `vitest run` this process belongs to, so the final check reads this run only: the
 * `FP_E2E_RUN_ID` that `npm test` sets, else the vitest main process (the parent of a forked test
 * worker, or this process with the threads pool).
 */
export function auditRunId(): string {
  if (process.env.FP_E2E_RUN_ID) return process.env.FP_E2E_RUN_ID;
  const forked = typeof process.send === 'function' && process.env.VITEST_POOL_ID !== undefined;
  return `pid-${forked ? process.ppid : process.pid}`;
}

/** The e2e test file that launched the browser, from the call stack (for the log). */
function callerTestFile(root: string): string {
  const stack = new Error().stack ?? '';
  const match = stack.match(/(\/[^\s():]+\.(?:e2e\.test|bench[\w-]*)\.ts|\/[^\s():]+scripts\/[^\s():]+\.ts)/);
  return match ? relative(root, match[1]) : 'unknown';
}

/**
 * URLs answered inside the browser: the extension's package (also under the per-session random
 * host Chrome gives `use_dynamic_url` resources, e.g. the content script's stage 2), data: and blob:.
 */
export function staysInBrowser(url: string): boolean {
  return /^(?:chrome-extension|moz-extension|data|blob):/.test(url);
}

export function isLocalHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (!/^(?:https?|wss?):$/.test(protocol)) return true; // data:, blob:, chrome-extension:, about: stay on the machine
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export interface NetworkAudit {
  /** Violations seen so far by this launch. */
  readonly violations: AuditViolation[];
  readonly requestCount: number;
  /** Write the launch record (once; called by `close()` of the launch). */
  finish(): void;
}

export function startNetworkAudit(context: BrowserContext, extensionId: string, artifactsDir: string, root: string): NetworkAudit {
  const run = auditRunId();
  const testFile = callerTestFile(root);
  const logPath = join(artifactsDir, AUDIT_LOG_NAME);
  const violations: AuditViolation[] = [];
  let requests = 0;
  let contentScriptChecks = 0;
  let finished = false;
  const sessions: CDPSession[] = [];

  const write = (record: AuditRecord) => {
    mkdirSync(dirname(logPath), { recursive: true });
    appendFileSync(logPath, JSON.stringify(record) + '\n');
  };
  const violation = (url: string, source: string, reason: AuditViolation['reason']) => {
    const v: AuditViolation = { kind: 'violation', run, testFile, url: url.slice(0, 500), source: source.slice(0, 300), reason };
    violations.push(v);
    write(v);
  };

  const onRequest = (req: Request) => {
    requests++;
    const url = req.url();
    let source = 'unknown';
    let fromExtension = false;
    if (req.serviceWorker()) {
      source = `service-worker ${req.serviceWorker()!.url()}`;
      fromExtension = req.serviceWorker()!.url().startsWith('chrome-extension://');
    } else {
      try {
        const frameUrl = req.frame().url();
        fromExtension = frameUrl.startsWith('chrome-extension://');
        source = `${fromExtension ? 'extension-page' : 'page'} ${frameUrl}`;
      } catch {
        // A request without a frame or worker (e.g. a browser-initiated one): judged by its host.
      }
    }
    if (fromExtension && !staysInBrowser(url)) violation(url, source, 'extension-request');
    else if (!isLocalHost(url)) violation(url, source, 'foreign-host');
  };
  context.on('request', onRequest);

  // Content-script requests carry the page's frame; Chrome's initiator stack says who asked.
  const watchPage = async (page: Page) => {
    if (page.url().startsWith('chrome-extension://')) return;
    try {
      const session = await context.newCDPSession(page);
      sessions.push(session);
      session.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator?: { url?: string; stack?: StackLike } }) => {
        contentScriptChecks++;
        const script = extensionScriptOf(e.initiator);
        if (script && !staysInBrowser(e.request.url)) violation(e.request.url, `content-script ${script}`, 'extension-request');
      });
      await session.send('Network.enable');
    } catch {
      // The page closed before the session attached: nothing it could have requested is lost to
      // the context-wide request log above.
    }
  };
  for (const page of context.pages()) void watchPage(page);
  context.on('page', (page) => void watchPage(page));

  return {
    violations,
    get requestCount() {
      return requests;
    },
    finish() {
      if (finished) return;
      finished = true;
      context.off('request', onRequest);
      write({ kind: 'launch', run, testFile, extensionId, requests, contentScriptChecks, violations: violations.length });
    },
  };
}

interface StackLike {
  callFrames: { url: string }[];
  parent?: StackLike;
}

function extensionScriptOf(initiator: { url?: string; stack?: StackLike } | undefined): string | null {
  if (!initiator) return null;
  if (initiator.url?.startsWith('chrome-extension://')) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url.startsWith('chrome-extension://'));
    if (frame) return frame.url;
  }
  return null;
}

/** Every record of the audit log (empty when there is none yet). */
export function readAuditLog(artifactsDir: string): AuditRecord[] {
  const path = join(artifactsDir, AUDIT_LOG_NAME);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AuditRecord);
}
