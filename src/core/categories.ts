/**
 * The ten OPP-115 high-level categories (Wilson et al., ACL 2016), as the product's keys.
 * Every classifier output, highlight and summary section is keyed by these.
 */
export const CATEGORIES = [
  'collection',
  'sharing',
  'choice',
  'access',
  'retention',
  'security',
  'change',
  'dnt',
  'audiences',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** The nine practice categories: everything but `other`. Macro-F1 is averaged over these. */
export const PRACTICE_CATEGORIES = CATEGORIES.filter((c) => c !== 'other') as Exclude<Category, 'other'>[];

export interface CategoryInfo {
  /** Short label for the legend and the popup. */
  label: string;
  /** One line on what the category covers (from ../shared/gold/README.md). */
  description: string;
  /**
   * Highlight background. A light tint of a colour-blind-safe hue (Okabe–Ito family) so dark
   * page text stays readable on it; the legend swatches use the same colours.
   */
  color: string;
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  collection: { label: 'Collection', description: 'What they collect and how they use it', color: '#fde68a' },
  sharing: { label: 'Sharing', description: 'Who else gets your data', color: '#fbc4a6' },
  choice: { label: 'Your choices', description: 'Opt-in, opt-out, consent, settings', color: '#bfe3c7' },
  access: { label: 'Access & deletion', description: 'See, correct, export or delete your data', color: '#b9dcf5' },
  retention: { label: 'Retention', description: 'How long data is kept', color: '#e2c9f0' },
  security: { label: 'Security', description: 'How data is protected', color: '#c7d2fe' },
  change: { label: 'Policy changes', description: 'How the policy changes and how you are told', color: '#f5c2d7' },
  dnt: { label: 'Do Not Track', description: 'Do Not Track signals', color: '#d9d9d9' },
  audiences: { label: 'Audiences', description: 'Children and regional rules (EU, California)', color: '#a7e8e0' },
  other: { label: 'Other', description: 'Introductions, contact details, everything else', color: 'transparent' },
};

/**
 * A block gets ONE highlight colour, so its categories compete. The most specific practice wins:
 * a paragraph about keeping data that also says "we collect" reads as retention, a Do Not Track
 * paragraph that mentions cookies as dnt. Collection and sharing are the broadest practices, and
 * audiences is a scope (children, EU, California) that whole sections carry, so they come last.
 */
export const HIGHLIGHT_PRIORITY = [
  'dnt',
  'retention',
  'security',
  'change',
  'access',
  'choice',
  'sharing',
  'collection',
  'audiences',
] as const satisfies readonly Exclude<Category, 'other'>[];

export type PracticeCategory = Exclude<Category, 'other'>;

/** The category a block is highlighted with, or null when it has no practice category. */
export function primaryCategory(categories: readonly string[]): PracticeCategory | null {
  for (const category of HIGHLIGHT_PRIORITY) {
    if (categories.includes(category)) return category;
  }
  return null;
}

/** How many blocks are highlighted in each colour: what the page legend and the popup both show. */
export function highlightCounts(blocks: readonly { categories: readonly string[] }[]): Partial<Record<PracticeCategory, number>> {
  const counts: Partial<Record<PracticeCategory, number>> = {};
  for (const block of blocks) {
    const category = primaryCategory(block.categories);
    if (category) counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
