import { z } from "zod";
import { API_KEY_NAME_MAX } from "./settings-limits";
import { API_SCOPES, type ApiScope } from "@/lib/api-scopes";
export * from "./settings-limits";

// The settings page's forms (components/settings) and their server actions
// (server/api-keys/actions.ts, server/settings/actions.ts). Messages are keys
// of the "settings.errors" catalogue.

export type SettingsErrorCode = "nameRequired" | "nameTooLong" | "nameTaken" | "notFound" | "generic";

export const createApiKeySchema = z.object({
  // Control characters would make the list unreadable; a name is one line.
  name: z
    .string({ error: "nameRequired" })
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(1, "nameRequired").max(API_KEY_NAME_MAX, "nameTooLong")),
  // Checkboxes: each ticked scope once. A key that may do nothing is a mistake, not a choice.
  scopes: z
    .array(z.enum(API_SCOPES as [ApiScope, ...ApiScope[]], { error: "scopesRequired" }))
    .min(1, "scopesRequired")
    .transform((scopes) => [...new Set(scopes)]),
  // "" is the whole business; a team limits what the key reaches and where its signals go.
  teamId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.guid({ error: "notFound" }).nullable()),
});

export const revokeApiKeySchema = z.object({ id: z.guid({ error: "notFound" }) });

export const roundRobinSchema = z.object({ enabled: z.boolean() });
