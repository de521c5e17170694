/**
 * The shadow-root hosts of Fineprint's in-page UI (legend, tooltip). A host is a zero-size,
 * `position: fixed`, `pointer-events: none` element appended to <html>, so the page's layout never
 * changes when it comes or goes; `all: initial` and the shadow boundary keep the page's CSS out.
 * Open shadow roots, so tests and assistive tools can see inside; the page gains nothing from
 * reading them.
 */

export const OVERLAY_ATTRIBUTE = 'data-fineprint';

export function overlayHost(doc: Document, name: string, zIndex: number): { host: HTMLElement; root: ShadowRoot } {
  doc.querySelectorAll(`[${OVERLAY_ATTRIBUTE}="${name}"]`).forEach((old) => old.remove());
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_ATTRIBUTE, name);
  for (const [prop, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', '0 auto auto 0'],
    ['width', '0'],
    ['height', '0'],
    ['z-index', String(zIndex)],
    ['pointer-events', 'none'],
  ]) {
    host.style?.setProperty(prop, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

/** Constructed sheet on the shadow root when possible (immune to the page's CSP), else <style>. */
export function attachShadowStyles(doc: Document, root: ShadowRoot, cssText: string): void {
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
