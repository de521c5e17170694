import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_INFO, type Category, type CategoryInfo } from '../../../src/core/categories';
import { showLegend, type LegendPlacement } from '../../../src/page/legend';
import { setGetMessage } from '../../../src/page/ui-text';
import { getMessage } from '../../setup/i18n';

beforeAll(() => setGetMessage(getMessage));
afterAll(() => setGetMessage(null));

function page() {
  const { document, window } = parseHTML('<!doctype html><html><head></head><body><p>Our policy</p></body></html>');
  return { document: document as unknown as Document, window };
}

const restorers: (() => void)[] = [];
afterEach(() => restorers.splice(0).forEach((restore) => restore()));

/** Make every HTML-parsing entry point throw, so any use fails the test. */
function forbidHtmlParsing(window: ReturnType<typeof parseHTML>['window']) {
  const proto = (window as unknown as { Element: { prototype: object } }).Element.prototype;
  for (const name of ['innerHTML', 'outerHTML']) {
    let owner: object | null = proto;
    while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    if (!owner) continue;
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    Object.defineProperty(owner, name, {
      ...descriptor,
      set() {
        throw new Error(`legend used ${name}`);
      },
    });
    restorers.push(() => Object.defineProperty(owner!, name, descriptor));
  }
  const insert = (proto as { insertAdjacentHTML?: unknown }).insertAdjacentHTML;
  (proto as { insertAdjacentHTML?: unknown }).insertAdjacentHTML = () => {
    throw new Error('legend used insertAdjacentHTML');
  };
  restorers.push(() => ((proto as { insertAdjacentHTML?: unknown }).insertAdjacentHTML = insert));
}

function rootOf(document: Document) {
  const host = document.querySelector('[data-fineprint="legend"]') as HTMLElement | null;
  return { host, root: host?.shadowRoot ?? null };
}

describe('legend', () => {
  it('appends a fixed, isolated host to <html> listing the categories present with counts', () => {
    const { document } = page();
    showLegend({ doc: document, counts: { sharing: 2, collection: 5, other: 9 } as never, onHideHighlights: () => {} });
    const { host, root } = rootOf(document);
    expect(host!.parentNode).toBe(document.documentElement);
    expect(host!.getAttribute('style')).toMatch(/position:\s*fixed/);
    expect(host!.getAttribute('style')).toMatch(/pointer-events:\s*none/);
    const rows = [...root!.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['Collection5', 'Sharing2']);
    expect(document.body.textContent).toBe('Our policy');
  });

  it('never parses HTML: hostile labels are shown as literal text', () => {
    const { document, window } = page();
    forbidHtmlParsing(window);
    // The trap itself works, so a legend that parsed HTML would fail this test.
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).toThrow(/legend used innerHTML/);
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const info = Object.fromEntries(
      Object.entries(CATEGORY_INFO).map(([k, v]) => [k, { ...v, label: `${hostile} ${k}` }]),
    ) as Record<Category, CategoryInfo>;
    showLegend({ doc: document, counts: { collection: 1, dnt: 3 }, onHideHighlights: () => {}, info });
    const { root } = rootOf(document);
    expect(root!.querySelectorAll('img, script')).toHaveLength(0);
    expect(root!.querySelector('li .label')!.textContent).toBe(`${hostile} collection`);
  });

  it('hide button asks to hide highlights; close removes the legend', () => {
    const { document } = page();
    let hidden = 0;
    let closed = 0;
    showLegend({ doc: document, counts: { choice: 1 }, onHideHighlights: () => hidden++, onClose: () => closed++ });
    const { root } = rootOf(document);
    (root!.querySelector('.hide') as HTMLElement).click();
    expect(hidden).toBe(1);
    expect(rootOf(document).host).not.toBeNull();
    (root!.querySelector('.close') as HTMLElement).click();
    expect(closed).toBe(1);
    expect(rootOf(document).host).toBeNull();
  });

  it('replaces an earlier legend instead of stacking, and updates its counts', () => {
    const { document } = page();
    showLegend({ doc: document, counts: { choice: 1 }, onHideHighlights: () => {} });
    const legend = showLegend({ doc: document, counts: { choice: 1 }, onHideHighlights: () => {} });
    expect(document.querySelectorAll('[data-fineprint="legend"]')).toHaveLength(1);
    legend.update({ access: 4 });
    expect([...rootOf(document).root!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Access & deletion4']);
    legend.update({});
    expect(rootOf(document).root!.querySelector('li')!.textContent).toMatch(/No paragraph matched/);
    legend.remove();
    expect(rootOf(document).host).toBeNull();
  });
});

describe('legend controls', () => {
  function setup(placement?: LegendPlacement) {
    const { document } = page();
    const toggled: [string, boolean][] = [];
    const steps: number[] = [];
    const placements: LegendPlacement[] = [];
    const legend = showLegend({
      doc: document,
      counts: { collection: 5, sharing: 1, dnt: 2 },
      hidden: new Set(['dnt']),
      placement,
      onHideHighlights: () => {},
      onToggleCategory: (c, visible) => toggled.push([c, visible]),
      onNavigate: (d) => steps.push(d),
      onPlacementChange: (p) => placements.push(p),
    });
    const root = rootOf(document).root!;
    const toggle = (c: string) => root.querySelector(`button[data-category="${c}"]`) as HTMLElement;
    return { document, legend, root, toggle, toggled, steps, placements };
  }

  it('each category row is a toggle button with its state, count and an accessible name', () => {
    const { toggle } = setup();
    expect(toggle('collection').getAttribute('aria-pressed')).toBe('true');
    expect(toggle('dnt').getAttribute('aria-pressed')).toBe('false');
    expect(toggle('collection').getAttribute('aria-label')).toBe('Collection, 5 paragraphs');
    expect(toggle('sharing').getAttribute('aria-label')).toBe('Sharing, 1 paragraph');
    expect(toggle('collection').getAttribute('type')).toBe('button');
  });

  it('pressing a row flips it and reports the category and its new visibility', () => {
    const { toggle, toggled } = setup();
    toggle('collection').click();
    expect(toggle('collection').getAttribute('aria-pressed')).toBe('false');
    toggle('dnt').click();
    expect(toggle('dnt').getAttribute('aria-pressed')).toBe('true');
    toggle('collection').click();
    expect(toggled).toEqual([
      ['collection', false],
      ['dnt', true],
      ['collection', true],
    ]);
  });

  it('update keeps the hidden state and the total', () => {
    const { legend, root, toggle } = setup();
    legend.update({ collection: 2, dnt: 1 }, new Set(['collection']));
    expect(toggle('collection').getAttribute('aria-pressed')).toBe('false');
    expect(toggle('sharing')).toBeNull();
    expect(root.querySelector('.total')!.textContent).toBe('· 3 highlighted');
  });

  it('folds and unfolds (aria-expanded, body hidden) and moves round the four corners', () => {
    const { root, placements, legend } = setup();
    const fold = root.querySelector('button.fold') as HTMLElement;
    const panel = root.querySelector('.panel')!;
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(fold.getAttribute('aria-controls')).toBe(root.querySelector('.body')!.id);
    fold.click();
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.body')!.hasAttribute('hidden')).toBe(true);
    const move = root.querySelector('button.move') as HTMLElement;
    const corners = [panel.getAttribute('data-corner')];
    for (let i = 0; i < 4; i++) {
      move.click();
      corners.push(panel.getAttribute('data-corner'));
    }
    expect(corners).toEqual(['bottom-right', 'bottom-left', 'top-left', 'top-right', 'bottom-right']);
    expect(placements.at(-1)).toEqual({ corner: 'bottom-right', collapsed: true });
    expect(legend.placement).toEqual({ corner: 'bottom-right', collapsed: true });
  });

  it('starts where the page last had it', () => {
    const { root } = setup({ corner: 'top-left', collapsed: true });
    expect(root.querySelector('.panel')!.getAttribute('data-corner')).toBe('top-left');
    expect(root.querySelector('button.fold')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('previous / next ask to navigate; disabled when every category is hidden', () => {
    const { root, steps, legend } = setup();
    (root.querySelector('button.previous') as HTMLElement).click();
    (root.querySelector('button.next') as HTMLElement).click();
    expect(steps).toEqual([-1, 1]);
    legend.update({ collection: 5 }, new Set(['collection']));
    expect(root.querySelector('button.next')!.getAttribute('aria-disabled')).toBe('true');
    (root.querySelector('button.next') as HTMLElement).click();
    expect(steps).toEqual([-1, 1]);
  });

  it('every control has a name (text or aria-label)', () => {
    const { root } = setup();
    for (const button of root.querySelectorAll('button')) {
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      expect(name.trim().length, button.className).toBeGreaterThan(1);
      expect(name).not.toMatch(/^page_/);
    }
  });
});
