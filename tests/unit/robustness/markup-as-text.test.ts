import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/cli/analyze';
import { escapeMd, renderMarkdown } from '../../../src/cli/markdown';

/**
 * Policy text is untrusted. Markup or script inside it is text: it comes out of the analysis as
 * the characters it was (JSON output), never as structure in the Markdown report, and the page's
 * own <script>/<style> contents are never read as policy text. (The popup and the page are covered
 * by the end-to-end tests.)
 */

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("policy")</script>',
  '[click here](javascript:alert(1))',
  '![tracker](http://203.0.113.7/p.gif)',
  '<a href="http://203.0.113.7">x</a>',
  '`code` **bold** _em_ | table | # heading',
];

const dir = mkdtempSync(join(tmpdir(), 'fineprint-markup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A policy page whose sentences carry markup as text, plus real <script> and <style> elements. */
function hostilePolicyHtml(): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  return `<!doctype html><html lang="en"><head><title>Privacy Policy</title>
<style>p::after { content: "We sell your data to data brokers." }</style>
<script>document.write("We sell your personal information to advertisers.")</script></head>
<body><main><h1>Privacy Policy</h1>
${p(`We collect your email address and name when you register. ${HOSTILE[0]}`)}
${p(`We retain your personal information for 30 days ${HOSTILE[2]} and then delete it.`)}
${p(`We may share your information with service providers ${HOSTILE[1]} who process it on our behalf.`)}
${p(`You can request deletion of your data by emailing privacy@example.com ${HOSTILE[3]} ${HOSTILE[4]}.`)}
${p(`We may update this Privacy Policy from time to time and will notify you by email of material changes ${HOSTILE[5]}.`)}
<script>var note = "We sell your personal information to data brokers for profit.";</script>
<noscript>We share your data with everyone.</noscript>
</main></body></html>`;
}

describe('markup and script in policy text stay text', () => {
  const file = join(dir, 'hostile.html');
  writeFileSync(file, hostilePolicyHtml());
  const result = analyzeFile(file, {});

  it('the analysis keeps the characters as they were and never reads <script>/<style> contents', () => {
    expect(result.error).toBeUndefined();
    const texts = (result.blocks ?? []).map((b) => b.text).join('\n');
    for (const h of HOSTILE) expect(texts, `"${h}" should be kept as text`).toContain(h);
    expect(texts, 'script element contents are not policy text').not.toMatch(/data brokers|document\.write/);
    expect(texts, 'style contents are not policy text').not.toMatch(/content:/);
    expect(result.facts?.sells_data ?? 'unstated', 'a <script> saying "we sell" must not become a fact').not.toBe('yes');
  });

  it('the Markdown report escapes every markup character that comes from the page', () => {
    const md = renderMarkdown(result);
    // Every < [ ` * _ | # from the page reaches the report escaped; the report's own structure is
    // added by renderMarkdown (headings at line start, "- " items, ** around labels).
    for (const line of md.split('\n')) {
      const body = line.replace(/^(?:#{1,2} |- |> )/, '').replace(/\*\*[^*\\]+\*\*/g, '');
      expect(body, `unescaped markup in: ${line}`).not.toMatch(/(?<!\\)[<[`|]/);
    }
    expect(md).not.toMatch(/(?<!\\)<(?:img|script|a)\b/i);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it('escapeMd neutralises markup without losing the text', () => {
    for (const h of HOSTILE) {
      const escaped = escapeMd(h);
      expect(escaped.replace(/\\(.)/g, '$1'), 'unescaping gives the text back').toBe(h.replace(/\s+/g, ' ').trim());
      expect(escaped).not.toMatch(/(?<!\\)[<>[\]`*_|#]/);
    }
    expect(escapeMd('a\n\n# not a heading\n- not an item')).toBe('a \\# not a heading - not an item');
  });
});
