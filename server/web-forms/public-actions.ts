"use server";
import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import type { WebFormPublicErrorCode } from "@/lib/validation/web-form";
import { STARTED_FIELD, WEB_FORM_FIELDS, WEB_FORM_PURPOSES, type WebFormFieldKey } from "@/lib/web-forms/options";
import { formAction } from "@/server/actions/client";
import { clientAddress } from "@/server/auth/throttle";
import { signFillStart } from "./fill-time";
import { submitWebForm } from "./submit";

// The public form's one action, for anyone (no session). The spam guards and the form's own zod
// schema run in submitWebForm; here only the slug is parsed. A refused bot gets the same answer as
// a person ("thanks"): it must not learn which guard stopped it.

export type WebFormValues = Partial<Record<WebFormFieldKey, string>>;

export type WebFormState =
  | { ok: true; status: "thanks" }
  | {
      ok: false;
      status: "invalid" | "stale";
      errors: Partial<Record<WebFormFieldKey, WebFormPublicErrorCode>>;
      values: WebFormValues;
      consents: string[];
      /** The page's fill-time stamp to keep (invalid), or a fresh one (stale). */
      stamp?: string;
    }
  | { ok: false; status: "gone" }
  /** A save that got no answer (components/ui/save-failure.ts). */
  | { ok: false; status?: undefined; message: string }
  | null;

/** What was typed, handed back to the form (cut to a sane size: it is echoed into the page). */
function typed(formData: FormData): { values: WebFormValues; consents: string[] } {
  const values: WebFormValues = {};
  for (const key of WEB_FORM_FIELDS) {
    const value = formData.get(key);
    if (typeof value === "string") values[key] = value.slice(0, 4000);
  }
  const consents = WEB_FORM_PURPOSES.filter((p) => formData.get(`consent.${p}`) === "yes");
  return { values, consents };
}

export const submitWebFormAction = formAction({
  who: "anyone",
  schema: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/) }),
  read: (formData) => ({ slug: formData.get("slug") }),
  invalid: async (): Promise<NonNullable<WebFormState>> => ({ ok: false, status: "gone" }),
  run: async ({ input, db, raw }): Promise<NonNullable<WebFormState>> => {
    const now = new Date();
    const outcome = await submitWebForm(
      db,
      { slug: input.slug, formData: raw, address: clientAddress(await headers()) },
      now,
    );
    switch (outcome.status) {
      case "accepted":
      case "refused":
        return { ok: true, status: "thanks" };
      case "not_found":
        return { ok: false, status: "gone" };
      case "invalid": {
        // The page's own stamp goes back with it (it was verified): without JavaScript the page is
        // rendered again, and a fresh stamp would make a quick correction look like a bot's.
        const started = raw.get(STARTED_FIELD);
        const stamp = typeof started === "string" ? started : undefined;
        return { ok: false, status: "invalid", errors: outcome.fieldErrors, ...typed(raw), stamp };
      }
      case "stale":
        return { ok: false, status: "stale", errors: {}, ...typed(raw), stamp: signFillStart(input.slug, now) };
    }
  },
});
