import { getFormatter, getTranslations } from "next-intl/server";
import { localizedOrderUpdate } from "@/lib/order-update-summary";

/** Words an order update's stored summary in the reader's language (see lib/order-update-summary.ts). */
export async function getOrderUpdateText(): Promise<(summary: string) => string> {
  const [t, format] = await Promise.all([getTranslations("journey.orderUpdate"), getFormatter()]);
  const words = {
    moved: (values: { number: string; from: string; to: string; reason: string }) => t("deliveryMoved", values),
    noDate: () => t("noDate"),
    day: (at: Date) => format.dateTime(at, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  };
  return (summary) => localizedOrderUpdate(summary, words);
}
