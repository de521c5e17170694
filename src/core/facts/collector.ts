import type { FactSpan } from './schema';

/**
 * Accumulates the values of one multi-valued field together with their evidence (value → block ids)
 * and the character spans that support them. Values keep first-seen order.
 */
export class ValueCollector<V extends string = string> {
  private readonly evidence = new Map<V, Set<number>>();
  readonly spans: FactSpan[] = [];

  constructor(readonly field: string) {}

  add(value: V, block: number, start: number, end: number): void {
    let ids = this.evidence.get(value);
    if (!ids) this.evidence.set(value, (ids = new Set()));
    if (!ids.has(block) || !this.spans.some((s) => s.value === value && s.block === block && s.start === start)) {
      ids.add(block);
      this.spans.push({ field: this.field, value, block, start, end: Math.max(start, end) });
    }
  }

  has(value: V): boolean {
    return this.evidence.has(value);
  }

  values(order?: readonly V[]): V[] {
    const vals = [...this.evidence.keys()];
    return order ? order.filter((v) => this.evidence.has(v)) : vals;
  }

  evidenceMap(order?: readonly V[]): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const v of this.values(order)) out[v] = [...this.evidence.get(v)!].sort((a, b) => a - b);
    return out;
  }

  blocks(): number[] {
    const all = new Set<number>();
    for (const ids of this.evidence.values()) for (const id of ids) all.add(id);
    return [...all].sort((a, b) => a - b);
  }
}
