import { z } from "zod";
import { safeCallbackPath } from "@/lib/callback-url";
import { first } from "./url-param";

// The login page's URL: every parameter is optional and anything odd falls back to nothing, so
// the page renders whatever a link or a hand-made URL holds.

const loginSearchSchema = z.object({
  // Anything but a path on this site is dropped: the user goes to their home page.
  callbackUrl: z
    .unknown()
    .transform((v) => safeCallbackPath(first(v)) ?? undefined)
    .optional(),
  error: z.preprocess(first, z.string().max(64).optional()).catch(undefined),
  tab: z.preprocess(first, z.enum(["staff", "customer"]).optional()).catch(undefined),
});

export type LoginSearch = z.infer<typeof loginSearchSchema>;

export function parseLoginSearch(params: Record<string, string | string[] | undefined>): LoginSearch {
  return loginSearchSchema.parse(params);
}
