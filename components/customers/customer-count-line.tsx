import { getFormatter, getTranslations } from "next-intl/server";
import type { CustomerTotal } from "@/server/customers/list-queries";

// How many customers match. Counting stops at COUNT_CAP ("1,000+"), see server/lists/list-page.ts.

export async function CustomerCountLine({ total, isManager }: { total: CustomerTotal; isManager: boolean }) {
  const [t, format] = await Promise.all([getTranslations("customerList"), getFormatter()]);
  const count = format.number(total.count);
  return (
    <p className="text-sm text-ink-muted" data-testid="customer-count">
      {total.capped ? t("countCapped", { count }) : t("count", { n: total.count, count })}
      {" · "}
      {isManager ? t("scopeAll") : t("scopeTeam")}
    </p>
  );
}
