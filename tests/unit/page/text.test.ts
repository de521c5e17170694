import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/page/text';
import { doc } from './fixtures';

function el(html: string, selector = '#t'): Element {
  const found = doc(`<html><body>${html}</body></html>`).querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

/** Every non-space character must map back to the same character in the DOM. */
function expectMapsBack(element: Element): void {
  const { text, locate } = readText(element);
  for (let i = 0; i < text.length; i++) {
    const pos = locate(i);
    expect(pos, `offset ${i} of "${text}" should map to a DOM position`).not.toBeNull();
    if (text[i] !== ' ') expect(pos!.node.data[pos!.offset], `offset ${i} of "${text}"`).toBe(text[i]);
  }
}

describe('readText', () => {
  it('collapses whitespace the way a reader sees it and trims', () => {
    const t = readText(el('<p id="t">\n   We  collect\t\tyour\n\n <b>name</b>\u00a0and   email.  </p>'));
    expect(t.text).toBe('We collect your name and email.');
  });

  it('joins inline elements without inventing spaces and separates <br> lines', () => {
    expect(readText(el('<p id="t">pri<b>vacy</b> notice<br>second line</p>')).text).toBe('privacy notice second line');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(readText(el('<p id="t">in\u00adfor\u200bmation</p>')).text).toBe('information');
  });

  it('excludes descendants that are blocks of their own, and never-read elements', () => {
    const t = readText(el('<li id="t">Cookies: <p>nested paragraph</p> we use them. <script>var x = 1;</script><style>p{}</style><button>Accept</button><span data-fineprint>UI</span></li>'));
    expect(t.text).toBe('Cookies: we use them.');
  });

  it('keeps hidden text (accordions, tabs, hidden attribute)', () => {
    expect(readText(el('<div id="t">Open <span hidden>hidden words</span> <span style="display:none">and more</span></div>')).text).toBe(
      'Open hidden words and more',
    );
  });

  it('maps every character back to its text node and offset', () => {
    expectMapsBack(el('<p id="t">  We <em>never</em>\n sell   <a href="#">your <b>data</b></a>.<br>Really. </p>'));
    expectMapsBack(el('<li id="t">A <p>skip</p> B\u00adC  D</li>'));
  });

  it('locates the end of the text and rejects offsets out of range', () => {
    const element = el('<p id="t">Hello <b>world</b>  </p>');
    const t = readText(element);
    expect(t.text).toBe('Hello world');
    const end = t.locate(t.text.length)!;
    expect(end.node.data).toBe('world');
    expect(end.offset).toBe(5);
    expect(t.locate(-1)).toBeNull();
    expect(t.locate(t.text.length + 1)).toBeNull();
    expect(t.locate(1.5)).toBeNull();
  });

  it('gives an empty text with no positions for an element without text', () => {
    const t = readText(el('<p id="t">  <img src="x.png"> </p>'));
    expect(t.text).toBe('');
    expect(t.locate(0)).toBeNull();
  });

  it('builds a DOM range from located offsets (evidence highlighting)', () => {
    const d = doc('<html><body><p id="t">We may <b>share</b> your data with partners.</p></body></html>');
    const p = d.querySelector('#t')!;
    const t = readText(p);
    const start = t.text.indexOf('share your data');
    const a = t.locate(start)!;
    const b = t.locate(start + 'share your data'.length)!;
    expect(a.node.data.slice(a.offset)).toBe('share');
    expect(b.node.data.slice(0, b.offset)).toBe(' your data');
  });

  it('handles very deep inline nesting without overflowing the stack', () => {
    const depth = 20_000;
    const html = `<p id="t">${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}</p>`;
    expect(readText(el(html)).text).toBe('deep');
  });
});
