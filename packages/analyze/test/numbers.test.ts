import { describe, expect, it } from "vitest";
import { parseArabic, parseChinese, parseNumber } from "@wenku/analyze";

describe("number parsing", () => {
  it("reads Arabic numbers with separators and decimals", () => {
    expect(parseArabic("1,000")).toBe(1000);
    expect(parseArabic("146.4")).toBe(146.4);
    expect(parseArabic("1,234,567.5")).toBe(1234567.5);
    expect(parseArabic("12,34")).toBeUndefined();
  });

  it("reads Chinese numerals", () => {
    expect(parseChinese("三百零八亿")).toBe(30_800_000_000);
    expect(parseChinese("两")).toBe(2);
    expect(parseChinese("十")).toBe(10);
    expect(parseChinese("十五")).toBe(15);
    expect(parseChinese("二十")).toBe(20);
    expect(parseChinese("一万二千")).toBe(12_000);
    expect(parseChinese("一万亿")).toBe(1e12);
    expect(parseChinese("二〇二五")).toBe(2025);
    expect(parseChinese("不是")).toBeUndefined();
  });

  it("parseNumber takes either", () => {
    expect(parseNumber("3,800")).toBe(3800);
    expect(parseNumber("三千八百")).toBe(3800);
  });
});
