import { CATEGORY_INFO, type Category, type CategoryInfo } from '../core/categories';
import { HIGHLIGHTED_CATEGORIES, type CategoryCounts } from './highlight';

/**
 * The on-page legend: a small panel, bottom-right, saying which colour means what and how many
 * paragraphs each category has, with "Hide highlights" and a close button.
 *
 * It lives in a shadow root on `<div data-fineprint="legend">` appended to <html>: `all: initial`
 * and the shadow boundary keep the page's CSS out, `position: fixed` keeps it out of the page's
 * layout (no shift), and only the panel itself takes pointer events. All text goes in through
 * `textContent`; nothing here ever parses HTML.
 */

export const LEGEND_ATTRIBUTE = 'data-fineprint';
export const LEGEND_VALUE = 'legend';

export interface LegendOptions {
  doc: Document;
  counts: CategoryCounts;
  /** "Hide highlights": the content script turns highlights off (and remembers it for the site). */
  onHideHighlights: () => void;
  /** The close button was used (the legend is already removed). */
  onClose?: () => void;
  /** Labels and colours; injectable so tests can feed hostile strings. */
  info?: Record<Category, CategoryInfo>;
}

export interface Legend {
  host: HTMLElement;
  update(counts: CategoryCounts): void;
  remove(): void;
}

const PANEL_CSS = `
:host { all: initial; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  pointer-events: auto; box-sizing: border-box; max-width: 260px; max-height: 60vh; overflow: auto;
  padding: 10px 12px; border-radius: 10px; border: 1px solid #d0d4dc;
  background: #ffffff; color: #1f2328; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 6px; }
.title { font-weight: 600; font-size: 13px; margin: 0; }
.close { all: unset; cursor: pointer; width: 22px; height: 22px; line-height: 22px; text-align: center;
  border-radius: 6px; font-size: 16px; color: #57606a; }
.close:hover, .close:focus-visible { background: #eef0f3; outline: 2px solid #1d4ed8; outline-offset: 0; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
.swatch { flex: none; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0,0,0,.2); }
.label { flex: 1; }
.count { color: #57606a; font-variant-numeric: tabular-nums; }
.empty { color: #57606a; margin: 2px 0; }
.hide { all: unset; cursor: pointer; display: block; margin-top: 8px; padding: 4px 8px; border-radius: 6px;
  border: 1px solid #d0d4dc; font-size: 12px; color: #1f2328; background: #f6f8fa; }
.hide:hover, .hide:focus-visible { background: #eef0f3; outline: 2px solid #1d4ed8; outline-offset: 0; }
`;

export function showLegend(options: LegendOptions): Legend {
  const { doc } = options;
  const info = options.info ?? CATEGORY_INFO;
  doc.querySelectorAll(`[${LEGEND_ATTRIBUTE}="${LEGEND_VALUE}"]`).forEach((old) => old.remove());

  const host = doc.createElement('div');
  host.setAttribute(LEGEND_ATTRIBUTE, LEGEND_VALUE);
  // The host itself takes no space and no clicks; only the panel inside does.
  for (const [prop, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', 'auto 0 0 auto'],
    ['width', '0'],
    ['height', '0'],
    ['z-index', '2147483647'],
    ['pointer-events', 'none'],
  ]) {
    host.style?.setProperty(prop, value, 'important');
  }
  // Open, so tests and assistive tools can see inside; the page gains nothing from reading it.
  const root = host.attachShadow({ mode: 'open' });
  attachShadowStyles(doc, root, PANEL_CSS);

  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Fineprint highlight legend');

  const head = doc.createElement('div');
  head.className = 'head';
  const title = doc.createElement('p');
  title.className = 'title';
  title.textContent = 'Fineprint';
  const close = doc.createElement('button');
  close.className = 'close';
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', 'Close the Fineprint legend');
  close.setAttribute('title', 'Close');
  close.textContent = '×';
  head.append(title, close);

  const list = doc.createElement('ul');
  const hide = doc.createElement('button');
  hide.className = 'hide';
  hide.setAttribute('type', 'button');
  hide.textContent = 'Hide highlights on this site';

  panel.append(head, list, hide);
  root.appendChild(panel);
  doc.documentElement.appendChild(host);

  const legend: Legend = {
    host,
    update(counts) {
      renderCounts(doc, list, counts, info);
    },
    remove() {
      host.remove();
    },
  };
  legend.update(options.counts);

  close.addEventListener('click', () => {
    legend.remove();
    options.onClose?.();
  });
  hide.addEventListener('click', () => options.onHideHighlights());
  return legend;
}

function renderCounts(doc: Document, list: HTMLElement, counts: CategoryCounts, info: Record<Category, CategoryInfo>): void {
  while (list.firstChild) list.firstChild.remove();
  let any = false;
  for (const category of HIGHLIGHTED_CATEGORIES) {
    const count = counts[category] ?? 0;
    if (count <= 0) continue;
    any = true;
    const item = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style?.setProperty('background-color', info[category].color);
    const label = doc.createElement('span');
    label.className = 'label';
    label.textContent = info[category].label;
    const number = doc.createElement('span');
    number.className = 'count';
    number.textContent = String(count);
    number.setAttribute('aria-label', `${count} paragraph${count === 1 ? '' : 's'}`);
    item.append(swatch, label, number);
    list.appendChild(item);
  }
  if (!any) {
    const item = doc.createElement('li');
    item.className = 'empty';
    item.textContent = 'No paragraph matched a privacy practice.';
    list.appendChild(item);
  }
}

/** Constructed sheet on the shadow root when possible (immune to the page's CSP), else <style>. */
function attachShadowStyles(doc: Document, root: ShadowRoot, cssText: string): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (typeof Sheet === 'function' && root.adoptedStyleSheets !== undefined) {
      const sheet = new Sheet();
      sheet.replaceSync(cssText);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall back below
  }
  const style = doc.createElement('style');
  style.textContent = cssText;
  root.appendChild(style);
}
