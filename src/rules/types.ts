import type { Category } from '../core/categories';

/**
 * A rule is data: what it looks for, how it treats negation and exceptions, and examples that
 * prove it (run by tests/unit/rules/registry.test.ts). The interpreter in ./engine.ts runs them.
 *
 * Patterns are regular expressions over the NORMALISED text (lower case, quotes folded, glued words
 * split; see src/nlp/normalize.ts), evaluated sentence by sentence. To stay linear on hostile input
 * every pattern uses bounded gaps (see `gap()` in ./lexicon.ts: at most n words, separator and word
 * classes disjoint) and no nested unbounded quantifiers over overlapping classes.
 */
export interface RuleExamples {
  /** Texts the rule must fire on (each alone, as a one-block document). */
  match: string[];
  /** Texts the rule must not fire on. */
  noMatch: string[];
}

/**
 * How a rule treats a negated statement. Most privacy practices keep their category when denied
 * ("we do not sell your data" is still a statement about sharing, per OPP-115 and our gold), so the
 * default is `keep`. `drop` ignores a hit when a negator ("not", "never", "no") stands shortly
 * before it in the same sentence, for cues whose negation means the practice is absent.
 */
export type NegationPolicy = 'keep' | 'drop';

export interface Rule {
  /** `<family>/<name>`, unique; shown as evidence. */
  id: string;
  category: Category;
  /** What it catches and why (printed in the README rules table). */
  description: string;
  /**
   * Any of these matching inside a sentence fires the rule (lower-case regexes, no flags needed).
   * May be empty when the rule is written in compromise match syntax (`match`) only.
   */
  patterns: RegExp[];
  /**
   * compromise match-syntax patterns (compromise's own `{match, tag, reason}` style, see
   * node_modules/compromise/docs/match-syntax.md): whole words, `(a|b)` alternatives, `word?` optional
   * words, `.` any one word. Used where word order with optional words is the point ("we (may|will)?
   * also? (collect|gather)"); contractions are expanded, so "do not" also matches "don't". Run once per
   * text by src/nlp/compromise.ts; a hit goes through the same `requires`/`unless`/negation checks.
   * Each string must be unique across the rule set. No `#Tags`: the tokenizer build has no tagger.
   */
  match?: string[];
  /** The same sentence must ALSO match one of these (e.g. a data noun next to a verb). */
  requires?: RegExp[];
  /** Exceptions: the hit is dropped when any of these matches in the same sentence. */
  unless?: RegExp[];
  /**
   * Local exception: the hit is dropped when the text just before it (same sentence, up to 40
   * characters) matches this, e.g. a relative clause lead "the information (that) " before "we collect".
   * Checked only on matches, so it costs nothing while scanning.
   */
  notPrecededBy?: RegExp;
  /**
   * Local exception after the hit: dropped when the text right after it (same sentence, up to 40
   * characters) matches this, e.g. /^ ?(?:[,.;:)]|$)/ for a verb that ends its clause ("the information
   * we collect."). Match syntax reads words, not punctuation, so rules in `match` form say it here.
   */
  notFollowedBy?: RegExp;
  negation: NegationPolicy;
  /**
   * Strength of the signal. A category is assigned when the weights of the distinct rules that fired
   * for it in a block reach 1; weak cues (0.5) need a second cue to count.
   */
  weight: number;
  /** Only for headings (section titles name a topic in a few words: "Children's Privacy"). */
  headingOnly?: boolean;
  examples: RuleExamples;
}
