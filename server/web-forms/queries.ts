import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/generated/prisma/enums";
import { isId } from "@/lib/validation/id";
import type { WebFormCopy } from "@/lib/web-forms/copy";
import { readConsents, readFields } from "@/lib/web-forms/definition";
import { WEB_FORM_LANGUAGES, type WebFormConsent, type WebFormField } from "@/lib/web-forms/options";
import { mayManageWebForms } from "@/server/access/web-form";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getTeamOptions, type TeamOption } from "@/server/routing/queries";
import { webFormCopy } from "./public-queries";

// Settings → Web forms, for managers (anyone else: 404).

async function requireManager() {
  const session = await requireRole("MANAGER");
  if (!mayManageWebForms(session)) notFound();
  return session;
}

export type WebFormRow = {
  id: string;
  name: string;
  slug: string;
  language: Locale;
  active: boolean;
  campaign: string | null;
  team: string | null;
};

export async function listWebForms(): Promise<WebFormRow[]> {
  await requireManager();
  const rows = await (
    await getDb()
  ).webForm.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      language: true,
      active: true,
      campaign: { select: { name: true } },
      team: { select: { name: true } },
    },
  });
  return rows.map(({ campaign, team, ...row }) => ({
    ...row,
    campaign: campaign?.name ?? null,
    team: team?.name ?? null,
  }));
}

export type WebFormEditorData = {
  campaigns: { id: string; name: string }[];
  teams: TeamOption[];
  /** The public form's words in each language, for the live preview. */
  copies: Record<Locale, WebFormCopy>;
};

const CAMPAIGNS_SHOWN = 200;

export async function getWebFormEditorData(): Promise<WebFormEditorData> {
  await requireManager();
  const db = await getDb();
  const [campaigns, teams, ...copies] = await Promise.all([
    db.campaign.findMany({
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: CAMPAIGNS_SHOWN,
      select: { id: true, name: true },
    }),
    getTeamOptions(),
    ...WEB_FORM_LANGUAGES.map((locale) => webFormCopy(locale)),
  ]);
  return {
    campaigns,
    teams,
    copies: Object.fromEntries(WEB_FORM_LANGUAGES.map((l, i) => [l, copies[i]])) as Record<Locale, WebFormCopy>,
  };
}

export type WebFormDetail = {
  id: string;
  slug: string;
  name: string;
  campaignId: string | null;
  teamId: string | null;
  language: Locale;
  fields: WebFormField[];
  consents: WebFormConsent[];
  thankYouText: string;
  active: boolean;
  publicUrl: string;
  embedUrl: string;
};

export async function getWebForm(id: string): Promise<WebFormDetail> {
  await requireManager();
  if (!isId(id)) notFound();
  const form = await (
    await getDb()
  ).webForm.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      campaignId: true,
      teamId: true,
      language: true,
      fields: true,
      consents: true,
      thankYouText: true,
      active: true,
    },
  });
  if (!form) notFound();
  const base = appBaseUrl().replace(/\/$/, "");
  return {
    ...form,
    fields: readFields(form.fields),
    consents: readConsents(form.consents),
    publicUrl: `${base}/f/${form.slug}`,
    embedUrl: `${base}/f/${form.slug}/embed`,
  };
}
