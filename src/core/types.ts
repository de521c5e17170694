import * as z from 'zod/mini';
import { CATEGORIES } from './categories';

/**
 * Shared data shapes of the pure core. Everything that crosses a boundary (message, storage,
 * CLI output) is a zod schema so it can be validated where it arrives.
 *
 * Written once, with `zod/mini` (functional API, tree-shakes), because the same schemas run in the
 * content script and the popup, where every kilobyte counts. Import it as `import * as z from
 * 'zod/mini'`: esbuild (vitest, tsx) cannot tree-shake the `{ z }` namespace re-export.
 */

const NonNegativeInt = z.int().check(z.minimum(0));

export const CategorySchema = z.enum(CATEGORIES);

/** How a block looked in the source: a heading opens a section; bullets and cells inherit context. */
export const BlockKindSchema = z.enum(['heading', 'paragraph', 'bullet', 'cell']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/**
 * One readable unit of a policy in document order. `id` is the 0-based position in the document
 * (the same numbering as `index` in ../shared/gold/seeds.blocks.jsonl) and is what evidence refers to.
 * `section` is the text of the nearest heading before the block ("" if none).
 */
export const BlockSchema = z.object({
  id: NonNegativeInt,
  text: z.string(),
  section: z.string(),
  kind: BlockKindSchema,
});
export type Block = z.infer<typeof BlockSchema>;

/** Why a block got a category: the rule that fired and the characters of `text` it matched. */
export const EvidenceSchema = z.object({
  rule: z.string(),
  category: CategorySchema,
  start: NonNegativeInt,
  end: NonNegativeInt,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The classifier's verdict on one block. `categories` is never empty: no practice means ['other']. */
export const BlockClassificationSchema = z.object({
  id: NonNegativeInt,
  categories: z.array(CategorySchema).check(z.minLength(1)),
  evidence: z.array(EvidenceSchema),
});
export type BlockClassification = z.infer<typeof BlockClassificationSchema>;

export type ClassifiedBlock = Block & Omit<BlockClassification, 'id'>;
