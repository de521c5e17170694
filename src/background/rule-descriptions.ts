import type { Rule } from '../rules/types';
import { ruleMessageKey } from '../i18n/rule-key';

/**
 * The one-line "why" the page's tooltip shows for each rule that fired. The content script has no
 * rule registry (it must not import the classifier), so the worker sends these along with the
 * verdicts. Rule descriptions are written for the README table and can run to several sentences;
 * a tooltip gets the first one. The `context/*` steps of the classifier (src/rules/classify.ts)
 * are not registry rules: their lines are here.
 */

export const CONTEXT_RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'context/section-topic': 'The paragraph states no practice of its own; it takes the topic of its section heading.',
  'context/list-lead-in': 'A list item takes the practice of the sentence that introduces the list.',
  'context/audience-section': 'The paragraph sits in a section about children or a region (EU, California).',
  'context/heading-opens-section': 'A heading takes what most of the section it opens is about.',
};

/** Longest line sent per rule (the protocol allows 500). */
export const MAX_RULE_LINE = 240;

/**
 * The first sentence of a description without its parenthesised examples (the tooltip shows the
 * words the rule matched on this page instead), at most `MAX_RULE_LINE` characters.
 */
export function firstSentence(description: string): string {
  let text = description.replace(/\s+/g, ' ').trim();
  // Innermost groups first, so nested parentheses go too; a sentence made only of examples keeps them.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    const stripped = text.replace(/\s*\([^()]*\)/g, '');
    if (stripped.trim().length >= 12) text = stripped;
  }
  text = text.replace(/\s+([,.;:!?])/g, '$1').trim();
  // A sentence ends at ". " before a capital letter or quote; "e.g. the" does not end one.
  const end = /[.!?](?=\s+[A-Z"“(`])/.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return sentence.length <= MAX_RULE_LINE ? sentence : `${sentence.slice(0, MAX_RULE_LINE - 1).trimEnd()}…`;
}

export { ruleMessageKey };

/** Every tooltip line in English, keyed by rule id: registry rules and the classifier's context steps. */
export function englishRuleLines(rules: readonly Pick<Rule, 'id' | 'description'>[]): Map<string, string> {
  const lines = new Map<string, string>(Object.entries(CONTEXT_RULE_DESCRIPTIONS));
  for (const rule of rules) lines.set(rule.id, firstSentence(rule.description));
  return lines;
}

/**
 * Looks up the tooltip line of a rule id in the user's language (`translate` is the browser's
 * i18n getMessage; it returns '' for a key it lacks), falling back to the English line; undefined
 * for ids it does not know.
 */
export function ruleDescriber(
  rules: readonly Pick<Rule, 'id' | 'description'>[],
  translate: (key: string) => string = () => '',
): (id: string) => string | undefined {
  const lines = englishRuleLines(rules);
  return (id) => {
    const english = lines.get(id);
    if (english === undefined) return undefined;
    let translated = '';
    try {
      translated = translate(ruleMessageKey(id));
    } catch {
      // No i18n API here: English it is.
    }
    return translated || english;
  };
}
