import type { Removal, RemovalReason } from "./schema.js";

/** A proposed cut, in coordinates of the view it was computed on. */
export interface Cut {
  start: number;
  end: number;
  reason: RemovalReason;
  rule: string;
  detail?: string;
}

/**
 * The text the rules look at, with a map back to the input. Each rule runs on the view
 * left by the previous ones (so a keyword is seen without the decorations glued to it),
 * and its cuts are translated into Removals with offsets into raw.text.
 * map[i] is the raw index of view char i, or -1 when the char is not verbatim in the input
 * (an HTML entity decoded, a paragraph break synthesized); anchor[i] is then a raw index
 * near it (the start of its source node).
 */
export class TextView {
  constructor(
    readonly text: string,
    readonly map: Int32Array,
    readonly anchor: Int32Array,
  ) {}

  static identity(raw: string): TextView {
    const map = new Int32Array(raw.length);
    for (let i = 0; i < raw.length; i++) map[i] = i;
    return new TextView(raw, map, map);
  }

  /** Apply cuts (overlaps: the earlier-starting cut wins) and report them as Removals. */
  cut(cuts: readonly Cut[], raw: string): { view: TextView; removals: Removal[] } {
    const sorted = cuts
      .filter((c) => c.end > c.start)
      .slice()
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const removals: Removal[] = [];
    const drop = new Uint8Array(this.text.length);
    let covered = 0;
    let dropped = 0;
    for (const c of sorted) {
      const start = Math.max(c.start, covered);
      const end = Math.min(c.end, this.text.length);
      if (end <= start) continue;
      for (let i = start; i < end; i++) drop[i] = 1;
      dropped += end - start; // the spans are disjoint: each starts at or after `covered`
      covered = end;
      removals.push(...this.toRemovals(start, end, c, raw));
    }
    if (removals.length === 0 && !drop.includes(1)) return { view: this, removals };
    // The kept characters' maps, filled in place: arrays grown a character at a time and then
    // copied made 3% of all the garbage of ingest's threads (every rule's cut comes through here).
    const n = this.text.length;
    const map = new Int32Array(n - dropped);
    const anchor = new Int32Array(n - dropped);
    const pieces: string[] = [];
    let kept = 0;
    let runStart = -1;
    for (let i = 0; i <= n; i++) {
      const keep = i < n && drop[i] === 0;
      if (keep) {
        if (runStart < 0) runStart = i;
        map[kept] = this.map[i]!;
        anchor[kept++] = this.anchor[i]!;
      } else if (runStart >= 0) {
        pieces.push(this.text.slice(runStart, i));
        runStart = -1;
      }
    }
    return { view: new TextView(pieces.join(""), map, anchor), removals };
  }

  /** Split a view span into pieces that are contiguous in the input. */
  private toRemovals(start: number, end: number, c: Cut, raw: string): Removal[] {
    const out: Removal[] = [];
    const base = { reason: c.reason, rule: c.rule, ...(c.detail ? { detail: c.detail } : {}) };
    let i = start;
    while (i < end) {
      const m = this.map[i]!;
      let j = i + 1;
      if (m >= 0) {
        while (j < end && this.map[j] === this.map[j - 1]! + 1) j++;
        const rs = m;
        const re = this.map[j - 1]! + 1;
        out.push({ start: rs, end: re, text: raw.slice(rs, re), ...base });
      } else {
        while (j < end && this.map[j]! < 0) j++;
        const piece = this.text.slice(i, j);
        if (piece.trim() !== "") {
          const a = this.anchor[i]!;
          out.push({ start: a, end: a, text: piece, ...base, approximate: true });
        }
      }
      i = j;
    }
    return out;
  }
}
