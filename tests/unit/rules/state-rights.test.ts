import { describe, expect, it } from 'vitest';
import { isStateRightsNotice, stateRightsDrops } from '../../../src/rules/families/state-rights';
import { classifyText } from '../../../src/rules/classify';
import type { Category } from '../../../src/core/categories';

const cats = (...c: Category[]) => new Set<Category>(c);

describe('state privacy-rights notices', () => {
  it('recognises the notice by its title or opening sentence', () => {
    expect(isStateRightsNotice('Your California Privacy Rights. Residents may ask us once a year for a list of recipients.')).toBe(true);
    expect(isStateRightsNotice("Under California's Shine the Light law, customers may request certain information.")).toBe(true);
    expect(isStateRightsNotice('Residents of the State of California may request a list of the companies we told about them.')).toBe(true);
    expect(isStateRightsNotice('Section 1798.83 of the Civil Code permits our customers to request a notice.')).toBe(true);
  });

  it('ignores a practice paragraph that mentions the state late or not at all', () => {
    expect(isStateRightsNotice('We share your address with the carrier that delivers your order. ' + 'We keep it for billing. '.repeat(8) + 'California residents have more rights.')).toBe(false);
    expect(isStateRightsNotice('We may share your information with our affiliates for their marketing.')).toBe(false);
  });

  it('drops only the practice vocabulary the notice borrows from the law', () => {
    expect(stateRightsDrops('Your California Privacy Rights. We may disclose data to third parties.', cats('sharing', 'collection', 'access', 'audiences'))).toEqual(['sharing', 'collection']);
    expect(stateRightsDrops('We may disclose data to third parties.', cats('sharing'))).toEqual([]);
  });

  it('classifies a Shine the Light notice as audiences, not sharing', () => {
    const text =
      'Your California Privacy Rights. Once a year, residents may ask us for a list of the companies to whom we disclose ' +
      'personal information for their own marketing. To make such a request, please write to us at the address below.';
    const { categories, evidence } = classifyText(text);
    expect(categories.has('audiences'), 'a notice to California residents is for a specific audience').toBe(true);
    expect(categories.has('sharing'), 'the law\'s terms ("disclosure to third parties") are not a sharing practice').toBe(false);
    expect(evidence.some((e) => e.category === 'sharing'), 'no evidence is left for a dropped category').toBe(false);
  });
});

describe('state-law sale and sharing sections', () => {
  it('keep their sharing statement: the law makes the company say whether it sells or shares', () => {
    const text =
      'Under California law, sharing personal information with advertising partners for targeted advertising may be ' +
      'considered a sale. We share identifiers with our advertising partners.';
    expect(stateRightsDrops(text, cats('sharing', 'collection', 'audiences')), 'only the borrowed collection vocabulary is dropped').toEqual(['collection']);
    expect(classifyText(text).categories.has('sharing'), 'a sale/sharing disclosure is a sharing practice').toBe(true);
  });
});
