import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../src/rules/classify';

/**
 * US state privacy laws list the rights as imperative bullets under a lead such as "residents can ask us
 * to:", in the third person or as requests to the company ("Confirm whether we process their data").
 * Each item is the access / correction / deletion / portability right on its own (rule
 * access/rights-list-item); purpose items written the same way are not.
 */
const accessOf = (text: string) => classifyText(text).categories.has('access');

describe('access: imperative rights bullets', () => {
  it.each([
    'Confirm whether we hold data about them and give them access to it.',
    '• Confirm if the business processes their personal information.',
    'Erase personal data the company keeps about them.',
    'Correct their personal information if it is wrong.',
    '• Obtain a portable copy of their data.',
    'Receive a machine-readable copy of the information.',
  ])('%s → access', (text) => {
    expect(accessOf(text)).toBe(true);
  });

  it.each([
    'Confirm your order before we ship it.',
    'Provide a copy of your ID to verify your identity.',
    'Delete data we no longer need, on a schedule.',
    'Process payments and prevent fraud.',
  ])('%s → not access', (text) => {
    expect(accessOf(text)).toBe(false);
  });
});
