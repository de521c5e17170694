import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Render Preact components into a linkedom document (no preact-render-to-string in node_modules).
 * Preact creates nodes through the global `document`, so it is installed for the test's duration.
 */
export interface Mounted {
  root: HTMLElement;
  document: Document;
  window: Window & typeof globalThis;
  unmount: () => void;
}

export function mount(node: ComponentChild): Mounted {
  const { window, document } = parseHTML('<!doctype html><html><head></head><body><div id="app"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  g.document = document;
  g.window = window;
  installCheckedProperty(window as unknown as { HTMLInputElement: { prototype: object } });
  const root = document.getElementById('app') as unknown as HTMLElement;
  act(() => {
    render(node, root);
  });
  return {
    root,
    document: document as unknown as Document,
    window: window as unknown as Window & typeof globalThis,
    unmount: () => {
      act(() => render(null, root));
      g.document = saved.document;
      g.window = saved.window;
    },
  };
}

/** Let pending promises (fake API replies) settle and Preact re-render. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export function fire(m: Mounted, el: Element | null, type: string): Event {
  if (!el) throw new Error(`${type}: element not found`);
  const event = new m.window.Event(type, { bubbles: true, cancelable: true });
  act(() => {
    el.dispatchEvent(event);
  });
  return event;
}

export function click(m: Mounted, el: Element | null): Event {
  return fire(m, el, 'click');
}

export function $(m: Mounted, selector: string): HTMLElement | null {
  return m.root.querySelector(selector) as HTMLElement | null;
}

export function $$(m: Mounted, selector: string): HTMLElement[] {
  return [...m.root.querySelectorAll(selector)] as HTMLElement[];
}

/**
 * linkedom has no `checked` property on inputs (only the attribute). Browsers do, and Preact sets
 * the property when it exists: give inputs a browser-like property (initialised from the attribute).
 */
function installCheckedProperty(window: { HTMLInputElement: { prototype: object } }): void {
  const proto = window.HTMLInputElement.prototype;
  if (Object.getOwnPropertyDescriptor(proto, 'checked')) return;
  const state = new WeakMap<object, boolean>();
  Object.defineProperty(proto, 'checked', {
    configurable: true,
    get(this: Element) {
      return state.has(this) ? state.get(this)! : this.hasAttribute('checked');
    },
    set(this: Element, value: boolean) {
      state.set(this, Boolean(value));
    },
  });
}
