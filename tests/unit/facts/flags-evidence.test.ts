import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/facts/extract';
import { FLAG_RULES } from '../../../src/core/facts/red-flags';
import { TYPE_TERMS } from '../../../src/core/facts/data-types';
import { blocks, factsOf } from './helpers';

const flagsOf = (...lines: Parameters<typeof factsOf>) => factsOf(...lines).red_flags ?? [];
const kinds = (...lines: Parameters<typeof factsOf>) => flagsOf(...lines).map((f) => f.flag);

describe('red flags: one entry per kind', () => {
  it('keeps the first sentence that says it, not every repetition', () => {
    const flags = flagsOf(
      'The privacy laws in some of these countries may not be the same as those in your country.',
      'Where the GDPR applies: the privacy laws in some of these countries may not be the same as those in your country.',
    );
    expect(flags.filter((f) => f.flag === 'weak_protection_countries')).toEqual([expect.objectContaining({ index: 0 })]);
  });
});

describe('red flag rules', () => {
  it('changes at any time, unless the sentence already says "without notice" or promises notice', () => {
    expect(kinds('We may change this privacy policy at any time.')).toContain('changes_any_time');
    const withoutNotice = kinds('We reserve the right to change this Privacy Policy at any time, without prior notice to you.');
    expect(withoutNotice).toContain('changes_without_notice');
    expect(withoutNotice).not.toContain('changes_any_time');
    expect(kinds('We may change this policy at any time by notifying users.')).not.toContain('changes_any_time');
  });

  it('another agreement that prevails over the policy', () => {
    expect(kinds('If there is an inconsistency between such user agreement and this privacy policy, such user agreement shall prevail.')).toContain('user_agreement_prevails');
    expect(kinds('This policy is part of our agreement with you.')).not.toContain('user_agreement_prevails');
  });

  it('data collected about other people', () => {
    expect(kinds('When you invite others, we will collect personal information which is relevant to the above-mentioned people, such as their names.')).toContain('third_party_personal_data');
    expect(kinds('We collect information about your device.')).not.toContain('third_party_personal_data');
  });

  it('names a disclosure without consent by the verb the policy uses', () => {
    expect(kinds('We will share your personal information with third parties without your approval in the following situations.')).toEqual(expect.arrayContaining(['sharing_without_approval']));
    expect(kinds('We may disclose your personal information without your consent.')).toContain('disclosure_without_consent');
    expect(kinds('We will never share your personal information without your consent.')).not.toContain('sharing_without_approval');
    expect(kinds('Images which are in the public domain (we share some on Flickr) may be used without permission.')).not.toContain('sharing_without_approval');
  });

  it('rights that a notice can take away', () => {
    expect(kinds('We will not rescind the rights you enjoy under this policy, unless we send you notice by e-mail.')).toContain('rights_reduction_by_notice');
    expect(kinds('We will not reduce your rights under this policy without your explicit consent.')).not.toContain('rights_reduction_by_notice');
  });

  it('free of charge only on a condition implies fees otherwise; fees for products are not request fees', () => {
    expect(kinds('As long as it does not need too much input, we will provide the service free of charge.')).toContain('fee_for_requests');
    expect(kinds('You have the right to withdraw your consent at any time free of charge.')).not.toContain('fee_for_requests');
    expect(kinds('While most of the site is free, we may charge fees for select products and services.')).not.toContain('fee_for_requests');
  });

  it('a guardian refusing is a right, not the company refusing requests', () => {
    expect(kinds('Guardians have the right to refuse further collection of personal information of minors.')).not.toContain('may_refuse_requests');
    expect(kinds('We may decline requests which have endless repetition.')).toContain('may_refuse_requests');
  });

  it('a disclaimer limited to data sent through insecure means is not a security disclaimer', () => {
    expect(kinds('We cannot guarantee that your data is secure when submitted through insecure means.')).not.toContain('no_security_guarantee');
    expect(kinds('We cannot guarantee complete security.')).toContain('no_security_guarantee');
  });
});

describe('contradictions (more shapes)', () => {
  it('changes at any time against a promise to notify, as an ordered pair', () => {
    const f = factsOf(
      'By using the app you accept all the terms of this policy, including any changes we may make at any time.',
      'Our practices are described below.',
      'If we make major changes to this privacy policy, we will notify you by e-mail.',
    );
    expect(f.contradictions?.map((c) => [c.a, c.b])).toEqual([[0, 2]]);
  });

  it('data declared non-personal against a list of personal information that names it', () => {
    const f = factsOf(
      { text: 'We collect your personal information, which includes the following:', categories: ['collection'] },
      { text: '· Log information: cookies and other identifiers, IP address, system logs.', kind: 'bullet', categories: ['collection'] },
      { text: 'We treat information collected by cookies and other technologies as non-personal information.', categories: ['collection'] },
    );
    expect(f.contradictions?.map((c) => [c.a, c.b])).toEqual([[1, 2]]);
  });

  it('finds none when the policy only promises notice', () => {
    expect(factsOf('If we make major changes to this privacy policy, we will notify you by e-mail.').contradictions).toEqual([]);
  });
});

describe('evidence: the blocks about the practice', () => {
  it('shows the collection block, not a rights paragraph that names the same data', () => {
    const f = factsOf(
      { text: 'We collect your e-mail address when you register.', categories: ['collection'] },
      { text: 'You can ask us to correct your e-mail address that we collected.', categories: ['access'] },
    );
    expect(f.collected_evidence?.contact).toEqual([0]);
  });

  it('keeps an off-topic block when it is the only one that proves the value', () => {
    const f = factsOf({ text: 'You can review the e-mail address we collected from you.', categories: ['access'] });
    expect(f.collected).toContain('contact');
    expect(f.collected_evidence?.contact).toEqual([0]);
  });

  it('"personal information" over a list is an umbrella: the item that is personal information is the evidence', () => {
    const f = factsOf(
      { text: 'We collect personal information such as your e-mail address.', categories: ['collection'] },
      { text: '• Any personal information that you provide while applying for a job.', kind: 'bullet', categories: ['collection'] },
    );
    expect(f.collected_evidence?.generic_personal).toEqual([1]);
  });

  it('a heading is not evidence of recipients or children when statements follow', () => {
    const f = extractFacts(
      blocks([
        { text: 'Children under 13', kind: 'heading', categories: ['audiences'] },
        { text: 'We do not knowingly collect data from children under 13 without parental consent.', categories: ['audiences'] },
      ]),
    ).facts;
    expect(f.children).toEqual({ min_age: 13, parental_consent: true });
    expect(f.children_evidence).toEqual([1]);
  });

  it('transfers: a business sale or a heading is not a transfer abroad', () => {
    const f = factsOf(
      { text: 'Is your data transferred to other countries?', kind: 'heading' },
      'If we sell the company, your personal information may be transferred to the purchaser.',
      'Your data may be transferred to and stored in other countries.',
    );
    expect(f.transfers_evidence).toEqual([2]);
  });

  it('the company: blocks that use the brand with a corporate word', () => {
    const f = factsOf('This policy applies to Acme Robotics Co., Ltd. ("Acme").', 'Acme collects data. Acme shares data.', 'Upon request Acme Technology will tell you what we hold.');
    expect(f.company_evidence).toEqual([0, 2]);
  });
});

describe('retention statements', () => {
  it('splits "... and that ..." into two statements', () => {
    const r = factsOf('We need to retain certain records for legal reasons and that some of your information may remain on backup systems.').retention ?? [];
    expect(r.map((s) => s.quote)).toEqual(['We need to retain certain records for legal reasons', 'some of your information may remain on backup systems']);
    expect(r[1].backups).toBe(true);
  });

  it('a lead-in to retention criteria and an item of a list of uses are not statements', () => {
    expect(factsOf('We consider the following standards for the retention period:').retention).toEqual([]);
    const f = extractFacts(
      blocks([
        { text: 'Details of how we use your information are as follows:' },
        { text: '· Feedback. We may use it to contact you and keep it as record.', kind: 'bullet', categories: ['collection'] },
      ]),
    ).facts;
    expect(f.retention).toEqual([]);
  });
});

describe('cheap cues in front of the patterns', () => {
  // Each cue must pass wherever its pattern matches, or a fact would silently go missing.
  const sentences = [
    'We may charge a reasonable fee for your data access request.',
    'We have the right to refuse to process requests that are unreasonable.',
    'Copies may remain on backup systems until the backup is overwritten.',
    'These countries may not have laws as protective as those where you live.',
    'We show you personalized ads and retarget you across sites.',
    'We may connect this information with your identity.',
    'We cannot guarantee complete security.',
    'We may keep a copy of the prior version for our records.',
    'We may disclose your personal information without your consent.',
    'We will share your personal information with third parties without your approval.',
    'We do not need your authorization to collect your personal data.',
    'We do not guarantee that this policy complies with all laws.',
    'We will always retain personal information.',
    'In the following situations, you can ask us to delete your personal data:',
    'You may not be able to modify the initial registration information.',
    'Please contact us by email [ ].',
    'We may run credit checks.',
    'We may change this policy at any time.',
    'Such user agreement shall prevail.',
    'We collect information which is relevant to the above-mentioned people.',
    'As long as it needs little input, we will provide the service free of charge.',
    'We will not rescind the rights you enjoy unless we send you notice.',
    'We are not responsible for security lapses caused by third parties.',
    'We collect your name, e-mail address, phone number, date of birth, gender and zip code.',
    'We collect credit card numbers, order history and purchases, your GPS location and IP address.',
    'We collect your browser type, operating system, device identifiers, cookies, web beacons and log files.',
    'We collect your username, password, account information and marketing preferences.',
    'We collect health and fitness data, Facebook profile information, survey responses and passport numbers.',
    'We collect photos, voice recordings, sensor readings, Wi-Fi network names and personal information you provide.',
  ];
  it('every flag rule: pattern match implies cue match', () => {
    for (const rule of FLAG_RULES) {
      for (const s of sentences) {
        rule.pattern.lastIndex = 0;
        if (rule.pattern.test(s)) expect(rule.cue.test(s), `${rule.flag}: ${s}`).toBe(true);
      }
    }
  });
  it('every data-type term: pattern match implies cue match, and the sentences cover most terms', () => {
    let matched = 0;
    for (const term of TYPE_TERMS) {
      for (const s of sentences) {
        term.pattern.lastIndex = 0;
        if (!term.pattern.test(s)) continue;
        matched++;
        if (term.cue) expect(term.cue.test(s), `${term.type}: ${s}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
