import { describe, expect, it } from 'vitest';
import { extractBlocks, MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_TOTAL_CHARS, type PageBlock } from '../../../src/page/blocks';
import { readText } from '../../../src/page/text';
import { BlockSchema } from '../../../src/core/types';
import { readShared, readSharedJsonl } from '../../helpers/shared';
import { bigPage, deepNest, doc, EMPTY_PAGE, MALFORMED_PAGE, POLICY_SECTIONS, VENDOR_POLICY } from './fixtures';

function blocksOf(html: string): PageBlock[] {
  return extractBlocks(doc(html));
}
function texts(blocks: PageBlock[]): string[] {
  return blocks.map((b) => b.block.text);
}

/** The contract the highlighter relies on: ids in order, text = readText(element).text (or its prefix). */
function expectContract(blocks: PageBlock[]): void {
  blocks.forEach((b, i) => {
    expect(b.block.id).toBe(i);
    BlockSchema.parse(b.block);
    expect(b.block.text.length).toBeGreaterThan(0);
    const full = readText(b.element).text;
    expect(full.startsWith(b.block.text), `block ${i} text must be readText(element).text`).toBe(true);
    if (full.length <= MAX_BLOCK_CHARS) expect(b.block.text).toBe(full);
  });
}

describe('extractBlocks on a vendor policy page', () => {
  const blocks = blocksOf(VENDOR_POLICY);

  it('reads the policy in document order with kinds and sections', () => {
    expectContract(blocks);
    expect(blocks[0].block).toMatchObject({ text: 'Lumen Privacy Policy', kind: 'heading', section: '' });
    expect(blocks[1].block).toMatchObject({ text: 'Last updated: 1 March 2024', kind: 'paragraph', section: 'Lumen Privacy Policy' });
    const expectedHeadings = POLICY_SECTIONS.map(([h]) => h);
    expect(blocks.filter((b) => b.block.kind === 'heading').map((b) => b.block.text)).toEqual(['Lumen Privacy Policy', ...expectedHeadings]);
    const retention = blocks.find((b) => b.block.text.startsWith('We retain your personal information'))!;
    expect(retention.block.section).toBe('Data Retention');
    expect(retention.element.tagName).toBe('P');
    expect(retention.block.section).toBe('Data Retention');
  });

  it('skips header, nav, footer, cookie banner, scripts, styles and the extension UI', () => {
    const all = texts(blocks).join('\n');
    for (const chrome of ['Lumen Home', 'Cameras', 'Terms of Service', 'Cookie Settings', '© 2024', 'We use cookies to improve', 'Accept all', 'window.tracking', 'color: red', 'Fineprint:']) {
      expect(all, `"${chrome}" is chrome`).not.toContain(chrome);
    }
  });
});

describe('extractBlocks structure', () => {
  it('does not repeat a parent\'s text in nested blocks (li containing p)', () => {
    const blocks = blocksOf('<main><ul><li><p>We collect your name.</p></li><li>Direct item <p>and a nested paragraph.</p></li></ul></main>');
    expectContract(blocks);
    expect(texts(blocks)).toEqual(['We collect your name.', 'Direct item', 'and a nested paragraph.']);
    expect(blocks.map((b) => b.block.kind)).toEqual(['bullet', 'bullet', 'bullet']);
  });

  it('reads table cells, definition lists, role=heading and blockquotes', () => {
    const blocks = blocksOf(`<body>
      <div role="heading" aria-level="2">Data we keep</div>
      <table><tr><th>Data</th><th>Retention period</th></tr><tr><td>Account data</td><td>Until you delete your account</td></tr></table>
      <dl><dt>Cookies</dt><dd>Small files stored by your browser.</dd></dl>
      <blockquote>We never sell personal data.</blockquote></body>`);
    expectContract(blocks);
    expect(blocks.map((b) => [b.block.kind, b.block.text])).toEqual([
      ['heading', 'Data we keep'],
      ['cell', 'Data'],
      ['cell', 'Retention period'],
      ['cell', 'Account data'],
      ['cell', 'Until you delete your account'],
      ['paragraph', 'Cookies'],
      ['paragraph', 'Small files stored by your browser.'],
      ['paragraph', 'We never sell personal data.'],
    ]);
    expect(blocks.every((b, i) => i === 0 || b.block.section === 'Data we keep')).toBe(true);
  });

  it('reads div soup: container text in place, short emphasised lines as headings', () => {
    const blocks = blocksOf(`<body><div class="content">
      <div><strong>Sharing</strong></div>
      <div>We share data with payment processors <span>and shipping carriers</span> only.<div>Nested div text with several words.</div></div>
      <div>Menu</div>
      <p><b>Your choices</b></p>
      <p>You can opt out at any time.</p></div></body>`);
    expectContract(blocks);
    expect(blocks.map((b) => [b.block.kind, b.block.text, b.block.section])).toEqual([
      ['heading', 'Sharing', ''],
      ['paragraph', 'We share data with payment processors and shipping carriers only.', 'Sharing'],
      ['paragraph', 'Nested div text with several words.', 'Sharing'],
      ['heading', 'Your choices', 'Sharing'],
      ['paragraph', 'You can opt out at any time.', 'Your choices'],
    ]);
  });

  it('keeps short values wrapped in divs inside cells and list items', () => {
    const blocks = blocksOf('<main><table><tr><td><div>Email</div></td><td><div>Yes</div></td></tr></table><ul><li><div>Name</div></li></ul></main>');
    expect(blocks.map((b) => [b.block.kind, b.block.text])).toEqual([
      ['cell', 'Email'],
      ['cell', 'Yes'],
      ['bullet', 'Name'],
    ]);
  });

  it('places a container\'s own text where it starts (text after a heading inside the same div)', () => {
    const blocks = blocksOf('<body><div><h2>Introduction</h2>This policy explains what we collect and why.<h2>Next</h2></div></body>');
    expect(blocks.map((b) => b.block.text)).toEqual(['Introduction', 'This policy explains what we collect and why.', 'Next']);
    expect(blocks[1].block.section).toBe('Introduction');
  });

  it('keeps hidden text (accordions, tabs, hidden, display:none)', () => {
    const blocks = blocksOf(`<main><h2>FAQ</h2><details><summary>Do you sell data?</summary><p>No, we never sell data.</p></details>
      <div hidden><p>Hidden tab panel text.</p></div><p style="display:none">Collapsed answer text.</p></main>`);
    expect(texts(blocks)).toEqual(['FAQ', 'Do you sell data?', 'No, we never sell data.', 'Hidden tab panel text.', 'Collapsed answer text.']);
  });

  it('prefers the main content over sidebars, keeping the title heading before it', () => {
    const blocks = blocksOf(`<body><h1>Privacy Notice</h1>
      <aside><p>Related: our cookie policy and our terms.</p></aside>
      <div class="sidebar"><p>Sign up for our newsletter today!</p></div>
      <main>${'<p>We collect and use personal information to run our service and keep it secure for you.</p>'.repeat(20)}</main></body>`);
    expect(blocks[0].block.text).toBe('Privacy Notice');
    expect(texts(blocks)).not.toContain('Sign up for our newsletter today!');
    expect(blocks.length).toBe(21);
  });

  it('skips form controls but keeps their surrounding prose', () => {
    const blocks = blocksOf('<main><p>Choose what we may send you: <input type="checkbox"> <select><option>Weekly digest option</option></select></p></main>');
    expect(texts(blocks)).toEqual(['Choose what we may send you:']);
  });
});

describe('cookie banners and a policy\'s own cookie section', () => {
  const SECTION_TEXT = 'We use cookies and similar technologies to remember your settings and to measure how our site is used.';
  it('keeps a policy section whose id is "cookies" (the target of its table of contents)', () => {
    for (const [what, html] of [
      ['details with a summary heading', `<main><a href="#cookies">Cookies</a><details id="cookies"><summary><h2>7. Cookies</h2></summary><p>${SECTION_TEXT}</p></details></main>`],
      ['section', `<main><section id="cookies"><h2>Cookies</h2><p>${SECTION_TEXT}</p></section></main>`],
      ['div headed by its own heading', `<main><div class="cookies"><h3>Cookies</h3><p>${SECTION_TEXT}</p></div></main>`],
    ]) {
      expect(texts(blocksOf(html)), `${what}: the cookie section is part of the policy, not a consent banner`).toContain(SECTION_TEXT);
    }
  });

  it('still skips consent banners, including a bare "cookie" id with buttons or no heading', () => {
    for (const [what, html] of [
      ['bare id, no heading', '<main><p>Welcome to our shop.</p><div id="cookie">We use cookies to improve your experience. <button>Accept</button></div></main>'],
      ['bare class, heading and buttons', '<main><p>Welcome to our shop.</p><div class="cookies"><h3>We value your privacy</h3><p>We use cookies to improve your experience.</p><button>Accept</button></div></main>'],
      ['consent manager section', '<main><p>Welcome to our shop.</p><section id="onetrust-banner-sdk"><h2>We value your privacy</h2><p>We use cookies to improve your experience.</p></section></main>'],
    ]) {
      expect(texts(blocksOf(html)).join('\n'), `${what}: a consent banner is page chrome`).not.toContain('We use cookies to improve');
    }
  });
});

describe('extractBlocks on bad input', () => {
  it('returns no blocks for an empty page or an empty document', () => {
    expect(blocksOf(EMPTY_PAGE)).toEqual([]);
    expect(blocksOf('')).toEqual([]);
  });

  it('reads malformed HTML, including content after a stray </html>', () => {
    const blocks = blocksOf(MALFORMED_PAGE);
    expectContract(blocks);
    const all = texts(blocks);
    expect(all).toContain('cell one');
    expect(all).toContain('cell two');
    expect(all).toContain('Late heading');
    expect(all).toContain('Late paragraph.');
    expect(blocks.find((b) => b.block.text === 'Late paragraph.')!.block.section).toBe('Late heading');
  });

  it('handles deeply nested divs without overflowing the stack', () => {
    const blocks = blocksOf(deepNest(5000));
    expect(texts(blocks)).toEqual(['Deep text at the bottom of many divs.']);
  });

  it('truncates a giant paragraph to a safe prefix', () => {
    const blocks = blocksOf(`<main><p>${'personal data '.repeat(5000)}</p><p>After.</p></main>`);
    expect(blocks[0].block.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expectContract(blocks);
    expect(blocks[1].block.text).toBe('After.');
  });

  it('reads a 5 MB page within the caps and in reasonable time', () => {
    const html = bigPage(5_000_000);
    const d = doc(html);
    const t0 = performance.now();
    const blocks = extractBlocks(d);
    const ms = performance.now() - t0;
    expect(blocks.length).toBeGreaterThan(1000);
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(blocks.reduce((n, b) => n + b.block.text.length, 0)).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('extractBlocks on the detect-dev corpus', () => {
  const entries = readSharedJsonl<{ file: string; label: string }>('detect-dev/index.jsonl');

  it('reads every page within the contract, and finds real content on every policy', () => {
    for (const entry of entries) {
      const blocks = extractBlocks(doc(readShared(`detect-dev/${entry.file}`)));
      blocks.forEach((b, i) => expect(b.block.id).toBe(i));
      const sample = blocks.slice(0, 400);
      for (const b of sample) expect(b.block.text).toBe(readText(b.element).text.slice(0, b.block.text.length));
      // A block nested in another block's element must not have its text repeated there.
      const byElement = new Map(blocks.map((b) => [b.element, b]));
      for (const b of sample) {
        if (b.block.text.length < 40) continue;
        for (let up = b.element.parentElement; up; up = up.parentElement) {
          const outer = byElement.get(up);
          if (outer) expect(outer.block.text, `${entry.file}: block ${b.block.id} repeated in ${outer.block.id}`).not.toContain(b.block.text);
        }
      }
      if (entry.label === 'policy') {
        const words = blocks.reduce((n, b) => n + b.block.text.split(' ').length, 0);
        expect(words, `${entry.file} should yield its policy text`).toBeGreaterThan(80);
      }
    }
  }, 120_000);
});
