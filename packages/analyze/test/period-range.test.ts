import { describe, expect, it } from "vitest";
import { periodRange } from "@wenku/analyze";

describe("periodRange", () => {
  it("gives the calendar span of every date and period form", () => {
    expect(periodRange("2025-Q3")).toEqual({ start: "2025-07-01", end: "2025-09-30" });
    expect(periodRange("2024-H1")).toEqual({ start: "2024-01-01", end: "2024-06-30" });
    expect(periodRange("2022-01/2022-08")).toEqual({ start: "2022-01-01", end: "2022-08-31" });
    expect(periodRange("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(periodRange("2025-08-08")).toEqual({ start: "2025-08-08", end: "2025-08-08" });
    expect(periodRange("2024/2026")).toEqual({ start: "2024-01-01", end: "2026-12-31" });
    expect(periodRange("FY2025-Q3")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(periodRange("FY2019/20")).toEqual({ start: "2019-01-01", end: "2020-12-31" });
  });

  it("has no span for values without a year", () => {
    expect(periodRange("Q2")).toBeUndefined();
    expect(periodRange("--08-13")).toBeUndefined();
  });

  it("has no span for a month or a day that is not on the calendar", () => {
    for (const bad of ["2025-13", "2025-00", "2025-02-29", "2025-04-31", "2025-01/2025-13"]) expect(periodRange(bad), bad).toBeUndefined();
    expect(periodRange("2024-02-29")).toEqual({ start: "2024-02-29", end: "2024-02-29" });
  });
});
