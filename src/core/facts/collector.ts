import type { FactSpan } from './schema';

/**
 * Accumulates the values of one multi-valued field together with their evidence (value → block ids)
 * and the character spans that support them. Values keep first-seen order.
 *
 * Evidence is strong or weak. A mention in a block whose topic is another practice (a data type
 * named in a rights paragraph), in a heading, or as an umbrella word over a list is weak: it still
 * proves the value, but when a value also has strong evidence, only the strong blocks are shown as
 * "the sentence it came from". Every span is kept for the page highlights either way.
 */
export class ValueCollector<V extends string = string> {
  private readonly evidence = new Map<V, Set<number>>();
  private readonly strong = new Map<V, Set<number>>();
  readonly spans: FactSpan[] = [];

  constructor(readonly field: string) {}

  add(value: V, block: number, start: number, end: number, weak = false): void {
    let ids = this.evidence.get(value);
    if (!ids) this.evidence.set(value, (ids = new Set()));
    if (!weak) {
      let strongIds = this.strong.get(value);
      if (!strongIds) this.strong.set(value, (strongIds = new Set()));
      strongIds.add(block);
    }
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
    for (const v of this.values(order)) out[v] = [...(this.strong.get(v) ?? this.evidence.get(v)!)].sort((a, b) => a - b);
    return out;
  }

  /** Every block that mentions each value, weak evidence included (value → sorted block ids). */
  everyMention(): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const [v, ids] of this.evidence) out[v] = [...ids].sort((a, b) => a - b);
    return out;
  }

  blocks(): number[] {
    const all = new Set<number>();
    for (const ids of this.evidence.values()) for (const id of ids) all.add(id);
    return [...all].sort((a, b) => a - b);
  }
}
