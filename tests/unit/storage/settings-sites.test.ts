import { describe, expect, it } from 'vitest';
import { isHostname, parseSiteInput, siteIsDisabled } from '../../../src/storage/settings-sites';
import { addSite } from '../../../src/ui/options/sites';

describe('sites where Fineprint stays off', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM. ', 'example.com'],
    ['https://www.Example.com/privacy?x=1#y', 'www.example.com'],
    ['*.example.org', 'example.org'],
    ['localhost:8080', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['http://[::1]:3000/', '[::1]'],
  ])('accepts %j as %j', (input, host) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['exa mple.com', 'invalid'],
    ['chrome://extensions', 'invalid'],
    ['file:///etc/passwd', 'invalid'],
    ['-bad-.com', 'invalid'],
    ['a..b', 'invalid'],
    ['http://', 'invalid'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason });
  });

  it('isHostname wants lowercase names of at most 253 characters', () => {
    expect(isHostname('a.example')).toBe(true);
    expect(isHostname('A.example')).toBe(false);
    expect(isHostname(`${'a'.repeat(60)}.`.repeat(5))).toBe(false);
  });

  it('an entry covers the host and its subdomains, a one-label entry only itself', () => {
    expect(siteIsDisabled(['example.com'], 'example.com')).toBe(true);
    expect(siteIsDisabled(['example.com'], 'a.b.example.com')).toBe(true);
    expect(siteIsDisabled(['example.com'], 'badexample.com')).toBe(false);
    expect(siteIsDisabled(['com'], 'example.com')).toBe(false);
    expect(siteIsDisabled(['localhost'], 'LOCALHOST')).toBe(true);
    expect(siteIsDisabled([''], '')).toBe(false);
  });
});

describe('adding a site in the options page (src/ui/options/sites.ts)', () => {
  it('adds a new site, normalised, keeping the list sorted', () => {
    expect(addSite(['b.example'], ' https://A.example/x ')).toEqual({ ok: true, host: 'a.example', sites: ['a.example', 'b.example'] });
  });

  it('says why a site cannot be added: empty, not a site, already listed, covered by a listed site', () => {
    expect(addSite([], '  ')).toEqual({ ok: false, reason: 'empty' });
    expect(addSite([], 'no way')).toEqual({ ok: false, reason: 'invalid' });
    expect(addSite(['a.example'], 'A.example')).toEqual({ ok: false, reason: 'duplicate', host: 'a.example' });
    expect(addSite(['example.com'], 'www.example.com')).toEqual({ ok: false, reason: 'covered', host: 'www.example.com', by: 'example.com' });
  });
});
