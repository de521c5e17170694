import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

describe('shared_with', () => {
  it.each([
    ['We may share your information with our affiliates and subsidiaries.', 'affiliates'],
    ['We disclose data to service providers who process it on our behalf.', 'service_providers'],
    ['We may disclose information where required by law enforcement or a court order.', 'law_enforcement'],
    ['In a merger or acquisition, your data may be transferred to the buyer.', 'business_transfer'],
    ['One of the third-party services that we use is Google Analytics, which collects usage data.', 'analytics'],
    ['Payment is handled by our payment processor, to whom we provide your card details.', 'payment_processors'],
  ])('finds %s → %s', (text, value) => {
    expect(factsOf(text).shared_with).toContain(value);
  });

  it('ignores denied sharing but keeps the exceptions', () => {
    expect(factsOf('We do not share your location with advertisers.').shared_with).toEqual([]);
    expect(factsOf('We do not share your information with any company, except with our affiliates.').shared_with).toContain('affiliates');
  });

  it('"the safety of the public" is not sharing with the public', () => {
    expect(factsOf('We may disclose data if necessary to protect the rights, property, or safety of our users or the public.').shared_with).not.toContain('public');
  });
});

describe('sells_data', () => {
  it.each([
    ['We do not sell your personal information.', 'no'],
    ['We will never sell personal data to third parties.', 'no'],
    ['Wedo not sell,rent or trade your personal information.', 'no'],
    ['We may sell your personal information to marketing partners.', 'yes'],
    ['We sell hardware products and accessories.', 'unstated'],
    ['Please read our terms.', 'unstated'],
  ])('%s → %s', (text, value) => {
    expect(factsOf(text).sells_data).toBe(value);
  });

  it('data "sold" only with the business is unstated plus a red flag', () => {
    const f = factsOf('If a transfer or sale of the company or its assets occurs, your personal information may be sold or transferred.');
    expect(f.sells_data).toBe('unstated');
    expect(f.red_flags?.map((r) => r.flag)).toContain('business_transfer_sale');
  });

  it('a "Do Not Sell My Personal Information" link is not a statement either way', () => {
    expect(factsOf('Do Not Sell My Personal Information').sells_data).toBe('unstated');
  });
});
