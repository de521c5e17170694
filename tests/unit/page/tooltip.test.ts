import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_HIGHLIGHT, PageHighlighter, type HighlightEnvironment, type RangeLike } from '../../../src/page/highlight';
import { HOVER_DELAY_MS, HOVER_HIDE_GRACE_MS, TooltipController, type ControllerWindow } from '../../../src/page/tooltip-controller';
import { placeTooltip, type RectLike } from '../../../src/page/tooltip';
import { explainBlock, type EvidenceLike } from '../../../src/page/tooltip-content';
import { readText } from '../../../src/page/text';
import { setGetMessage } from '../../../src/page/ui-text';
import { getMessage } from '../../setup/i18n';

beforeAll(() => setGetMessage(getMessage));
afterAll(() => setGetMessage(null));

describe('placeTooltip', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 120 };
  it('goes below the anchor when it fits, left-aligned with it', () => {
    expect(placeTooltip({ left: 100, top: 200, right: 600, bottom: 260 }, size, viewport)).toEqual({ left: 100, top: 266, side: 'below' });
  });
  it('goes above when there is no room below, or when asked to and there is room', () => {
    expect(placeTooltip({ left: 100, top: 600, right: 600, bottom: 760 }, size, viewport).side).toBe('above');
    expect(placeTooltip({ left: 100, top: 300, right: 600, bottom: 320 }, size, viewport, 'above')).toEqual({ left: 100, top: 174, side: 'above' });
  });
  it('stays inside the viewport: clamped right edge, and top when it fits nowhere', () => {
    const placed = placeTooltip({ left: 900, top: 50, right: 990, bottom: 760 }, { width: 300, height: 700 }, viewport);
    expect(placed.left).toBe(1000 - 300 - 8);
    expect(placed.top).toBeGreaterThanOrEqual(8);
    expect(placed.top + 700).toBeLessThanOrEqual(800);
  });
});

/**
 * A linkedom page with three paragraphs laid out by hand (linkedom has no layout): paragraph i's
 * single line spans x 100..500, y 100+100i .. 130+100i. The caret under a point is the text of the
 * paragraph whose band (its line and the margin to its right, up to x 900) holds the point.
 */
function setup() {
  const { document, window } = parseHTML(`<!doctype html><html><head></head><body>
<p id="a">We collect your email address when you sign up.</p>
<p id="b">We share it with <a href="#x" id="link">advertising partners</a> for ads.</p>
<p id="c">You can opt out of marketing at any time.</p>
<p id="d">Contact us.</p></body></html>`);
  const doc = document as unknown as Document;
  const elements: Element[] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
  const registry = new Map<string, { priority: number; ranges: RangeLike[] }>();
  const ranges: (RangeLike & { owner?: Element })[] = [];
  const env: HighlightEnvironment = {
    createRange: () => {
      const range: RangeLike & { owner?: Element } = {
        setStart(node: Node) {
          range.owner = (node.nodeType === 1 ? node : node.parentNode) as Element;
          while (range.owner && !elements.includes(range.owner)) range.owner = range.owner.parentNode as Element;
        },
        setEnd() {},
      };
      ranges.push(range);
      return range;
    },
    registry: { set: (n, h) => registry.set(n, h as never), delete: (n) => registry.delete(n), has: (n) => registry.has(n) },
    createHighlight: (r) => ({ priority: 0, ranges: r }),
    attachStyles: () => () => {},
    readText,
  };
  const highlighter = new PageHighlighter(env);
  const verdicts: Record<number, { categories: string[]; evidence: EvidenceLike[] }> = {
    0: { categories: ['collection'], evidence: [{ rule: 'collection/we-collect', category: 'collection', start: 0, end: 10 }] },
    1: { categories: ['sharing', 'collection'], evidence: [{ rule: 'sharing/third-party-disclosure', category: 'sharing', start: 3, end: 37 }] },
    2: { categories: ['choice'], evidence: [{ rule: 'choice/opt-out', category: 'choice', start: 8, end: 15 }] },
  };
  highlighter.show(elements.map((element, id) => ({ element, categories: verdicts[id].categories, id })));
  const line = (i: number): RectLike => ({ left: 100, top: 100 + 100 * i, right: 500, bottom: 130 + 100 * i });
  const listeners = new Map<string, ((e: Event) => void)[]>();
  const win: ControllerWindow = {
    innerWidth: 1000,
    innerHeight: 800,
    addEventListener: (type, l) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
    removeEventListener: (type, l) => listeners.set(type, (listeners.get(type) ?? []).filter((x) => x !== l)),
    requestAnimationFrame: (cb) => {
      cb();
      return 0;
    },
  };
  const lines: Record<string, string> = {
    'collection/we-collect': 'The company as subject of a collecting verb.',
    'sharing/third-party-disclosure': 'A disclosure verb with a third-party recipient.',
  };
  const controller = new TooltipController({
    doc,
    win,
    highlighter,
    explain: (id, category) => {
      const verdict = verdicts[id!];
      return verdict ? explainBlock({ text: readText(elements[id!]).text, section: '', ...verdict }, category, (r) => lines[r]) : null;
    },
    hitTest: (x, y) => {
      const i = Math.floor((y - 100) / 100);
      if (i < 0 || i > 2 || y > 130 + 100 * i + 40 || x > 900) return null;
      return { node: elements[i].firstChild!, offset: 0 };
    },
    rectsOf: (range) => {
      const i = elements.indexOf((range as { owner?: Element }).owner!);
      return i < 0 ? [] : [line(i)];
    },
    boundsOf: (range) => {
      const i = elements.indexOf((range as { owner?: Element }).owner!);
      return i < 0 ? null : line(i);
    },
  });
  controller.attach();
  const tooltip = () => {
    const host = doc.querySelector('[data-fineprint="tooltip"]');
    const box = host?.shadowRoot?.querySelector('[role="tooltip"]') as HTMLElement | null | undefined;
    return {
      host,
      visible: Boolean(box && !box.hasAttribute('hidden')),
      block: box?.getAttribute('data-block') ?? null,
      text: box?.textContent ?? '',
      live: host?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '',
      box,
    };
  };
  const key = (k: string) => {
    const event = new (window as unknown as { Event: typeof Event }).Event('keydown', { bubbles: true });
    Object.defineProperty(event, 'key', { value: k });
    doc.body.dispatchEvent(event);
  };
  return { doc, window, controller, highlighter, registry, tooltip, key, elements, listeners };
}

describe('TooltipController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hover: after a short delay on a highlighted line, explains that block (category, rule, description, words)', () => {
    const { controller, tooltip } = setup();
    controller.onHoverPoint(200, 215);
    expect(tooltip().visible, 'not at once: moving across the page must not flash tooltips').toBe(false);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    const shown = tooltip();
    expect(shown.visible).toBe(true);
    expect(shown.block).toBe('1');
    expect(shown.text).toContain('Sharing');
    expect(shown.text).toContain('Also: Collection');
    expect(shown.text).toContain('sharing/third-party-disclosure');
    expect(shown.text).toContain('A disclosure verb with a third-party recipient.');
    expect(shown.text).toContain('Matched: share it with advertising partners');
    expect(shown.text).toContain('2 of 3');
    expect(shown.live, 'a hover is not announced').toBe('');
  });

  it('hover: the caret snaps to text from the margin, but only the line boxes count', () => {
    const { controller, tooltip } = setup();
    expect(controller.blockAt(700, 115), 'right of the line: caret found, no line box').toBeNull();
    expect(controller.blockAt(300, 115)?.index).toBe(0);
    controller.onHoverPoint(700, 115);
    vi.advanceTimersByTime(HOVER_DELAY_MS * 2);
    expect(tooltip().visible).toBe(false);
  });

  it('hover: leaving the text closes the tooltip after a grace period, unless the pointer went onto it', () => {
    const { controller, tooltip } = setup();
    controller.onHoverPoint(200, 115);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    controller.onHoverPoint(950, 50);
    vi.advanceTimersByTime(HOVER_HIDE_GRACE_MS - 10);
    expect(tooltip().visible).toBe(true);
    vi.advanceTimersByTime(20);
    expect(tooltip().visible).toBe(false);
  });

  it('a hidden category cannot be hovered or visited; hiding the shown block closes its tooltip', () => {
    const { controller, highlighter, tooltip } = setup();
    controller.onHoverPoint(200, 215);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(tooltip().visible).toBe(true);
    highlighter.setHiddenCategories(['sharing']);
    controller.refresh();
    expect(tooltip().visible).toBe(false);
    expect(controller.blockAt(200, 215)).toBeNull();
    const visited = [controller.navigate(1), controller.navigate(1), controller.navigate(1)].map((r) => r.blockId);
    expect(visited).toEqual([0, 2, 0]);
  });

  it('next / previous: from the window top, wrapping; fp-focus on the block; tooltip and live announcement', () => {
    const { controller, registry, tooltip } = setup();
    const first = controller.navigate(1);
    expect(first).toEqual({ ok: true, index: 1, total: 3, blockId: 0 });
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(true);
    const shown = tooltip();
    expect(shown.visible && shown.block).toBe('0');
    expect(shown.text).toContain('Esc closes');
    expect(shown.live).toContain('Collection. 1 of 3. The company as subject of a collecting verb. Matched: We collect');
    expect(controller.navigate(-1).blockId, 'previous from the first wraps to the last').toBe(2);
    expect(controller.navigate(1).blockId).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(registry.has(FOCUS_HIGHLIGHT), 'the keyboard emphasis stays while the tooltip is up').toBe(true);
  });

  it('Escape closes the tooltip and takes fp-focus away; the next step continues from there', () => {
    const { controller, registry, tooltip, key } = setup();
    controller.navigate(1);
    controller.navigate(1);
    key('Escape');
    expect(tooltip().visible).toBe(false);
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
    expect(controller.navigate(1).blockId).toBe(2);
  });

  it('nothing to visit: says so through the live region', () => {
    const { controller, highlighter, tooltip } = setup();
    highlighter.setHiddenCategories(['collection', 'sharing', 'choice']);
    expect(controller.navigate(1)).toEqual({ ok: false, total: 0 });
    expect(tooltip().live).toBe('No highlighted paragraph to go to.');
  });

  it('detach removes the tooltip, the focus emphasis and every listener', () => {
    const { controller, registry, tooltip, listeners, doc } = setup();
    controller.navigate(1);
    controller.detach();
    expect(tooltip().host).toBeNull();
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
    expect([...listeners.values()].flat()).toEqual([]);
    expect(doc.body.textContent).toContain('We collect your email');
  });

  it('never parses HTML: markup in rule lines and page words stays text', () => {
    const { doc, tooltip } = setup();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const box = doc.createElement('div');
    doc.body.appendChild(box);
    // Drive the same render path with hostile explanation content.
    const controller = new TooltipController({
      doc,
      win: { innerWidth: 800, innerHeight: 600, addEventListener() {}, removeEventListener() {} },
      highlighter: (() => {
        const env: HighlightEnvironment = {
          createRange: () => ({ setStart() {}, setEnd() {} }),
          registry: { set: () => undefined, delete: () => true, has: () => false },
          createHighlight: () => ({ priority: 0 }),
          attachStyles: () => () => {},
          readText,
        };
        const h = new PageHighlighter(env);
        const p = doc.createElement('p');
        p.textContent = `We collect ${hostile}`;
        doc.body.appendChild(p);
        h.show([{ element: p, categories: ['collection'], id: 9 }]);
        return h;
      })(),
      explain: () =>
        explainBlock(
          { text: `We collect ${hostile}`, section: hostile, categories: ['collection'], evidence: [{ rule: `collection/${hostile}`, category: 'collection', start: 0, end: 40 }] },
          'collection',
          () => hostile,
        ),
      hitTest: () => null,
      rectsOf: () => [],
      boundsOf: () => ({ left: 0, top: 10, right: 100, bottom: 30 }),
    });
    controller.navigate(1);
    const root = tooltip().host!.shadowRoot!;
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(tooltip().text).toContain('<script>alert(2)</script>');
  });
});
