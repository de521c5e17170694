import { describe, expect, it } from 'vitest';
import { stepIndex } from '../../../src/page/navigation';

describe('stepIndex (next / previous highlighted block)', () => {
  // Five blocks; the window's top edge is between blocks 1 and 2.
  const tops = [-900, -300, 40, 400, 1200];
  const topOf = (i: number) => tops[i];

  it('first step starts where the user is reading: next is the first block at or below the top edge', () => {
    expect(stepIndex(5, null, 1, topOf)).toBe(2);
    expect(stepIndex(5, null, -1, topOf)).toBe(1);
  });

  it('from a visited block it moves by one and wraps around both ends', () => {
    expect(stepIndex(5, 2, 1, topOf)).toBe(3);
    expect(stepIndex(5, 4, 1, topOf)).toBe(0);
    expect(stepIndex(5, 0, -1, topOf)).toBe(4);
  });

  it('past the last block (all above the window) next wraps to the first; before the first, previous goes to the last', () => {
    expect(stepIndex(3, null, 1, () => -500)).toBe(0);
    expect(stepIndex(3, null, -1, () => 100)).toBe(2);
  });

  it('a block a pixel above the edge still counts as here (rounding after a scroll)', () => {
    expect(stepIndex(2, null, 1, (i) => [-1.5, 300][i])).toBe(0);
  });

  it('no blocks: nowhere to go; a stale current index is treated as none', () => {
    expect(stepIndex(0, null, 1, topOf)).toBeNull();
    expect(stepIndex(5, 9, 1, topOf)).toBe(2);
  });
});
