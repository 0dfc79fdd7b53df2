import type { Metadata } from "next";
import { WebFormPage } from "@/components/web-forms/web-form-page";
import { getPublicWebForm } from "@/server/web-forms/public-queries";

// The web form inside a website's <iframe>: the one page any site may frame (proxy.ts sets its
// frame-ancestors; lib/security-headers.ts says why), with no chrome of ours around the form.

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const form = await getPublicWebForm((await params).slug);
  return { title: form?.name, robots: { index: false, follow: false } };
}

export default async function EmbeddedWebFormPage({ params }: { params: Promise<{ slug: string }> }) {
  return <WebFormPage slug={(await params).slug} embed />;
}
