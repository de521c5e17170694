import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';
import type { Facts } from '../../../src/core/facts/schema';

/**
 * How policies written for the CCPA/CPRA and the other US state laws, the GDPR and UK GDPR, Brazil's
 * LGPD, Canada's PIPEDA and Quebec's Law 25 say things. The dev data (five seeds, OPP-115 policies of
 * 2015) barely covers this register, so each area is checked with several phrasings: statutory
 * category names, the way notices paraphrase them, table rows, and sentences that must NOT be read as
 * the fact they resemble.
 */

type Line = Parameters<typeof factsOf>[0];
const CATEGORIES_HEADING = 'Categories of Personal Information We Collect';
const RIGHTS_HEADING = 'Your California Privacy Rights';
const bullet = (text: string, section: string): Line => ({ text, kind: 'bullet', section });

describe('collected: CCPA categories of personal information', () => {
  it.each<[string, Line[], Facts['collected']]>([
    ['identifiers', ['We collect identifiers, such as your name, email address, IP address and account name.'], ['contact', 'device_identifiers', 'user_profile']],
    ['customer records (bullet)', [bullet('Customer records: your telephone number, signature, and bank account number.', CATEGORIES_HEADING)], ['contact', 'financial']],
    ['protected classifications', [bullet('Characteristics of protected classifications under California or federal law, such as age, gender and marital status.', CATEGORIES_HEADING)], ['demographic']],
    ['commercial information', ['We collect commercial information, including records of products or services purchased, obtained, or considered.'], ['purchase']],
    ['commercial information (bare category)', [bullet('Commercial information', CATEGORIES_HEADING)], ['purchase']],
    ['internet or other electronic network activity', [bullet('Internet or other electronic network activity information, such as your browsing history, search history and interactions with our website or ads.', CATEGORIES_HEADING)], ['online_activity']],
    ['internet activity (paraphrase)', ['We automatically collect internet or other similar network activity when you visit our site.'], ['online_activity']],
    ['geolocation data', ['We collect geolocation data, such as the approximate location of your device.'], ['location']],
    ['precise geolocation', [bullet('Precise geolocation (only with your permission).', CATEGORIES_HEADING)], ['location']],
    ['sensory data', [bullet('Sensory data, such as recordings of calls with our customer service team.', CATEGORIES_HEADING)], ['audio_video']],
    ['audio, electronic, visual, thermal, olfactory', [bullet('Audio, electronic, visual, thermal, olfactory, or similar information.', CATEGORIES_HEADING)], ['audio_video']],
    ['visual information alone', ['We may collect visual information, such as your profile picture, when you contact support.'], ['audio_video']],
    ['professional or employment-related', [bullet('Professional or employment-related information, such as your employer and job title.', CATEGORIES_HEADING)], ['demographic']],
    ['employment history', ['If you apply for a job, we collect your employment history and professional qualifications.'], ['demographic']],
    ['non-public education information', [bullet('Non-public education information (per the Family Educational Rights and Privacy Act), such as student records.', CATEGORIES_HEADING)], ['demographic']],
    ['inferences', [bullet('Inferences drawn from any of the information listed above to create a profile about you reflecting your preferences, characteristics and behavior.', CATEGORIES_HEADING)], ['user_profile']],
    ['inferences (paraphrase)', ['We collect inferences about your interests that we derive from your activity on our services.'], ['user_profile']],
    ['account log-in credentials', ['We collect account log-in credentials when you register.'], ['user_profile']],
    ['account log-in with financial account', [bullet("Account log-in, financial account, debit card, or credit card number in combination with any required security or access code, password, or credentials allowing access to an account.", 'Sensitive Personal Information')], ['financial', 'user_profile']],
    ['government identifiers', [bullet("Social Security number, driver's license, state identification card, or passport number.", 'Sensitive Personal Information We Collect')], ['personal_identifier']],
    ['state ID card', ['We collect government identifiers such as your state identification card number to verify your age.'], ['personal_identifier']],
    ['racial or ethnic origin, beliefs, union membership', [bullet('Racial or ethnic origin, religious or philosophical beliefs, or union membership.', 'Sensitive Personal Information We Collect')], ['demographic']],
    ['contents of messages', [bullet('The contents of your mail, email and text messages, unless we are the intended recipient.', 'Sensitive Personal Information We Collect')], ['online_activity']],
    ['genetic data', [bullet('Genetic data.', 'Sensitive Personal Information We Collect')], ['health']],
    ['biometric data', [bullet('Biometric information processed to identify you, such as a faceprint.', 'Sensitive Personal Information We Collect')], ['health']],
    ['health, sex life, sexual orientation', ['We collect information concerning your health, sex life or sexual orientation only with your consent.'], ['health', 'demographic']],
    ['disability status', ['With your consent we collect disability status to provide accommodations.'], ['health']],
    ['inferred location', ['We may infer your approximate location from your IP address.'], ['location', 'device_identifiers']],
    ['call recordings and chat transcripts', ['We record customer service calls and keep chat transcripts for quality assurance.'], ['audio_video', 'online_activity']],
    ['neural and consumer health data', ['With your consent, we collect neural data and consumer health data as defined by Washington law.'], ['health']],
    ['voiceprint', ['We collect your voiceprint when you enroll in voice authentication.'], ['health']],
    ['driver’s license with a curly apostrophe', ['We collect your driver’s license number to verify your identity.'], ['personal_identifier']],
    ['crash reports and diagnostics', ['When you use the app, we collect crash reports and diagnostic data.'], ['computer_information']],
    ['table row of categories', [{ text: 'Identifiers (name, email address, IP address, device ID)', kind: 'cell', section: CATEGORIES_HEADING }], ['contact', 'device_identifiers']],
  ])('%s', (_name, lines, expected) => {
    const collected = factsOf(...lines).collected;
    for (const v of expected ?? []) expect(collected, `expected ${v} in ${JSON.stringify(collected)}`).toContain(v);
  });

  it.each<[string, Line[], NonNullable<Facts['collected']>[number]]>([
    ['a rights sentence names categories without collecting them', ['You may request that we disclose the categories of personal information we collected about you, including inferences.'], 'user_profile'],
    ['"inferences" about the reader of a notice are not collected data', ['No inferences should be drawn from the order of this list.'], 'user_profile'],
    ['a denied category', ['We do not collect precise geolocation data.'], 'location'],
    ['a denied sensitive category', ['We do not collect or process sensitive personal information such as your Social Security number.'], 'personal_identifier'],
    ['log in to an account is where data goes, not credentials', ['You can log in to your account to review your orders.'], 'user_profile'],
    ['browser fingerprinting is not a biometric', ['We collect information about your browser to prevent fraud, a technique known as browser fingerprinting.'], 'health'],
    ['accessibility for people with disabilities is not health data', ['We collect feedback so that individuals with disabilities have access to our website.'], 'health'],
  ])('does not read %s', (_name, lines, value) => {
    expect(factsOf(...lines).collected).not.toContain(value);
  });

  it('a user who rents or buys is not the company disclosing data', () => {
    expect(factsOf('If you rent or purchase textbooks from us, we may also collect your student identification number and driver license number.').shared_types).toEqual([]);
  });
});

describe('sources are not recipients', () => {
  it.each<[string, Line[]]>([
    ['sources list', ['We obtain personal information from the following categories of sources: directly from you, from your devices, from advertising networks, and from data analytics providers.']],
    ['sources bullet', [bullet('Advertising networks and data brokers', 'Categories of Sources of Personal Information')]],
    ['received from', ['We may receive information about you from advertising partners and data brokers.']],
  ])('%s', (_name, lines) => {
    const f = factsOf(...lines);
    expect(f.shared_with).not.toContain('advertisers');
    expect(f.shared_with).not.toContain('analytics');
  });
});

describe('recipients named in modern disclosure lists', () => {
  it.each<[string, NonNullable<Facts['shared_with']>[number]]>([
    ['We may make personal information available to data brokers.', 'other_third_parties'],
    ['We share personal information with social media platforms to show you ads.', 'other_third_parties'],
    ['We share information with our professional advisors, such as lawyers and auditors.', 'service_providers'],
    ['We disclose personal information to government entities when required by law.', 'law_enforcement'],
  ])('%s → %s', (text, value) => {
    expect(factsOf(text).shared_with).toContain(value);
  });
});

describe('purposes: business or commercial purposes, and legal bases', () => {
  it.each<[string, Line[], NonNullable<Facts['purposes']>[number]]>([
    ['auditing ad impressions', [bullet('Auditing related to counting ad impressions to unique visitors.', 'Business or Commercial Purposes')], 'advertising'],
    ['security and integrity', [bullet('Helping to ensure security and integrity to the extent the use of personal information is reasonably necessary and proportionate.', 'Business or Commercial Purposes for Which We Use Personal Information')], 'security_fraud'],
    ['debugging', [bullet('Debugging to identify and repair errors that impair existing intended functionality.', 'Business or Commercial Purposes')], 'improvement_analytics'],
    ['performing services', [bullet('Performing services on behalf of the business, including maintaining or servicing accounts, providing customer service, processing or fulfilling orders and transactions.', 'Business or Commercial Purposes')], 'service_provision'],
    ['internal research', [bullet('Undertaking internal research for technological development and demonstration.', 'Business or Commercial Purposes')], 'research'],
    ['cross-context behavioral advertising', ['We use personal information for cross-context behavioral advertising.'], 'advertising'],
    ['contract basis with a use', ['We process your data where necessary for the performance of our contract with you, such as to deliver your order.'], 'service_provision'],
    ['legitimate interest naming a purpose', ['We process your data on the basis of our legitimate interests in preventing fraud.'], 'security_fraud'],
  ])('%s', (_name, lines, value) => {
    expect(factsOf(...lines).purposes).toContain(value);
  });

  it.each<[string, Line[]]>([
    ['a list of legal bases', ['We process your personal data on the following legal bases: your consent, the performance of a contract with you, compliance with a legal obligation, and our legitimate interests.']],
    ['bases as bullets', [bullet('Consent: where you have given us consent to process your personal data.', 'Legal Bases for Processing'), bullet('Legitimate interests: where processing is necessary for our legitimate interests and your rights do not override those interests.', 'Legal Bases for Processing')]],
    ['UK GDPR basis sentence', ['Under the UK GDPR, the lawful bases we rely on are consent, contract, legal obligation, vital interests, public task and legitimate interests.']],
  ])('a legal basis is not a purpose: %s', (_name, lines) => {
    const purposes = factsOf(...lines).purposes ?? [];
    for (const p of ['service_provision', 'legal_compliance', 'other'] as const) expect(purposes).not.toContain(p);
  });
});

describe('sells_data: sale and sharing statements', () => {
  it.each<[string, Line[], Facts['sells_data']]>([
    ['do not sell or share', ['We do not sell or share your personal information.'], 'no'],
    ['have not sold in the preceding 12 months', ['We have not sold or shared any personal information in the preceding 12 months.'], 'no'],
    ['do not and will not sell', ['We do not and will not sell your personal information.'], 'no'],
    ['"sale" as defined by law, denied', ['We do not engage in any "sale" of personal information as defined by the CCPA.'], 'no'],
    ['sold categories in the last 12 months', ['In the preceding 12 months, we have sold the following categories of personal information to advertising partners: identifiers and internet activity.'], 'yes'],
    ['may be considered a sale', ['Our use of third-party advertising cookies may be considered a "sale" or "sharing" of personal information under California law.'], 'yes'],
    ['may qualify as a sale of personal information', ['Disclosures to our ad partners may qualify as a sale of personal information under some state laws.'], 'yes'],
    ['not "sell" or "share" as defined', ['We do not "sell" or "share" personal information as those terms are defined under the CCPA.'], 'no'],
    ['may constitute a sale', ['Some disclosures of personal information to our advertising partners may constitute a “sale” under applicable state laws.'], 'yes'],
    ['a definition of "sale"', ['Under the CCPA, a "sale" includes disclosing personal information to a third party for valuable consideration.'], 'unstated'],
    ['may be considered "selling"', ['We may share personal information with advertising partners, which may be considered "selling" under some laws.'], 'yes'],
    ['a prohibition on service providers', ['Our service providers are contractually prohibited from selling personal information.'], 'unstated'],
    ['the user asks us to stop', ['You can request that we stop selling your data at any time.'], 'unstated'],
    ['the link alone', ['Do Not Sell or Share My Personal Information'], 'unstated'],
    ['the link in a sentence', ['To opt out, click the "Do Not Sell or Share My Personal Information" link in the footer of our website.'], 'unstated'],
    ['the right alone', ['You have the right to opt out of the sale of your personal information.'], 'unstated'],
    ['the right with a verb', ['You may direct us not to sell or share your personal information at any time.'], 'unstated'],
    ['a denial only for minors', ['We do not knowingly sell or share the personal information of consumers under 16 years of age.'], 'unstated'],
  ])('%s → %s', (_name, lines, value) => {
    expect(factsOf(...lines).sells_data).toBe(value);
  });
});

describe('rights under modern privacy laws', () => {
  it.each<[string, Line[], NonNullable<Facts['rights']>[number]]>([
    ['right to know / access it', ['You have the right to know what personal information we have collected about you, to access it, and to delete it.'], 'access'],
    ['right to know / delete it', ['You have the right to know what personal information we have collected about you, to access it, and to delete it.'], 'deletion'],
    ['request that we disclose the categories', ['California residents have the right to request that we disclose the categories of personal information we collected about them.'], 'access'],
    ['right to know heading-led', ['Right to Know. You may request that we disclose the specific pieces of personal information we have collected about you.'], 'access'],
    ['confirm whether we process', ['You have the right to confirm whether or not we are processing your personal data and to access such data.'], 'access'],
    ['LGPD confirmation of processing', [bullet('Confirmation of the existence of processing and access to your data.', 'Your Rights Under the LGPD')], 'access'],
    ['right to know bullet', [bullet('Right to know: the categories and specific pieces of personal information we have collected about you.', RIGHTS_HEADING)], 'access'],
    ['correct inaccurate', ['You have the right to request that we correct inaccurate personal information we maintain about you.'], 'correction'],
    ['PIPEDA challenge accuracy', ['You may request access to your personal information and challenge its accuracy and completeness and have it amended as appropriate.'], 'correction'],
    ['right to correct bullet', [bullet('Right to Correct', RIGHTS_HEADING)], 'correction'],
    ['right to delete bullet', [bullet('Right to Delete', RIGHTS_HEADING)], 'deletion'],
    ['portable format', ['You have the right to obtain your personal data in a portable and, to the extent technically feasible, readily usable format.'], 'portability'],
    ['Law 25 technological format', ['You may request that computerized personal information collected from you be communicated to you in a structured, commonly used technological format.'], 'portability'],
    ['opt out of targeted advertising', ['You can opt out of targeted advertising at any time.'], 'opt_out_marketing'],
    ['opt out of interest-based ads', ['You may opt out of interest-based advertising by visiting the Digital Advertising Alliance opt-out page.'], 'opt_out_marketing'],
    ['opt out of cross-context behavioral advertising', ['You have the right to opt out of the sharing of your personal information for cross-context behavioral advertising.'], 'opt_out_marketing'],
    ['state law targeted advertising', ['Residents of Virginia, Colorado and Connecticut may opt out of the processing of personal data for purposes of targeted advertising, the sale of personal data, or profiling.'], 'opt_out_marketing'],
    ['opt out of sale or sharing', ['You may opt out of the sale or sharing of your personal information.'], 'object'],
    ['right to opt out of sale', ['You have the right to opt out of the sale of your personal information.'], 'object'],
    ['direct us not to sell', ['You may direct us not to sell or share your personal information at any time.'], 'object'],
    ['GPC as opt-out', ['We honor Global Privacy Control signals as a valid request to opt out of the sale or sharing of your personal information.'], 'object'],
    ['opt out of profiling', ['You can opt out of profiling in furtherance of decisions that produce legal or similarly significant effects concerning you.'], 'automated_decision'],
    ['limit sensitive PI', ['You have the right to limit the use and disclosure of your sensitive personal information.'], 'restrict'],
    ['limit sensitive PI link', ['To direct us to limit our use of your sensitive personal information, click the "Limit the Use of My Sensitive Personal Information" link.'], 'restrict'],
    ['restrict processing', ['You may ask us to restrict the processing of your personal data in certain circumstances.'], 'restrict'],
    ['object to legitimate interests', ['You have the right to object to processing based on our legitimate interests.'], 'object'],
    ['object where we rely on legitimate interests', ['Where we rely on legitimate interests, you may object to that processing at any time.'], 'object'],
    ['withdraw consent where we rely on it', ['Where we rely on your consent, you may withdraw it at any time without affecting the lawfulness of processing before withdrawal.'], 'withdraw_consent'],
    ['LGPD revocation', [bullet('Revocation of consent.', 'Your Rights Under the LGPD')], 'withdraw_consent'],
    ['complaint with the ICO', ["You have the right to make a complaint at any time to the Information Commissioner's Office (ICO)."], 'complaint_authority'],
    ['complaint with the privacy commissioner', ['If you are not satisfied with our response, you may file a complaint with the Office of the Privacy Commissioner of Canada.'], 'complaint_authority'],
    ['complaint with the attorney general', ['You may also contact the Attorney General of your state to file a complaint.'], 'complaint_authority'],
    ['ANPD', ['You have the right to petition the National Data Protection Authority (ANPD) regarding your personal data.'], 'complaint_authority'],
    ['automated decisions', ['You have the right not to be subject to a decision based solely on automated processing, including profiling.'], 'automated_decision'],
    ['Law 25 automated decision', ['You will be informed when a decision is made about you based exclusively on automated processing of your personal information.'], 'automated_decision'],
    ['opt out of use for marketing', ['You may opt out of our use of your information for marketing purposes.'], 'opt_out_marketing'],
    ['turn off personalized ads', ['You can turn off personalized ads in your device settings.'], 'opt_out_marketing'],
    ['an instruction to unsubscribe', ['To opt out of receiving marketing emails, click “unsubscribe” at the bottom of any email.'], 'opt_out_marketing'],
    ['a way to opt out of these communications', ['Out of respect for your privacy we provide a way to opt out of these communications.'], 'opt_out_marketing'],
    ['Nevada sale opt-out', ['Nevada residents may submit a request directing us not to sell their covered information.'], 'object'],
    ['an opportunity to object', ['We will always give you an opportunity to object before we share your information with family members.'], 'object'],
    ['request that information be withheld', ['A student may request that the institution withhold directory information, or you may request that your information be withheld.'], 'object'],
    ['opt out of tracking', ['You can opt out of the tracking by Google Analytics by installing the browser add-on.'], 'object'],
    ['deletion on request, from the company side', ['We will delete your personal information upon your request unless an exception applies.'], 'deletion'],
    ['complain to a regulator', ['If you are unhappy with how we handled your request, you can complain to your local data protection regulator.'], 'complaint_authority'],
    ['residents may object', ['Residents of the EEA may object to the processing of their personal data for direct marketing purposes.'], 'object'],
    ['restrict how we use', ['You have the right to request that we restrict how we use your data.'], 'restrict'],
    ['Law 25 de-indexing', ['Under Quebec law, you have the right to request that we cease disseminating your personal information or de-index any hyperlink attached to your name.'], 'deletion'],
    ['request that we not use for ads', ['You may request that we not use your personal information for targeted advertising.'], 'opt_out_marketing'],
    ['transmit it to another controller', ['You have the right to receive the personal data you provided to us and to transmit it to another controller.'], 'portability'],
    ['opt-out request for targeted advertising', ['Consumers may submit a request to opt out of the processing of their personal data for targeted advertising.'], 'opt_out_marketing'],
  ])('%s → %s', (_name, lines, value) => {
    const rights = factsOf(...lines).rights;
    expect(rights, `expected ${value} in ${JSON.stringify(rights)}`).toContain(value);
  });

  it.each<[string, Line[], NonNullable<Facts['rights']>[number]]>([
    ['non-discrimination is no objection', ['We will not discriminate against you for exercising any of your privacy rights.'], 'object'],
    ['an authorized agent is not access', ['You may designate an authorized agent to make a request on your behalf.'], 'access'],
    ['verification is not access', ['We will verify your identity by matching information you provide with information we already have.'], 'access'],
    ['employee access limits are not a right', ['We limit access to personal information to employees who need it to do their jobs.'], 'restrict'],
    ['retention deletes, the user does not', ['We delete personal information when it is no longer necessary for the purposes described.'], 'deletion'],
    ['service providers may not sell', ['Our contracts prohibit service providers from selling personal information.'], 'object'],
    ['we do not sell: no opt-out to offer', ['We do not sell your personal information.'], 'object'],
    ['a legitimate-interest basis is not an objection', ['We process your data on the basis of our legitimate interests.'], 'object'],
    ['staff who have access are not a right', ['Only authorized individuals have access to the information provided by our customers.'], 'access'],
    ['vendors who have access are not a right', ['These companies and individuals will have access to your personal information as necessary to perform their functions.'], 'access'],
  ])('%s', (_name, lines, value) => {
    expect(factsOf(...lines).rights).not.toContain(value);
  });
});

describe('how to exercise: modern request channels', () => {
  it('keeps web forms, toll-free numbers and privacy e-mails exactly as written', () => {
    const f = factsOf('To exercise these rights, submit a request through our webform at https://www.acme.com/privacy-request, call us toll-free at 1-800-555-0199, or email privacy@acme.com.');
    expect(f.how_to_exercise).toEqual(expect.arrayContaining(['https://www.acme.com/privacy-request', '1-800-555-0199', 'privacy@acme.com']));
  });

  it('keeps a named request portal', () => {
    expect(factsOf('To exercise your rights, visit our Privacy Request Portal or email dpo@example.eu.').how_to_exercise).toEqual(expect.arrayContaining(['Privacy Request Portal', 'dpo@example.eu']));
  });

  it('keeps a named request form addressed as an instruction', () => {
    expect(factsOf('To submit a request, please call us toll-free at 888-555-0123 or complete our Privacy Request Form.').how_to_exercise).toEqual(expect.arrayContaining(['888-555-0123', 'Privacy Request Form']));
  });

  it('keeps a phone number written with parentheses', () => {
    expect(factsOf('You may call us at (888) 555-0123 to submit a request to know or delete.').how_to_exercise).toContain('(888) 555-0123');
  });

  it.each<[string, string]>([
    ['Click the "Do Not Sell or Share My Personal Information" link at the bottom of our homepage to opt out.', 'Do Not Sell or Share My Personal Information'],
    ['You can opt out by using the “Your Privacy Choices” link in the footer of our website.', 'Your Privacy Choices'],
    ['You can submit an opt-out request through the Do Not Sell or Share My Personal Information link.', 'Do Not Sell or Share My Personal Information'],
    ['You may also opt out by enabling the Global Privacy Control (GPC) in your browser.', 'Global Privacy Control'],
  ])('names the opt-out link or signal: %s', (text, value) => {
    expect(factsOf(text).how_to_exercise).toContain(value);
  });

  it('does not take a mention of Global Privacy Control that is not a channel', () => {
    expect(factsOf('At this time we do not respond to Global Privacy Control signals.').how_to_exercise).not.toContain('Global Privacy Control');
  });
});

describe('children: modern age thresholds', () => {
  it('reads "individuals under 16" as a children threshold', () => {
    expect(factsOf('Our services are not directed to individuals under 16, and we do not knowingly sell or share their personal information.').children?.min_age).toBe(16);
  });
});

describe('transfers: modern mechanisms', () => {
  it.each<[string, string]>([
    ['We rely on the Standard Contractual Clauses approved by the European Commission for transfers outside the EEA.', 'Standard Contractual Clauses'],
    ['When we transfer personal data from the UK, we use the International Data Transfer Addendum to the EU Standard Contractual Clauses.', 'Standard Contractual Clauses'],
    ['Some countries have been found to provide adequate protection by an adequacy decision of the European Commission.', 'Adequacy decision'],
    ['We participate in the EU-U.S. Data Privacy Framework and its UK Extension and the Swiss-U.S. Data Privacy Framework.', 'EU-U.S. Data Privacy Framework'],
    ['We transfer data to countries the UK government has found to provide adequate protection under the UK adequacy regulations.', 'Adequacy decision'],
  ])('%s', (text, safeguard) => {
    expect(factsOf(text).transfers?.safeguards).toContain(safeguard);
  });

  it('a mechanism no longer relied on is not a safeguard', () => {
    expect(factsOf('We no longer rely on the EU-U.S. Privacy Shield.').transfers?.safeguards).toEqual([]);
  });
});

describe('retention schedules in tables', () => {
  it.each<[Line[], { value: number; unit: string }]>([
    [[{ text: 'Customer service recordings: 90 days', kind: 'cell', section: 'How Long We Keep Your Information' }], { value: 90, unit: 'day' }],
    [[{ text: 'Server logs | 13 months', kind: 'cell', section: 'Data Retention Schedule' }], { value: 13, unit: 'month' }],
    [['We retain transaction records for seven (7) years to comply with tax laws.'], { value: 7, unit: 'year' }],
  ])('%j', (lines, duration) => {
    const retention = factsOf(...lines).retention ?? [];
    expect(retention.some((r) => r.max?.value === duration.value && r.max?.unit === duration.unit), JSON.stringify(retention)).toBe(true);
  });

  it('keeps a row whose period runs from an event, without inventing a fixed bound', () => {
    const retention = factsOf({ text: 'Account information | For the life of your account plus 3 years', kind: 'cell', section: 'Retention Schedule' }).retention ?? [];
    expect(retention.map((r) => r.quote)).toEqual(['Account information | For the life of your account plus 3 years']);
    expect(retention[0].max).toBeUndefined();
  });

  it('does not read a period in a row outside a retention schedule as retention', () => {
    expect(factsOf({ text: 'Free trial: 30 days', kind: 'cell', section: 'Subscription Plans' }).retention).toEqual([]);
  });
});

describe('retention schedules: what is not a schedule', () => {
  it('a period in a list under a security heading is not a retention period', () => {
    expect(factsOf({ text: 'Penetration tests: 12 months', kind: 'bullet', section: 'How We Keep Your Information Secure' }).retention).toEqual([]);
  });
});

describe('words that end like a negator do not negate', () => {
  // A sentence that only says the company honours the signal explains it (blind round 2: not a channel); one
  // addressed to the user is, and "honor" before the name must not negate it.
  it('"honor" is not "nor": a signal the user is told to send, which the company honors, is a channel', () => {
    expect(factsOf('You can send opt-out signals we honor, such as the Global Privacy Control.').how_to_exercise).toContain('Global Privacy Control');
  });

  it('"whenever" is not "never": sharing whenever something happens is sharing', () => {
    expect(factsOf('Whenever we share your data with service providers, they must protect it.').shared_with).toContain('service_providers');
  });

  it('"minor" is not "nor"', () => {
    expect(factsOf('Account details of a minor may be shared with our service providers.').shared_with).toContain('service_providers');
  });
});

describe('red flags: a statutory right is not a practice', () => {
  it('a right to opt out of targeted advertising is not ad targeting', () => {
    const flags = factsOf({ text: 'Right to opt out of the sale or sharing of personal information and of targeted advertising.', kind: 'bullet', section: RIGHTS_HEADING }).red_flags ?? [];
    expect(flags.map((f) => f.flag)).not.toContain('ad_targeting');
  });

  it('targeted advertising the company does is still flagged', () => {
    const flags = factsOf('We and our partners use cookies to show you targeted advertising on other websites.').red_flags ?? [];
    expect(flags.map((f) => f.flag)).toContain('ad_targeting');
  });
});

describe('purposes: a legal-basis column of a table', () => {
  it.each<[string]>([['Compliance with a legal obligation (Art. 6(1)(c) GDPR)'], ['Legal obligation; legitimate interests'], ['Performance of a contract']])('"%s" alone is not a purpose', (text) => {
    expect(factsOf({ text, kind: 'cell', section: 'How We Use Your Information' }).purposes).toEqual([]);
  });

  it('a purpose cell worded as a use still counts', () => {
    expect(factsOf({ text: 'To comply with our legal obligations, such as tax reporting', kind: 'cell', section: 'How We Use Your Information' }).purposes).toContain('legal_compliance');
  });
});
