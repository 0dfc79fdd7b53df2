"use client";
import { useActionState, useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { reassignLeadAction, type AssignmentActionState } from "@/server/leads/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { useFailSafeAction } from "@/components/ui/save-failure";
import { RepPicker } from "@/components/reps/rep-picker";

function Outcome({ state }: { state: AssignmentActionState }) {
  const t = useTranslations("lead.assignment");
  const router = useRouter();
  if (!state || state.fieldError) return null;
  if (state.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <Alert
      tone="error"
      action={
        state.conflict ? (
          <Button size="sm" variant="secondary" onClick={() => router.refresh()}>
            {t("reload")}
          </Button>
        ) : undefined
      }
    >
      {state.message}
    </Alert>
  );
}

/** A sales rep takes an unassigned lead. Plain form action: there is nothing typed to keep. Its
 * state lives in LeadAssignmentCard, which outlives this form once the claim succeeds. */
export function ClaimLeadForm({
  leadId,
  version,
  state,
  action,
  pending,
}: {
  leadId: string;
  version: number;
  state: AssignmentActionState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  const t = useTranslations("lead.assignment");
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-ink-muted">{t("claimHint")}</p>
      <Outcome state={state} />
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? t("claiming") : t("claim")}
      </Button>
    </form>
  );
}

/** A manager hands the lead to an active sales rep, found by name (components/reps/rep-picker.tsx). */
export function ReassignLeadForm({ leadId, version }: { leadId: string; version: number }) {
  const t = useTranslations("lead.assignment");
  const [state, action, pending] = useActionState<AssignmentActionState, FormData>(
    useFailSafeAction<AssignmentActionState, FormData>(reassignLeadAction),
    null,
  );
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="version" value={version} />
      <Outcome state={state} />
      {/* A new version (the lead was handed on) starts the field empty again; a refusal keeps the pick. */}
      <FormField label={t("reassignTo")} error={state?.fieldError} id={id}>
        <RepPicker
          key={version}
          id={id}
          name="ownerId"
          testId="reassign-rep"
          value={null}
          placeholder={t("chooseRep")}
        />
      </FormField>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? t("reassigning") : t("reassign")}
      </Button>
    </form>
  );
}
