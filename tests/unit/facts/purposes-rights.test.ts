import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

describe('purposes', () => {
  it.each([
    ['We use your information to provide our services and process your orders.', 'service_provision'],
    ['We use usage data to improve our products and services.', 'improvement_analytics'],
    ['We use your e-mail address to send you promotional offers.', 'marketing'],
    ['We use your data to prevent fraud.', 'security_fraud'],
    ['We process data to comply with our legal obligations.', 'legal_compliance'],
  ])('%s → %s', (text, value) => {
    expect(factsOf(text).purposes).toContain(value);
  });

  it('does not take a denied use as a purpose', () => {
    expect(factsOf('We will not use your data for marketing.').purposes).not.toContain('marketing');
  });
});

describe('rights and channels', () => {
  it.each([
    ['You have the right to access your personal data.', 'access'],
    ['You may request that we correct inaccurate information.', 'correction'],
    ['You can ask us to delete your personal data.', 'deletion'],
    ['You have the right to data portability.', 'portability'],
    ['You have the right to withdraw your consent at any time.', 'withdraw_consent'],
    ['You can unsubscribe from marketing e-mails at any time.', 'opt_out_marketing'],
    ['You can modify your browser settings to reject cookies.', 'cookie_control'],
    ['You can cancel your account at any time.', 'account_closure'],
    ['You have the right to lodge a complaint with a supervisory authority.', 'complaint_authority'],
  ])('%s → %s', (text, value) => {
    expect(factsOf(text).rights).toContain(value);
  });

  it('does not take what the company does for a user right', () => {
    expect(factsOf('We restrict access to our offices.').rights).not.toContain('restrict');
    expect(factsOf('You cannot delete transaction records.').rights).not.toContain('deletion');
  });

  it('keeps e-mails, phones, URLs, settings paths and postal lines exactly as written', () => {
    const f = factsOf(
      'To access your data, contact us at privacy@example-shop.com or call 400-660-8825.',
      'You can change it through http://account.example.org or in your account settings.',
      'You can amend your nickname by clicking “Me” >“User account”.',
      'If you have any questions, please contact us at:',
      'Example Devices Co., Ltd.',
      'Address: No.2, Xinxi Road, Shunde, Foshan',
      'Thank you for reading.',
    );
    expect(f.how_to_exercise).toEqual(
      expect.arrayContaining(['privacy@example-shop.com', '400-660-8825', 'http://account.example.org', 'account settings', '“Me” >“User account”', 'Example Devices Co., Ltd.', 'No.2, Xinxi Road, Shunde, Foshan']),
    );
    expect(f.how_to_exercise).not.toContain('Thank you for reading.');
  });
});
