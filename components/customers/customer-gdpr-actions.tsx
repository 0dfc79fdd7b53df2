import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EraseCustomerDialog } from "./erase-customer-dialog";

/** Managers' data-protection tools: export for an access request, erase for a deletion request. */
export async function CustomerGdprActions({
  customerId,
  name,
  erased,
}: {
  customerId: string;
  name: string;
  erased: boolean;
}) {
  const t = await getTranslations("customer.gdpr");
  return (
    <>
      <a
        href={`/api/customers/${customerId}/export`}
        download
        className={buttonClasses("secondary")}
        title={t("exportHint")}
        data-testid="export-link"
      >
        {t("export")}
      </a>
      {erased ? null : <EraseCustomerDialog customerId={customerId} name={name} />}
    </>
  );
}
