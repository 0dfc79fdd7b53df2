import { z } from "zod";
import { API_KEY_NAME_MAX } from "./settings-limits";
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
});

export const revokeApiKeySchema = z.object({ id: z.guid({ error: "notFound" }) });

export const roundRobinSchema = z.object({ enabled: z.boolean() });
