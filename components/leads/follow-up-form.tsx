"use client";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_TYPES,
  LEAD_STAGES,
  LOST_REASON_MAX,
  NOTE_MAX,
  type FollowUpField,
  type LeadStageName,
} from "@/lib/validation/follow-up-options";
import { logFollowUpAction, type FollowUpActionState } from "@/server/leads/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useSaveFailure } from "@/components/ui/save-failure";
import { useFormDraft } from "@/components/ui/use-form-draft";
import { NextFollowUpPlan } from "./next-follow-up-plan";

const FIELD_ORDER: FollowUpField[] = [
  "type",
  "outcome",
  "note",
  "nextFollowUpAt",
  "stage",
  "lostReasonId",
  "lostReason",
];

export type FollowUpFormProps = {
  leadId: string;
  /** The lead's version when the page was rendered: the server refuses the save if it moved on. */
  version: number;
  stage: LeadStageName;
  /** Made by the server for each render of the page, so a double submit carries the same key. */
  idempotencyKey: string;
  timeZone: string;
  /** Now, as the datetime-local input reads it in timeZone: the earliest sensible pick. */
  minDateTime: string;
  /** The follow-up already planned (in timeZone), if it is still ahead: it stays unless the rep changes it. */
  plannedDateTime: string | null;
  /** The managers' lost reasons (server/lost-reasons/): losing a lead asks for one of them. */
  lostReasons?: { id: string; label: string }[];
};

export function FollowUpForm({
  leadId,
  version,
  stage,
  idempotencyKey,
  timeZone,
  minDateTime,
  plannedDateTime,
  lostReasons = [],
}: FollowUpFormProps) {
  const t = useTranslations("followUp");
  const tStage = useTranslations("lead.stages");
  const router = useRouter();
  const [nextStage, setNextStage] = useState("");
  // What the date field holds; null until the rep touches it (it then shows the planned one).
  const [nextAt, setNextAt] = useState<string | null>(null);
  const failed = useSaveFailure();
  const tErrors = useTranslations("errors");
  // Kept across the reload into a new build of Reise (components/ui/use-form-draft.ts).
  const draft = useFormDraft(`follow-up:${leadId}`);
  const [actionState, formAction, pending] = useActionState<FollowUpActionState, FormData>(
    async (previous, formData) => {
      try {
        const result = await logFollowUpAction(previous, formData);
        if (result?.ok) {
          setNextStage(""); // a saved follow-up starts the next one from the lead's stage
          draft.saved();
        }
        return result;
      } catch (error) {
        // No answer (offline, a server failure): the note stays, and the form says so.
        return failed(error);
      }
    },
    null,
  );
  const staleNotice = useMemo(() => ({ ok: false as const, message: tErrors("saveStale") }), [tErrors]);
  const state: FollowUpActionState = draft.restored && !actionState ? staleNotice : actionState;
  const [dismissed, setDismissed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  // Submitting by hand (not <form action>) because React resets a form after every action,
  // and a rep who hits a conflict or a typo must keep what they typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setDismissed(false);
    draft.dismiss();
    startTransition(() => formAction(data));
  }

  // Focus goes where the user's next step is: the first field to fix, or the message.
  useEffect(() => {
    if (!state) return;
    if (state.ok) formRef.current?.reset();
    const first = state.ok ? undefined : FIELD_ORDER.find((field) => state.fieldErrors?.[field]);
    const target = first ? formRef.current?.elements.namedItem(first) : messageRef.current;
    // No scroll: the message sits at the top of the form, and the header's clock should stay in view.
    if (target instanceof HTMLElement) target.focus({ preventScroll: !first });
  }, [state]);

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const showMessage = state && !dismissed;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onReset={() => setNextAt(null)}
      noValidate
      className="flex flex-col gap-4"
      aria-labelledby="follow-up-title"
      data-testid="follow-up-form"
      data-draft={draft.draftKey}
    >
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div ref={messageRef} tabIndex={-1} className="outline-none empty:hidden" data-testid="follow-up-message">
        {showMessage ? (
          state.ok ? (
            <Alert tone="success">{state.message}</Alert>
          ) : state.conflict ? (
            <Alert
              tone="error"
              title={state.message}
              action={
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => {
                    setDismissed(true);
                    router.refresh();
                  }}
                >
                  {t("reload")}
                </Button>
              }
            >
              {t("conflictHint")}
            </Alert>
          ) : (
            <Alert tone="error">{state.message}</Alert>
          )
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <FormField label={t("type")} error={errors.type} required>
          <Select name="type" defaultValue="CALL">
            {FOLLOW_UP_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("outcome")} error={errors.outcome} required>
          <Select name="outcome" defaultValue="">
            <option value="" disabled>
              {t("chooseOutcome")}
            </option>
            {FOLLOW_UP_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`outcomes.${outcome}`)}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <p className="-mt-2 text-xs text-ink-muted">{t("outcomeHint")}</p>
      <FormField label={t("note")} error={errors.note} hint={t("noteHint", { max: NOTE_MAX })}>
        <Textarea name="note" rows={3} maxLength={NOTE_MAX} />
      </FormField>
      {/* Prefilled with the planned follow-up, so logging a call never drops it unseen: an empty
          field means the rep cleared it. A planned time already past is the call being logged. */}
      <FormField
        label={t("nextFollowUp")}
        error={errors.nextFollowUpAt}
        hint={
          <>
            {t("nextFollowUpZone", { timeZone })}{" "}
            <NextFollowUpPlan value={nextAt ?? plannedDateTime ?? ""} planned={plannedDateTime} />
          </>
        }
      >
        <Input
          name="nextFollowUpAt"
          type="datetime-local"
          min={minDateTime}
          defaultValue={plannedDateTime ?? ""}
          onChange={(e) => setNextAt(e.target.value)}
        />
      </FormField>
      <FormField label={t("stage")} error={errors.stage}>
        <Select name="stage" value={nextStage} onChange={(e) => setNextStage(e.target.value)}>
          <option value="">{t("keepStage", { stage: tStage(stage) })}</option>
          {LEAD_STAGES.filter((s) => s !== stage).map((s) => (
            <option key={s} value={s}>
              {tStage(s)}
            </option>
          ))}
        </Select>
      </FormField>
      {nextStage === "LOST" && lostReasons.length ? (
        // A reason from the managers' list, so the dashboard can count them; the rep's words are extra.
        <>
          <FormField label={t("lostReasonChoice")} error={errors.lostReasonId} required>
            <Select name="lostReasonId" defaultValue="">
              <option value="" disabled>
                {t("chooseLostReason")}
              </option>
              {lostReasons.map((reason) => (
                <option key={reason.id} value={reason.id}>
                  {reason.label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            label={t("lostReasonDetails")}
            error={errors.lostReason}
            hint={t("lostReasonHint", { max: LOST_REASON_MAX })}
          >
            <Input name="lostReason" maxLength={LOST_REASON_MAX} />
          </FormField>
        </>
      ) : nextStage === "LOST" ? (
        <FormField
          label={t("lostReason")}
          error={errors.lostReason ?? errors.lostReasonId}
          hint={t("lostReasonHint", { max: LOST_REASON_MAX })}
          required
        >
          <Input name="lostReason" maxLength={LOST_REASON_MAX} />
        </FormField>
      ) : null}
      <Button type="submit" pending={pending} className="self-start">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
