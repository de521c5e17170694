import type { Category } from '../../core/categories';

/**
 * State privacy-rights notices: "Your California Privacy Rights. California Civil Code Section 1798.83 permits
 * customers who are California residents to request a list of the third parties to which we disclosed their
 * information for direct marketing…" US policies carry this section because a state law requires it. It retells
 * the law's terms (disclosure to third parties, the information covered) to say who may ask for what; it is a
 * notice to a specific audience, and OPP-115 annotators file it under International and Specific Audiences, not
 * as a sharing or collection practice (on OPP-115 dev, none of the 28 segments naming California carries a
 * sharing or collection label). A right that the notice grants (access to the list, an opt-out) still counts:
 * only the practice vocabulary it borrows from the law is dropped.
 *
 * The notice must announce itself near the start of the block (the section title or its first sentence), so a
 * sharing paragraph that mentions California in passing keeps its categories.
 */
const STATE_RIGHTS_OPENER =
  /^.{0,120}?\b(?:shine the light|civil code|1798\.\d{2,3}|(?:your )?california (?:privacy )?rights|california (?:law|residents?|customers?|users|consumers)|residents? of (?:the state of )?california|(?:under|pursuant to|as required by) california)\b/i;

/** Practices a state-rights notice names only as the law's terms. */
const BORROWED_PRACTICES: readonly Category[] = ['sharing', 'collection'];

export function isStateRightsNotice(text: string): boolean {
  return STATE_RIGHTS_OPENER.test(text.slice(0, 400));
}

/**
 * The sale-and-sharing vocabulary of the CCPA/CPRA ("we do not sell or share your personal information", "opt out of the
 * sale or sharing", "cross-context behavioral advertising"). A section in those terms states the company's own practice
 * (the law makes it say whether it sells or shares), unlike a Shine the Light notice, which only retells who may ask for a
 * list: the sharing statement stays.
 */
const SALE_OR_SHARING = /\b(?:sells?|sold|selling|sale of|sale or sharing|sales? of (?:your )?personal|cross-context|targeted advertising)\b/i;

/** Categories to drop from a block that is a state privacy-rights notice. */
export function stateRightsDrops(text: string, categories: ReadonlySet<Category>): Category[] {
  if (!isStateRightsNotice(text)) return [];
  if (SALE_OR_SHARING.test(text)) return BORROWED_PRACTICES.filter((c) => c === 'collection' && categories.has(c));
  return BORROWED_PRACTICES.filter((c) => categories.has(c));
}
