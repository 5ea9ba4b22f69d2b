import { z } from "zod";

/** Options of cleanRecord. Corpus-level evidence comes in here as it becomes available. */
export const CleanOptions = z.object({
  /** Fingerprints (see lineFingerprint) of lines known to repeat across a source:
   *  such lines are boilerplate wherever they appear. */
  boilerplateLines: z.set(z.string()).optional(),
  /** Lift a plain-text header (site, title, date, author) into fields. Default true. */
  liftHeader: z.boolean().optional(),
});
export type CleanOptions = z.infer<typeof CleanOptions>;
