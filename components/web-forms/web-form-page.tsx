import { notFound } from "next/navigation";
import { cn } from "@/lib/cn";
import { signFillStart } from "@/server/web-forms/fill-time";
import { getPublicWebForm, webFormCopy } from "@/server/web-forms/public-queries";
import { PublicWebForm } from "./public-web-form";

/**
 * A web form as its own page (/f/<slug>) or inside a website's frame (/f/<slug>/embed): the same
 * form; the embed has no heading or card of ours, so it sits in the host page like its own.
 */
export async function WebFormPage({ slug, embed }: { slug: string; embed: boolean }) {
  const form = await getPublicWebForm(slug);
  if (!form) notFound();
  const copy = await webFormCopy(form.language);
  const body = (
    <PublicWebForm
      slug={form.slug}
      stamp={signFillStart(form.slug, new Date())}
      fields={form.fields}
      consents={form.consents}
      thankYouText={form.thankYouText}
      copy={copy}
    />
  );
  return (
    <main lang={form.language} className={cn(embed ? "bg-surface p-4" : "flex justify-center px-4 py-8 sm:py-12")}>
      {embed ? <h1 className="sr-only">{form.name}</h1> : null}
      {embed ? (
        body
      ) : (
        <div className="w-full max-w-lg rounded-xl border border-line bg-surface p-5 shadow-sm sm:p-8">
          <h1 className="mb-6 text-xl font-semibold">{form.name}</h1>
          {body}
        </div>
      )}
    </main>
  );
}
