import { describe, expect, it } from 'vitest';
import { bootstrapInterval, trimmedGeometricMean } from '../../../scripts/lib/bench-browser';

// The page-load budget is gated on these (scripts/lib/bench-browser.ts): a trimmed geometric mean
// of paired with/without ratios, and a bootstrap interval that says how sure the figure is.
describe('trimmedGeometricMean', () => {
  it('is the geometric mean when nothing is trimmed', () => {
    expect(trimmedGeometricMean([1, 4], 0)).toBeCloseTo(2, 10);
  });

  it('drops the given share at each end, so one burst of machine load does not move it', () => {
    const steady = [1.02, 1.03, 1.01, 1.02, 1.03, 1.02, 1.01, 1.02, 1.03, 1.02];
    const withSpikes = [...steady.slice(0, 8), 3.5, 2.5];
    expect(trimmedGeometricMean(withSpikes, 0.2)).toBeCloseTo(trimmedGeometricMean(steady, 0.2), 1);
    expect(trimmedGeometricMean(withSpikes, 0)).not.toBeCloseTo(trimmedGeometricMean(steady, 0), 1);
  });

  it('ignores ratios that are not positive finite numbers and is NaN for none', () => {
    expect(trimmedGeometricMean([2, Number.NaN, 0, Infinity, 2], 0)).toBeCloseTo(2, 10);
    expect(trimmedGeometricMean([])).toBeNaN();
  });
});

describe('bootstrapInterval', () => {
  it('brackets the figure, narrows with agreeing pairs and repeats exactly (fixed seed)', () => {
    const noisy = Array.from({ length: 60 }, (_, i) => 1 + ((i * 37) % 21) / 100 - 0.1);
    const [low, high] = bootstrapInterval(noisy);
    const figure = trimmedGeometricMean(noisy);
    expect(low).toBeLessThanOrEqual(figure);
    expect(high).toBeGreaterThanOrEqual(figure);
    expect(bootstrapInterval(noisy)).toEqual([low, high]);
    const [tightLow, tightHigh] = bootstrapInterval(noisy.map(() => 1.03));
    expect(tightHigh - tightLow).toBeLessThan(high - low);
  });
});
