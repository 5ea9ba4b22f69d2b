import type { Removal } from "./schema.js";
import { TextView, type Cut } from "./view.js";

/**
 * A title being cleaned: a view over the title as the source stated it, so that every rule
 * that drops a piece of it (a site suffix, a spam brand, a lure segment, the whole title)
 * is recorded with offsets into that original string, the way `removed` records body cuts.
 */
export class TitleEdit {
  private view: TextView;
  readonly removed: Removal[] = [];

  constructor(readonly original: string) {
    this.view = TextView.identity(original);
  }

  /** The title left so far (untrimmed: rules see the spacing they split on). */
  get text(): string {
    return this.view.text;
  }

  /** Apply cuts computed on `text`. Whitespace-only pieces are spacing, not content, and
   *  are not listed. */
  cut(cuts: readonly Cut[]): void {
    const r = this.view.cut(cuts, this.original);
    this.view = r.view;
    for (const x of r.removals) if (x.text.trim() !== "") this.removed.push(x);
  }

  /** Drop what is left of the title, for one reason. */
  dropAll(reason: Cut["reason"], rule: string, detail: string): void {
    if (this.view.text.trim()) this.cut([{ start: 0, end: this.view.text.length, reason, rule, detail }]);
  }

  /** The clean title. */
  result(): string {
    return this.view.text.trim();
  }
}
