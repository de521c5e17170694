import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_INFO,
  HIGHLIGHT_DARK_TEXT,
  HIGHLIGHT_PRIORITY,
  PALETTES,
  PALETTE_COLOURS,
  PRACTICE_CATEGORIES,
  categoryColours,
  categoryInfo,
  highlightCounts,
  isPalette,
  paletteForcesDarkText,
  primaryCategory,
  type Palette,
} from '../../../src/core/categories';

describe('highlight priority', () => {
  it('ranks every practice category exactly once', () => {
    expect([...HIGHLIGHT_PRIORITY].sort()).toEqual([...PRACTICE_CATEGORIES].sort());
  });

  it('lets the specific practice win over the broad ones', () => {
    expect(primaryCategory(['collection', 'retention']), 'a retention paragraph that says "we collect" is retention').toBe('retention');
    expect(primaryCategory(['collection', 'sharing'])).toBe('sharing');
    expect(primaryCategory(['audiences', 'collection']), 'audiences is a section scope, it yields').toBe('collection');
    expect(primaryCategory(['audiences'])).toBe('audiences');
  });

  it('counts each block once, in its highlight colour', () => {
    const counts = highlightCounts([
      { categories: ['collection', 'retention'] },
      { categories: ['collection'] },
      { categories: ['other'] },
    ]);
    expect(counts).toEqual({ retention: 1, collection: 1 });
  });
});

// ---- palettes ---------------------------------------------------------------------------------

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const luminance = (c: Rgb) => {
  const [r, g, b] = c.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG 2 contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear sRGB. */
const DEFICIENCIES: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const simulate = (c: Rgb, m: number[][] | null): Rgb => {
  if (!m) return c;
  const l = c.map(toLinear);
  return m.map((row) => toGamma(Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)))) as Rgb;
};

function lab(c: Rgb): Rgb {
  const [r, g, b] = c.map(toLinear) as Rgb;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000(p: Rgb, q: Rgb): number {
  const [L1, a1, b1] = lab(p);
  const [L2, a2, b2] = lab(q);
  const rad = Math.PI / 180;
  const Cbar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + G) * a1, (1 + G) * a2];
  const [C1, C2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (x: number, y: number) => (x === 0 && y === 0 ? 0 : (Math.atan2(y, x) / rad + 360) % 360);
  const [h1, h2] = [hue(a1p, b1), hue(a2p, b2)];
  let dh = C1 * C2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh * rad) / 2);
  const Lbar = (L1 + L2) / 2;
  const Cbarp = (C1 + C2) / 2;
  const hbar = C1 * C2 === 0 ? h1 + h2 : Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const T = 1 - 0.17 * Math.cos((hbar - 30) * rad) + 0.24 * Math.cos(2 * hbar * rad) + 0.32 * Math.cos((3 * hbar + 6) * rad) - 0.2 * Math.cos((4 * hbar - 63) * rad);
  const RC = 2 * Math.sqrt(Cbarp ** 7 / (Cbarp ** 7 + 25 ** 7));
  const RT = -Math.sin(2 * 30 * Math.exp(-(((hbar - 275) / 25) ** 2)) * rad) * RC;
  const SL = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2);
  const SC = 1 + 0.045 * Cbarp;
  const SH = 1 + 0.015 * Cbarp * T;
  const [dL, dC] = [(L2 - L1) / SL, (C2 - C1) / SC];
  return Math.sqrt(dL ** 2 + dC ** 2 + (dH / SH) ** 2 + RT * dC * (dH / SH));
}

/** The closest pair of category colours in each kind of vision. */
function closestPairs(colours: Record<string, string>): Record<string, { pair: string; deltaE: number }> {
  const names = PRACTICE_CATEGORIES.filter((c) => colours[c]);
  const out: Record<string, { pair: string; deltaE: number }> = {};
  for (const [vision, matrix] of [['normal', null], ...Object.entries(DEFICIENCIES)] as [string, number[][] | null][]) {
    let best = { pair: '', deltaE: Infinity };
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const d = deltaE2000(simulate(rgb(colours[names[i]!]!), matrix), simulate(rgb(colours[names[j]!]!), matrix));
        if (d < best.deltaE) best = { pair: `${names[i]}/${names[j]}`, deltaE: d };
      }
    }
    out[vision] = best;
  }
  return out;
}

/** What each palette promises (see the comment on PALETTES in src/core/categories.ts). */
const PROMISES: Record<Palette, { minDeltaE: number; text: string; minContrast: number }> = {
  default: { minDeltaE: 5, text: '#1f2328', minContrast: 8 },
  'high-contrast': { minDeltaE: 7, text: HIGHLIGHT_DARK_TEXT, minContrast: 7 },
};

describe('highlight palettes', () => {
  it.each(PALETTES.map((p) => [p]))('%s: every pair of categories stays apart in normal, protan, deutan and tritan vision', (palette) => {
    const pairs = closestPairs(categoryColours(palette));
    for (const [vision, { pair, deltaE }] of Object.entries(pairs)) {
      expect(deltaE, `${palette}: ${pair} look alike in ${vision} vision (CIEDE2000)`).toBeGreaterThanOrEqual(PROMISES[palette].minDeltaE);
    }
  });

  it.each(PALETTES.map((p) => [p]))('%s: text on every fill and legend swatch is readable', (palette) => {
    const { text, minContrast } = PROMISES[palette];
    for (const category of PRACTICE_CATEGORIES) {
      const fill = rgb(categoryColours(palette)[category]);
      expect(contrast(fill, rgb(text)), `${palette}: ${text} text on ${category}`).toBeGreaterThanOrEqual(minContrast);
      // On dark pages the highlight code draws the text in HIGHLIGHT_DARK_TEXT (AAA everywhere).
      expect(contrast(fill, rgb(HIGHLIGHT_DARK_TEXT)), `${palette}: dark-page text on ${category}`).toBeGreaterThanOrEqual(7);
      // A fill must show on a white page at all.
      expect(deltaE2000(fill, [1, 1, 1]), `${palette}: ${category} barely differs from white`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the checks catch a palette that is not colour-blind safe (the pastels used before)', () => {
    const pastels = { collection: '#fde68a', sharing: '#fbc4a6', choice: '#bfe3c7', access: '#b9dcf5', retention: '#e2c9f0', security: '#c7d2fe', change: '#f5c2d7', dnt: '#d9d9d9', audiences: '#a7e8e0' };
    const pairs = closestPairs(pastels);
    expect(pairs.deuteranopia!.deltaE).toBeLessThan(2);
    expect(pairs.deuteranopia!.pair).toBe('access/retention');
  });

  it('CATEGORY_INFO carries the default palette; categoryInfo swaps only the colours', () => {
    for (const c of CATEGORIES) expect(CATEGORY_INFO[c].color).toBe(PALETTE_COLOURS.default[c]);
    const hc = categoryInfo('high-contrast');
    expect(hc.sharing).toEqual({ ...CATEGORY_INFO.sharing, color: PALETTE_COLOURS['high-contrast'].sharing });
    expect(categoryColours('nope' as Palette), 'an unknown palette name falls back to the default').toBe(PALETTE_COLOURS.default);
    expect(isPalette('high-contrast')).toBe(true);
    expect(isPalette('classic')).toBe(false);
    expect(paletteForcesDarkText('high-contrast')).toBe(true);
    expect(paletteForcesDarkText('default')).toBe(false);
  });
});
