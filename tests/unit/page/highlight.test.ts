import { describe, expect, it } from 'vitest';
import { CATEGORY_INFO } from '../../../src/core/categories';
import {
  FOCUS_HIGHLIGHT,
  PageHighlighter,
  browserHighlightEnvironment,
  highlightStyles,
  primaryCategory,
  relativeLuminance,
  type HighlightEnvironment,
  type HighlightLike,
  type RangeLike,
} from '../../../src/page/highlight';

interface FakeRange extends RangeLike {
  start: [unknown, number] | null;
  end: [unknown, number] | null;
}
interface FakeHighlight extends HighlightLike {
  ranges: FakeRange[];
}

/** A fake page: elements are labels; each has a text split over two text nodes. */
function fakeEnvironment(options: { lightText?: boolean } = {}) {
  const registry = new Map<string, FakeHighlight>();
  const sheets: string[] = [];
  const texts = new Map<string, string>();
  const env: HighlightEnvironment = {
    createRange: () => {
      const range: FakeRange = {
        start: null,
        end: null,
        setStart(node, offset) {
          this.start = [node, offset];
        },
        setEnd(node, offset) {
          this.end = [node, offset];
        },
      };
      return range;
    },
    registry: {
      set: (name, h) => registry.set(name, h as FakeHighlight),
      delete: (name) => registry.delete(name),
      has: (name) => registry.has(name),
    },
    createHighlight: (ranges) => ({ priority: 0, ranges: ranges as FakeRange[] }) as FakeHighlight,
    attachStyles: (css) => {
      sheets.push(css);
      return () => sheets.splice(sheets.indexOf(css), 1);
    },
    readText: (element) => {
      const text = texts.get(element as unknown as string) ?? '';
      const half = Math.floor(text.length / 2);
      return {
        text,
        locate: (offset) =>
          offset < 0 || offset > text.length
            ? null
            : ({ node: offset <= half ? `${element}#a` : `${element}#b`, offset: offset <= half ? offset : offset - half } as never),
      };
    },
    pageTextIsLight: () => options.lightText ?? false,
  };
  const element = (name: string, text: string) => {
    texts.set(name, text);
    return name as unknown as Element;
  };
  return { env, registry, sheets, element };
}

describe('primaryCategory', () => {
  it('is the most specific practice category (HIGHLIGHT_PRIORITY), never other', () => {
    expect(primaryCategory(['sharing', 'collection'])).toBe('sharing');
    expect(primaryCategory(['collection', 'retention'])).toBe('retention');
    expect(primaryCategory(['audiences', 'access'])).toBe('access');
    expect(primaryCategory(['other', 'dnt'])).toBe('dnt');
    expect(primaryCategory(['other'])).toBeNull();
    expect(primaryCategory(['not-a-category'])).toBeNull();
  });
});

describe('PageHighlighter', () => {
  it('registers one fp-<category> highlight per category, each block once, over its whole text', () => {
    const { env, registry, sheets, element } = fakeEnvironment();
    const a = element('a', 'We collect your email.');
    const b = element('b', 'We share it with partners.');
    const c = element('c', 'Children: we collect less.');
    const d = element('d', 'Contact us.');
    const counts = new PageHighlighter(env).show([
      { element: a, categories: ['collection'] },
      { element: b, categories: ['sharing'] },
      { element: c, categories: ['audiences', 'collection'] },
      { element: d, categories: ['other'] },
    ]);
    expect(counts).toEqual({ collection: 2, sharing: 1 });
    expect([...registry.keys()].sort()).toEqual(['fp-collection', 'fp-sharing']);
    const collection = registry.get('fp-collection')!.ranges;
    expect(collection).toHaveLength(2);
    expect(collection[0].start).toEqual(['a#a', 0]);
    expect(collection[0].end).toEqual(['a#b', 'We collect your email.'.length - 11]);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain(`::highlight(fp-collection) { background-color: ${CATEGORY_INFO.collection.color}; color: inherit; }`);
    expect(sheets[0]).not.toContain('fp-other');
  });

  it('skips blocks with no text or whose text cannot be located', () => {
    const { env, registry, element } = fakeEnvironment();
    const empty = element('e', '');
    const broken = element('x', 'text');
    const brokenEnv: HighlightEnvironment = {
      ...env,
      readText: (el) => (el === broken ? { text: 'text', locate: () => null } : env.readText(el)),
    };
    expect(new PageHighlighter(brokenEnv).show([
      { element: empty, categories: ['collection'] },
      { element: broken, categories: ['collection'] },
    ])).toEqual({});
    expect(registry.size).toBe(0);
  });

  it('is idempotent: showing twice gives the same registry and one stylesheet', () => {
    const { env, registry, sheets, element } = fakeEnvironment();
    const targets = [{ element: element('a', 'We collect data.'), categories: ['collection'] }];
    const highlighter = new PageHighlighter(env);
    highlighter.show(targets);
    highlighter.show(targets);
    expect(registry.get('fp-collection')!.ranges).toHaveLength(1);
    expect(sheets).toHaveLength(1);
  });

  it('a category that disappears on re-show is unregistered', () => {
    const { env, registry, element } = fakeEnvironment();
    const highlighter = new PageHighlighter(env);
    highlighter.show([{ element: element('a', 'one'), categories: ['retention'] }]);
    highlighter.show([{ element: element('b', 'two'), categories: ['security'] }]);
    expect([...registry.keys()]).toEqual(['fp-security']);
  });

  it('hide removes exactly our names and leaves the page’s own highlights', () => {
    const { env, registry, element } = fakeEnvironment();
    registry.set('site-search-hit', { priority: 0, ranges: [] });
    const highlighter = new PageHighlighter(env);
    highlighter.show([{ element: element('a', 'We keep data for 30 days.'), categories: ['retention'] }]);
    highlighter.hide();
    highlighter.hide();
    expect([...registry.keys()]).toEqual(['site-search-hit']);
    expect(highlighter.isShown).toBe(false);
  });

  it('uses dark highlighted text on dark-themed pages', () => {
    const { env, sheets, element } = fakeEnvironment({ lightText: true });
    new PageHighlighter(env).show([{ element: element('a', 'text'), categories: ['choice'] }]);
    expect(sheets[0]).toContain(`::highlight(fp-choice) { background-color: ${CATEGORY_INFO.choice.color}; color: #111111; }`);
  });

  it('focus adds a short-lived fp-focus highlight above the categories; dispose removes everything', async () => {
    const { env, registry, sheets, element } = fakeEnvironment();
    const highlighter = new PageHighlighter(env);
    highlighter.show([{ element: element('a', 'text'), categories: ['choice'] }]);
    const range = env.createRange();
    highlighter.focus(range, 20);
    expect(registry.get(FOCUS_HIGHLIGHT)!.priority).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
    highlighter.focus(range, 1000);
    highlighter.dispose();
    expect(registry.size).toBe(0);
    expect(sheets).toHaveLength(0);
  });
});

describe('PageHighlighter.prepare: ranges worked out while the worker classifies', () => {
  function counting() {
    const fake = fakeEnvironment();
    const reads: string[] = [];
    const env: HighlightEnvironment = {
      ...fake.env,
      readText: (el) => {
        reads.push(el as unknown as string);
        return fake.env.readText(el);
      },
    };
    return { ...fake, env, reads };
  }

  it('show uses the prepared ranges instead of reading each block again', () => {
    const { env, registry, element, reads } = counting();
    const a = element('a', 'We collect your email.');
    const b = element('b', 'Contact us.');
    const highlighter = new PageHighlighter(env);
    highlighter.prepare([a, b]);
    expect(reads).toEqual(['a', 'b']);
    const counts = highlighter.show([
      { element: a, categories: ['collection'] },
      { element: b, categories: ['other'] },
    ]);
    expect(reads, 'no block is read a second time').toEqual(['a', 'b']);
    expect(counts).toEqual({ collection: 1 });
    expect(registry.get('fp-collection')!.ranges[0].start).toEqual(['a#a', 0]);
  });

  it('prepared ranges serve one show only', () => {
    const { env, registry, element, reads } = counting();
    const a = element('a', 'We collect your email.');
    const c = element('c', 'We share it.');
    const highlighter = new PageHighlighter(env);
    highlighter.prepare([a]);
    const targets = [
      { element: a, categories: ['collection'] },
      { element: c, categories: ['sharing'] },
    ];
    highlighter.show(targets);
    expect(reads, 'c was not prepared: show reads it').toEqual(['a', 'c']);
    highlighter.show(targets);
    expect(reads, 'a second show reads the page afresh').toEqual(['a', 'c', 'a', 'c']);
    expect(registry.get('fp-collection')!.ranges).toHaveLength(1);
  });

  it('a prepared range that went empty meanwhile (its text was removed) is worked out again', () => {
    const { env, registry, element, reads } = counting();
    const made: { collapsed: boolean }[] = [];
    const liveEnv: HighlightEnvironment = {
      ...env,
      createRange: () => {
        const range = Object.assign(env.createRange(), { collapsed: false });
        made.push(range);
        return range;
      },
    };
    const e = element('e', 'We keep logs.');
    const highlighter = new PageHighlighter(liveEnv);
    highlighter.prepare([e]);
    made[0].collapsed = true;
    highlighter.show([{ element: e, categories: ['retention'] }]);
    expect(reads).toEqual(['e', 'e']);
    expect(registry.get('fp-retention')!.ranges).toEqual([made[1]]);
  });
});

describe('PageHighlighter: per-category visibility, placed blocks, palette', () => {
  function three() {
    const { env, registry, sheets, element } = fakeEnvironment();
    const highlighter = new PageHighlighter(env);
    const targets = [
      { element: element('a', 'We collect your email.'), categories: ['collection'], id: 4 },
      { element: element('b', 'We share it.'), categories: ['sharing'], id: 7 },
      { element: element('c', 'Contact us.'), categories: ['other'], id: 8 },
      { element: element('d', 'We collect more.'), categories: ['collection'], id: 9 },
    ];
    return { highlighter, registry, sheets, targets };
  }

  it('a hidden category leaves the registry and comes back with the same highlight object', () => {
    const { highlighter, registry, targets } = three();
    highlighter.show(targets);
    const sharing = registry.get('fp-sharing');
    highlighter.setHiddenCategories(['sharing']);
    expect([...registry.keys()]).toEqual(['fp-collection']);
    expect(highlighter.isCategoryVisible('sharing')).toBe(false);
    highlighter.setHiddenCategories([]);
    expect(registry.get('fp-sharing'), 'no ranges recomputed: the same Highlight is registered again').toBe(sharing);
  });

  it('categories hidden before show are counted but not registered; unknown names are ignored', () => {
    const { highlighter, registry, targets } = three();
    highlighter.setHiddenCategories(['collection', 'not-a-category', 'other']);
    expect(highlighter.show(targets)).toEqual({ collection: 2, sharing: 1 });
    expect([...registry.keys()]).toEqual(['fp-sharing']);
    expect([...highlighter.hiddenCategories]).toEqual(['collection']);
  });

  it('placedBlocks lists highlighted blocks in the order given, with id and category; none while hidden', () => {
    const { highlighter, targets } = three();
    highlighter.show(targets);
    expect(highlighter.placedBlocks.map((b) => [b.id, b.category])).toEqual([
      [4, 'collection'],
      [7, 'sharing'],
      [9, 'collection'],
    ]);
    highlighter.hide();
    expect(highlighter.placedBlocks).toEqual([]);
  });

  it('focus without a duration stays until clearFocus', async () => {
    const { highlighter, registry, targets } = three();
    highlighter.show(targets);
    highlighter.focus(highlighter.placedBlocks[0].range, null);
    await new Promise((r) => setTimeout(r, 30));
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(true);
    highlighter.clearFocus();
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
  });

  it('setColours re-styles with the palette; only colour literals reach the stylesheet', () => {
    const { highlighter, sheets, targets } = three();
    highlighter.show(targets);
    const colours = { ...Object.fromEntries(Object.entries(CATEGORY_INFO).map(([k, v]) => [k, v.color])), sharing: '#123456', collection: 'red; } body { display: none' } as never;
    highlighter.setColours(colours, true);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain('::highlight(fp-sharing) { background-color: #123456; color: #111111; }');
    expect(sheets[0]).toContain('::highlight(fp-collection) { background-color: transparent;');
    expect(sheets[0]).not.toContain('display: none');
  });
});

describe('browser environment', () => {
  it('is null when the CSS Custom Highlight API is missing (older Firefox)', () => {
    expect(browserHighlightEnvironment({} as Document, () => ({ text: '', locate: () => null }), {})).toBeNull();
    expect(browserHighlightEnvironment({} as Document, () => ({ text: '', locate: () => null }), { CSS: {} })).toBeNull();
  });

  it('attaches one adopted stylesheet and removes it again', () => {
    class Sheet {
      text = '';
      replaceSync(t: string) {
        this.text = t;
      }
    }
    const doc = { adoptedStyleSheets: [] as unknown[] } as unknown as Document;
    const env = browserHighlightEnvironment(doc, () => ({ text: '', locate: () => null }), {
      CSS: { highlights: new Map() as never },
      Highlight: class {
        priority = 0;
      },
      CSSStyleSheet: Sheet as never,
    })!;
    const detach = env.attachStyles(highlightStyles());
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect((doc.adoptedStyleSheets[0] as unknown as Sheet).text).toContain('::highlight(fp-audiences)');
    detach();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('relativeLuminance reads rgb() colours', () => {
    expect(relativeLuminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(relativeLuminance('rgba(0, 0, 0, 0.5)')).toBeCloseTo(0);
    expect(relativeLuminance('canvastext')).toBeNull();
  });
});
