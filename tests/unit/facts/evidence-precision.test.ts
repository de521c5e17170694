import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';
import type { Category } from '../../../src/core/categories';

/**
 * "Show on page" must lead to a sentence a careful reader would cite for the value. These are the
 * ways policies use data words for something other than data collected (a purpose, a place, a
 * jurisdiction, another type's detail), and the ways they state collection without the usual verbs.
 */

const COLLECTION: Category[] = ['collection'];
const collected = (...lines: Parameters<typeof factsOf>) => factsOf(...lines).collected ?? [];
const lead = (text: string) => ({ text, categories: COLLECTION });
const item = (text: string, categories: Category[] = COLLECTION) => ({ text, kind: 'bullet' as const, categories });

describe("collected: a word inside another type's phrase belongs to that type", () => {
  it('reads "account information for payment" as financial data only', () => {
    const types = collected('We collect account information for payment of your subscription.');
    expect(types).toContain('financial');
    expect(types).not.toContain('user_profile');
  });

  it('reads "card or account information" as a financial account', () => {
    const types = collected(lead('We collect:'), item('• bank details (including debit card or account information);'));
    expect(types).toContain('financial');
    expect(types).not.toContain('user_profile');
    expect(collected('We store your account information and password.')).toContain('user_profile');
  });

  it("reads a language listed among the browser's properties as browser data, not a demographic", () => {
    const types = collected('Our servers record your browser type and version and language, plus your IP address.');
    expect(types).toContain('computer_information');
    expect(types).not.toContain('demographic');
    expect(collected('We collect your age, gender and preferred language, to tailor content.')).toContain('demographic');
  });

  it('reads "user identity" as a word of its own, not a user ID', () => {
    expect(collected('We collect your e-mail address to confirm user identity.')).not.toContain('user_profile');
    expect(collected('We collect your user ID and nickname.')).toContain('user_profile');
  });

  it('counts a Wi-Fi password as network data, not an account password', () => {
    const types = collected('To connect the camera we need you to provide the Wi-Fi name and password.');
    expect(types).toContain('network');
    expect(types).not.toContain('user_profile');
  });

  it("reads a device's online status as device state, not the user's online activity", () => {
    expect(collected('We collect the device online status and firmware version.')).not.toContain('online_activity');
  });
});

describe('collected: data words that name something other than data', () => {
  it('does not take an account that a purpose is about for account data', () => {
    const types = collected(lead('We use the information we collect:'), item('• to open and maintain customer accounts;'), item('• Managing user accounts;'));
    expect(types).not.toContain('user_profile');
    expect(collected('When you create an account we collect your username and password.')).toContain('user_profile');
  });

  it('reads a named service account in a list of data as account data, whatever the brand', () => {
    // No brand names in the lexicon: "<Name> account" counts where the policy lists it as data.
    expect(collected('We collect data you give us, such as your phone number, Acmecloud account, and feedback.')).toContain('user_profile');
    expect(collected('We collect information related to the creation of your Orbit account.')).toContain('user_profile');
    expect(collected('We collect information obtained from your Zed account.')).toContain('user_profile');
    expect(collected('We collect data such as your name, bank account, and address.')).not.toContain('user_profile');
  });

  it('does not take the account data is tied to for account data', () => {
    const types = collected('We collect the serial numbers of devices you link to your customer account.');
    expect(types).toContain('device_identifiers');
    expect(types).not.toContain('user_profile');
    expect(collected('We collect your account details.')).toContain('user_profile');
  });

  it('does not take the laws of a place or a place in code for geolocation', () => {
    expect(collected('We collect your e-mail address and handle it under the laws of your location.')).not.toContain('location');
    expect(collected('The crash reporter collects the error location in the code and the app version.')).not.toContain('location');
    expect(collected('We collect your location to show nearby stores.')).toContain('location');
  });

  it('does not take hardware the user upgrades for data about it', () => {
    expect(collected('We collect your e-mail address to tell you when to upgrade hardware.')).not.toContain('computer_information');
    expect(collected('We collect information about your hardware and operating system.')).toContain('computer_information');
  });

  it('does not take an occasion or a condition for usage data', () => {
    expect(collected('When you register or in other interactions with our support team, we collect your name.')).not.toContain('online_activity');
    expect(collected('The amount of data we collect depends on how you use our services.')).not.toContain('online_activity');
    expect(collected('We record your interactions with our app.')).toContain('online_activity');
    expect(collected('We collect information about how you use our services.')).toContain('online_activity');
  });

  it('does not take a user right over personal information for collection of it', () => {
    expect(collected(lead('We use the information we collect to:'), item('• carry out your request to update or delete your personal information;'))).not.toContain('generic_personal');
  });

  it('does not take data kept apart or avoided for data collected', () => {
    expect(collected('We try to avoid collecting personal information that we do not need.')).not.toContain('generic_personal');
    const types = collected('Our analytics tool records the pages you visit. We do not link this record to any personally identifiable information.');
    expect(types).toContain('online_activity');
    expect(types).not.toContain('generic_personal');
  });

  it('does not take what the user can do under a collection heading for an item collected', () => {
    const f = factsOf({ text: 'You can change your device settings at any time.', section: 'Information we collect', categories: COLLECTION });
    expect(f.collected ?? []).not.toContain('computer_information');
  });
});

describe('collected: collection stated in other words', () => {
  it('reads "usage" before a shared head noun as usage data', () => {
    expect(collected(lead('We collect:'), item('• technical, usage and diagnostic data from your phone;'))).toContain('online_activity');
  });

  it('reads being asked or needed to provide data as collection', () => {
    expect(collected('You may be asked to provide your phone number.')).toContain('contact');
  });

  it('reads an item after a semicolon as continuing the list of data collected', () => {
    expect(collected('We may collect information such as your age; the type of browser you use.')).toContain('computer_information');
  });

  it('does not read a transfer statement that says "including" as a list of data collected', () => {
    const types = collected('We collect the pages you visit. Your information, including your e-mail address, may be transferred to other countries.');
    expect(types).toContain('online_activity');
    expect(types).not.toContain('contact');
  });

  it('reads a shopping cart as purchase data', () => {
    expect(collected('We collect your shopping cart contents.')).toContain('purchase');
  });

  it('cites a list item the classifier left as "other" when its lead-in says what is collected', () => {
    const f = factsOf(lead('The information we collect includes:'), item('• your postal address;', ['other']), { text: 'We also collect your home address for deliveries.', categories: COLLECTION });
    expect(f.collected_evidence?.contact).toEqual([1, 2]);
  });

  it('does not cite the items of a table of contents as collection', () => {
    const f = factsOf({ text: 'This policy covers the following topics:', categories: ['other'] }, item('• How we use cookies', ['other']), { text: 'We use cookies to remember you.', categories: COLLECTION });
    expect(f.collected_evidence?.cookies_tracking).toEqual([2]);
  });
});

describe('purposes: purpose words that name data or an object', () => {
  const purposes = (...lines: Parameters<typeof factsOf>) => factsOf(...lines).purposes ?? [];

  it('does not take preferences or identifiers named after a purpose for the purpose', () => {
    expect(purposes('We use your advertising identifier and e-mail preferences to keep your settings in sync.')).not.toContain('advertising');
    expect(purposes('We use your marketing preferences to remember your choices.')).not.toContain('marketing');
    expect(purposes('We use your e-mail address to send you marketing messages.')).toContain('marketing');
  });

  it('does not take a legal basis for a purpose of legal compliance', () => {
    expect(purposes('We rely on the following legal bases to process your data:')).not.toContain('legal_compliance');
  });

  it('reads "you" as a whole word and notifying someone else as no message to the user', () => {
    expect(purposes('When you update your profile we process your request.')).not.toContain('communication');
    expect(purposes('We use your data to notify the partner that supplied it.')).not.toContain('communication');
    expect(purposes('We use your e-mail address to notify you of changes.')).toContain('communication');
  });

  it('reads a service that gets better as improvement, not as providing it', () => {
    const p = purposes('We use cookies to improve customer service.');
    expect(p).toContain('improvement_analytics');
    expect(p).not.toContain('service_provision');
  });

  it('does not read a policy-change notice that mentions "how we use" as a use', () => {
    expect(factsOf({ text: 'If we change this policy we will notify you by e-mail so that you know how we use your data.', categories: ['change'] }).purposes).not.toContain('communication');
  });
});

describe('purposes: purposes stated in other words', () => {
  const purposes = (...lines: Parameters<typeof factsOf>) => factsOf(...lines).purposes ?? [];

  it.each([
    [[lead('We use your information to:'), item('• Provide, operate and maintain our products and services;')], 'service_provision'],
    [['We use your device ID to provide push notification services.'], 'service_provision'],
    [['We use your e-mail address to set up your account.'], 'service_provision'],
    [['We use your phone number to verify your user ID.'], 'security_fraud'],
    [['We use your data to meet our obligations under applicable laws.'], 'legal_compliance'],
    [['We may use your data in other cases stipulated by law.'], 'legal_compliance'],
    [['We use your data for other purposes that you agree to.'], 'other'],
    [['We connect your visits to your account to determine your potential interests.'], 'personalization'],
    [[{ text: 'Keep you informed about your orders.', section: 'How we use your information', categories: COLLECTION }], 'communication'],
  ] as Array<[Parameters<typeof factsOf>, string]>)('%j → %s', (lines, value) => {
    expect(purposes(...lines)).toContain(value);
  });

  it('reads a promised benefit of the data as its purpose', () => {
    const p = purposes('The data from cookies can bring you a better experience and improve our service quality.');
    expect(p).toEqual(expect.arrayContaining(['personalization', 'improvement_analytics']));
  });

  it('cites an item of a list of purposes even where the classifier saw only the audience', () => {
    const f = factsOf(lead('We process your data for these purposes:'), item('• sending you newsletters;', ['audiences']), { text: 'We use your e-mail address to send newsletters.', categories: COLLECTION });
    expect(f.purposes_evidence?.marketing).toEqual([1, 2]);
  });
});

describe('shared_with: the recipient a clause names', () => {
  const sharedWith = (text: string) => factsOf(text).shared_with ?? [];

  it('reads the processor of a payment processor as a payment processor only', () => {
    expect(sharedWith('We share your card details with our payment processor.')).toEqual(['payment_processors']);
    expect(sharedWith('We share card details with our payment processor, who handles them on our behalf.')).toEqual(['payment_processors']);
    expect(sharedWith('We share data with companies that act on our behalf.')).toContain('service_providers');
  });

  it('reads "third parties with whom we partner" as partners', () => {
    expect(sharedWith('Third parties with whom we partner may collect information through cookies.')).toContain('partners');
  });

  it('does not take the buyers of a product for the buyer of the business', () => {
    expect(sharedWith('We may share aggregate sales figures, such as the number of purchasers of a product, with partners.')).not.toContain('business_transfer');
    expect(sharedWith('If we are acquired, the purchaser may receive your data.')).toContain('business_transfer');
  });

  it('reads litigation as a legal demand and data centres as hosting', () => {
    expect(sharedWith('We may disclose your data to third parties in connection with litigation.')).toContain('law_enforcement');
    expect(sharedWith('We share your data with data centres that store it for us.')).toContain('cloud_hosting');
  });
});

describe('rights: grants stated in other words', () => {
  const rights = (...lines: Parameters<typeof factsOf>) => factsOf(...lines).rights ?? [];

  it('reads "if you are unable to delete it" as a way to ask, not a denial', () => {
    expect(rights('If you are unable to delete your data yourself, you can contact us.')).toContain('deletion');
  });

  it('reads contacting or asking the company as the user acting', () => {
    expect(rights('Guardians who believe a minor gave us personal data without their consent should contact us to ensure that such personal information is deleted.')).toContain('deletion');
    expect(rights("Guardians may refuse further collection of a child's personal information or ask the company and its affiliates to delete the personal information of the child.")).toContain('deletion');
  });

  it('reads a copy sent on request as access', () => {
    expect(rights('• a copy of your personal data will be sent to you upon your request;')).toContain('access');
  });

  it('cites a sentence that grants a right outright even in another section', () => {
    const f = factsOf({ text: "Guardians have the right to ask us to delete a child's personal information.", categories: ['audiences'] }, { text: 'You can delete your account data in the settings.', categories: ['access'] });
    expect(f.rights_evidence?.deletion).toEqual([0, 1]);
  });
});
