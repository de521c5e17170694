/** Set agreement figures for the e2e report (precision/recall of what the popup shows vs gold). */
export interface PR {
  tp: number;
  predicted: number;
  gold: number;
}

export function pr(predicted: readonly string[], gold: readonly string[]): PR {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const v of p) if (g.has(v)) tp++;
  return { tp, predicted: p.size, gold: g.size };
}

export function add(a: PR, b: PR): PR {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

/** Precision of nothing predicted is 1 (no wrong claim); recall of nothing to find is 1. */
export function precision(x: PR): number {
  return x.predicted === 0 ? 1 : x.tp / x.predicted;
}
export function recall(x: PR): number {
  return x.gold === 0 ? 1 : x.tp / x.gold;
}

export const fmt = (x: number) => x.toFixed(2);
