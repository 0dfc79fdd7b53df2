"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX, eventTypeKey } from "@/lib/webhooks/events";
import { createWebhookEndpointAction, type WebhookFormState } from "@/server/webhooks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogTitle, FreshFormDialog } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** "Add endpoint": URL, description and events; a refused save keeps what was typed and ticked. */
export function AddWebhookDialog() {
  const t = useTranslations("webhooks");
  return (
    <FreshFormDialog trigger={<Button>{t("add")}</Button>} closeLabel={t("cancel")}>
      {() => <AddWebhookForm />}
    </FreshFormDialog>
  );
}

function AddWebhookForm() {
  const t = useTranslations("webhooks");
  const { state, pending, formProps } = useKeptForm<WebhookFormState>(createWebhookEndpointAction);
  const eventsId = useId();
  if (state?.ok) {
    return (
      <>
        <DialogTitle>{t("addTitle")}</DialogTitle>
        <Alert tone="success">{state.message}</Alert>
        <DialogFooter>
          <DialogClose asChild>
            <Button>{t("cancel")}</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }
  const errors = state?.ok === false ? state.fieldErrors : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <DialogTitle>{t("addTitle")}</DialogTitle>
      <DialogDescription>{t("addDescription")}</DialogDescription>
      {state?.ok === false && Object.keys(errors).length === 0 ? <Alert tone="error">{state.message}</Alert> : null}
      <FormField label={t("url")} hint={t("urlHint")} error={errors.url} required>
        <Input
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={WEBHOOK_URL_MAX}
          placeholder="https://"
          autoFocus
        />
      </FormField>
      <FormField label={t("descriptionLabel")} hint={t("descriptionHint")} error={errors.description}>
        <Input name="description" autoComplete="off" maxLength={WEBHOOK_DESCRIPTION_MAX} />
      </FormField>
      <fieldset
        className="flex flex-col gap-1.5"
        aria-describedby={`${eventsId}-hint${errors.events ? ` ${eventsId}-error` : ""}`}
        aria-invalid={errors.events ? true : undefined}
      >
        <legend className="mb-1.5 text-sm font-medium text-ink">{t("events")}</legend>
        <p id={`${eventsId}-hint`} className="text-xs text-ink-muted">
          {t("eventsHint")}
        </p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex min-h-11 items-center gap-2 text-sm text-ink sm:pointer-fine:min-h-8">
              <input type="checkbox" name="events" value={type} className="size-4 accent-accent-600" />
              <span>
                {t(`eventTypes.${eventTypeKey(type)}`)} <code className="font-mono text-xs text-ink-muted">{type}</code>
              </span>
            </label>
          ))}
        </div>
        {errors.events ? (
          <p id={`${eventsId}-error`} className="text-xs text-danger-fg">
            {errors.events}
          </p>
        ) : null}
      </fieldset>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            {t("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" pending={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
