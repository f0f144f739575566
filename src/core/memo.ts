// Bounded memoisation of pure text functions: exports repeat the same cell texts on thousands of rows.

export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 50000) {}

  get(key: string, make: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const v = make(key);
    // Clearing (rather than evicting one by one) keeps the memo O(1) per call; a miss only costs a recomputation.
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, v);
    return v;
  }
}
