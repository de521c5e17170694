import { describe, expect, it } from 'vitest';
import { findPolicyLink } from '../../../src/page/policy-link';
import { readShared, readSharedJsonl } from '../../helpers/shared';
import { doc, SHOP_WITH_BANNER } from './fixtures';

const BASE = 'https://www.lumen.example/products/cam-3';

function page(body: string): Document {
  return doc(`<html><head><title>Shop</title></head><body>${body}</body></html>`);
}

describe('findPolicyLink', () => {
  it('finds the footer privacy policy link as an absolute URL', () => {
    expect(findPolicyLink(doc(SHOP_WITH_BANNER), BASE)).toEqual({ href: 'https://www.lumen.example/legal/privacy-policy', text: 'Privacy Policy' });
  });

  it('prefers the footer link over a mention in the page body', () => {
    const d = page(`<main><p>Read the <a href="/blog/privacy-tips">privacy</a> tips.</p></main>
      <footer><a href="/privacy">Privacy Notice</a></footer>`);
    expect(findPolicyLink(d, BASE)?.href).toBe('https://www.lumen.example/privacy');
  });

  it('ignores settings buttons, cookie preferences, opt-outs and javascript: links', () => {
    const d = page(`<footer>
      <a href="javascript:openPrivacy()">Privacy Policy</a>
      <a href="/account/privacy-settings">Privacy settings</a>
      <a href="#" onclick="cmp()">Cookie Settings</a>
      <a href="/do-not-sell">Do Not Sell My Personal Information</a>
      <a role="button" href="/privacy">Privacy</a>
    </footer>`);
    expect(findPolicyLink(d, BASE)).toBeNull();
  });

  it('prefers the site\'s own policy over a third party\'s', () => {
    const d = page(`<div class="widget"><a href="https://widgets.example/privacy">Privacy Policy</a></div>
      <div id="site-footer"><a href="https://shop.lumen.example/privacy-policy">Privacy Policy</a></div>`);
    expect(findPolicyLink(d, BASE)?.href).toBe('https://shop.lumen.example/privacy-policy');
  });

  it('understands rel="privacy-policy" and other languages', () => {
    expect(findPolicyLink(page('<a rel="privacy-policy" href="/legal/p">Legal</a>'), BASE)?.href).toBe('https://www.lumen.example/legal/p');
    expect(findPolicyLink(page('<footer><a href="/datenschutz">Datenschutzerklärung</a></footer>'), BASE)?.text).toBe('Datenschutzerklärung');
    expect(findPolicyLink(page('<footer><a href="/fr/confidentialite">Politique de confidentialité</a></footer>'), BASE)?.href).toBe(
      'https://www.lumen.example/fr/confidentialite',
    );
    expect(findPolicyLink(page('<footer><a href="/dp">Data Protection</a></footer>'), BASE)?.href).toBe('https://www.lumen.example/dp');
  });

  it('returns null when there is no policy link, for a bad base URL with relative links, and on an empty page', () => {
    expect(findPolicyLink(page('<footer><a href="/terms">Terms</a><a href="/about">About</a></footer>'), BASE)).toBeNull();
    expect(findPolicyLink(page('<footer><a href="/privacy">Privacy</a></footer>'), 'not a url')).toBeNull();
    expect(findPolicyLink(doc(''), BASE)).toBeNull();
  });

  it('prefers the policy over a link to one of its parts, and ignores tag pages about privacy', () => {
    const d = page(`<footer><a href="https://corp.lumen.example/privacy-policy/#california">Your California Privacy Rights</a>
      <a href="https://corp.lumen.example/privacy-policy/">Privacy Policy and Cookie Statement</a></footer>`);
    expect(findPolicyLink(d, BASE)?.text).toBe('Privacy Policy and Cookie Statement');
    expect(findPolicyLink(page('<header><a href="/topic/privacy/">Privacy</a></header>'), BASE)).toBeNull();
  });

  it('finds an absolute http(s) link on most real pages of the detect-dev corpus', () => {
    const entries = readSharedJsonl<{ file: string; label: string }>('detect-dev/index.jsonl').filter((e) => e.label === 'other');
    let found = 0;
    for (const entry of entries) {
      const link = findPolicyLink(doc(readShared(`detect-dev/${entry.file}`)), 'https://site.example/some/page');
      if (!link) continue;
      found++;
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.text).not.toMatch(/settings|preferences|do not sell/i);
    }
    expect(found / entries.length).toBeGreaterThan(0.6);
  }, 60_000);

  it('does not return a link to the page itself', () => {
    expect(findPolicyLink(page('<footer><a href="/privacy">Privacy Policy</a></footer>'), 'https://www.lumen.example/privacy')).toBeNull();
  });
});
