import { describe, expect, it } from "vitest";
import { foldForSearch } from "../src/normalize.js";
import { converterBuilt } from "../src/traditional.js";

// Its own file: vitest gives each file a fresh module state.
describe("the Traditional → Simplified converter", () => {
  it("is built by the first text that needs it, not by Simplified or English text", () => {
    expect(foldForSearch("月份 商品房 一线 Lenovo ＰＵＥ").text).toBe("月份 商品房 一线 lenovo pue");
    expect(converterBuilt()).toBe(false);
    expect(foldForSearch("聯想").text).toBe("联想");
    expect(converterBuilt()).toBe(true);
  });
});
