"use client";
import { useTranslations } from "next-intl";
import type { Milestone } from "@/lib/order-milestones";
import { REASON_MAX } from "@/lib/validation/order-limits";
import { advanceMilestoneAction } from "@/server/orders/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useOrderForm } from "../use-order-form";

const FIELDS = ["milestone", "reason"] as const;

/** Move the order to a later step (or cancel it); the version catches a colleague's change in between. */
export function MilestoneForm({
  orderId,
  customerId,
  version,
  next,
}: {
  orderId: string;
  customerId: string;
  version: number;
  next: Milestone[];
}) {
  const t = useTranslations("orderStatus");
  const tm = useTranslations("orders.milestones");
  const { pending, errors, formProps, message } = useOrderForm(advanceMilestoneAction, FIELDS);
  return (
    <form
      {...formProps}
      className="flex flex-col gap-3"
      aria-labelledby="milestone-form-title"
      data-testid="milestone-form"
    >
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="version" value={version} />
      {message}
      <FormField label={t("staff.milestoneLabel")} error={errors.milestone} required>
        <Select name="milestone" defaultValue={next[0]}>
          {next.map((m) => (
            <option key={m} value={m}>
              {tm(m)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t("staff.milestoneMessage")} error={errors.reason}>
        <Input name="reason" maxLength={REASON_MAX} />
      </FormField>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? t("staff.saving") : t("staff.advance")}
      </Button>
    </form>
  );
}
