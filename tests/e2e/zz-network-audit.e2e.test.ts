import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, EXTENSION_DIR, ROOT, launchWithExtension, openPopup, stopExtensionWorker, tabIdOf, waitForHighlights, type ExtensionBrowser } from './helpers/browser';
import { auditRunId, readAuditLog, startNetworkAudit, type AuditLaunch, type AuditViolation } from './helpers/network-audit';
import { PRODUCT_PATH, startSite, type TestSite } from './helpers/site';

/**
 * "No network request of its own", checked over the WHOLE end-to-end suite: every browser any e2e
 * file launched with `launchWithExtension` logged what the extension requested into
 * tests/e2e/.artifacts/network-audit.jsonl (see helpers/network-audit.ts). Named zz- to run last;
 * `npm test` runs it as its own step after the others, so it sees every launch of the run. It
 * also takes its own tour of every extension surface, so it has something to check when run alone,
 * and first proves on a throw-away log that the audit does catch requests.
 */

let site: TestSite;
let ext: ExtensionBrowser;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('network audit', () => {
  it('catches a request from the worker, from an extension page and to a foreign host (self-test on a scratch log)', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'fineprint-audit-'));
    const probe = await launchWithExtension({ audit: false });
    try {
      const audit = startNetworkAudit(probe.context, probe.extensionId, scratch, ROOT);
      // TEST-NET-3 (RFC 5737): never routed, so these fail fast without leaving the machine.
      const worker = await probe.worker();
      await worker.evaluate(() => fetch('http://203.0.113.7/worker-probe').catch(() => undefined));
      const extPage = await probe.context.newPage();
      await extPage.goto(`chrome-extension://${probe.extensionId}/popup.html`);
      await extPage.evaluate(() => fetch('http://203.0.113.7/page-probe').catch(() => undefined));
      const web = await probe.context.newPage();
      await web.goto(site.url(PRODUCT_PATH));
      await web.evaluate(() => fetch('http://203.0.113.7/foreign-probe').catch(() => undefined));
      await expect.poll(() => audit.violations.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      audit.finish();
      const records = readAuditLog(scratch);
      const found = (path: string) => records.find((r): r is AuditViolation => r.kind === 'violation' && r.url.endsWith(path));
      expect(found('/worker-probe')?.reason, 'a fetch by the service worker').toBe('extension-request');
      expect(found('/page-probe')?.reason, 'a fetch by an extension page').toBe('extension-request');
      expect(found('/foreign-probe')?.reason, 'any request to a host other than 127.0.0.1').toBe('foreign-host');
      expect(records.some((r) => r.kind === 'launch'), 'finish() writes the launch record').toBe(true);
    } finally {
      await probe.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('tour: policy page, ordinary page, popup, options page and a worker restart make no request of their own', async () => {
    ext = await launchWithExtension();
    const policy = await ext.context.newPage();
    await policy.goto(site.url(site.seeds[0].path));
    await waitForHighlights(policy);
    const popup = await openPopup(ext, await tabIdOf(ext, policy));
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: 30_000 });
    await popup.close();
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { options_ui?: { page?: string }; options_page?: string };
    const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
    if (optionsPage) {
      const options = await ext.context.newPage();
      await options.goto(`chrome-extension://${ext.extensionId}/${optionsPage.replace(/^\//, '')}`);
      await options.waitForLoadState('load');
      await options.close();
    }
    const ordinary = await ext.context.newPage();
    await ordinary.goto(site.url(PRODUCT_PATH));
    await ordinary.waitForLoadState('load');
    await stopExtensionWorker(ext, ordinary);
    const again = await ext.context.newPage();
    await again.goto(site.url(site.seeds[1].path));
    await waitForHighlights(again);
    expect(ext.audit!.requestCount, 'the audit should have seen the pages load').toBeGreaterThan(5);
    expect(ext.audit!.violations, 'requests the extension made during the tour').toEqual([]);
    await ext.close();
    ext = undefined as unknown as ExtensionBrowser;
  });

  it('over the whole e2e run: no extension request, no request to anything but 127.0.0.1', () => {
    const run = auditRunId();
    const records = readAuditLog(ARTIFACTS).filter((r) => r.run === run);
    const launches = records.filter((r): r is AuditLaunch => r.kind === 'launch');
    const violations = records.filter((r): r is AuditViolation => r.kind === 'violation');
    const files = [...new Set(launches.map((l) => l.testFile))].sort();
    console.log(
      `[network-audit] run ${run}: ${launches.length} browser launches from ${files.length} file(s) (${files.join(', ')}), ` +
        `${launches.reduce((n, l) => n + l.requests, 0)} requests seen, ${violations.length} violations`,
    );
    expect(launches.length, `the audit log ${join(ARTIFACTS, 'network-audit.jsonl')} should hold this run's launches`).toBeGreaterThan(0);
    expect(
      violations.map((v) => `${v.testFile}: ${v.reason} ${v.url} (from ${v.source})`),
      'requests by the extension, or to hosts other than 127.0.0.1, anywhere in the e2e suite',
    ).toEqual([]);
  });
});
