import { describe, expect, it } from 'vitest';
import { classifyChannel, safeWebUrl } from '../../../src/ui/channels';

describe('contact channels', () => {
  it('links e-mail addresses with mailto, keeping the text as written', () => {
    expect(classifyChannel('privacy@example.com')).toEqual({ kind: 'email', text: 'privacy@example.com', href: 'mailto:privacy@example.com' });
    expect(classifyChannel(' mailto:dpo@corp.co.uk ')).toMatchObject({ kind: 'email', href: 'mailto:dpo@corp.co.uk' });
    expect(classifyChannel('Data Protection Officer: dpo@example.de')).toMatchObject({ kind: 'email', href: 'mailto:dpo@example.de' });
  });

  it('links http(s) URLs and bare web addresses, without trailing sentence punctuation', () => {
    expect(classifyChannel('https://example.com/privacy-request')).toMatchObject({ kind: 'web', href: 'https://example.com/privacy-request' });
    expect(classifyChannel('visit https://example.com/optout.')).toMatchObject({ kind: 'web', href: 'https://example.com/optout' });
    expect(classifyChannel('www.example.com/privacy')).toMatchObject({ kind: 'web', href: 'https://www.example.com/privacy' });
    expect(classifyChannel('aboutads.info')).toMatchObject({ kind: 'web', href: 'https://aboutads.info/' });
  });

  it('never turns script or data URLs into links', () => {
    for (const hostile of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)//x.com', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox']) {
      const c = classifyChannel(hostile);
      expect(c.href, hostile).toBeUndefined();
      expect(c.kind).toBe('text');
    }
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('https://user:pass@evil.example/')).toBeNull();
    expect(safeWebUrl('not a url')).toBeNull();
    expect(safeWebUrl('http://example.com')).toBe('http://example.com/');
  });

  it('shows phone numbers and in-app paths as text', () => {
    expect(classifyChannel('+1 (555) 010-0199')).toEqual({ kind: 'phone', text: '+1 (555) 010-0199' });
    expect(classifyChannel('0755-27804811')).toEqual({ kind: 'phone', text: '0755-27804811' });
    expect(classifyChannel('Settings > Privacy > Delete account')).toEqual({ kind: 'text', text: 'Settings > Privacy > Delete account' });
    expect(classifyChannel('account page')).toEqual({ kind: 'text', text: 'account page' });
    expect(classifyChannel('123 Main St., Springfield, IL 62704')).toEqual({ kind: 'text', text: '123 Main St., Springfield, IL 62704' });
    // A version number or a year is not a phone number.
    expect(classifyChannel('2024').kind).toBe('text');
  });
});
