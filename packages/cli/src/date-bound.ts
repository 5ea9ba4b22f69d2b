import { InvalidArgumentError } from "commander";
import { isDateBound } from "@wenku/index/search";

/** commander parser for --from/--to: a year, month or day (2025, 2025-08, 2025-08-08). */
export function dateBound(value: string): string {
  if (!isDateBound(value)) throw new InvalidArgumentError("expected a date such as 2025, 2025-08 or 2025-08-08");
  return value;
}
