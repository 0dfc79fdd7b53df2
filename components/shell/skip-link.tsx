import { getTranslations } from "next-intl/server";

/** The first tab stop on every page with a shell: straight to its <main id="content">. */
export async function SkipLink() {
  const t = await getTranslations("common");
  return (
    <a
      href="#content"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
    >
      {t("skipToContent")}
    </a>
  );
}
