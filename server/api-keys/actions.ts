"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { createApiKeySchema, revokeApiKeySchema, type SettingsErrorCode } from "@/lib/validation/settings";
import { apiKeyTeamSchema, readApiKeyTeam } from "@/lib/validation/routing";
import { callAction, formAction } from "@/server/actions/client";
import { setApiKeyTeam } from "@/server/routing/team-settings";
import { createApiKey, revokeApiKey } from "./service";

// Managers only (who: "manager"): API keys open the ingest API for the whole business.

const PAGE = "/settings/api-keys";

export type CreateApiKeyState =
  | { ok: true; name: string; secret: string }
  /** message: a save that got no answer (components/ui/save-failure.ts). */
  | { ok: false; fieldErrors?: { name?: string; scopes?: string; teamId?: string }; message?: string }
  | null;
type CreateState = NonNullable<CreateApiKeyState>;

export const createApiKeyAction = formAction({
  who: "manager",
  schema: createApiKeySchema,
  read: (formData) => ({
    name: formData.get("name"),
    scopes: formData.getAll("scopes"),
    teamId: formData.get("teamId"),
  }),
  invalid: async (error): Promise<CreateState> => {
    const [settings, keys] = await Promise.all([getTranslations("settings.errors"), getTranslations("apiKeys")]);
    const fieldErrors: { name?: string; scopes?: string; teamId?: string } = {};
    for (const issue of error.issues) {
      const field = issue.path[0];
      if (field === "scopes") fieldErrors.scopes ??= keys("scopesRequired");
      else if (field === "teamId") fieldErrors.teamId ??= settings("notFound");
      else fieldErrors.name ??= settings(issue.message as SettingsErrorCode);
    }
    return { ok: false, fieldErrors };
  },
  run: async ({ session, input, db }): Promise<CreateState> => {
    const team = input.teamId ? await db.team.findUnique({ where: { id: input.teamId }, select: { id: true } }) : null;
    if (input.teamId && !team)
      return { ok: false, fieldErrors: { teamId: (await getTranslations("settings.errors"))("notFound") } };
    const result = await createApiKey(db, session, input);
    if (!result.ok)
      return { ok: false, fieldErrors: { name: (await getTranslations("settings.errors"))("nameTaken") } };
    revalidatePath(PAGE);
    return { ok: true, name: input.name, secret: result.secret };
  },
});

export type RevokeApiKeyState = { ok: true } | { ok: false; message: string };

export const revokeApiKeyAction = callAction({
  who: "manager",
  schema: revokeApiKeySchema,
  invalid: async (): Promise<RevokeApiKeyState> => ({
    ok: false,
    message: (await getTranslations("settings.errors"))("notFound"),
  }),
  run: async ({ session, input, db }): Promise<RevokeApiKeyState> => {
    const result = await revokeApiKey(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: (await getTranslations("settings.errors"))("notFound") };
    revalidatePath(PAGE);
    return { ok: true };
  },
});

export type ApiKeyTeamState = { ok: true } | { ok: false; message: string } | null;

/** The team that owns the signals sent with this key (server/routing/signal-team.ts). */
export const setApiKeyTeamAction = formAction({
  who: "manager",
  schema: apiKeyTeamSchema,
  read: readApiKeyTeam,
  invalid: async (error): Promise<NonNullable<ApiKeyTeamState>> => ({
    ok: false,
    message: (await getTranslations("settings.routing.errors"))(
      error.issues.some((issue) => issue.path[0] === "keyId") ? "notFound" : "team",
    ),
  }),
  run: async ({ session, input, db }): Promise<NonNullable<ApiKeyTeamState>> => {
    const result = await setApiKeyTeam(db, session, input);
    if (!result.ok) return { ok: false, message: (await getTranslations("settings.routing.errors"))(result.reason) };
    revalidatePath(PAGE);
    revalidatePath("/settings/routing");
    return { ok: true };
  },
});
