import type { Category } from '../../core/categories';

/**
 * Introductions: the opening paragraph of a policy ("Welcome to Acme", "This Privacy Policy applies to
 * acme.com", "Your privacy is important to us", "Acme is committed to protecting your privacy"). It names the
 * topics the policy will cover ("how we collect, share and protect your information") without stating a
 * practice, and OPP-115 annotators label it Other. Sentence rules catch the announcing sentence itself
 * (META_SENTENCE); this catches the rest of the paragraph, where promises to "protect your information" and
 * mentions of partners are part of the welcome, not a security measure or a disclosure.
 *
 * The opener must stand at the start of the block (after at most a short title such as "Our Commitment to
 * Privacy"), so a practice paragraph that happens to mention "your privacy is important" later is unaffected.
 */
const INTRO_OPENER =
  /^.{0,60}?\b(?:welcome to|(?:this|our) (?:online |website |global )?(?:privacy )?(?:policy|statement|notice) (?:applies|covers|describes|explains|sets out|governs|is intended)|this is the (?:online )?privacy (?:policy|statement|notice)|your privacy is (?:very |extremely )?important|(?:respects?|values?) your privacy|(?:is|are) committed to (?:protecting|respecting|safeguarding) (?:and respecting )?(?:your|the|our users'?) privacy|commitment to (?:your )?privacy|privacy commitment|takes? (?:your )?privacy seriously)\b/i;

export function isIntroduction(text: string): boolean {
  return INTRO_OPENER.test(text.slice(0, 300));
}

/**
 * Categories to drop from an introduction block: security, because annotators never read the welcome's "we
 * protect your information" as a security measure. (Sharing was tried too: on OPP-115 dev the introductions
 * that mention partners are as often real disclosure statements, so it stays.)
 */
export function introductionDrops(text: string, categories: ReadonlySet<Category>): Category[] {
  if (!isIntroduction(text)) return [];
  return categories.has('security') ? ['security'] : [];
}
