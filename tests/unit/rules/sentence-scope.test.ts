import { describe, expect, it } from 'vitest';
import {
  CHILDREN_TOPIC,
  DEFINITION,
  NAMED_SUBJECT,
  POLICY_CHANGE,
  QUESTION_OR_RELATIVE_LEAD,
  REFERRAL,
  THIRD_PARTY_ACTS,
  TRANSFER_ABROAD,
} from '../../../src/rules/families/sentence-scope';
import { introductionDrops, isIntroduction } from '../../../src/rules/families/introduction';
import { classifyBlocks } from '../../../src/rules';
import type { Block } from '../../../src/core/types';

/** The scope regexes read normalised (lower-case) sentences, as the engine hands them over. */
const lower = (s: string) => s.toLowerCase();

describe('sentence scope: who a sentence is about and whether it states a practice', () => {
  it('recognises sentences about children, but not about students or teens', () => {
    expect(CHILDREN_TOPIC.test(lower('We do not knowingly collect information from children under 13.'))).toBe(true);
    expect(CHILDREN_TOPIC.test(lower('Do not send us information without consent from your parents.'))).toBe(true);
    expect(CHILDREN_TOPIC.test(lower('Students log in with their school account.'))).toBe(false);
  });

  it('treats "how we", "the way we" and data nouns before a subject as a lead that names rather than states', () => {
    for (const before of ['so that you know how ', 'the various ways ', 'what information do ', 'the email address you ', 'the information ']) {
      expect(QUESTION_OR_RELATIVE_LEAD.test(before), `"${before}" should be a lead`).toBe(true);
    }
    // After a comma a main clause starts: "If you send us an email, we will use your address".
    expect(QUESTION_OR_RELATIVE_LEAD.test('if you send us an email, ')).toBe(false);
    expect(QUESTION_OR_RELATIVE_LEAD.test('in addition, ')).toBe(false);
  });

  it('finds a third party acting in the sentence', () => {
    expect(THIRD_PARTY_ACTS.test(lower('Our advertising partners may collect your IP address and browser type.'))).toBe(true);
    expect(THIRD_PARTY_ACTS.test(lower('We may share your name and email address with service providers.'))).toBe(true);
    expect(THIRD_PARTY_ACTS.test(lower('We log your IP address and browser type.'))).toBe(false);
  });

  it('knows pointers, definitions, policy-change sentences and transfers abroad', () => {
    expect(REFERRAL.test(lower('To learn more about interest-based ads, visit the industry page.'))).toBe(true);
    expect(REFERRAL.test(lower('We share data with partners. For more information, see below.'))).toBe(false);
    expect(DEFINITION.test(lower('Personal Information means information that identifies you.'))).toBe(true);
    expect(POLICY_CHANGE.test(lower('If we make material changes to this policy, we will notify you by e-mail.'))).toBe(true);
    expect(TRANSFER_ABROAD.test(lower('We may transfer your data to other countries where we operate.'))).toBe(true);
    expect(TRANSFER_ABROAD.test(lower('We ensure that all such transfers meet legal requirements.'))).toBe(true);
    expect(TRANSFER_ABROAD.test(lower('We transfer your order to the courier.'))).toBe(false);
    // The United States named as the destination, as policies of US companies put it to visitors from elsewhere.
    expect(TRANSFER_ABROAD.test(lower('Your information may be transferred to and stored on servers located in the United States.'))).toBe(true);
    expect(TRANSFER_ABROAD.test(lower('We may transfer your data to the U.S. for processing.'))).toBe(true);
    expect(TRANSFER_ABROAD.test(lower('Please transfer the file to us by e-mail.'))).toBe(false);
  });

  it('reads any word as a company name except pronouns, nouns of third parties and auxiliaries', () => {
    const subjectThenVerb = new RegExp(`${NAMED_SUBJECT} collects`);
    expect(subjectThenVerb.test('acme collects')).toBe(true);
    expect(subjectThenVerb.test('they collects')).toBe(false);
    expect(subjectThenVerb.test('which collects')).toBe(false);
    expect(subjectThenVerb.test('parties collects')).toBe(false);
  });
});

describe('introductions', () => {
  it('recognises the opening paragraph by its opener, not by a later mention', () => {
    expect(isIntroduction('Welcome to Acme! Acme respects your privacy.')).toBe(true);
    expect(isIntroduction('Our Commitment to Privacy Your privacy is important to us.')).toBe(true);
    expect(isIntroduction('We collect your name. ' + 'We use it to ship orders. '.repeat(10) + 'Your privacy is important to us.')).toBe(false);
  });

  it('drops security from an introduction only', () => {
    expect(introductionDrops('Welcome to Acme. We protect your information.', new Set(['security', 'collection']))).toEqual(['security']);
    expect(introductionDrops('We use SSL to protect your information.', new Set(['security']))).toEqual([]);
  });
});

describe('classification with sentence scope', () => {
  const one = (text: string) => classifyBlocks([{ id: 0, text, section: '', kind: 'paragraph' } satisfies Block])[0].categories;

  it('files statements about children under audiences, not collection', () => {
    const c = one('We do not collect personal information from children under 13.');
    expect(c).toContain('audiences');
    expect(c).not.toContain('collection');
  });

  it('reads data named in a third party sentence as sharing, not first-party collection', () => {
    const c = one('Third-party ad networks may place cookies and collect your IP address, browser type and zip code.');
    expect(c).toContain('sharing');
    expect(c).not.toContain('collection');
  });

  it('does not read the welcome paragraph as a security measure, but keeps a real one', () => {
    expect(one('Welcome to Acme. Acme respects your privacy. We take steps to protect your personal information.')).not.toContain('security');
    expect(one('We take reasonable steps to protect your personal information.')).toContain('security');
  });

  it('reads receiving data from other sources as first-party collection', () => {
    const c = one('We may combine it with information we receive from other sources, such as credit bureaus.');
    expect(c).toContain('collection');
    expect(c).not.toContain('sharing');
  });

  it('does not read an indirect question as a practice', () => {
    expect(one('Please read this page so that you know how we collect and use the information you provide.')).not.toContain('collection');
  });
});
