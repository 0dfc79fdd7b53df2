"use client";
import { useTranslations } from "next-intl";
import { QUESTION_MAX } from "@/lib/validation/order-limits";
import { askAboutOrderAction } from "@/server/orders/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useOrderForm } from "./use-order-form";

const FIELDS = ["message"] as const;

/** "Ask about my order". The key comes with each render of the page: a double submit sends the same one. */
export function AskQuestionForm({ orderId, idempotencyKey }: { orderId: string; idempotencyKey: string }) {
  const t = useTranslations("orderStatus");
  const { pending, errors, formProps, message } = useOrderForm(askAboutOrderAction, FIELDS);
  return (
    <form {...formProps} className="flex flex-col gap-3" data-testid="ask-form">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {message}
      <FormField label={t("ask.label")} hint={t("ask.hint")} error={errors.message} required>
        <Textarea name="message" rows={3} maxLength={QUESTION_MAX} />
      </FormField>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? t("ask.sending") : t("ask.submit")}
      </Button>
    </form>
  );
}
