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
  /** Highlight background and legend swatch in the default palette (see `PALETTE_COLOURS`). */
  color: string;
}

/**
 * The highlight palettes the user can choose in the options page.
 *
 * Nine practice categories must stay tellable apart for the 1 in 12 men with a colour-vision
 * deficiency, and page text must stay readable on every colour. Both palettes use the hues of
 * Paul Tol's "light" scheme (https://personal.sron.nl/~pault/#sec:qualitative), the one
 * qualitative set made for exactly this: light fills, nine of them, carrying black text, distinct
 * in normal, protan, deutan and tritan vision. (Okabe–Ito has eight hues, several of them too dark
 * for dark text.) tests/unit/core/categories.test.ts simulates the three deficiencies (Machado et
 * al. 2009) and checks every pair of colours by CIEDE2000, and the contrast of text on each fill.
 *
 * - `default`: Tol's hues mixed with 30 % white, calm enough to tint every paragraph of a long
 *   policy; every pair differs by ΔE2000 ≥ 5 in all four visions, and page text (#1f2328) has
 *   ≥ 8:1 contrast on every fill. The pastel palette used before failed this: access and
 *   retention looked the same to deuteranopes (ΔE 1.3).
 * - `high-contrast`: Tol's hues at full strength, for low vision, bright screens or anyone who
 *   finds the tints too faint: pairs differ by ΔE2000 ≥ 7 in all four visions, and highlighted
 *   text is drawn near-black (#111111, ≥ 7:1 on every fill) whatever the page's own colour.
 *
 * Fills are opaque rather than translucent on purpose: the highlight code draws text in #111111 on
 * pages whose own text is light (dark themes), so a known fill keeps a known, tested contrast on
 * any page; a translucent tint over a dark page would turn muddy and lose both hue and contrast.
 * A "classic" choice was not kept: the old pastels are exactly what fails colour-blind users.
 */
export const PALETTES = ['default', 'high-contrast'] as const;
export type Palette = (typeof PALETTES)[number];
export const DEFAULT_PALETTE: Palette = 'default';

export const PALETTE_COLOURS: Record<Palette, Record<Category, string>> = {
  default: {
    collection: '#f3e7ac',
    sharing: '#f3ac94',
    choice: '#7ccfb8',
    access: '#a0c3e7',
    retention: '#ffc3cf',
    security: '#b8e7ff',
    change: '#cfdb70',
    dnt: '#e7e7e7',
    audiences: '#c3c34d',
    other: 'transparent',
  },
  'high-contrast': {
    collection: '#eedd88',
    sharing: '#ee8866',
    choice: '#44bb99',
    access: '#77aadd',
    retention: '#ffaabb',
    security: '#99ddff',
    change: '#bbcc33',
    dnt: '#dddddd',
    audiences: '#aaaa00',
    other: 'transparent',
  },
};

/** Text colour on highlighted text when the palette or a dark page asks for it (≥ 7:1 on every fill). */
export const HIGHLIGHT_DARK_TEXT = '#111111';

/** Whether highlighted text is always drawn in `HIGHLIGHT_DARK_TEXT` with this palette. */
export function paletteForcesDarkText(palette: Palette): boolean {
  return palette === 'high-contrast';
}

export function isPalette(value: unknown): value is Palette {
  return typeof value === 'string' && (PALETTES as readonly string[]).includes(value);
}

/** Each category's fill in `palette` (an unknown name gets the default palette). */
export function categoryColours(palette: Palette): Record<Category, string> {
  return PALETTE_COLOURS[isPalette(palette) ? palette : DEFAULT_PALETTE];
}

const CATEGORY_TEXT: Record<Category, Omit<CategoryInfo, 'color'>> = {
  collection: { label: 'Collection', description: 'What they collect and how they use it' },
  sharing: { label: 'Sharing', description: 'Who else gets your data' },
  choice: { label: 'Your choices', description: 'Opt-in, opt-out, consent, settings' },
  access: { label: 'Access & deletion', description: 'See, correct, export or delete your data' },
  retention: { label: 'Retention', description: 'How long data is kept' },
  security: { label: 'Security', description: 'How data is protected' },
  change: { label: 'Policy changes', description: 'How the policy changes and how you are told' },
  dnt: { label: 'Do Not Track', description: 'Do Not Track signals' },
  audiences: { label: 'Audiences', description: 'Children and regional rules (EU, California)' },
  other: { label: 'Other', description: 'Introductions, contact details, everything else' },
};

/** `CATEGORY_INFO` with the colours of `palette` (what the legend is given). */
export function categoryInfo(palette: Palette): Record<Category, CategoryInfo> {
  const colours = categoryColours(palette);
  return Object.fromEntries(CATEGORIES.map((c) => [c, { ...CATEGORY_TEXT[c], color: colours[c] }])) as Record<Category, CategoryInfo>;
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = categoryInfo(DEFAULT_PALETTE);

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
