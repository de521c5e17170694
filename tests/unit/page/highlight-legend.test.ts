import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORY_INFO, type Category, type CategoryInfo } from '../../../src/core/categories';
import { showLegend } from '../../../src/page/legend';

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
