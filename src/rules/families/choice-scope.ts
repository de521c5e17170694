import type { Category } from '../../core/categories';
import type { RuleHit } from '../engine';

/**
 * When a choice is the point of a block, and when it only qualifies another practice.
 *
 * Policies often close a paragraph about collection or sharing with a clause on the user's say over
 * it: "…we rent your address to mailers. You can opt out by e-mailing us." Such a clause is a
 * condition of THAT practice: OPP-115 records it as the practice's own "Choice Type" attribute
 * (opt-in, opt-out link, browser controls), and its annotators rarely label the paragraph User
 * Choice/Control. A paragraph whose own subject is the choice ("Your choices: you may opt out of…",
 * "To unsubscribe, click…") spends a good share of its sentences on it.
 *
 * So `choice` is dropped from a block that also states collection or sharing when fewer than a third
 * of its sentences (clauses, as the engine cuts them) carry a choice cue, unless the user is named as
 * the one in control or the company undertakes to ask first (below). Blocks of one to three sentences
 * keep it: one choice sentence there is at least a third of the text. Consent named only as the condition of
 * the practice ("we share it with partners only with your consent") is dropped whatever the block's length: it
 * offers no control of its own, and OPP-115 records it as the practice's attribute.
 *
 * Measured (OPP-115 dev, majority labels, split by policy id into two halves): choice F1 rises on both
 * halves; our seed gold is more generous (it marks some such paragraphs choice too) and loses a block
 * or two, which the ask-first and user-control exemptions keep small.
 */
const MIN_CHOICE_SHARE = 1 / 3;

/** Practices whose statements absorb a choice clause as their own attribute. */
const QUALIFIED_PRACTICES: readonly Category[] = ['collection', 'sharing'];

/**
 * The user named as the one who switches a practice off or steers it ("you can disable…", "you may
 * request that we not share…"), or the company undertaking to ask first ("we will ask for your consent
 * before…"), is a statement of control in its own right, wherever it stands.
 */
const STANDALONE_CHOICE_RULES = new Set(['choice/user-control', 'choice/asks-first']);

/** Rules that name consent as a condition ("with your consent", "whenever you consent") without offering a control. */
const CONDITION_ONLY_RULES = new Set(['choice/consent', 'choice/explicit-consent']);

/**
 * Is the block's choice only a clause of its collection/sharing statement? `choiceHits` are the block's
 * choice-rule hits (with their sentence index), `sentenceCount` the number of sentences the engine cut.
 */
export function isIncidentalChoice(choiceHits: readonly RuleHit[], sentenceCount: number, categories: ReadonlySet<Category>): boolean {
  const choiceSentences = new Set(choiceHits.map((h) => h.sentence)).size;
  if (choiceSentences === 0 || sentenceCount === 0) return false;
  if (choiceHits.some((h) => STANDALONE_CHOICE_RULES.has(h.rule.id))) return false;
  // A Do Not Track paragraph talks about a preference the user sets in the browser and how the site answers it; the
  // opt-out links it mentions beside that are part of the same disclosure, which OPP-115 files under Do Not Track alone.
  if (categories.has('dnt') && choiceSentences < 3) return true;
  if (!QUALIFIED_PRACTICES.some((c) => categories.has(c))) return false;
  // Consent named as the condition of the block's practice ("we share it with partners only with your consent")
  // is that practice's attribute however short the block: no way to opt out or steer is offered.
  if (choiceHits.every((h) => CONDITION_ONLY_RULES.has(h.rule.id))) return true;
  // The engine keeps at most three hits per rule, so three sentences is as far as the count goes: a block
  // with that many choice sentences is about the choice whatever its length.
  if (choiceSentences >= 3) return false;
  return choiceSentences / sentenceCount < MIN_CHOICE_SHARE - 1e-9;
}
