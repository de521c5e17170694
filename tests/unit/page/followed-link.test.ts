import { describe, expect, it } from 'vitest';
import { followedLinkFromClick } from '../../../src/page/followed-link';
import { doc } from './fixtures';

const PAGE = 'https://shop.example/products/camera';
const NOW = 1_700_000_000_000;

function clickOn(html: string, selector: string) {
  const d = doc(`<!doctype html><html><body>${html}</body></html>`);
  return followedLinkFromClick(d.querySelector(selector), PAGE, NOW);
}

describe('followedLinkFromClick', () => {
  it('remembers a click inside a privacy-named link, as an absolute URL without fragment', () => {
    expect(clickOn('<footer><a href="/legal/privacy#top"><span id="t">Privacy  Policy</span></a></footer>', '#t')).toEqual({
      href: 'https://shop.example/legal/privacy',
      text: 'Privacy Policy',
      at: NOW,
    });
    expect(clickOn('<a id="a" href="https://other.example/datenschutz">Datenschutzerklärung</a>', '#a')?.text).toBe('Datenschutzerklärung');
  });

  it('ignores other links, non-links, script links and long texts', () => {
    expect(clickOn('<a id="a" href="/terms">Terms of Service</a>', '#a')).toBeNull();
    expect(clickOn('<button id="b">Privacy settings</button>', '#b'), 'not a link').toBeNull();
    expect(clickOn('<a id="a" href="javascript:openPrivacy()">Privacy</a>', '#a')).toBeNull();
    expect(clickOn(`<a id="a" href="/blog/1">${'Why privacy matters to all of us and what we learned '.repeat(4)}</a>`, '#a')).toBeNull();
    expect(followedLinkFromClick(null, PAGE, NOW)).toBeNull();
  });
});
