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
  it('renders present fields, skips absent ones, and says what the policy is silent on', () => {
    const { m } = renderView(policyView());
    const root = $(m, '[data-testid="popup"]')!;
    expect(root.getAttribute('data-status')).toBe('policy');
    expect(text($(m, 'h1'))).toBe('Privacy policy detected');
    expect(text($(m, '.site'))).toBe('example.com');
    expect($$(m, '.glance-part').map(text)).toEqual(['2 data types', 'shared with 1 kind of recipient', 'not sold', '1 right', 'kept up to 3 years']);
    expect(text($(m, '.glance'))).toBe('At a glance: 2 data types, · shared with 1 kind of recipient, · not sold, · 1 right, · kept up to 3 years');

    const fields = $$(m, 'section[data-field]').map((s) => s.getAttribute('data-field'));
    expect(fields).toEqual(['collected', 'shared_with', 'sells_data', 'rights', 'how_to_exercise', 'retention', 'transfers', 'security_measures', 'change_notice']);
    for (const absent of ['children', 'red_flags', 'purposes']) expect($(m, `section[data-field="${absent}"]`), absent).toBeNull();
    const silence: Record<string, string> = {
      security_measures: 'No security measures described.',
      transfers: 'No transfers abroad mentioned.',
      change_notice: 'How changes are announced is not stated.',
    };
    for (const [empty, message] of Object.entries(silence)) {
      const s = $(m, `section[data-field="${empty}"]`)!;
      expect(text(s.querySelector('.empty')), empty).toBe(message);
      expect(s.querySelector('button')).toBeNull();
      expect(s.querySelector('.count'), 'no count on an empty section').toBeNull();
    }
    // Section headings carry their counts.
    expect(text($(m, 'section[data-field="collected"] h2'))).toBe('Data types 2');
    expect(text($(m, 'section[data-field="how_to_exercise"] h2'))).toBe('How to use your rights 4');
    expect($(m, 'section[data-field="sells_data"]')!.getAttribute('data-value')).toBe('no');
    // Single-valued fields carry their value on the section and inside it, 'unstated' included.
    expect($$(m, 'section[data-field="sells_data"] [data-value]').map((e) => e.getAttribute('data-value'))).toEqual(['no']);
    expect($(m, 'section[data-field="change_notice"]')!.getAttribute('data-value')).toBe('unstated');
    expect($$(m, 'section[data-field="change_notice"] [data-value]').map((e) => e.getAttribute('data-value'))).toEqual(['unstated']);
    expect($(m, 'section[data-field="security_measures"] [data-value]')).toBeNull();
    expect(text($(m, 'section[data-field="sells_data"]'))).toContain('No');
    // The data-types table: a row per type, a "collected" mark (a button named for screen readers).
    expect($$(m, 'section[data-field="collected"] tbody tr[data-type]').map((tr) => text(tr.querySelector('th')))).toEqual(['Contact details', 'Location']);
    expect($$(m, 'section[data-field="collected"] button[data-value]').map((b) => [b.getAttribute('data-value'), b.getAttribute('aria-label')])).toEqual([
      ['contact', 'Contact details: collected. Show the sentence'],
      ['location', 'Location: collected. Show the sentence'],
    ]);
    // No shared_types in these facts: no "shared" column rather than a column of false blanks.
    expect($$(m, 'section[data-field="collected"] thead th').map(text)).toEqual(['Data type', 'Collected']);
  });

  it('an item expands to the sentence it came from, and "Show on page" scrolls there', async () => {
    const { m, api } = renderView(policyView());
    const button = $(m, 'section[data-field="collected"] button[data-value="contact"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect($(m, '[data-testid="evidence"]')).toBeNull();
    click(m, button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const evidence = $(m, '[data-testid="evidence"]')!;
    expect(text(evidence.querySelector('.evidence-heading'))).toBe('Collected: Contact details (Name, e-mail, phone number, postal address)');
    expect(evidence.closest('tr')?.classList.contains('evidence-row'), 'the sentence opens right under its row').toBe(true);
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

describe('popup: the data-types table', () => {
  const facts: Facts = {
    collected: ['contact', 'location'],
    collected_evidence: { contact: [1], location: [1] },
    shared_types: ['location', 'device_identifiers'],
    shared_types_evidence: { location: [2], device_identifiers: [2] },
  };

  it('marks collected and shared per type; every mark opens its own sentence under the row', () => {
    const { m } = renderView(policyView(facts, MIXED_SPANS));
    const rows = $$(m, 'tbody tr[data-type]');
    expect(rows.map((tr) => [tr.getAttribute('data-type'), !!tr.querySelector('[data-value]'), !!tr.querySelector('[data-shared-value]')])).toEqual([
      ['contact', true, false],
      ['location', true, true],
      ['device_identifiers', false, true],
    ]);
    // An empty cell says so to screen readers.
    expect(text(rows[0].querySelectorAll('td')[1])).toBe('–not mentioned as shared');
    const shared = $(m, 'button[data-shared-value="location"]')!;
    expect(shared.getAttribute('aria-label')).toBe('Location: shared. Show the sentence');
    click(m, shared);
    expect(shared.getAttribute('aria-expanded')).toBe('true');
    const evidence = $(m, 'tr.evidence-row [data-testid="evidence"]')!;
    expect(text(evidence.querySelector('.evidence-heading'))).toBe('Shared with third parties: Location (Where you or your device are)');
    expect(text(evidence.querySelector('.quote'))).toContain('We share data with service providers who host our servers.');
    // Opening the collected mark of the same row swaps the sentence; one panel at a time.
    click(m, $(m, 'button[data-value="location"]'));
    expect($$(m, 'tr.evidence-row')).toHaveLength(1);
    expect(shared.getAttribute('aria-expanded')).toBe('false');
    expect(text($(m, 'tr.evidence-row .quote'))).toContain('precise location');
  });
});

describe('popup: filter', () => {
  function type(m: Mounted, value: string) {
    const input = $(m, '[data-testid="filter"]') as HTMLInputElement;
    input.value = value;
    fire(m, input, 'input');
  }
  const fields = (m: Mounted) => $$(m, 'section[data-field]').map((s) => s.getAttribute('data-field'));

  it('narrows every section to matching labels, values and quoted sentences', () => {
    const { m } = renderView(policyView());
    expect(fields(m)).toHaveLength(9);
    type(m, 'LOCATION');
    expect(fields(m)).toEqual(['collected']);
    expect($$(m, 'tbody tr[data-type]').map((tr) => tr.getAttribute('data-type'))).toEqual(['location']);
    expect(text($(m, '#filter-status'))).toBe('1 item matches');
    // Words of the sentence an item came from count ("host our servers" is service providers' quote).
    type(m, 'servers host');
    expect(fields(m)).toEqual(['shared_with', 'sells_data']);
    // A section title keeps the whole section; silence is findable too.
    type(m, 'security');
    expect(fields(m)).toEqual(['security_measures']);
    expect(text($(m, 'section[data-field="security_measures"] .empty'))).toBe('No security measures described.');
    type(m, 'privacy@example');
    expect(fields(m)).toEqual(['how_to_exercise']);
    // The web form's sentence names the address too; the phone number's and the settings path's do not.
    expect($$(m, 'section[data-field="how_to_exercise"] button[data-value]').map((b) => b.getAttribute('data-value'))).toEqual(['privacy@example.com', 'https://example.com/privacy-request']);
  });

  it('says when nothing matches, and Escape or "Clear filter" brings everything back', () => {
    const { m } = renderView(policyView());
    type(m, 'zzqx');
    expect(fields(m)).toEqual([]);
    expect(text($(m, '[data-testid="no-matches"] p'))).toBe('Nothing in the summary matches “zzqx”.');
    click(m, $(m, '[data-testid="no-matches"] button'));
    expect(fields(m)).toHaveLength(9);
    type(m, 'zzqx');
    const escape = new m.window.Event('keydown', { bubbles: true, cancelable: true });
    Object.defineProperty(escape, 'key', { value: 'Escape' });
    ($(m, '[data-testid="filter"]') as HTMLElement).dispatchEvent(escape);
    return settle().then(() => {
      expect(escape.defaultPrevented, 'Escape clears the filter instead of closing the popup').toBe(true);
      expect(fields(m)).toHaveLength(9);
    });
  });

  it('shows every match of a long list, not just the first few', () => {
    const analysis = makeAnalysis({ security_measures: Array.from({ length: 40 }, (_, i) => `measure ${i}`) });
    const { m } = renderView({ status: 'policy', tabId: 7, pageInfo: pageInfo(), analysis });
    expect($$(m, 'section[data-field="security_measures"] li:not([hidden])')).toHaveLength(6);
    type(m, 'measure 3');
    const shown = $$(m, 'section[data-field="security_measures"] li:not([hidden])').map((li) => text(li));
    // Words match inside words ("3" finds 13 and 23), as in a browser's find-in-page.
    expect(shown).toEqual(Array.from({ length: 40 }, (_, i) => `Measure ${i}`).filter((l) => l.includes('Measure ') && l.slice(8).includes('3')));
    expect(shown.length).toBe(13);
    expect($(m, '.more-button')).toBeNull();
  });
});

describe('popup: filter on a very large policy', () => {
  it('filters 500 items over 20,000 blocks without stalling', () => {
    const analysis = makeAnalysis({ security_measures: Array.from({ length: 500 }, (_, i) => `measure ${i}`) });
    analysis.blocks = Array.from({ length: 20_000 }, (_, id) => ({ ...analysis.blocks[1], id, text: `Block ${id}: we protect data with measure ${id % 500}.` }));
    analysis.facts.security_evidence = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`measure ${i}`, [i, i + 500, i + 1000]]));
    const { m } = renderView({ status: 'policy', tabId: 7, pageInfo: pageInfo(), analysis });
    const input = $(m, '[data-testid="filter"]') as HTMLInputElement;
    const started = performance.now();
    input.value = 'measure 42';
    fire(m, input, 'input');
    const elapsed = performance.now() - started;
    // Both words anywhere: measures 42, 142, 242, 342, 442 and 420–429.
    expect($$(m, 'section[data-field="security_measures"] li:not([hidden])').length).toBe(15);
    expect(elapsed, 'the first filtered render looks up every item’s sentences once').toBeLessThan(2_000);
  });
});

describe('popup: export', () => {
  it('"Copy as Markdown" copies the shared report; a refused clipboard is said', async () => {
    const api = new FakeApi();
    const { m } = renderView(policyView(), api);
    click(m, $(m, 'button[data-action="copy-markdown"]'));
    // The renderer is loaded on demand (import()): wait for it.
    for (let i = 0; i < 100 && api.copied.length === 0; i++) await settle(1);
    expect(api.copied).toHaveLength(1);
    expect(api.copied[0]).toMatch(/^# Privacy summary: https:\/\/www\.example\.com\/privacy\n/);
    expect(api.copied[0]).toContain('## What they collect\n\n- contact (block 1)\n- location (block 1)');
    expect(text($(m, '.export-note'))).toBe('Copied the summary as Markdown.');
    api.failCopy = true;
    click(m, $(m, 'button[data-action="copy-markdown"]'));
    await settle(6);
    expect(text($(m, '.export-note'))).toBe('Could not copy. Your browser refused access to the clipboard.');
  });

  it('"Download JSON" saves the facts, blocks and where they came from', () => {
    const api = new FakeApi();
    const { m } = renderView(policyView(), api);
    click(m, $(m, 'button[data-action="download-json"]'));
    expect(api.downloads).toHaveLength(1);
    const [file] = api.downloads;
    expect(file.fileName).toMatch(/^fineprint-example\.com-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.mimeType).toBe('application/json');
    const saved = JSON.parse(file.text);
    expect(saved).toMatchObject({ format: 'fineprint-summary/1', url: 'https://www.example.com/privacy', isPolicy: true, facts: MIXED_FACTS });
    expect(saved.blocks[1]).toEqual({ id: 1, text: expect.stringContaining('We collect your name'), section: 'Privacy Policy', categories: ['collection'] });
    expect(text($(m, '.export-note'))).toBe('Saved the summary as JSON.');
  });
});
