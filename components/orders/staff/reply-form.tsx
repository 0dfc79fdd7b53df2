"use client";
import { useTranslations } from "next-intl";
import { REPLY_MAX } from "@/lib/validation/order-limits";
import { replyToQuestionAction } from "@/server/orders/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useOrderForm } from "../use-order-form";

const FIELDS = ["message"] as const;

/** Answer the customer's question; filed as a follow-up on the question's lead and on the order. */
export function ReplyForm(props: {
  orderId: string;
  customerId: string;
  leadId: string;
  leadVersion: number;
  idempotencyKey: string;
}) {
  const t = useTranslations("orderStatus");
  const { pending, errors, formProps, message } = useOrderForm(replyToQuestionAction, FIELDS);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-labelledby="reply-form-title" data-testid="reply-form">
      <input type="hidden" name="orderId" value={props.orderId} />
      <input type="hidden" name="customerId" value={props.customerId} />
      <input type="hidden" name="leadId" value={props.leadId} />
      <input type="hidden" name="leadVersion" value={props.leadVersion} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      {message}
      <FormField label={t("staff.replyLabel")} hint={t("staff.replyHint")} error={errors.message} required>
        <Textarea name="message" rows={4} maxLength={REPLY_MAX} />
      </FormField>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? t("staff.saving") : t("staff.replySubmit")}
      </Button>
    </form>
  );
}
