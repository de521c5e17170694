/**
 * The i18n message key of a rule's one-line explanation (`collection/we-collect` →
 * `rule_collection_we_collect`), shared by the worker (tooltips on the page) and the popup ("why is
 * this paragraph marked?"). The English lines are generated from the rule registry by
 * `npm run rules:table -- --write`; tests/unit/i18n/rule-messages.test.ts keeps them in sync.
 */
export function ruleMessageKey(id: string): string {
  return `rule_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
}
