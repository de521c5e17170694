import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

/**
 * Ways policies talk that the second blind round of modern policies (tests/fixtures/policies-modern)
 * showed the facts missing or misreading. The sentences here are our own variants of each phrasing,
 * not the fixture text, with the readings that must NOT change next to them.
 */

type Line = Parameters<typeof factsOf>[0];
const RIGHTS = 'Your data protection rights';
/** A paragraph as the classifier labels a rights statement (the facts read the categories too). */
const para = (text: string, section = RIGHTS): Line => ({ text, section, categories: ['access', 'choice'] });

describe('rights: a right the policy says does not apply is not granted', () => {
  it.each([
    'We do not make decisions about you based solely on automated processing.',
    'No automated decision-making or profiling takes place when you use the app.',
    'Brightwater does not take decisions with legal effects that rely only on automated means, and never uses automated scoring.',
  ])('%s → no automated_decision', (text) => {
    expect(factsOf({ text, section: RIGHTS, kind: 'bullet', categories: ['access', 'choice'] }).rights).not.toContain('automated_decision');
  });

  it('still grants the right not to be subject to automated decisions', () => {
    expect(factsOf(para('You have the right not to be subject to a decision based solely on automated processing.')).rights).toContain('automated_decision');
  });
});

describe('rights: GDPR-style lists in the third person and the passive', () => {
  it.each<[string, string]>([
    ['Each user may ask for a copy of their data, have it rectified, and restrict its processing.', 'restrict'],
    ['Data subjects can restrict their processing where accuracy is contested.', 'restrict'],
    ['Where we rely on consent, that consent may at any time be withdrawn through the account page.', 'withdraw_consent'],
    ['If you gave us a written authorization, you may revoke it by writing to us.', 'withdraw_consent'],
    ['Settings can be changed whenever you like through the "Cookie settings" link at the bottom of each page.', 'cookie_control'],
    ['If we turn your appeal down, you may complain to the attorney general of your state.', 'complaint_authority'],
  ])('%s → %s', (text, right) => {
    expect(factsOf(para(text)).rights).toContain(right);
  });

  it('does not read the company restricting its staff as the user right', () => {
    expect(factsOf(para('We restrict access to personal data to staff who need it.', 'Security')).rights).not.toContain('restrict');
  });
});

describe('red flags: denials, the user changing settings, cost-based fees', () => {
  const flagsOf = (...lines: Line[]) => (factsOf(...lines).red_flags ?? []).map((f) => f.flag);

  it.each([
    'You may ask us to stop selling your data, targeted advertising and profiling. We do none of these, but we will confirm your request.',
    'Opt out of personalised ads and the sale of data. Harbor does not do any of these.',
  ])('%s → no ad_targeting', (text) => {
    expect(flagsOf(text)).not.toContain('ad_targeting');
  });

  it('keeps ad_targeting when nothing takes the list back', () => {
    expect(flagsOf('We show you targeted advertising based on the shows you watch. You can turn it off in Settings.')).toContain('ad_targeting');
  });

  it.each([
    'Your marketing preferences can be changed at any time from the profile page.',
    'You can update your choices at any time in the app.',
  ])('%s → no changes_any_time', (text) => {
    expect(flagsOf(text)).not.toContain('changes_any_time');
  });

  it('still flags the company changing its notice at any time', () => {
    expect(flagsOf('We may amend this notice at any time.')).toContain('changes_any_time');
  });

  it.each([
    'We may charge a reasonable, cost-based fee for extra paper copies.',
    'We can charge a nominal and administrative fee if a request is excessive.',
  ])('%s → fee_for_requests', (text) => {
    expect(flagsOf(para(text))).toContain('fee_for_requests');
  });

  it('does not flag fees for the products themselves', () => {
    expect(flagsOf('We charge a reasonable fee for premium subscriptions.')).not.toContain('fee_for_requests');
  });
});

describe('company: a legal name with a comma before the suffix', () => {
  it.each<[string, string]>([
    ['Harbor Lane Foods, Inc. ("Harbor") runs this site. Harbor keeps your data safe. Harbor does not sell it. Ask Harbor anything.', 'Harbor Lane Foods, Inc.'],
    ['Pinecrest Labs, LLC runs this app. Pinecrest answers every request. Pinecrest is based in Ohio. Write to Pinecrest.', 'Pinecrest Labs, LLC'],
    ['Velda Data, GmbH ("Velda") is the controller. Velda uses processors. Velda stores data in Germany.', 'Velda Data, GmbH'],
  ])('%s → %s', (text, name) => {
    const company = factsOf(text).company ?? [];
    expect(company).toContain(name);
    expect(company).toContain(name.split(' ')[0]);
  });

  it('does not glue a list of brands to a legal name', () => {
    const company = factsOf('We work with Apple, Google and Microsoft. Our company is Tern Works Ltd.').company ?? [];
    expect(company.some((n) => n.includes('Apple'))).toBe(false);
  });
});

describe('children: the age the service requires', () => {
  it.each<[string[], number]>([
    [['You must be 18 or older to use the Service.', 'We do not knowingly collect data from children under 13.'], 18],
    [['An account can only be opened by people aged 16 or over.', 'Children may use a supervised profile.'], 16],
    [['You need to be at least 21 years old to register.'], 21],
  ])('%j → %i', (lines, age) => {
    expect(factsOf(...lines).children?.min_age).toBe(age);
  });

  it('keeps the children age where no eligibility is stated', () => {
    expect(factsOf('We do not knowingly collect data from children under 13.').children?.min_age).toBe(13);
  });
});

describe('channels', () => {
  it.each<[string, string, string]>([
    ['You can turn alerts off under Profile > Alerts whenever you like.', 'Profile > Alerts', 'off under Profile'],
    ['The notice can be read in the app under Menu > Legal and on our website.', 'Menu > Legal', 'Legal and on'],
    ['Go to Privacy and Security > Ads to change what you see.', 'Privacy and Security > Ads', 'Go to'],
  ])('%s → %s', (text, path, notPart) => {
    const channels = factsOf(text).how_to_exercise ?? [];
    expect(channels).toContain(path);
    expect(channels.some((c) => c.includes(notPart))).toBe(false);
  });

  it('does not take an explanation of Global Privacy Control for a channel', () => {
    expect(factsOf('Our site honours the Global Privacy Control signal as a valid opt-out.').how_to_exercise).not.toContain('Global Privacy Control');
  });

  it('keeps Global Privacy Control where users are told to use it', () => {
    expect(factsOf('You can opt out of sharing by turning on Global Privacy Control in your browser.').how_to_exercise).toContain('Global Privacy Control');
  });

  it.each<[Line[], string]>([
    [['To ask for a copy, write to us at 14 Quay Road, Leeds LS1 4AB; we reply within a month.'], '14 Quay Road, Leeds LS1 4AB'],
    [['Requests may be addressed to: Privacy Team, 9 Elm Court, Bristol BS1 2AA; email privacy@elm.example.'], 'Privacy Team, 9 Elm Court, Bristol BS1 2AA'],
    [['Questions? Mail: Sorrel Labs, 77 Birch Road, Austin, TX 78701'], 'Sorrel Labs, 77 Birch Road, Austin, TX 78701'],
    [[{ text: 'How can I contact Sorrel?', kind: 'heading' }, 'Sorrel Labs, Data Office, 77 Birch Road, Austin, TX 78701'], 'Sorrel Labs, Data Office, 77 Birch Road, Austin, TX 78701'],
    [[{ text: '12. Contact', kind: 'heading' }, 'Sorrel B.V., attn. Legal, Herengracht 10, 1015 BA Amsterdam. Email: legal@sorrel.example.'], 'Sorrel B.V., attn. Legal, Herengracht 10, 1015 BA Amsterdam'],
  ])('%j → %s', (lines, address) => {
    expect(factsOf(...lines).how_to_exercise).toContain(address);
  });

  it('does not take "write to us" without an address for one', () => {
    expect(factsOf('Write to us with your questions, and we will reply within 30 days, 7 days a week.').how_to_exercise).toEqual([]);
  });
});

describe('change_notice: announced where users look', () => {
  it.each([
    'Significant changes to this policy will be shown on your dashboard before they apply.',
    'Material updates to this notice are announced in the app before they take effect.',
    'Material changes to this statement will be communicated by e-mail before they take effect.',
  ])('%s → direct_notice_for_material', (text) => {
    expect(factsOf(text).change_notice).toBe('direct_notice_for_material');
  });

  it('leaves a notice announced on this page as posted_only', () => {
    expect(factsOf('Changes to this policy will be announced on this page.').change_notice).toBe('posted_only');
  });
});
