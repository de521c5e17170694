import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/rules';
import { BlockClassificationSchema, type Block, type BlockKind } from '../../../src/core/types';

let nextId = 0;
function block(text: string, kind: BlockKind = 'paragraph', section = ''): Block {
  return { id: nextId++, text, section, kind };
}
function one(text: string): string[] {
  return classifyBlocks([block(text)])[0].categories;
}

/** Every verdict honours the contract: one per block, same ids, schema-valid, evidence inside the text. */
function checkContract(blocks: Block[]) {
  const verdicts = classifyBlocks(blocks);
  expect(verdicts.length).toBe(blocks.length);
  verdicts.forEach((v, i) => {
    expect(v.id).toBe(blocks[i].id);
    expect(BlockClassificationSchema.safeParse(v).success, `verdict ${i} should satisfy the schema`).toBe(true);
    for (const e of v.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(blocks[i].text.length);
    }
    for (const c of v.categories) {
      if (c !== 'other') expect(v.evidence.some((e) => e.category === c), `category ${c} of block ${i} needs evidence`).toBe(true);
    }
  });
  return verdicts;
}

describe('classifyBlocks: practices', () => {
  it('finds the practice categories in typical sentences', () => {
    expect(one('We collect your name and email address when you register.')).toEqual(['collection']);
    expect(one('We may share your information with our service providers.')).toContain('sharing');
    expect(one('You can opt out of marketing emails at any time.')).toContain('choice');
    expect(one('You may access and correct your personal information in your account settings.')).toContain('access');
    expect(one('We retain your data for as long as your account is active.')).toContain('retention');
    expect(one('We use SSL encryption to protect your data.')).toContain('security');
    expect(one('We may update this Privacy Policy from time to time.')).toEqual(['change']);
    expect(one('We do not respond to Do Not Track signals.')).toEqual(['dnt']);
    expect(one('We do not knowingly collect information from children under 13.')).toContain('audiences');
  });

  it('says other for introductions and contact details', () => {
    expect(one('If you have questions about this policy, please contact us at privacy@example.com.')).toEqual(['other']);
    expect(one('Thank you for visiting our website.')).toEqual(['other']);
  });
});

describe('classifyBlocks: negation and exceptions', () => {
  it('keeps negative sharing statements as sharing', () => {
    expect(one('We do not sell your personal information.')).toContain('sharing');
    expect(one('We will not share your data with third parties except as required by law.')).toContain('sharing');
  });
  it('keeps negative collection statements as collection', () => {
    expect(one('We do not collect precise location data.')).toContain('collection');
  });
  it('does not take consent-by-use for a choice', () => {
    expect(one('By using our Services, you consent to this Privacy Policy.')).not.toContain('choice');
  });
  it('tells first-party from third-party collection', () => {
    expect(one('Our advertising partners may collect information about your visits using their own cookies.')).toEqual(['sharing']);
    expect(one('We use cookies to remember your preferences.')).toContain('collection');
  });
});

describe('classifyBlocks: document context', () => {
  it('gives list items the categories of their lead-in sentence', () => {
    const blocks = [
      block('Information We Collect', 'heading'),
      block('The information we collect may include:', 'paragraph', 'Information We Collect'),
      block('• your name and title;', 'bullet', 'Information We Collect'),
      block('• your company.', 'bullet', 'Information We Collect'),
    ];
    const v = checkContract(blocks);
    expect(v[2].categories).toContain('collection');
    expect(v[3].categories).toContain('collection');
    expect(v[3].evidence.some((e) => e.rule === 'context/list-lead-in')).toBe(true);
  });

  it('uses the section heading for blocks that state no practice themselves', () => {
    const blocks = [block('Data Retention', 'heading'), block('This helps us resolve disputes.', 'paragraph', 'Data Retention')];
    expect(checkContract(blocks)[1].categories).toEqual(['retention']);
  });

  it('works from the section string alone (CLI lines with a section)', () => {
    expect(classifyBlocks([block('• Preventing fraud;', 'bullet', "Children's Privacy")])[0].categories).toContain('audiences');
  });

  it('gives a heading the categories of the section it opens', () => {
    const blocks = [
      block('What happens to your data', 'heading'),
      block('We share your data with our affiliates.', 'paragraph', 'What happens to your data'),
      block('We disclose data to law enforcement when required by law.', 'paragraph', 'What happens to your data'),
    ];
    expect(checkContract(blocks)[0].categories).toContain('sharing');
  });

  it('keeps sub-sections of a regional section in that audience', () => {
    const blocks = [
      block('Where the GDPR applies', 'heading'),
      block('Who is the controller?', 'heading', 'Where the GDPR applies'),
      block('ZuoMi is the controller of your personal data.', 'paragraph', 'Who is the controller?'),
      block('What rights do I have?', 'heading', 'Who is the controller?'),
      block('• The right to object;', 'bullet', 'What rights do I have?'),
      block('Contact Us', 'heading', 'What rights do I have?'),
      block('Write to us at the address below.', 'paragraph', 'Contact Us'),
    ];
    const v = checkContract(blocks);
    for (const i of [1, 2, 3, 4]) expect(v[i].categories, `block ${i}`).toContain('audiences');
    // A heading styled like the regional one closes its scope.
    expect(v[5].categories).toEqual(['other']);
    expect(v[6].categories).toEqual(['other']);
  });
});

describe('classifyBlocks: tables of contents and boilerplate', () => {
  it('treats a table of contents and its items as other', () => {
    const blocks = [
      block('The Policy will help you understand the following content:'),
      block('1. How do we collect and use your personal data', 'bullet'),
      block('2. How do we protect your personal information', 'bullet'),
      block('We collect your name when you register.'),
    ];
    const v = checkContract(blocks);
    expect(v.slice(0, 3).map((x) => x.categories)).toEqual([['other'], ['other'], ['other']]);
    expect(v[3].categories).toContain('collection');
  });

  it('does not give contact details the topic of the section above them', () => {
    const blocks = [block('Data Retention', 'heading'), block('Address: 12 Example Road, Springfield', 'paragraph', 'Data Retention'), block('Zip code: 528000', 'paragraph', 'Data Retention')];
    const v = checkContract(blocks);
    expect(v[1].categories).toEqual(['other']);
    expect(v[2].categories).toEqual(['other']);
  });
});

describe('classifyBlocks: hostile input', () => {
  it('returns a verdict for empty and blank blocks', () => {
    const v = checkContract([block(''), block('   '), block('', 'heading')]);
    for (const x of v) expect(x.categories).toEqual(['other']);
    expect(classifyBlocks([])).toEqual([]);
  });

  it('handles arbitrary Unicode and HTML-looking text', () => {
    checkContract([
      block('<script>alert("we collect")</script><div onclick="x">We sell data</div>'),
      block('Wir erheben personenbezogene Daten. 我们收集您的信息。 نحن نجمع المعلومات 🙂\u0000\uD800'),
      block('İ'.repeat(1000)),
    ]);
  });

  it('classifies a 1 MB paragraph in linear time', () => {
    const sentence = 'We may share, your data, with third parties, unless you opt out, except as required by law; ';
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const started = performance.now();
    const v = checkContract([block(big)]);
    const ms = performance.now() - started;
    expect(v[0].categories).toContain('sharing');
    expect(ms, `1 MB took ${ms.toFixed(0)} ms`).toBeLessThan(5000);
  });

  it('does not backtrack catastrophically on pathological runs', () => {
    const inputs = [
      ','.repeat(200_000),
      'we '.repeat(100_000),
      'a, '.repeat(100_000) + 'share',
      'information that we may may may may '.repeat(20_000),
      'x'.repeat(300_000),
      'ThisIsAVeryLongCamelCaseRunWithoutSpaces'.repeat(5_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      checkContract([block(text)]);
      const ms = performance.now() - started;
      expect(ms, `${text.slice(0, 20)}… took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
    }
  });
});
