import type { Metadata, Viewport } from "next";
import { GeistMono, GeistSans } from "./fonts";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { ZodJitless } from "@/components/zod-jitless";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { template: "%s · Reise", default: "Reise" }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#f9fafb" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-dvh bg-canvas font-sans text-ink antialiased">
        <ZodJitless />
        <ClientMessages part="root">{children}</ClientMessages>
      </body>
    </html>
  );
}
