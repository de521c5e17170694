import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_INFO, primaryCategory, type Category } from '../../src/core/categories';
import {
  ARTIFACTS,
  ROOT,
  SCREENSHOTS,
  inWorker,
  launchWithExtension,
  pageGeometry,
  tabIdOf,
  waitForHighlights,
  type ExtensionBrowser,
} from './helpers/browser';
import { renderSeedPage, startSite, type GoldBlock, type TestSite } from './helpers/site';

/**
 * The page experience in real Chromium: the legend's category toggles, the "why is this
 * highlighted" tooltip on hover and on keyboard navigation, the keyboard commands, dark mode,
 * 200 % zoom, axe-core (WCAG 2.1 A/AA) and hostile policy text. Screenshots for the README:
 * assets/screenshots/highlighted-page-light.png and highlighted-page-dark.png.
 */

const ANALYSIS_TIMEOUT = 30_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Hostile policy text: shown as text in the tooltip, never parsed. */
const HOSTILE = `<img src=x onerror="window.__fpPwned=1"><script>window.__fpPwned=2</script>`;

let site: TestSite;
let hostileServer: Server;
let hostileUrl: string;
let ext: ExtensionBrowser;
let page: Page;
const report: Record<string, unknown> = {};

interface CachedBlock {
  id: number;
  text: string;
  categories: string[];
  evidence: { rule: string; category: string; start: number; end: number }[];
}

const LEGEND = '[data-fineprint="legend"]';
const TOOLTIP = '[data-fineprint="tooltip"] [role="tooltip"]';

async function openPolicy(url: string): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(url);
  await waitForHighlights(p, ANALYSIS_TIMEOUT);
  await p.waitForSelector(LEGEND, { state: 'attached', timeout: 10_000 });
  return p;
}

/** Names in CSS.highlights that hold ranges. */
async function liveHighlights(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights]
      .filter(([k, h]) => k.startsWith('fp-') && h.size > 0)
      .map(([k]) => k)
      .sort(),
  );
}

/** The analysis the worker cached for the tab (what the page was highlighted from). */
async function cachedBlocks(p: Page): Promise<Map<number, CachedBlock>> {
  const tabId = await tabIdOf(ext, p);
  const state = await inWorker(
    ext,
    async (id) => {
      const key = `tab:${id}`;
      const chromeApi = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await chromeApi.storage.session.get(key))[key];
    },
    tabId,
    'storage.session.get',
  );
  const blocks = (state as { analysis?: { blocks: CachedBlock[] } } | undefined)?.analysis?.blocks ?? [];
  return new Map(blocks.map((b) => [b.id, b]));
}

/** Send a message to the tab's content script from the worker, the way the command handler does. */
async function sendToTab(p: Page, message: unknown): Promise<Record<string, unknown>> {
  const tabId = await tabIdOf(ext, p);
  return inWorker(
    ext,
    ({ id, msg }) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: object): Promise<Record<string, unknown>> } } }).chrome.tabs.sendMessage(
        id,
        msg,
        { frameId: 0 },
      ),
    { id: tabId, msg: message },
    'tabs.sendMessage',
  );
}

async function tooltipState(p: Page): Promise<{ visible: boolean; text: string; block: number | null; category: string | null; rules: string[]; box: number[] | null }> {
  return p.evaluate((selector) => {
    const host = document.querySelector('[data-fineprint="tooltip"]');
    const tip = host?.shadowRoot?.querySelector('[role="tooltip"]') as HTMLElement | null | undefined;
    if (!tip || tip.hidden) return { visible: false, text: '', block: null, category: null, rules: [], box: null };
    const r = tip.getBoundingClientRect();
    return {
      visible: true,
      text: tip.textContent ?? '',
      block: tip.hasAttribute('data-block') ? Number(tip.getAttribute('data-block')) : null,
      category: tip.getAttribute('data-category'),
      rules: [...tip.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule') ?? ''),
      box: [r.left, r.top, r.right, r.bottom],
    };
    void selector;
  }, TOOLTIP);
}

async function waitForTooltip(p: Page, predicate: (block: number | null) => boolean = () => true, timeout = 5_000) {
  const start = Date.now();
  for (;;) {
    const state = await tooltipState(p);
    if (state.visible && predicate(state.block)) return state;
    if (Date.now() - start > timeout) throw new Error(`the tooltip did not show (last state ${JSON.stringify(state).slice(0, 300)})`);
    await p.waitForTimeout(50);
  }
}

/** The tooltip says the right things about `block`: its category, rules that fired for it, the words they matched. */
function expectTooltipExplains(state: Awaited<ReturnType<typeof tooltipState>>, block: CachedBlock | undefined, how: string) {
  expect(block, `${how}: the tooltip's block should be in the analysis`).toBeTruthy();
  const category = primaryCategory(block!.categories)!;
  expect(state.category, `${how}: tooltip category`).toBe(category);
  expect(state.text, `${how}: the category name`).toContain(CATEGORY_INFO[category].label);
  const fired = new Set(block!.evidence.filter((e) => e.category === category).map((e) => e.rule));
  expect(state.rules.length, `${how}: at least one rule`).toBeGreaterThan(0);
  for (const rule of state.rules) expect(fired.has(rule), `${how}: rule ${rule} fired on block ${block!.id} for ${category}`).toBe(true);
  for (const rule of state.rules) expect(state.text).toContain(rule);
  const words = block!.evidence
    .filter((e) => e.category === category && !e.rule.startsWith('context/'))
    .map((e) => block!.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim());
  if (words.length > 0) {
    expect(state.text, `${how}: "Matched:" and the matched words`).toContain('Matched:');
    expect(words.some((w) => state.text.includes(w.slice(0, 40))), `${how}: one of ${JSON.stringify(words)} in "${state.text}"`).toBe(true);
  }
}

/** The viewport box of the first line of the first range of highlight `name` after scrolling it to the middle. */
async function pointOnHighlight(p: Page, name: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return p.evaluate(
    ({ name, nth }) => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
      const r = highlight && [...highlight][nth];
      if (!r) return null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const element = (r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement)!;
      element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const line = range.getClientRects()[0];
      if (!line) return null;
      return { x: line.left + Math.min(20, line.width / 2), y: line.top + line.height / 2 };
    },
    { name, nth },
  );
}

interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
  fineprint: boolean;
  summary: string;
}

/** axe-core in the page's main world; open shadow roots (legend, tooltip) are part of what it checks. */
async function runAxe(p: Page): Promise<{ violations: AxeFinding[]; fineprintChecks: number }> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return p.evaluate(async (tags) => {
    interface Result { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    const targetsOf = (n: { target: unknown[] }) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)));
    const ours = (targets: string[]) => targets.some((t) => t.includes('data-fineprint'));
    return {
      violations: result.violations.flatMap((v) =>
        v.nodes.map((n) => {
          const targets = targetsOf(n);
          return { id: v.id, impact: v.impact, targets, fineprint: ours(targets), summary: (n.failureSummary ?? '').slice(0, 300) };
        }),
      ),
      // Proof that axe looked inside the shadow roots: checks it passed on Fineprint's nodes.
      fineprintChecks: result.passes.reduce((n, r) => n + r.nodes.filter((node) => ours(targetsOf(node))).length, 0),
    };
  }, AXE_TAGS);
}

/**
 * Text contrast of every text in Fineprint's shadow roots, computed here: axe-core cannot find the
 * background behind fixed elements of a zero-size shadow host and reports them "incomplete"
 * ("unable to determine contrast ratio"), so its color-contrast rule alone would prove nothing.
 * Our panels have opaque backgrounds, so the first opaque background up the tree is the one.
 */
async function fineprintTextContrast(p: Page): Promise<{ lowest: number; where: string; checked: number }> {
  return p.evaluate(() => {
    const parse = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c);
      return m ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], a: m[4] === undefined ? 1 : Number(m[4]) } : null;
    };
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let lowest = Infinity;
    let where = '';
    let checked = 0;
    for (const host of document.querySelectorAll('[data-fineprint]')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const el of root.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim().length > 0);
        const box = el.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0 || (el as HTMLElement).closest('.sr, [hidden]')) continue;
        const fg = parse(getComputedStyle(el).color);
        let bg: ReturnType<typeof parse> = null;
        for (let node: Element | null = el; node && !bg; node = node.parentElement) {
          const c = parse(getComputedStyle(node).backgroundColor);
          if (c && c.a >= 0.99) bg = c;
        }
        if (!fg || !bg) continue;
        const [a, b] = [lum(fg.rgb), lum(bg.rgb)].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        checked++;
        if (ratio < lowest) {
          lowest = ratio;
          where = `${host.getAttribute('data-fineprint')} .${el.className || el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
        }
      }
    }
    return { lowest, where, checked };
  });
}

function saveArtifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

beforeAll(async () => {
  site = await startSite();
  // A policy with hostile text in a paragraph and a heading (escaped into the HTML, so it is page text).
  const seed = site.seeds[0];
  const gold: GoldBlock[] = seed.gold.map((g) => ({ ...g }));
  const at = gold.findIndex((g) => g.kind === 'paragraph' && g.index > 3);
  gold.splice(at, 0, { ...gold[at], text: `We collect ${HOSTILE} your email address and share it with advertisers ${HOSTILE}.` });
  // A link inside a highlighted paragraph: tabbing to it shows that paragraph's tooltip.
  gold.splice(at + 1, 0, { ...gold[at], text: 'You can opt out of marketing emails on your account settings page at any time.' });
  gold.forEach((g, i) => (g.index = i));
  const html = renderSeedPage({ ...seed, gold }).replace('account settings page', '<a href="#settings" id="settings-link">account settings page</a>');
  hostileServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => hostileServer.listen(0, '127.0.0.1', resolve));
  hostileUrl = `http://127.0.0.1:${(hostileServer.address() as AddressInfo).port}/legal/privacy-hostile.html`;
  ext = await launchWithExtension();
  page = await openPolicy(site.url(site.seeds[0].path));
});

afterAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'page-e2e-report.json'), JSON.stringify(report, null, 2));
  await ext?.close();
  await site?.close();
  await new Promise<void>((resolve) => (hostileServer ? hostileServer.close(() => resolve()) : resolve()));
});

describe('Fineprint on a policy page', () => {
  it('legend: each category row toggles its highlight on this page, without moving anything', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await pageGeometry(page);
    const names = await liveHighlights(page);
    const toggles = page.locator(`${LEGEND} button[data-category]`);
    const count = await toggles.count();
    expect(count, 'one toggle per highlighted category').toBe(names.filter((n) => n !== 'fp-focus').length);
    for (let i = 0; i < count; i++) {
      expect(await toggles.nth(i).getAttribute('aria-pressed')).toBe('true');
      const label = await toggles.nth(i).getAttribute('aria-label');
      expect(label, 'toggle names say category and count').toMatch(/, \d+ paragraphs?$/);
    }
    const toggle = toggles.nth(1);
    const category = (await toggle.getAttribute('data-category'))!;
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const hidden = await liveHighlights(page);
    expect(hidden, `fp-${category} leaves CSS.highlights`).not.toContain(`fp-${category}`);
    expect(hidden.length, 'the other categories stay').toBe(names.length - 1);
    expect(await pageGeometry(page), 'hiding a category moves nothing').toEqual(before);
    // Keyboard: the same toggle with Space.
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await liveHighlights(page)).toEqual(names);
    expect(await pageGeometry(page), 'showing it again moves nothing').toEqual(before);
    // The toggle is per page: the site setting (popup switch) is untouched.
    expect(await sendToTab(page, { type: 'fp/get-page-info' })).toMatchObject({ highlights: true });
  });

  it('legend: folds to one line and moves to another corner (keyboard operable), layout unchanged', async () => {
    const before = await pageGeometry(page);
    const fold = page.locator(`${LEGEND} button.fold`);
    const panel = page.locator(`${LEGEND} .panel`);
    const full = (await panel.boundingBox())!;
    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    const folded = (await panel.boundingBox())!;
    expect(folded.height, 'folded legend is one line').toBeLessThan(Math.min(60, full.height));
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    const move = page.locator(`${LEGEND} button.move`);
    await move.click();
    const moved = (await panel.boundingBox())!;
    expect(moved.x, 'moved from the right edge to the left').toBeLessThan(100);
    for (let i = 0; i < 3; i++) await move.click(); // back to bottom-right
    expect(((await panel.boundingBox())!).x).toBeCloseTo(full.x, 0);
    expect(await pageGeometry(page)).toEqual(before);
  });

  it('tooltip on hover says category, rule and matched words; Escape closes it; the page does not move', async () => {
    const blocks = await cachedBlocks(page);
    const before = await pageGeometry(page);
    const names = (await liveHighlights(page)).filter((n) => n !== 'fp-focus');
    const checked: string[] = [];
    for (const name of names.slice(0, 3)) {
      const point = await pointOnHighlight(page, name);
      expect(point, `${name} has a visible line`).not.toBeNull();
      await page.mouse.move(point!.x, point!.y, { steps: 3 });
      const state = await waitForTooltip(page);
      expectTooltipExplains(state, blocks.get(state.block!), `hover on ${name}`);
      expect(state.category).toBe(name.slice(3));
      // Above (or below) the hovered line, never on it.
      expect(state.box![3] <= point!.y || state.box![1] >= point!.y, 'the tooltip does not cover the hovered line').toBe(true);
      checked.push(`${name}: block ${state.block} ${state.rules.join(',')}`);
    }
    expect(await pageGeometry(page), 'a tooltip moves nothing in the page').toEqual(before);
    await page.keyboard.press('Escape');
    expect((await tooltipState(page)).visible, 'Escape closes the tooltip').toBe(false);
    // Moving away from highlighted text closes a hover tooltip.
    const point = await pointOnHighlight(page, names[0]);
    await page.mouse.move(point!.x, point!.y);
    await waitForTooltip(page);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(700);
    expect((await tooltipState(page)).visible, 'leaving the text closes a hover tooltip').toBe(false);
    report.hover = checked;
  });

  it('next / previous highlighted block (the commands\' message path) move fp-focus, scroll and explain', async () => {
    const blocks = await cachedBlocks(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
    expect(first, 'next-highlight reply').toMatchObject({ ok: true });
    const second = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
    expect(second.index, 'next goes one further').toBe((first.index as number) + 1);
    const state = await waitForTooltip(page, (b) => b === second.block);
    expectTooltipExplains(state, blocks.get(second.block as number), 'next-highlight');
    expect(state.text, 'keyboard tooltips give the position').toContain(`${second.index} of ${second.total}`);
    // fp-focus marks the block, on screen once the scroll settles.
    await page.waitForFunction(
      () => {
        const focus = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('fp-focus');
        const r = focus && [...focus][0];
        if (!r) return false;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getBoundingClientRect();
        return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
      },
      undefined,
      { timeout: 5_000 },
    );
    const back = await sendToTab(page, { type: 'fp/page-command', command: 'previous-highlight' });
    expect(back).toMatchObject({ ok: true, index: first.index, block: first.block });
    await waitForTooltip(page, (b) => b === first.block);
    // The live region speaks it for screen readers.
    const spoken = await page.evaluate(() => document.querySelector('[data-fineprint="tooltip"]')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '');
    expect(spoken, 'the live region announces the block').toContain(`${first.index} of ${first.total}`);
    await page.keyboard.press('Escape');
    expect((await tooltipState(page)).visible).toBe(false);
    expect(await liveHighlights(page), 'Escape also takes fp-focus away').not.toContain('fp-focus');

    // The legend's "Next" button, from the keyboard.
    const next = page.locator(`${LEGEND} button.next`);
    await next.focus();
    await page.keyboard.press('Enter');
    const fromLegend = await waitForTooltip(page);
    expectTooltipExplains(fromLegend, blocks.get(fromLegend.block!), 'legend Next button');

    // Hidden categories are skipped.
    const hiddenCategory = fromLegend.category!;
    await page.locator(`${LEGEND} button[data-category="${hiddenCategory}"]`).click();
    expect((await tooltipState(page)).visible, 'hiding the shown block\'s category closes its tooltip').toBe(false);
    const visited = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const r = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
      const s = await waitForTooltip(page, (b) => b === r.block);
      visited.add(s.category!);
    }
    expect(visited.has(hiddenCategory), `${hiddenCategory} is hidden: navigation skips it`).toBe(false);
    await page.locator(`${LEGEND} button[data-category="${hiddenCategory}"]`).click();
    await page.keyboard.press('Escape');
  });

  it('toggle-highlights command turns highlights off and on; unknown commands are rejected', async () => {
    const names = await liveHighlights(page);
    const off = await sendToTab(page, { type: 'fp/page-command', command: 'toggle-highlights' });
    expect(off).toMatchObject({ highlights: false });
    expect(await liveHighlights(page)).toEqual([]);
    expect(await page.locator(LEGEND).count()).toBe(0);
    const refused = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
    expect(refused, 'nothing to go to while highlights are off').toMatchObject({ ok: false });
    const on = await sendToTab(page, { type: 'fp/page-command', command: 'toggle-highlights' });
    expect(on).toMatchObject({ highlights: true });
    await waitForHighlights(page, 5_000);
    expect((await liveHighlights(page)).filter((n) => n !== 'fp-focus')).toEqual(names.filter((n) => n !== 'fp-focus'));
    const unknown = await sendToTab(page, { type: 'fp/page-command', command: 'delete-everything' });
    expect(unknown.ok).toBe(false);
    expect(String(unknown.error)).toMatch(/Rejected message "fp\/page-command"/);
  });

  it('real key presses: reports whether the browser routes Alt+Shift+J/K/H to the extension (headless)', async () => {
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Escape');
    await page.locator('main').click({ position: { x: 1, y: 1 } });
    const outcome: Record<string, boolean> = {};
    await page.keyboard.press('Alt+Shift+J');
    outcome['Alt+Shift+J shows a keyboard tooltip'] = await waitForTooltip(page, () => true, 2_000).then(
      () => true,
      () => false,
    );
    await page.keyboard.press('Alt+Shift+H');
    await page.waitForTimeout(800);
    outcome['Alt+Shift+H hides highlights'] = (await liveHighlights(page)).length === 0;
    if (outcome['Alt+Shift+H hides highlights']) {
      await sendToTab(page, { type: 'fp/page-command', command: 'toggle-highlights' });
      await waitForHighlights(page, 5_000);
    }
    // The commands are registered with the browser (what chrome://extensions/shortcuts lists).
    const commands = await inWorker(
      ext,
      () => (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> } } }).chrome.commands.getAll(),
      undefined,
      'commands.getAll',
    );
    report.keyPresses = { outcome, commands };
    console.log('[e2e page] real key presses:', JSON.stringify(outcome), 'registered:', JSON.stringify(commands));
    // Chrome lists the toolbar button's `_execute_action` too (no key).
    const ours = commands.filter((c) => c.name !== '_execute_action');
    expect(ours.map((c) => c.name).sort()).toEqual(['next-highlight', 'previous-highlight', 'toggle-highlights']);
    for (const c of ours) expect(c.shortcut, `${c.name} has its suggested key`).toMatch(/^Alt\+Shift\+[JKH]$/);
    for (const c of ours) expect(c.description, `${c.name} is described through i18n`).toMatch(/highlight/);
    await page.keyboard.press('Escape');
  });

  it('axe-core: no WCAG 2.1 A/AA violation from Fineprint\'s legend and tooltip, light and dark', async () => {
    const results: Record<string, unknown> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      const r = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
      await waitForTooltip(page, (b) => b === r.block);
      const { violations, fineprintChecks } = await runAxe(page);
      const ours = violations.filter((v) => v.fineprint);
      const pages = violations.filter((v) => !v.fineprint);
      results[scheme] = { fineprint: ours, page: pages, fineprintChecks };
      console.log(`[e2e page] axe (${scheme}): ${ours.length} from Fineprint, ${pages.length} from the test page, ${fineprintChecks} checks passed on Fineprint's nodes`, JSON.stringify(violations).slice(0, 1500));
      expect(fineprintChecks, 'axe checked the legend and tooltip inside their shadow roots').toBeGreaterThan(20);
      const contrast = await fineprintTextContrast(page);
      (results[scheme] as Record<string, unknown>).textContrast = contrast;
      console.log(`[e2e page] text contrast in Fineprint's UI (${scheme}): lowest ${contrast.lowest.toFixed(2)}:1 (${contrast.where}) over ${contrast.checked} texts`);
      expect(contrast.checked, 'texts of the legend and tooltip measured').toBeGreaterThan(15);
      expect(contrast.lowest, `WCAG 1.4.3: every text in the legend and tooltip ≥ 4.5:1 (${scheme}; lowest at ${contrast.where})`).toBeGreaterThanOrEqual(4.5);
      expect(ours, `axe violations in Fineprint's UI (${scheme})`).toEqual([]);
      expect(pages, `axe violations of the test page itself (${scheme}; tests/e2e/helpers/site.ts)`).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.emulateMedia({ colorScheme: 'light' });
    report.axe = results;
  });

  it('hostile policy text is only ever text in the tooltip', async () => {
    const hostile = await openPolicy(hostileUrl);
    const blocks = await cachedBlocks(hostile);
    const target = [...blocks.values()].find((b) => b.text.includes('<script>'));
    expect(target, 'the hostile paragraph was analysed').toBeTruthy();
    expect(primaryCategory(target!.categories), 'and highlighted').not.toBeNull();
    // Walk to it with "next" from the top.
    await hostile.evaluate(() => window.scrollTo(0, 0));
    let state = await tooltipState(hostile);
    for (let i = 0; i < 200 && state.block !== target!.id; i++) {
      const r = await sendToTab(hostile, { type: 'fp/page-command', command: 'next-highlight' });
      state = await waitForTooltip(hostile, (b) => b === r.block);
    }
    expect(state.block).toBe(target!.id);
    const inside = await hostile.evaluate(() => {
      const root = document.querySelector('[data-fineprint="tooltip"]')!.shadowRoot!;
      return { elements: root.querySelectorAll('img, script, iframe, object').length, pwned: (window as unknown as { __fpPwned?: number }).__fpPwned ?? null };
    });
    expect(inside.elements, 'no element made from page text').toBe(0);
    expect(inside.pwned, 'no page text ran').toBeNull();
    if (state.text.includes('Matched:')) expect(state.text).toMatch(/We collect|share/);

    // Keyboard focus on a link inside a highlighted paragraph explains that paragraph.
    await hostile.keyboard.press('Escape');
    const linkBlock = [...blocks.values()].find((b) => b.text.includes('account settings page'))!;
    expect(primaryCategory(linkBlock.categories), 'the paragraph with the link is highlighted').not.toBeNull();
    await hostile.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 60; i++) {
      await hostile.keyboard.press('Tab');
      if (await hostile.evaluate(() => document.activeElement?.id === 'settings-link')) break;
    }
    expect(await hostile.evaluate(() => document.activeElement?.id)).toBe('settings-link');
    const focused = await waitForTooltip(hostile, (b) => b === linkBlock.id);
    expectTooltipExplains(focused, linkBlock, 'Tab to a link in a highlighted paragraph');
    await hostile.keyboard.press('Tab');
    await hostile.waitForTimeout(200);
    expect((await tooltipState(hostile)).visible, 'tabbing on out of the paragraph closes it').toBe(false);
    await hostile.close();
  });

  it('usable at 200 % zoom: legend and tooltip stay inside the window', async () => {
    try {
      // 200 % browser zoom of a 1280×800 window lays the page out in 640×400 CSS pixels.
      await page.setViewportSize({ width: 640, height: 400 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const r = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
      const state = await waitForTooltip(page, (b) => b === r.block);
      const panel = (await page.locator(`${LEGEND} .panel`).boundingBox())!;
      expect(panel.x >= 0 && panel.y >= 0 && panel.x + panel.width <= 640 && panel.y + panel.height <= 400, `legend inside 640×400: ${JSON.stringify(panel)}`).toBe(true);
      const [l, t, rgt, btm] = state.box!;
      expect(l >= 0 && t >= 0 && rgt <= 640 && btm <= 400, `tooltip inside the window: ${state.box}`).toBe(true);
      // Everything in the legend can be reached: its panel scrolls when taller than the window.
      const hide = page.locator(`${LEGEND} button.hide`);
      await hide.scrollIntoViewIfNeeded();
      expect(await hide.isVisible()).toBe(true);
      await page.screenshot({ path: saveArtifact('page-zoom-200.png') });
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('screenshots for the README: highlighted page with legend and tooltip, light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.bringToFront();
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      // A block with words of its own matched: the tooltip shows rule, description and words.
      const blocks = await cachedBlocks(page);
      let state = await tooltipState(page);
      for (let i = 0; i < 30; i++) {
        const r = await sendToTab(page, { type: 'fp/page-command', command: 'next-highlight' });
        state = await waitForTooltip(page, (b) => b === r.block);
        const b = blocks.get(state.block!);
        const category = b && primaryCategory(b.categories);
        if (b && i >= 2 && state.text.includes('Matched:') && b.evidence.some((e) => e.category === category && e.rule.startsWith('sharing/'))) break;
        if (b && i >= 6 && state.text.includes('Matched:')) break;
      }
      await page.waitForTimeout(700); // smooth scroll settles, the tooltip follows
      await page.screenshot({ path: join(SCREENSHOTS, `highlighted-page-${scheme}.png`) });
      await page.keyboard.press('Escape');
    }
    await page.emulateMedia({ colorScheme: 'light' });
    const categories: Category[] = [];
    for (const n of await liveHighlights(page)) if (n !== 'fp-focus') categories.push(n.slice(3) as Category);
    report.screenshots = { categories };
  });
});
