import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

// The installable app (PWA): a rep adds Reise to the phone's home screen, where iOS allows Web
// Push at all (public/sw.js shows the notifications). Colours are the design tokens of
// app/globals.css: the canvas grey, as the root layout's theme colour.
const CANVAS = "#f9fafb"; // --color-canvas (gray-50)

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("common");
  return {
    name: "Reise",
    short_name: "Reise",
    description: t("tagline"),
    id: "/leads",
    start_url: "/leads",
    scope: "/",
    display: "standalone",
    background_color: CANVAS,
    theme_color: CANVAS,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
