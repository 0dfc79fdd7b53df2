"use client";
import { useTranslations } from "next-intl";
import { REASON_MAX } from "@/lib/validation/order-limits";
import { moveDeliveryDateAction } from "@/server/orders/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useOrderForm } from "../use-order-form";

const FIELDS = ["date", "reason"] as const;

/** Move the expected delivery date; the reason is required because the customer reads it. */
export function DateForm({
  orderId,
  customerId,
  version,
  current,
}: {
  orderId: string;
  customerId: string;
  version: number;
  current: string | null;
}) {
  const t = useTranslations("orderStatus");
  const { pending, errors, formProps, message } = useOrderForm(moveDeliveryDateAction, FIELDS);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-labelledby="date-form-title" data-testid="date-form">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="version" value={version} />
      {message}
      <FormField label={t("staff.dateLabel")} error={errors.date} required>
        <Input type="date" name="date" defaultValue={current ?? undefined} />
      </FormField>
      <FormField label={t("staff.dateReason")} error={errors.reason} required>
        <Input name="reason" maxLength={REASON_MAX} />
      </FormField>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? t("staff.saving") : t("staff.move")}
      </Button>
    </form>
  );
}
