import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFeatures } from '../../../src/core/detect-score';
import { detectFile } from '../../../src/cli/detect';
import { pageFeatures, precheck, scorePage } from '../../../src/page/detect';
import { doc } from './fixtures';

/**
 * Hard pages of kinds the dev set (../shared/detect-dev) does not hold: privacy-heavy pages that
 * are not policies (generators, guides, forms, DPAs, job posts, search results …) and policies
 * that do not look like the usual ones (tables, div headings, brand-only titles, supplements …).
 * See tests/fixtures/detect-hard/README.md and index.jsonl (label, kind, why it is hard).
 */

const HARD = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/detect-hard');

interface HardPage {
  file: string;
  label: 'policy' | 'other';
  kind: string;
  why: string;
  /** Only a browser can judge the page (late content, client-side routes): see tests/e2e/detect-hard.e2e.test.ts. */
  browserOnly?: boolean;
}

const pages: HardPage[] = readFileSync(resolve(HARD, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as HardPage)
  .filter((p) => !p.browserOnly);

function breakdown(detail: ReturnType<typeof scorePage>): string {
  const parts = Object.entries(detail.contributions).map(([name, value]) => `${name} ${value > 0 ? '+' : ''}${value}`);
  return `score ${detail.score} [${parts.join(', ')}]; signals: ${detail.signals.join('; ')}`;
}

describe('hard pages: every label holds on the page path', () => {
  it('the index lists policies and non-policies in numbers worth testing', () => {
    expect(pages.filter((p) => p.label === 'policy').length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.label === 'other').length).toBeGreaterThanOrEqual(14);
    for (const p of pages) expect(p.kind && p.why, `${p.file} needs a kind and a why`).toBeTruthy();
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const html = readFileSync(resolve(HARD, page.file), 'utf8');
    const detail = scorePage(doc(html));
    const expected = page.label === 'policy';
    expect(detail.isPolicy, `${page.file} (${page.kind}) should be ${expected ? 'a policy' : 'no policy'}: ${breakdown(detail)}`).toBe(expected);
    // Stage 1 must let every policy through to the full check.
    if (expected) expect(precheck(doc(html)).maybe, `${page.file}: the precheck ruled out a policy`).toBe(true);
    // These pages are English (the German one only in its chrome).
    expect(detail.language, `${page.file}: language`).toBe('en');
  });

  it.each(pages.map((p) => [p.file, p] as const))('the CLI agrees with the page path on %s', (_file, page) => {
    const path = resolve(HARD, page.file);
    const line = detectFile(path, {});
    const detail = scorePage(doc(readFileSync(path, 'utf8')));
    expect(line.error).toBeUndefined();
    expect({ isPolicy: line.isPolicy, score: line.score }, `${page.file}: CLI vs page path`).toEqual({ isPolicy: detail.isPolicy, score: detail.score });
  });
});

describe('the signals these pages called for', () => {
  const policyText = (extra = '') =>
    [
      'We collect your name, email address and IP address when you create an account, and we use this information to provide the service to you.',
      'We share personal information with service providers such as hosting and payment processors, and we do not sell your personal information.',
      'You can access, correct or delete your information in your settings, and you can opt out of marketing emails at any time.',
      'We retain your information for as long as your account is active and protect it with encryption and access controls.',
      'Our service is not directed to children under 13. We may update this policy and will post the new version here.',
      extra,
    ].join('\n');

  it('a title that uses a policy name as a modifier, asks about one or acts on one does not name the page', () => {
    for (const title of ['Free Privacy Policy Generator', 'Privacy Notice Template | Docs', 'What is a privacy policy?', "We're updating our Privacy Policy"]) {
      const d = scoreFeatures({ title, mainHeadings: [title], headings: [], text: policyText() });
      expect(d.contributions.title, title).toBeUndefined();
      expect(d.contributions.heading, title).toBeUndefined();
    }
    for (const title of ['Privacy Policy | Acme', 'Our Updated Privacy Notice', 'Acme Privacy Statement']) {
      expect(scoreFeatures({ title, mainHeadings: [], headings: [], text: policyText() }).contributions.title, title).toBe(2.5);
    }
  });

  it('quoted passages do not speak for the page', () => {
    const quotedSelf = 'The company wrote: "If you have any questions about this Privacy Policy, please contact our team." Critics disagreed.';
    const quoted = scoreFeatures({ title: '', mainHeadings: [], headings: [], text: policyText(quotedSelf) });
    expect(quoted.contributions['self-reference']).toBeUndefined();
    const blockQuoted = 'If you have any questions about this Privacy Policy, please contact our team.';
    const asBlock = scoreFeatures({ title: '', mainHeadings: [], headings: [], text: policyText(blockQuoted), quotations: [blockQuoted] });
    expect(asBlock.contributions['self-reference']).toBeUndefined();
    const own = scoreFeatures({ title: '', mainHeadings: [], headings: [], text: policyText(blockQuoted) });
    expect(own.contributions['self-reference']).toBeGreaterThan(0);
    // A term defined in quotes stays the page's own words.
    const defined = scoreFeatures({ title: '', mainHeadings: [], headings: [], text: policyText('This privacy policy ("Policy") applies to Acme ("we").') });
    expect(defined.contributions['self-reference']).toBeGreaterThan(0);
  });

  it('linked headings naming several policies make a list of policies, not one', () => {
    const linkedHeadings = ['Privacy Policy – Acme', 'Globex Privacy Notice', 'Initech Privacy Statement'];
    const d = scoreFeatures({ title: 'Privacy Policy', mainHeadings: ['Privacy Policy'], headings: [], text: policyText(), linkedHeadings });
    expect(d.contributions['policy-listing']).toBeLessThan(0);
    expect(d.isPolicy).toBe(false);
    const two = scoreFeatures({ title: 'Privacy Policy', mainHeadings: ['Privacy Policy'], headings: [], text: policyText(), linkedHeadings: linkedHeadings.slice(0, 2) });
    expect(two.contributions['policy-listing']).toBeUndefined();
    expect(two.isPolicy).toBe(true);
  });

  it('speaking of "a/your privacy policy" more than of its own marks a page about policies', () => {
    const about = 'Every website needs a privacy policy. Your privacy policy must list what you collect. A privacy policy also names third parties. Any privacy policy should be dated.';
    expect(scoreFeatures({ title: '', mainHeadings: [], headings: [], text: policyText(about) }).contributions['about-policies']).toBeLessThan(0);
    const own = `${about} This privacy policy explains our practices. Our privacy policy is dated. This privacy policy applies to Acme. Read this privacy policy. Our privacy policy changes.`;
    expect(scoreFeatures({ title: '', mainHeadings: [], headings: [], text: policyText(own) }).contributions['about-policies']).toBeUndefined();
  });

  it('reads linked and quoted blocks from the page', () => {
    const html = `<html><head><title>Results</title></head><body><main>
      <div class="r"><h2><a href="https://a.example/privacy">Privacy Policy – A</a></h2><p>Snippet one about a policy and its terms.</p></div>
      <a class="card" href="https://b.example/legal"><div><h3>Privacy Notice – B</h3></div><p>Snippet two about another policy.</p></a>
      <h2><a href="#contact">Contact us</a></h2><p>Write to us at any time about anything.</p>
      <blockquote><p>We may share your information with partners for their own purposes.</p></blockquote>
    </main></body></html>`;
    const d = scorePage(doc(html));
    expect(d.signals.join('; ')).not.toMatch(/main heading names a privacy policy/);
    const f = pageFeatures(doc(html));
    expect(f.linkedHeadings).toEqual(['Privacy Policy – A', 'Privacy Notice – B']);
    expect(f.headings).toEqual(['Contact us']);
    expect(f.quotations).toEqual(['We may share your information with partners for their own purposes.']);
  });
});

describe('guards against real policies the new signals could hurt', () => {
  it('a policy indented with <blockquote> (old pages) still speaks for itself', () => {
    const policy = readFileSync(resolve(HARD, 'pos/short-app-policy.html'), 'utf8')
      .replace('<h1 id="privacy-policy">Privacy Policy</h1>', '<h1 id="privacy-policy">Privacy Policy</h1><blockquote>')
      .replace('<div class="footer', '</blockquote><div class="footer');
    const detail = scorePage(doc(policy));
    expect(detail.isPolicy, breakdown(detail)).toBe(true);
    expect(detail.contributions['self-reference'], breakdown(detail)).toBeGreaterThan(0);
  });

  it('a page title linked to its own permalink (blog and CMS themes) still names the page', () => {
    const policy = readFileSync(resolve(HARD, 'pos/short-app-policy.html'), 'utf8')
      .replace('<title>Tally Counter – Privacy</title>', '<title>Tally Counter</title>')
      .replace('<h1 id="privacy-policy">Privacy Policy</h1>', '<h2 class="entry-title"><a href="/tally-counter/privacy" rel="bookmark">Privacy Policy</a></h2>');
    const detail = scorePage(doc(policy));
    expect(detail.contributions.heading, breakdown(detail)).toBe(2.5);
    expect(detail.isPolicy, breakdown(detail)).toBe(true);
  });

  it('a policy followed by cards linking to related notices is not a list of policies', () => {
    const cards = ['Cookie Notice', 'California Privacy Notice', 'Applicant Privacy Notice', 'Children\u2019s Privacy Notice']
      .map((name, i) => `<div class="card"><h3><a href="/legal/doc-${i}">${name}</a></h3><p>Read the ${name} for details on this topic.</p></div>`)
      .join('');
    const policy = readFileSync(resolve(HARD, 'pos/long-toc-details.html'), 'utf8').replace('</main>', `<section class="related"><h2>Related notices</h2>${cards}</section></main>`);
    const detail = scorePage(doc(policy));
    expect(detail.contributions['policy-listing'], breakdown(detail)).toBeUndefined();
    expect(detail.isPolicy, breakdown(detail)).toBe(true);
  });
});
