import { getTranslations } from "next-intl/server";
import type { ContentItem } from "@/server/orders/order-page";

/**
 * Staff-written tips for where the order is now. Rendered as text only (React
 * escapes it); a link is shown only when it is https, so no "javascript:" URL
 * can reach the page even if one slipped past the settings form.
 */
export async function WaitingContent({ items }: { items: ContentItem[] }) {
  const t = await getTranslations("orderStatus");
  return (
    <ul className="flex flex-col gap-3" data-testid="waiting-content">
      {items.map((item) => (
        <li key={item.id} className="rounded-md border border-line bg-canvas p-3">
          <h3 className="text-sm font-semibold">{item.title}</h3>
          <p className="mt-1 text-sm whitespace-pre-line text-ink-muted">{item.body}</p>
          {item.linkUrl && item.linkUrl.startsWith("https://") ? (
            <a
              href={item.linkUrl}
              rel="noopener noreferrer"
              target="_blank"
              className="mt-2 inline-block text-sm font-medium text-accent-700 underline underline-offset-2 hover:text-accent-800"
            >
              {t("readMore")}
              <span className="sr-only">: {item.title}</span>
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
