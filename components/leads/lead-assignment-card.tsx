"use client";
import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { claimLeadAction, type AssignmentActionState } from "@/server/leads/actions";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useFailSafeAction } from "@/components/ui/save-failure";
import { ClaimLeadForm } from "./lead-actions";

/**
 * The lead's Owner card. It holds the claim's outcome itself, not the claim form: a successful claim
 * revalidates the page, the lead stops being claimable and the form goes, yet the rep must still read
 * (and hear) "The lead is yours now". The page keeps this card mounted for everyone who may claim, so
 * the state survives that refresh; the status region exists before the claim, so it is announced.
 */
export function LeadAssignmentCard({
  leadId,
  version,
  claimable,
  children,
}: {
  leadId: string;
  version: number;
  claimable: boolean;
  /** The manager's hand-over form, when the reader may reassign. */
  children?: ReactNode;
}) {
  const t = useTranslations("lead.assignment");
  const [state, action, pending] = useActionState<AssignmentActionState, FormData>(
    useFailSafeAction<AssignmentActionState, FormData>(claimLeadAction),
    null,
  );
  const claimed = state?.ok === true;
  if (!claimable && !claimed && !children) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div aria-live="polite" className="empty:hidden">
          {claimed ? <Alert tone="success">{state.message}</Alert> : null}
        </div>
        {claimable ? (
          <ClaimLeadForm
            leadId={leadId}
            version={version}
            state={claimed ? null : state}
            action={action}
            pending={pending}
          />
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
}
