import type { Metadata } from "next";
import { WebFormPage } from "@/components/web-forms/web-form-page";
import { getPublicWebForm } from "@/server/web-forms/public-queries";

// A manager's web form at its own address: public, no session (proxy.ts lets /f/ through).

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const form = await getPublicWebForm((await params).slug);
  return { title: form?.name, robots: { index: false, follow: false } };
}

export default async function PublicWebFormPage({ params }: { params: Promise<{ slug: string }> }) {
  return <WebFormPage slug={(await params).slug} embed={false} />;
}
