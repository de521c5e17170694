import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import type { View } from '../../../src/ui/loader';
import { $, $$, click, fire, mount, settle, type Mounted } from './dom';
import { FakeApi, MIXED_FACTS, MIXED_SPANS, makeAnalysis, pageInfo, tabState } from './fixtures';
import type { Facts } from '../../../src/core/facts/schema';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const fast = { intervalMs: 0, sleep: async () => {} };

function renderView(view: View, api = new FakeApi()) {
  mounted = mount(<App api={api} initialView={view} />);
  return { m: mounted, api };
}

function policyView(facts: Facts = MIXED_FACTS, spans = MIXED_SPANS, highlights = true): View {
  return { status: 'policy', tabId: 7, pageInfo: pageInfo({ highlights }), analysis: makeAnalysis(facts, spans) };
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('popup: policy summary', () => {
  it('renders present fields, skips absent ones, and says "Not mentioned" for empty ones', () => {
    const { m } = renderView(policyView());
    const root = $(m, '[data-testid="popup"]')!;
    expect(root.getAttribute('data-status')).toBe('policy');
    expect(text($(m, 'h1'))).toBe('Privacy policy detected');
    expect(text($(m, '.site'))).toBe('example.com');
    expect(text($(m, '.counts'))).toBe('2 data types · 1 recipient · 1 right');

    const fields = $$(m, 'section[data-field]').map((s) => s.getAttribute('data-field'));
    expect(fields).toEqual(['collected', 'shared_with', 'sells_data', 'rights', 'how_to_exercise', 'retention', 'security_measures', 'transfers', 'change_notice']);
    for (const absent of ['children', 'red_flags', 'purposes']) expect($(m, `section[data-field="${absent}"]`), absent).toBeNull();
    for (const empty of ['security_measures', 'transfers', 'change_notice']) {
      const s = $(m, `section[data-field="${empty}"]`)!;
      expect(text(s.querySelector('.empty')), empty).toBe('Not mentioned in the policy');
      expect(s.querySelector('button')).toBeNull();
    }
    expect($(m, 'section[data-field="sells_data"]')!.getAttribute('data-value')).toBe('no');
    // Single-valued fields carry their value on the section and inside it, 'unstated' included.
    expect($$(m, 'section[data-field="sells_data"] [data-value]').map((e) => e.getAttribute('data-value'))).toEqual(['no']);
    expect($(m, 'section[data-field="change_notice"]')!.getAttribute('data-value')).toBe('unstated');
    expect($$(m, 'section[data-field="change_notice"] [data-value]').map((e) => e.getAttribute('data-value'))).toEqual(['unstated']);
    expect($(m, 'section[data-field="security_measures"] [data-value]')).toBeNull();
    expect(text($(m, 'section[data-field="sells_data"]'))).toContain('No');
    expect($$(m, 'section[data-field="collected"] button[data-value]').map((b) => [b.getAttribute('data-value'), text(b)])).toEqual([
      ['contact', 'Contact details'],
      ['location', 'Location'],
    ]);
  });

  it('an item expands to the sentence it came from, and "Show on page" scrolls there', async () => {
    const { m, api } = renderView(policyView());
    const button = $(m, 'section[data-field="collected"] button[data-value="contact"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect($(m, '[data-testid="evidence"]')).toBeNull();
    click(m, button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const evidence = $(m, '[data-testid="evidence"]')!;
    expect(text(evidence.querySelector('.evidence-heading'))).toBe('Contact details: Name, e-mail, phone number, postal address');
    expect(text(evidence.querySelector('.quote'))).toBe('We collect your name and email address when you sign up.');
    expect(text(evidence.querySelector('mark'))).toBe('name and email address');
    expect(button.getAttribute('aria-controls')).toBe(evidence.getAttribute('id'));

    click(m, evidence.querySelector('button[data-action="scroll-to"]'));
    await settle();
    expect(api.scrolls).toEqual([{ block: 1, start: MIXED_SPANS[0].start, end: MIXED_SPANS[0].end }]);
    expect(text($(m, '.evidence-note'))).toBe('Shown on the page.');

    // One item open at a time; clicking again closes it.
    click(m, $(m, 'section[data-field="rights"] button[data-value="deletion"]'));
    expect($$(m, '[data-testid="evidence"]')).toHaveLength(1);
    expect(text($(m, '[data-testid="evidence"] .quote'))).toBe('You can ask us to delete your data.');
    click(m, $(m, 'section[data-field="rights"] button[data-value="deletion"]'));
    expect($(m, '[data-testid="evidence"]')).toBeNull();
  });

  it('says so when the page cannot be reached for "Show on page"', async () => {
    const api = new FakeApi();
    api.failScroll = true;
    const { m } = renderView(policyView(), api);
    click(m, $(m, 'button[data-value="service_providers"]'));
    click(m, $(m, 'button[data-action="scroll-to"]'));
    await settle();
    expect(text($(m, '.evidence-note'))).toContain('Could not reach the page');
    expect(api.scrolls).toEqual([{ block: 2 }]);
  });

  it('an item without a sentence says so, and "not stated" says what silence means', () => {
    const { m } = renderView(policyView({ sells_data: 'unstated', how_to_exercise: ['Settings > Privacy'] }, []));
    click(m, $(m, 'section[data-field="sells_data"] button[data-value="unstated"]'));
    expect(text($(m, '[data-testid="evidence"]'))).toBe('Fineprint found no statement about selling personal data in this policy.');
    expect($(m, '[data-testid="evidence"] button[data-action="scroll-to"]')).toBeNull();
    click(m, $(m, 'button[data-value="Settings > Privacy"]'));
    expect(text($(m, '[data-testid="evidence"]'))).toBe('Fineprint did not keep the sentence this came from.');
  });

  it('contact channels: e-mail and web links, phone and paths as text', () => {
    const { m } = renderView(policyView());
    const links = $$(m, 'section[data-field="how_to_exercise"] a');
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['mailto:privacy@example.com', '_blank'],
      ['https://example.com/privacy-request', '_blank'],
    ]);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    const values = $$(m, 'section[data-field="how_to_exercise"] button[data-value]').map((b) => b.getAttribute('data-value'));
    expect(values).toEqual(['privacy@example.com', 'https://example.com/privacy-request', '+1 (555) 010-0199', 'Settings > Privacy']);
  });

  it('the highlight switch reflects the page and tells it when changed; reverts when the page is gone', async () => {
    const api = new FakeApi();
    const { m } = renderView(policyView(MIXED_FACTS, MIXED_SPANS, false), api);
    const toggle = $(m, 'input[data-testid="highlight-toggle"]') as HTMLInputElement;
    expect(toggle.getAttribute('type')).toBe('checkbox');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.closest('label')?.textContent).toContain('Highlight on page');
    expect(toggle.checked).toBe(false);

    toggle.checked = true;
    fire(m, toggle, 'change');
    await settle();
    expect(api.highlights).toEqual([true]);
    expect(toggle.checked).toBe(true);

    api.failHighlights = true;
    toggle.checked = false;
    fire(m, toggle, 'change');
    await settle();
    expect(api.highlights).toEqual([true, false]);
    expect(toggle.checked, 'the switch must not claim a state the page did not take').toBe(true);
    expect(text($(m, '[role="alert"]'))).toContain('Could not reach the page');

    // The page answers with its real state: nothing to highlight.
    api.failHighlights = false;
    api.highlightsReply = () => pageInfo({ highlights: false });
    toggle.checked = false;
    fire(m, toggle, 'change');
    toggle.checked = true;
    fire(m, toggle, 'change');
    await settle();
    expect(toggle.checked).toBe(false);
    expect(text($(m, '[role="alert"]'))).toContain('nothing to highlight');
  });

  it('legend shows the highlight colours of the categories found', () => {
    const { m } = renderView(policyView());
    const items = $$(m, '.legend-item').map((li) => text(li));
    expect(items).toEqual(['Collection 1', 'Sharing 1', 'Access & deletion 1', 'Retention 1', 'Policy changes 1']);
  });

  it('an analysis without facts yet still gives a clear message', () => {
    const { m } = renderView(policyView({}, []));
    expect($$(m, 'section[data-field]')).toHaveLength(0);
    expect(text($(m, '.summary-missing'))).toContain('no summary for it yet');
  });
});

describe('popup: other states', () => {
  it('not a policy, with a link: one click opens the policy in the page tab and closes the popup', async () => {
    const { m, api } = renderView({
      status: 'not-policy',
      tabId: 7,
      pageInfo: pageInfo({ url: 'https://shop.example.com/', status: 'not-policy', policyLink: { href: 'https://shop.example.com/legal/privacy', text: 'Privacy Notice' } }),
    });
    expect($(m, '[data-testid="popup"]')!.getAttribute('data-status')).toBe('not-policy');
    expect(text($(m, 'h1'))).toBe('This page doesn’t look like a privacy policy.');
    const link = $(m, '[data-testid="policy-link"]')!;
    expect(link.getAttribute('data-href')).toBe('https://shop.example.com/legal/privacy');
    expect(text(link)).toBe('Open this site’s privacy policy');
    const event = click(m, link);
    await settle();
    expect(event.defaultPrevented, 'the popup navigates the page tab itself').toBe(true);
    expect(api.opened).toEqual(['https://shop.example.com/legal/privacy']);
    expect(api.closed).toBe(1);
  });

  it('not a policy, no usable link: no button (a javascript: "link" from a hostile page is not one)', () => {
    for (const policyLink of [null, { href: 'javascript:alert(1)', text: 'Privacy' }]) {
      const { m } = renderView({ status: 'not-policy', tabId: 7, pageInfo: pageInfo({ status: 'not-policy', policyLink }) });
      expect($(m, '[data-testid="policy-link"]')).toBeNull();
      expect(text($(m, '.state'))).toContain('found no link to a privacy policy');
      expect(m.root.innerHTML).not.toContain('javascript:');
      mounted!.unmount();
      mounted = null;
    }
  });

  it('no access, unsupported language, unknown and loading each say what is going on', () => {
    const cases: [View, string][] = [
      [{ status: 'no-access' }, 'Fineprint can’t read this page'],
      [{ status: 'unsupported-language', tabId: 7, pageInfo: pageInfo({ status: 'unsupported-language' }) }, 'Privacy policy detected, but this language is not supported yet.'],
      [{ status: 'unknown', tabId: 7, reason: 'Fineprint could not finish reading this policy.' }, 'could not finish reading'],
      [{ status: 'loading', tabId: 7, pageInfo: pageInfo({ status: 'pending' }) }, 'Reading the policy…'],
    ];
    for (const [view, message] of cases) {
      const { m } = renderView(view);
      expect($(m, '[data-testid="popup"]')!.getAttribute('data-status')).toBe(view.status);
      expect(text(m.root), view.status).toContain(message);
      mounted!.unmount();
      mounted = null;
    }
  });

  it('loads from the API: "Reading the policy…" first, then the summary', async () => {
    const api = new FakeApi();
    api.pageInfos = [pageInfo({ status: 'pending' }), pageInfo()];
    api.tabStates = [null, tabState(makeAnalysis(MIXED_FACTS, MIXED_SPANS))];
    mounted = mount(<App api={api} loadOptions={fast} />);
    expect($(mounted, '[data-testid="popup"]')!.getAttribute('data-status')).toBe('loading');
    await settle(6);
    expect($(mounted, '[data-testid="popup"]')!.getAttribute('data-status')).toBe('policy');
    expect($(mounted, 'section[data-field="collected"]')).not.toBeNull();
  });

  it('"Try again" after a timeout reloads', async () => {
    const api = new FakeApi();
    api.pageInfos = [null];
    mounted = mount(<App api={api} initialView={{ status: 'unknown', tabId: 7, reason: 'The page did not finish loading.' }} loadOptions={fast} />);
    click(mounted, $(mounted, '.state button'));
    await settle();
    expect($(mounted, '[data-testid="popup"]')!.getAttribute('data-status')).toBe('no-access');
  });
});

describe('popup: hostile policy text', () => {
  const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';

  it('renders markup in quotes, values and block text as text, creating no element', () => {
    const facts: Facts = {
      red_flags: [{ flag: 'consent_by_use', quote: `By using ${SCRIPT} you agree`, index: 1 }],
      how_to_exercise: [SCRIPT],
      security_measures: [`<b onmouseover=alert(3)>encryption</b>`],
      company: [SCRIPT],
    };
    const analysis = makeAnalysis(facts, [{ field: 'security_measures', value: '<b onmouseover=alert(3)>encryption</b>', block: 1, start: 0, end: 10 }]);
    analysis.blocks[1] = { ...analysis.blocks[1], text: `By using ${SCRIPT} you agree to everything.`, section: SCRIPT };
    const { m } = renderView({ status: 'policy', tabId: 7, pageInfo: pageInfo({ title: SCRIPT }), analysis });
    click(m, $(m, 'section[data-field="red_flags"] button[data-value="consent_by_use"]'));

    expect(m.root.querySelectorAll('script, img, b').length, 'no element may come from policy text').toBe(0);
    expect(text($(m, '[data-testid="evidence"] .quote'))).toContain(SCRIPT);
    expect(text($(m, '.company'))).toBe(SCRIPT);
    expect(m.root.innerHTML).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const hostileButton = $$(m, 'section[data-field="how_to_exercise"] button[data-value]')[0];
    expect(hostileButton.getAttribute('data-value')).toBe(SCRIPT);
    expect($(m, 'section[data-field="how_to_exercise"] a'), 'markup is not a link').toBeNull();
  });

  it('survives a huge block and many items', () => {
    const huge = 'We collect data '.repeat(20_000);
    const analysis = makeAnalysis({ collected: ['contact'], collected_evidence: { contact: [1] }, security_measures: Array.from({ length: 500 }, (_, i) => `measure ${i}`) });
    analysis.blocks[1] = { ...analysis.blocks[1], text: huge };
    const { m } = renderView({ status: 'policy', tabId: 7, pageInfo: pageInfo(), analysis });
    click(m, $(m, 'button[data-value="contact"]'));
    expect(text($(m, '[data-testid="evidence"] .quote')).length).toBeLessThan(500);
    // Long lists start short (the rest collapsed, still in the summary), and open fully on request.
    const shown = () => $$(m, 'section[data-field="security_measures"] li').filter((li) => !li.hasAttribute('hidden')).length;
    expect($$(m, 'section[data-field="security_measures"] button[data-value]').length).toBe(500);
    expect(shown()).toBe(6);
    expect(text($(m, 'section[data-field="security_measures"] .more-button'))).toBe('Show 494 more');
    click(m, $(m, 'section[data-field="security_measures"] .more-button'));
    expect(shown()).toBe(500);
    expect($(m, 'section[data-field="security_measures"] .more-button')).toBeNull();
  });
});
