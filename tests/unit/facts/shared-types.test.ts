import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

/**
 * Shared data types (`shared_types`): must-find / must-not-find cases for the rules about who the
 * actor is, what is disclosed versus merely mentioned, denials, anonymous data and direction of flow.
 * Sentences are written for these tests, not taken from a corpus.
 */
const shared = (...lines: string[]) => factsOf(...lines).shared_types ?? [];

describe('shared_types: the company discloses data', () => {
  it.each([
    ['We may release your e-mail address to outside organizations that run our contests.', 'contact'],
    ['We may share certain information about you, including your name and mailing address, to promote our programs.', 'contact'],
    ['Card issuers and their vendors and contractors who receive credit card numbers from us verify each payment.', 'financial'],
    ['Our ad partners, including some large networks, use cookies to measure campaigns on this site.', 'cookies_tracking'],
    ['Advertisers use tracking technologies to collect information about users\u2019 computers and mobile devices.', 'computer_information'],
    ['We will not sell or rent your personal information to others except to complete your order.', 'generic_personal'],
    ['We do not release your contact information to third parties unless we have your permission.', 'contact'],
  ])('%s → %s', (text, type) => {
    expect(shared(text)).toContain(type);
  });
});

describe('shared_types: mentions that are not disclosures', () => {
  it('a list of denied verbs is still a denial ("do not give, sell, or transfer")', () => {
    expect(shared('We do not give, sell, or transfer any personal information to a third party.')).toEqual([]);
  });

  it('"we do not allow third parties to collect X" denies that they collect it', () => {
    expect(shared('We do not allow our service providers to collect your credit card number or password.')).toEqual([]);
  });

  it('the user as the actor ("you can share content with your friends") is not a company disclosure', () => {
    expect(shared('You can share photos and your location with your friends on social networks.')).toEqual([]);
    expect(shared('When you share an article on your Facebook profile, Facebook\u2019s policy applies.')).toEqual([]);
    expect(shared('The app allows you to share your e-mail address with other services.')).toEqual([]);
  });

  it('signing in with a social account is data coming in, not data handed over', () => {
    expect(shared('You may register using your Facebook account, in which case you authorize us to access your Facebook profile information.')).toEqual([]);
  });

  it('a cookie placed on the user\u2019s own device is not a recipient', () => {
    expect(shared('Cookies are unique identifiers that we transfer to your device so that Google-style features such as saved carts work.')).not.toContain('cookies_tracking');
  });

  it('choice statements about sharing are not sharing', () => {
    expect(shared('You may request that Example Corp not disclose your personal information to third parties.')).toEqual([]);
    expect(shared('You can opt out of the tracking by advertisers in your ad settings.')).toEqual([]);
    expect(shared('California residents may request and obtain from us, once a year, a list of the third parties to whom we disclosed personal information.')).toEqual([]);
  });

  it('aggregate or anonymous data shared is not a personal data type', () => {
    expect(shared('We may share aggregate demographic and usage information with advertisers.')).toEqual([]);
    expect(shared('We may share anonymized browsing history with our partners.')).toEqual([]);
    // Identifiable data alongside the aggregate still counts.
    expect(shared('We may share aggregate statistics and your personal information, such as your e-mail address, with partners.')).toContain('contact');
  });

  it('data as the basis of targeting ("ads based on your demographics") is not handed over', () => {
    expect(shared('Advertisers use cookies to deliver ads based on your behavior and demographics.')).not.toContain('demographic');
    expect(shared('Advertisers use cookies to deliver ads based on your behavior and demographics.')).toContain('cookies_tracking');
  });

  it('"professional services" and "age-based ratings" are not demographic data', () => {
    expect(shared('We may disclose your data to service providers for hosting and professional services.')).not.toContain('demographic');
    expect(shared('Third parties such as app stores may provide age-based ratings.')).not.toContain('demographic');
  });

  it('a denied mention is excluded ("we do not collect any personally identifiable information")', () => {
    const f = factsOf('We share news with the public on Facebook, but we do not collect any personally identifiable information through those sites.');
    expect(f.shared_types).not.toContain('generic_personal');
    expect(f.collected).not.toContain('generic_personal');
  });
});

describe('shared_types: third parties collecting on the site (OPP-115 convention)', () => {
  it('advertising networks placing cookies on our site count as sharing cookies and browsing data', () => {
    const f = factsOf('Our advertising partners, which deliver ads on this site, may place cookies to collect your browsing history.');
    expect(f.shared_types).toEqual(expect.arrayContaining(['cookies_tracking', 'online_activity']));
  });

  it('web beacons provided by third-party companies are third-party tracking', () => {
    expect(shared('We use web beacons provided by third-party advertising companies to help manage our online advertising.')).toContain('cookies_tracking');
  });

  it('the sentence spelling out what a disclosure sentence named inherits it ("Directory information includes: ...; ...")', () => {
    const f = factsOf('We may release directory information to the general public. Directory information includes: name; home telephone number; email addresses; field of study.');
    expect(f.shared_types).toContain('contact');
  });

  it('a third party sending data to us is not sharing ("a survey vendor shares the answers with us")', () => {
    expect(shared('The survey is run by a third party who shares all of the survey answers with us.')).toEqual([]);
  });
});

describe('collected: the company is the actor', () => {
  const collected = (...lines: string[]) => factsOf(...lines).collected ?? [];

  it('a third party collecting alone is not first-party collection', () => {
    expect(collected('Our third party vendors may collect additional information by automated means, such as browser type or operating system.')).not.toContain('computer_information');
    // The company as co-actor keeps it.
    expect(collected('We and our vendors may collect information such as your browser type and operating system.')).toContain('computer_information');
  });

  it('a sentence defining a cookie does not list collected data', () => {
    const c = collected('Cookies are alphanumeric identifiers which collect anonymous browsing data that enables us to recognize your browser.');
    expect(c).not.toContain('device_identifiers');
    expect(c).not.toContain('online_activity');
    expect(collected('We collect your IP address and the pages you visit.')).toEqual(expect.arrayContaining(['device_identifiers', 'online_activity']));
  });

  it('denials: "does not use cookies to collect", "do not attempt to collect", "prohibited from collecting"', () => {
    expect(collected('Our website does not use cookies to collect personally identifiable information.')).not.toContain('generic_personal');
    expect(collected('We do not attempt to collect any personal information from children.')).not.toContain('generic_personal');
    expect(collected('Third-party web beacons are prohibited from collecting your personal information.')).not.toContain('generic_personal');
  });

  it('"unless you choose to provide it" does not lift a denial of collection', () => {
    expect(collected('We do not collect personal information when you visit our site unless you choose to provide that information.')).not.toContain('generic_personal');
    expect(collected('We do not collect your location except to show nearby stores.')).toContain('location');
  });

  it('sentences about the policy, choices and headings are not collection statements', () => {
    expect(collected('This Policy describes how we treat personal information we collect both online and offline.')).not.toContain('generic_personal');
    expect(collected('This section explains the collection and use of your payment information.')).not.toContain('financial');
    expect(collected('If you would like to stop the further collection of your child\u2019s personal information, contact us.')).not.toContain('generic_personal');
    expect(collected('What personally identifiable information we collect.')).not.toContain('generic_personal');
  });

  it('the company\u2019s own contact details are a channel, not the user\u2019s data', () => {
    expect(collected('You may submit questions to us using the postal address listed below, and we collect the messages you send.')).not.toContain('contact');
    expect(collected('We collect your postal address to deliver your order.')).toContain('contact');
  });

  it('a clause about protecting data is not evidence that personal information is collected', () => {
    expect(collected('Once your personal information is received, we protect it against unauthorized use.')).not.toContain('generic_personal');
  });
});
