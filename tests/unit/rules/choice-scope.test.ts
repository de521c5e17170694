import { describe, expect, it } from 'vitest';
import { isIncidentalChoice } from '../../../src/rules/families/choice-scope';
import { classifyText } from '../../../src/rules/classify';
import { RULES } from '../../../src/rules/registry';
import type { RuleHit } from '../../../src/rules/engine';
import type { Category } from '../../../src/core/categories';

const rule = (id: string) => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const hit = (id: string, sentence: number): RuleHit => ({ rule: rule(id), start: 0, end: 1, sentence });
const cats = (...c: Category[]) => new Set<Category>(c);

describe('isIncidentalChoice', () => {
  it('drops a choice clause that is one sentence of a longer collection or sharing paragraph', () => {
    expect(isIncidentalChoice([hit('choice/opt-out', 3)], 4, cats('sharing', 'choice'))).toBe(true);
    expect(isIncidentalChoice([hit('choice/explicit-consent', 0)], 5, cats('collection', 'choice'))).toBe(true);
  });

  it('keeps a choice that is a good share of the block', () => {
    expect(isIncidentalChoice([hit('choice/opt-out', 0), hit('choice/opt-out', 1)], 4, cats('sharing', 'choice'))).toBe(false);
    // One of three sentences is exactly a third: still the block's business.
    expect(isIncidentalChoice([hit('choice/opt-out', 2)], 3, cats('sharing', 'choice'))).toBe(false);
  });

  it('keeps a choice stated in three sentences or more, however long the block (the engine counts no further)', () => {
    const hits = [hit('choice/opt-out', 1), hit('choice/opt-out', 4), hit('choice/browser-cookie-controls', 9)];
    expect(isIncidentalChoice(hits, 14, cats('collection', 'choice'))).toBe(false);
  });

  it('keeps the choice when no collection or sharing practice is there to absorb it', () => {
    expect(isIncidentalChoice([hit('choice/opt-out', 3)], 6, cats('choice', 'audiences'))).toBe(false);
    expect(isIncidentalChoice([hit('choice/opt-out', 3)], 6, cats('choice'))).toBe(false);
  });

  it('keeps a user-in-control or ask-first statement wherever it stands', () => {
    expect(isIncidentalChoice([hit('choice/opt-out', 3), hit('choice/user-control', 3)], 6, cats('collection', 'choice'))).toBe(false);
    expect(isIncidentalChoice([hit('choice/asks-first', 4)], 6, cats('sharing', 'choice'))).toBe(false);
  });

  it('drops consent named only as the condition of a collection or sharing practice, even in a short block', () => {
    expect(isIncidentalChoice([hit('choice/explicit-consent', 0)], 1, cats('sharing', 'choice'))).toBe(true);
    expect(isIncidentalChoice([hit('choice/consent', 0), hit('choice/explicit-consent', 1)], 2, cats('collection', 'choice'))).toBe(true);
    // An opt-out beside the consent is a control offered: a short block keeps it.
    expect(isIncidentalChoice([hit('choice/consent', 0), hit('choice/opt-out', 1)], 2, cats('sharing', 'choice'))).toBe(false);
    // Without a practice to attach to, consent is the block's own topic.
    expect(isIncidentalChoice([hit('choice/explicit-consent', 0)], 1, cats('choice'))).toBe(false);
  });

  it('drops an opt-out mentioned inside a Do Not Track paragraph, unless the user is named in control', () => {
    expect(isIncidentalChoice([hit('choice/opt-out', 2)], 3, cats('dnt', 'choice'))).toBe(true);
    expect(isIncidentalChoice([hit('choice/opt-out', 0), hit('choice/opt-out', 1), hit('choice/opt-out', 2)], 3, cats('dnt', 'choice'))).toBe(false);
    expect(isIncidentalChoice([hit('choice/user-control', 1)], 3, cats('dnt', 'choice'))).toBe(false);
  });

  it('has nothing to drop without choice hits or sentences', () => {
    expect(isIncidentalChoice([], 6, cats('sharing'))).toBe(false);
    expect(isIncidentalChoice([hit('choice/opt-out', 0)], 0, cats('sharing'))).toBe(false);
  });
});

describe('classifyText with choice scope', () => {
  it('marks a sharing paragraph with a closing opt-out line as sharing only', () => {
    const text =
      'We may rent your postal address to other companies that mail catalogues. ' +
      'These companies receive only your name and address. ' +
      'They may combine it with information they already hold about you. ' +
      'You may opt out of this by e-mailing our support team.';
    const { categories, evidence } = classifyText(text);
    expect(categories.has('sharing')).toBe(true);
    expect(categories.has('choice'), 'a one-line opt-out in a four-sentence sharing paragraph qualifies the sharing').toBe(false);
    expect(evidence.some((e) => e.category === 'choice'), 'no evidence is left for a dropped category').toBe(false);
  });

  it('keeps choice when the paragraph is about the choice', () => {
    const text = 'We may rent your postal address to catalogue companies. You may opt out of this at any time by e-mailing us.';
    expect(classifyText(text).categories.has('choice')).toBe(true);
  });

  it('keeps choice when the user is named as the one who switches the practice off', () => {
    const text =
      'We use cookies to remember your preferences. ' +
      'Our partners also collect your device identifiers through these cookies. ' +
      'This information is combined with data we collect from other sources. ' +
      'You can disable cookies in the settings of your browser.';
    expect(classifyText(text).categories.has('choice')).toBe(true);
  });
});
