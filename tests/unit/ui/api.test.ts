import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBrowserApi, tabIdFromSearch } from '../../../src/ui/api';
import { pageInfo, tabState } from './fixtures';

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N and rejects anything else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
    for (const bad of ['', '?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=abc', '?tabId=99999999999', '?tabId=1e3']) expect(tabIdFromSearch(bad), bad).toBeNull();
  });
});

describe('createBrowserApi', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('targets ?tabId=N, else the active tab of the current window', async () => {
    expect(await createBrowserApi({ search: '?tabId=9' }).targetTabId()).toBe(9);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 } as never]);
    expect(await createBrowserApi({ search: '' }).targetTabId()).toBe(3);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValue([]);
    expect(await createBrowserApi({ search: '' }).targetTabId()).toBeNull();
  });

  it('returns validated replies, and null for no receiver or a malformed reply', async () => {
    const api = createBrowserApi({ search: '' });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    send.mockResolvedValueOnce(pageInfo());
    expect(await api.getPageInfo(1)).toEqual(pageInfo());
    expect(send).toHaveBeenLastCalledWith(1, { type: 'fp/get-page-info' });
    send.mockResolvedValueOnce({ url: 'x', status: 'policy' });
    expect(await api.getPageInfo(1)).toBeNull();
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await api.getPageInfo(1)).toBeNull();

    const runtime = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    runtime.mockResolvedValueOnce(tabState(undefined));
    expect(await api.getTabState(1, 'https://a.example/')).toEqual(tabState(undefined));
    expect(runtime).toHaveBeenLastCalledWith({ type: 'fp/get-tab-state', tabId: 1, url: 'https://a.example/' });
    runtime.mockResolvedValueOnce({ ok: false, error: 'nope' });
    expect(await api.getTabState(1)).toBeNull();
  });

  it('turns refusals into failures the UI can show', async () => {
    const api = createBrowserApi({ search: '' });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: 'not a policy page' });
    await expect(api.setHighlights(1, true)).rejects.toThrow('not a policy page');
    await expect(api.scrollTo(1, { block: 2, start: 0, end: 5 })).rejects.toThrow('not a policy page');
    expect(send).toHaveBeenLastCalledWith(1, { type: 'fp/scroll-to', block: 2, start: 0, end: 5 });
    send.mockResolvedValue({ ok: true });
    await expect(api.setHighlights(1, false)).resolves.toBeNull();
    send.mockResolvedValue(pageInfo({ highlights: false }));
    await expect(api.setHighlights(1, false)).resolves.toEqual(pageInfo({ highlights: false }));
    expect(send).toHaveBeenLastCalledWith(1, { type: 'fp/set-highlights', enabled: false });
  });

  it('opens only web URLs in the page tab', async () => {
    const api = createBrowserApi({ search: '' });
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    await api.openInTab(4, 'https://example.com/privacy');
    expect(update).toHaveBeenCalledWith(4, { url: 'https://example.com/privacy' });
    await expect(api.openInTab(4, 'javascript:alert(1)')).rejects.toThrow(/non-web URL/);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('reports a loading tab', async () => {
    const api = createBrowserApi({ search: '' });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValueOnce({ status: 'loading' } as never).mockRejectedValueOnce(new Error('No tab'));
    expect(await api.isTabLoading(1)).toBe(true);
    expect(await api.isTabLoading(2)).toBe(false);
  });
});

describe('closePopup', () => {
  it('closes the real popup, but not popup.html opened in a tab with ?tabId', () => {
    let closed = 0;
    createBrowserApi({ search: '' }, () => closed++).closePopup();
    expect(closed).toBe(1);
    createBrowserApi({ search: '?tabId=3' }, () => closed++).closePopup();
    expect(closed).toBe(1);
  });
});
