import "server-only";
import type { Locale } from "@/generated/prisma/enums";
import { readConsents, readFields } from "@/lib/web-forms/definition";
import type { WebFormConsent, WebFormField } from "@/lib/web-forms/options";
import type { WebFormCopy } from "@/lib/web-forms/copy";
import { loadMessages } from "@/messages";
import { getDb } from "@/server/db";

// What the public page of a form needs: the form as the visitor sees it, and its words in the
// form's own language (not the visitor's browser's: the manager chose it for the website).

export type PublicWebForm = {
  slug: string;
  name: string;
  language: Locale;
  fields: WebFormField[];
  consents: WebFormConsent[];
  thankYouText: string;
};

/** An active form by its slug, or null (unknown and switched-off forms look alike). */
export async function getPublicWebForm(slug: string): Promise<PublicWebForm | null> {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const db = await getDb();
  const form = await db.webForm.findFirst({
    where: { slug, active: true },
    select: { slug: true, name: true, language: true, fields: true, consents: true, thankYouText: true },
  });
  if (!form) return null;
  return { ...form, fields: readFields(form.fields), consents: readConsents(form.consents) };
}

export async function webFormCopy(locale: Locale): Promise<WebFormCopy> {
  const messages = (await loadMessages(locale)) as { webForms: { public: WebFormCopy } };
  return messages.webForms.public;
}
