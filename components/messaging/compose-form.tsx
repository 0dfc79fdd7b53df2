"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { formatPhone } from "@/lib/format-phone";
import { renderMessage, variablesIn } from "@/lib/messaging/render";
import { smsLength, SMS_MAX_PARTS } from "@/lib/messaging/sms-length";
import { EMAIL_BODY_MAX, SUBJECT_MAX } from "@/lib/validation/message-limits";
import { sendMessageAction } from "@/server/messaging/actions";
import type { ComposeContext } from "@/server/messaging/compose-queries";
import { useOrderForm } from "@/components/orders/use-order-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MessagePreview } from "./message-preview";

const FIELDS = ["channel", "templateId", "subject", "body"] as const;
type Channel = "EMAIL" | "SMS";

/**
 * "Write to the customer": e-mail or SMS, from a template or from scratch, with a preview filled in
 * with this customer's real values. The server renders and checks again when it sends; a refusal
 * (a variable with no value, a text too long) keeps everything that was typed.
 */
export function ComposeForm({ context }: { context: ComposeContext }) {
  const t = useTranslations("messaging");
  const { state, pending, errors, formProps, message } = useOrderForm(sendMessageAction, FIELDS, {
    resetOnSuccess: false,
  });
  // A message that went out starts a fresh, empty form with a new key for the next one; a refusal
  // after that keeps the round, and so what was typed.
  const [round, setRound] = useState(0);
  if (state?.ok && state.done && state.done !== round) setRound(state.done);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label={t("compose.title")} data-testid="compose-form">
      <input type="hidden" name="customerId" value={context.customerId} />
      <input type="hidden" name="leadId" value={context.leadId ?? ""} />
      {message}
      <ComposeFields key={round} context={context} errors={errors} pending={pending} />
    </form>
  );
}

function ComposeFields({
  context,
  errors,
  pending,
}: {
  context: ComposeContext;
  errors: Record<string, string>;
  pending: boolean;
}) {
  const t = useTranslations("messaging");
  const [channel, setChannel] = useState<Channel>(context.phone || !context.email ? "SMS" : "EMAIL");
  const [templateId, setTemplateId] = useState("");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [undo, setUndo] = useState<{ subject: string; body: string } | null>(null);
  const [key] = useState(() => crypto.randomUUID());

  const templates = useMemo(() => context.templates.filter((x) => x.channel === channel), [context.templates, channel]);
  const chosen = templates.find((x) => x.id === templateId) ?? null;
  const address = channel === "EMAIL" ? context.email : context.phone;
  const preview = renderMessage({ subject: channel === "EMAIL" ? subject : null, body }, context.values);
  const sms = smsLength(preview.ok ? preview.body : body);
  const unknown = variablesIn(`${subject} ${body}`).unknown;

  function pickTemplate(id: string) {
    setTemplateId(id);
    const template = context.templates.find((x) => x.id === id);
    if (!template) return;
    // Replacing typed text can be taken back: the rep may have picked the wrong template.
    if (body.trim() || subject.trim()) setUndo({ subject, body });
    setSubject(template.subject ?? "");
    setBody(template.body);
  }

  return (
    <>
      <input type="hidden" name="idempotencyKey" value={key} />
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-sm font-medium text-ink">{t("compose.channel")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {(["SMS", "EMAIL"] as const).map((c) => {
            const to = c === "EMAIL" ? context.email : context.phone;
            return (
              <label
                key={c}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-line-strong px-3 py-2 text-sm has-checked:border-accent-600 has-checked:bg-accent-50 has-disabled:cursor-not-allowed has-disabled:opacity-60"
              >
                <input
                  type="radio"
                  name="channel"
                  value={c}
                  checked={channel === c}
                  disabled={!to}
                  onChange={() => {
                    setChannel(c);
                    setTemplateId("");
                  }}
                  className="accent-accent-600"
                />
                {t(`channels.${c}`)}
              </label>
            );
          })}
        </div>
        <p className="text-xs text-ink-muted">
          {address
            ? t("compose.to", { address: channel === "SMS" ? formatPhone(address) : address })
            : channel === "SMS"
              ? t("compose.noNumber")
              : t("compose.noEmail")}
        </p>
      </fieldset>
      <FormField
        label={t("compose.template")}
        error={errors.templateId}
        hint={
          chosen?.purpose === "MARKETING" ? t("compose.marketing", { channel: t(`channels.${channel}`) }) : undefined
        }
      >
        <Select name="templateId" value={templateId} onChange={(e) => pickTemplate(e.target.value)}>
          <option value="">{t("compose.noTemplate")}</option>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} · {t(`locales.${x.locale}`)}
            </option>
          ))}
        </Select>
      </FormField>
      {undo ? (
        <p className="flex items-center gap-2 text-xs text-ink-muted" role="status">
          {t("compose.replaced")}
          <button
            type="button"
            className="font-medium text-accent-700 underline underline-offset-2"
            onClick={() => {
              setSubject(undo.subject);
              setBody(undo.body);
              setTemplateId("");
              setUndo(null);
            }}
          >
            {t("compose.undo")}
          </button>
        </p>
      ) : null}
      {channel === "EMAIL" ? (
        <FormField label={t("compose.subject")} error={errors.subject} required>
          <Input name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={SUBJECT_MAX} />
        </FormField>
      ) : null}
      <FormField
        label={t("compose.body")}
        error={errors.body}
        required
        hint={
          channel === "SMS" ? (
            <span className={sms.tooLong ? "font-medium text-danger-fg" : undefined}>
              {t("compose.smsCounter", { units: sms.units, parts: sms.parts })}
              {sms.tooLong ? ` ${t("compose.smsTooLong", { max: SMS_MAX_PARTS })}` : null}
            </span>
          ) : undefined
        }
      >
        <Textarea
          name="body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={EMAIL_BODY_MAX}
          rows={channel === "SMS" ? 4 : 7}
        />
      </FormField>
      <MessagePreview
        name={context.firstName}
        channel={channel}
        preview={preview}
        unknown={unknown}
        empty={!body.trim()}
      />
      <p className="text-xs text-ink-muted">{t("compose.stopsClock")}</p>
      <Button type="submit" pending={pending} disabled={!address}>
        {channel === "SMS" ? t("compose.sendSms") : t("compose.sendEmail")}
      </Button>
    </>
  );
}
