import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

describe('company', () => {
  it('finds legal names and the brand the policy uses on its own', () => {
    const f = factsOf(
      'This policy explains how Acme Robotics Co., Ltd. (hereinafter "Acme") handles data.',
      'Acme collects data. Acme shares data. Acme protects data.',
      '©2020 Acme Robotics Co.,Ltd版权所有',
    );
    expect(f.company).toEqual(expect.arrayContaining(['Acme Robotics Co., Ltd.', 'Acme']));
    expect(f.company_evidence).toContain(0);
  });

  it('does not take defined terms or sentence starts for the company', () => {
    const f = factsOf('This Privacy Policy ("Policy") applies to our Services ("Services").', 'The Company may update it.');
    expect(f.company).toEqual([]);
  });
});

describe('contradictions', () => {
  it('pairs a consent-only sharing promise with a disclosure without consent', () => {
    const f = factsOf('We will only share your personal information according to your authorization.', 'We may disclose your personal information without further consent when required by law.');
    expect(f.contradictions).toEqual([expect.objectContaining({ a: 0, b: 1 })]);
  });

  it('pairs "may connect with your identity" with "do not link to your identity"', () => {
    const f = factsOf('On some sites we may connect this information with your identity. We do not link this information to your identity.');
    expect(f.contradictions?.map((c) => [c.a, c.b])).toEqual([[0, 0]]);
  });

  it('finds none in a consistent policy', () => {
    expect(factsOf('We will not disclose your data without your consent.', 'We share data with service providers.').contradictions).toEqual([]);
  });
});
