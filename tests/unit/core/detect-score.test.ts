import { describe, expect, it } from 'vitest';
import { detectPolicyFromText, findPrivacySection, scoreFeatures, type SectionBlock } from '../../../src/core/detect-score';
import { DetectionSchema } from '../../../src/messaging/protocol';
import { readShared } from '../../helpers/shared';

const SEEDS = ['000_d90c3e2f73beb84c', '001_42424312f3601af9', '002_775e9e085672e09d', '003_e3de22a289a00743', '004_68f95147437c840b'];

const TERMS_TEXT = `Terms of Service
These Terms of Service govern your use of our services. By using the services you agree to these Terms.
Accounts
You are responsible for your account. You must be 18 or older to accept these Terms.
Payment
Fees are billed in advance and are non-refundable. We may change these Terms at any time.
Disclaimer
THE SERVICES ARE PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND, AND THIS AGREEMENT LIMITS OUR LIABILITY.
Governing law
These Terms are governed by the laws of Delaware. Disputes under this agreement go to arbitration.`;

describe('detectPolicyFromText', () => {
  it.each(SEEDS)('recognises seed %s as an English policy', (seed) => {
    const d = detectPolicyFromText(readShared(`seeds/${seed}.txt`));
    expect(DetectionSchema.parse(d)).toEqual(d);
    expect(d.isPolicy, d.signals.join('; ')).toBe(true);
    expect(d.language).toBe('en');
  });

  it('rejects terms of service and gives a clear negative on empty text', () => {
    expect(detectPolicyFromText(TERMS_TEXT).isPolicy).toBe(false);
    expect(detectPolicyFromText('')).toMatchObject({ isPolicy: false, language: 'und' });
    expect(detectPolicyFromText(null as unknown as string).isPolicy).toBe(false);
  });

  it('does not take a news headline about a policy for the policy itself', () => {
    const d = scoreFeatures({
      title: 'Smart camera maker quietly rewrites its privacy policy',
      mainHeadings: ['Smart camera maker quietly rewrites its privacy policy'],
      headings: [],
      text: 'The company said on Monday that it changed its privacy policy. "We care," a spokesperson said, according to reporters.',
    });
    expect(d.contributions.title).toBeUndefined();
    expect(d.isPolicy).toBe(false);
  });

  it('does not call a policy-titled but empty document a policy', () => {
    expect(detectPolicyFromText('Privacy Policy\nComing soon.', { title: 'Privacy Policy' }).isPolicy).toBe(false);
  });
});

const CHINESE_POLICY = `隐私政策
本隐私政策说明我们如何收集、使用、存储和共享您的个人信息。
一、我们收集的个人信息
当您注册账户时，我们会收集您的姓名、手机号码和电子邮件地址等个人信息。当您使用我们的设备时，我们会收集设备标识符和网络信息。
二、我们如何使用您的个人信息
我们使用您的个人信息来提供、维护和改进我们的产品和服务，并保障账户安全。
三、我们如何共享您的个人信息
未经您的同意，我们不会与第三方共享您的个人信息，法律法规另有规定的除外。
四、您的权利
您有权访问、更正和删除您的个人信息，也可以撤回您的同意。`;

const FRENCH_POLICY = `Politique de confidentialité
Cette politique de confidentialité explique comment nous traitons vos données personnelles.
Nous collectons les données personnelles que vous nous fournissez lors de la création de votre compte, comme votre nom et votre adresse e-mail.
Nous utilisons vos données personnelles pour fournir nos services, assurer la sécurité et respecter nos obligations légales.
Nous ne vendons pas vos données personnelles. Nous les partageons avec nos prestataires qui les traitent pour notre compte.
Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données personnelles.`;

describe('non-English policies', () => {
  it.each([
    ['zh', CHINESE_POLICY],
    ['fr', FRENCH_POLICY],
  ])('recognises a %s policy and reports its language', (lang, text) => {
    const d = detectPolicyFromText(text);
    expect(d.isPolicy, d.signals.join('; ')).toBe(true);
    expect(d.language).toBe(lang);
  });
});

describe('scoreFeatures', () => {
  it('explains its verdict with signals', () => {
    const d = scoreFeatures({ title: 'Privacy Policy', mainHeadings: ['Privacy Policy'], headings: [], text: '' });
    expect(d.signals.some((s) => s.includes('title names a privacy policy'))).toBe(true);
    expect(d.contributions.title).toBeGreaterThan(0);
    expect(d.isPolicy).toBe(false);
  });

  it('treats privacy-settings titles as settings, not policies', () => {
    const d = scoreFeatures({ title: 'Privacy settings', mainHeadings: ['Manage your privacy'], headings: [], text: 'Turn on or off.' });
    expect(d.contributions.title).toBeUndefined();
    expect(d.contributions['settings-title']).toBeLessThan(0);
  });
});

describe('findPrivacySection', () => {
  const h = (text: string): SectionBlock => ({ kind: 'heading', text });
  const p = (text: string): SectionBlock => ({ kind: 'paragraph', text });
  const PRIVACY_PARAGRAPHS = [
    p('We collect the name, email address and phone number you give us when you register, and we automatically collect your IP address and device identifiers when you use the app.'),
    p('We use your personal information to provide the service, to answer your requests and to improve our products. We do not sell your personal information to third parties.'),
    p('We share your data with service providers who host and support the service for us, under contracts that require them to protect it, and with authorities where the law requires.'),
    p('Our site uses cookies to remember your preferences and to measure traffic. You can refuse cookies in your browser, and you can opt out of marketing emails at any time.'),
    p('You have the right to access, correct or delete your personal data. Contact us at privacy@example.com with questions about this privacy policy or how we handle your information.'),
    p('We keep your account data for as long as your account is open and protect it with encryption and access controls against unauthorized access.'),
  ];

  it('finds a numbered privacy clause holding a full policy and ends it at the next clause', () => {
    const blocks = [
      h('Terms of Use'),
      h('1. Use of the site'),
      p('By using the site you agree to these Terms of Use and to this agreement, which may change at any time without notice.'),
      h('2. Privacy Policy'),
      ...PRIVACY_PARAGRAPHS,
      h('3. Governing law'),
      p('These Terms are governed by the laws of the State of New York, and disputes under this agreement are settled there.'),
    ];
    expect(findPrivacySection(blocks, ['Terms of Use'])).toMatchObject({ start: 3, end: 10, heading: '2. Privacy Policy' });
    const d = scoreFeatures({
      title: 'Terms of Use',
      mainHeadings: ['Terms of Use'],
      headings: blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
      text: blocks.map((b) => b.text).join('\n'),
      blocks,
    });
    expect(d.isPolicy).toBe(true);
    expect(d.section).toMatchObject({ start: 3, end: 10 });
  });

  it('a short clause pointing to the policy is not a section, nor is the main heading', () => {
    const pointer = [h('Terms of Use'), h('14. Privacy Policy'), p('Use of the site is also governed by our Privacy Policy. Please review our privacy policy for how we use information collected from you.'), h('15. Effective date'), p('These terms are effective as of January 1.')];
    expect(findPrivacySection(pointer)).toBeNull();
    expect(findPrivacySection([h('Privacy Policy'), ...PRIVACY_PARAGRAPHS], ['Privacy Policy'])).toBeNull();
  });

  it('gives null on empty, malformed and hostile input without throwing', () => {
    expect(findPrivacySection([])).toBeNull();
    expect(findPrivacySection(null as unknown as SectionBlock[])).toBeNull();
    expect(findPrivacySection([h('Intro'), { kind: 'heading', text: undefined as unknown as string }, p('x')])).toBeNull();
    const hostile = [h('Terms'), ...Array.from({ length: 5000 }, () => [h('Privacy Policy'), p('privacy privacy privacy')]).flat()];
    const t0 = performance.now();
    expect(findPrivacySection(hostile)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
