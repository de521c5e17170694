import type { Analysis } from '../../../src/core/analysis-schema';
import type { Facts, FactSpan } from '../../../src/core/facts/schema';
import type { PageInfo, TabState } from '../../../src/messaging/protocol';
import type { PopupApi, ScrollTarget } from '../../../src/ui/api';
import { entriesCovering } from '../../../src/storage/settings';

/** A small policy: block texts the facts below point into. */
export const BLOCK_TEXTS = [
  'Privacy Policy',
  'We collect your name and email address when you sign up. We also collect your precise location if you allow it.',
  'We share data with service providers who host our servers. We do not sell your personal information.',
  'You can ask us to delete your data. Write to privacy@example.com or visit https://example.com/privacy-request.',
  'We keep account data for up to 3 years after you close your account.',
  'We may change this policy at any time without notice.',
];

export function makeAnalysis(facts: Facts, spans: FactSpan[] = []): Analysis {
  return {
    blocks: BLOCK_TEXTS.map((text, id) => ({
      id,
      text,
      section: id === 0 ? '' : 'Privacy Policy',
      kind: id === 0 ? 'heading' : 'paragraph',
      categories: id === 1 ? ['collection'] : id === 2 ? ['sharing'] : id === 3 ? ['access'] : id === 4 ? ['retention'] : id === 5 ? ['change'] : ['other'],
      evidence: [],
    })),
    facts,
    spans,
    stats: { blocks: BLOCK_TEXTS.length, words: 90, ms: 4 },
  };
}

/** Facts with present, empty and (by omission) absent fields. */
export const MIXED_FACTS: Facts = {
  collected: ['contact', 'location'],
  collected_evidence: { contact: [1], location: [1] },
  shared_with: ['service_providers'],
  shared_evidence: { service_providers: [2] },
  sells_data: 'no',
  sells_data_evidence: [2],
  rights: ['deletion'],
  rights_evidence: { deletion: [3] },
  how_to_exercise: ['privacy@example.com', 'https://example.com/privacy-request', '+1 (555) 010-0199', 'Settings > Privacy'],
  how_to_exercise_evidence: { 'privacy@example.com': [3], 'https://example.com/privacy-request': [3] },
  retention: [{ quote: 'We keep account data for up to 3 years', index: 4, max: { value: 3, unit: 'year' } }],
  security_measures: [],
  transfers: { countries: [], safeguards: [] },
  change_notice: 'unstated',
  // absent: children, red_flags, purposes, shared_types
};

/** A span over the first occurrence of `needle` in block `block`. */
export function spanOf(field: string, value: string, block: number, needle: string): FactSpan {
  const start = BLOCK_TEXTS[block].indexOf(needle);
  if (start < 0) throw new Error(`fixture: '${needle}' not in block ${block}`);
  return { field, value, block, start, end: start + needle.length };
}

export const MIXED_SPANS: FactSpan[] = [
  spanOf('collected', 'contact', 1, 'name and email address'),
  spanOf('rights', 'deletion', 3, 'delete your data'),
];

export const PAGE_URL = 'https://www.example.com/privacy';

export function pageInfo(over: Partial<PageInfo> = {}): PageInfo {
  return { url: PAGE_URL, title: 'Privacy Policy – Example', status: 'policy', highlights: true, policyLink: null, ...over };
}

export function tabState(analysis: Analysis | undefined, over: Partial<TabState> = {}): TabState {
  return { status: 'policy', url: PAGE_URL, title: 'Privacy Policy – Example', analysis, analyzedAt: 1, ...over };
}

/** A fake PopupApi that records calls; replies are set per test. */
export class FakeApi implements PopupApi {
  tabId: number | null = 7;
  pageInfos: (PageInfo | null)[] = [pageInfo()];
  tabStates: (TabState | null)[] = [];
  loading = false;
  calls: string[] = [];
  scrolls: ScrollTarget[] = [];
  highlights: boolean[] = [];
  opened: string[] = [];
  closed = 0;
  failHighlights = false;
  failScroll = false;

  async targetTabId() {
    this.calls.push('targetTabId');
    return this.tabId;
  }
  /** Replies in order; the last one repeats. */
  async getPageInfo(tabId: number) {
    this.calls.push(`getPageInfo:${tabId}`);
    return this.pageInfos.length > 1 ? this.pageInfos.shift()! : (this.pageInfos[0] ?? null);
  }
  async isTabLoading() {
    this.calls.push('isTabLoading');
    return this.loading;
  }
  async getTabState(tabId: number, url?: string) {
    this.calls.push(`getTabState:${tabId}:${url}`);
    return this.tabStates.length > 1 ? this.tabStates.shift()! : (this.tabStates[0] ?? null);
  }
  /** Calls of reanalyze; `onReanalyze` lets a test make the worker record the summary meanwhile. */
  reanalyzed = 0;
  onReanalyze: () => boolean = () => true;
  async reanalyze(tabId: number) {
    this.calls.push(`reanalyze:${tabId}`);
    this.reanalyzed++;
    return this.onReanalyze();
  }
  /** What the page answers to set-highlights (null: an old content script that sends nothing useful). */
  highlightsReply: ((enabled: boolean) => PageInfo | null) = (enabled) => pageInfo({ highlights: enabled });
  async setHighlights(_tabId: number, enabled: boolean) {
    this.highlights.push(enabled);
    if (this.failHighlights) throw new Error('no receiver');
    return this.highlightsReply(enabled);
  }
  async scrollTo(_tabId: number, target: ScrollTarget) {
    this.scrolls.push(target);
    if (this.failScroll) throw new Error('no receiver');
  }
  async openInTab(_tabId: number, href: string) {
    this.opened.push(href);
  }
  closePopup() {
    this.closed++;
  }
  copied: string[] = [];
  failCopy = false;
  async copyText(text: string) {
    if (this.failCopy) throw new Error('clipboard refused');
    this.copied.push(text);
  }
  downloads: { fileName: string; mimeType: string; text: string }[] = [];
  download(fileName: string, mimeType: string, text: string) {
    this.downloads.push({ fileName, mimeType, text });
  }
  /** "Sites where Fineprint stays off", as the options stored them. */
  disabledSites: string[] = [];
  failTurnOn = false;
  turnedOn: string[] = [];
  optionsOpened = 0;
  async siteOffEntries(hostname: string) {
    return entriesCovering(this.disabledSites, hostname);
  }
  async turnOnSite(hostname: string) {
    if (this.failTurnOn) throw new Error('storage is unavailable');
    const removed = entriesCovering(this.disabledSites, hostname);
    this.disabledSites = this.disabledSites.filter((site) => !removed.includes(site));
    this.turnedOn.push(hostname);
    return removed;
  }
  async openOptions() {
    this.optionsOpened++;
  }
}
