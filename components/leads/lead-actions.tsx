"use client";
import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { reassignLeadAction, type AssignmentActionState } from "@/server/leads/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useFailSafeAction } from "@/components/ui/save-failure";

type Rep = { id: string; name: string };

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

/** A manager hands the lead to an active sales rep. */
export function ReassignLeadForm({
  leadId,
  version,
  ownerId,
  reps,
}: {
  leadId: string;
  version: number;
  ownerId: string | null;
  reps: Rep[];
}) {
  const t = useTranslations("lead.assignment");
  const [state, action, pending] = useActionState<AssignmentActionState, FormData>(
    useFailSafeAction<AssignmentActionState, FormData>(reassignLeadAction),
    null,
  );
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="version" value={version} />
      <Outcome state={state} />
      <FormField label={t("reassignTo")} error={state?.fieldError}>
        <Select name="ownerId" defaultValue="">
          <option value="" disabled>
            {t("chooseRep")}
          </option>
          {reps
            .filter((rep) => rep.id !== ownerId)
            .map((rep) => (
              <option key={rep.id} value={rep.id}>
                {rep.name}
              </option>
            ))}
        </Select>
      </FormField>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? t("reassigning") : t("reassign")}
      </Button>
    </form>
  );
}
