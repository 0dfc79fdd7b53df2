import localFont from "next/font/local";

// Geist Sans as the geist package defines it (variable, every weight), from a copy cut to the
// letters Reise's pages use (scripts/fonts/subset-geist.ts): half the bytes of the preload every
// page starts with.
export const GeistSans = localFont({
  src: "./fonts/Geist-Latin.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
});

// Geist Mono as the geist package defines it, but not preloaded: only a few settings pages and
// the API docs use it, and its 71 kB preload went out at high priority on every page, ahead of
// the stylesheet and scripts (Lighthouse, issue 19). Pages that use it fetch it when they render.
export const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  adjustFontFallback: false,
  preload: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "monospace"],
  weight: "100 900",
});
