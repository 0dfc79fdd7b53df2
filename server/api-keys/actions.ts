"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { createApiKeySchema, revokeApiKeySchema, type SettingsErrorCode } from "@/lib/validation/settings";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { ingestRateLimiter } from "./rate-limit";
import { createApiKey, revokeApiKey } from "./service";

// Server actions are public POST endpoints: each one checks the role first,
// before it reads anything, then validates with the form's own schema.

const PAGE = "/settings/api-keys";

export type CreateApiKeyState =
  | { ok: true; name: string; secret: string }
  | { ok: false; fieldErrors: { name?: string } }
  | null;

export async function createApiKeyAction(_previous: CreateApiKeyState, formData: FormData): Promise<CreateApiKeyState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("settings.errors");
  const parsed = createApiKeySchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { ok: false, fieldErrors: { name: t(parsed.error.issues[0].message as SettingsErrorCode) } };
  const result = await createApiKey(await getDb(), session, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: { name: t("nameTaken") } };
  revalidatePath(PAGE);
  return { ok: true, name: parsed.data.name, secret: result.secret };
}

export type RevokeApiKeyState = { ok: true } | { ok: false; message: string };

export async function revokeApiKeyAction(input: { id: string }): Promise<RevokeApiKeyState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("settings.errors");
  const parsed = revokeApiKeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("notFound") };
  const result = await revokeApiKey(await getDb(), session, parsed.data, new Date());
  if (!result.ok) return { ok: false, message: t("notFound") };
  ingestRateLimiter.forget(parsed.data.id);
  revalidatePath(PAGE);
  return { ok: true };
}
