import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { RULES } from '../../../src/rules/registry';
import { englishRuleLines, ruleDescriber, ruleMessageKey } from '../../../src/background/rule-descriptions';
import { withRuleMessages } from '../../../scripts/rules-table';

const catalogue = messages as Record<string, { message: string; description: string }>;

describe('rule tooltip lines are i18n messages generated from the registry', () => {
  it('has a rule_* message for every rule and context step, equal to the registry line (run `npm run rules:table -- --write` after editing a rule)', () => {
    const lines = englishRuleLines(RULES);
    expect(lines.size).toBeGreaterThan(RULES.length);
    for (const [id, line] of lines) {
      expect(catalogue[ruleMessageKey(id)]?.message, `messages.json ${ruleMessageKey(id)} for ${id}`).toBe(line);
    }
    const orphans = Object.keys(catalogue).filter((k) => k.startsWith('rule_') && ![...lines.keys()].some((id) => ruleMessageKey(id) === k));
    expect(orphans, 'rule_* messages whose rule no longer exists').toEqual([]);
  });

  it('gives every rule its own key', () => {
    const keys = [...englishRuleLines(RULES).keys()].map(ruleMessageKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the generator keeps every other message and replaces only rule_* entries', () => {
    const out = withRuleMessages({ popup_x: { message: 'X', description: 'd' }, rule_gone: { message: 'old', description: 'd' } });
    expect(out.popup_x).toEqual({ message: 'X', description: 'd' });
    expect(out.rule_gone).toBeUndefined();
    expect(out[ruleMessageKey(RULES[0].id)]?.message).toBe(englishRuleLines(RULES).get(RULES[0].id));
  });

  it('the worker describes a rule in the user language when a translation exists, in English otherwise', () => {
    const id = RULES[0].id;
    const french = ruleDescriber(RULES, (key) => (key === ruleMessageKey(id) ? 'Ligne traduite.' : ''));
    expect(french(id)).toBe('Ligne traduite.');
    expect(french(RULES[1].id)).toBe(englishRuleLines(RULES).get(RULES[1].id));
    expect(french('no/such-rule')).toBeUndefined();
    const broken = ruleDescriber(RULES, () => {
      throw new Error('no i18n API');
    });
    expect(broken(id)).toBe(englishRuleLines(RULES).get(id));
  });
});
