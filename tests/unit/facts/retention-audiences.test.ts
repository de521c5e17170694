import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

describe('retention', () => {
  it('parses periods and keeps quotes exact', () => {
    const text = 'Transaction records shall be kept at least 3 years. Logs are retained for up to 30 days. We retain data as long as necessary to provide the service.';
    const f = factsOf(text);
    const r = f.retention!;
    expect(r.find((x) => /3 years/.test(x.quote))?.min).toEqual({ value: 3, unit: 'year' });
    expect(r.find((x) => /30 days/.test(x.quote))?.max).toEqual({ value: 30, unit: 'day' });
    expect(r.find((x) => /as long as necessary/.test(x.quote))?.unspecified).toBe(true);
    for (const x of r) expect(text).toContain(x.quote);
  });

  it('notes backups and flags retention after deletion', () => {
    const f = factsOf('When you delete data, we may not immediately delete the copy in the backup system.');
    expect(f.retention?.[0].backups).toBe(true);
    expect(f.red_flags?.map((x) => x.flag)).toContain('backup_retention_after_deletion');
  });

  it('does not take "keep your information secure" for retention', () => {
    expect(factsOf('We keep your information secure and confidential.').retention).toEqual([]);
  });
});

describe('children and transfers', () => {
  it('reads the age and parental consent', () => {
    const f = factsOf('Children under the age of 16 may use the service only with the consent of a parent or guardian.');
    expect(f.children).toEqual({ min_age: 16, parental_consent: true });
  });

  it('is present and empty when the policy is silent', () => {
    const f = factsOf('We collect your e-mail address.');
    expect(f.children).toEqual({ min_age: null, parental_consent: null });
    expect(f.transfers).toEqual({ countries: [], safeguards: [] });
  });

  it('reads destination countries and safeguards, not the reader\'s own country', () => {
    const f = factsOf(
      'Your information may be transferred to the United States and stored there.',
      'If you are located in the European Union, we rely on the Standard Contractual Clauses for such transfers.',
      'This policy is governed by the laws of Germany.',
    );
    expect(f.transfers?.countries).toEqual(['United States']);
    expect(f.transfers?.safeguards).toEqual(['Standard Contractual Clauses']);
  });
});

describe('changes, consent by use and security', () => {
  it.each([
    ['We reserve the right to change this policy at any time without prior notice.', 'none_without_notice'],
    ['If we make material changes to this policy, we will notify you by e-mail.', 'direct_notice_for_material'],
    ['Any changes to this Privacy Policy will be posted on this page.', 'posted_only'],
    ['We collect your e-mail address.', 'unstated'],
  ])('%s → %s', (text, value) => {
    const f = factsOf(text);
    expect(f.change_notice).toBe(value);
    if (value !== 'unstated') expect(text).toContain(f.change_notice_quote);
  });

  it('detects consent by mere use, not consent by an explicit action', () => {
    expect(factsOf('By using our services, you agree to the collection of your data.').consent_by_use).toBe(true);
    expect(factsOf('Your continued use of the site after changes constitutes acceptance of them.').consent_by_use).toBe(true);
    expect(factsOf('By clicking "I agree" you consent to marketing e-mails.').consent_by_use).toBe(false);
  });

  it('lists measures but not disclaimers', () => {
    const f = factsOf('We protect your data using encryption and SSL.', 'However, we cannot guarantee the security of your data.');
    expect(f.security_measures).toEqual(expect.arrayContaining(['encryption', 'SSL/TLS (https)']));
    expect(f.security_evidence?.encryption).toEqual([0]);
    expect(f.red_flags?.map((x) => x.flag)).toContain('no_security_guarantee');
  });

  it('a promise not to disclose without consent is not a red flag', () => {
    expect(factsOf('We will not disclose your data without your consent.').red_flags?.map((x) => x.flag)).not.toContain('disclosure_without_consent');
    expect(factsOf('We may disclose your personal information without your consent.').red_flags?.map((x) => x.flag)).toContain('disclosure_without_consent');
  });
});
