/**
 * "Next / previous highlighted paragraph": which block to go to. Pure (positions come in as a
 * function), so the rules are tested without a browser.
 *
 * - From a block the user already went to: the one after (before) it, wrapping around the ends.
 * - The first time (or after the current block was hidden): the first block whose top is at or
 *   below the top of the window for "next", the last one above it for "previous", so the jump
 *   starts where the user is reading, not at the top of the policy.
 */

export type Direction = 1 | -1;

/**
 * @param count    how many blocks can be visited (document order)
 * @param current  index of the block last visited, or null
 * @param topOf    viewport-relative top of block i (only read when `current` is null)
 */
export function stepIndex(count: number, current: number | null, direction: Direction, topOf: (index: number) => number): number | null {
  if (count <= 0) return null;
  if (current !== null && current >= 0 && current < count) return (current + direction + count) % count;
  // A block whose top is a pixel above the edge (rounding, a just-finished scroll) still counts as "here".
  const TOLERANCE = 2;
  if (direction === 1) {
    for (let i = 0; i < count; i++) if (topOf(i) >= -TOLERANCE) return i;
    return 0;
  }
  for (let i = count - 1; i >= 0; i--) if (topOf(i) < -TOLERANCE) return i;
  return count - 1;
}
