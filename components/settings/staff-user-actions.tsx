"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import {
  changeUserRoleAction,
  resendInvitationAction,
  setUserActiveAction,
  type StaffAdminState,
} from "@/server/users/staff-actions";
import { Button } from "@/components/ui/button";
import {
  ConfirmDialog,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { AwayForm } from "@/components/account/away-form";

type Props = {
  userId: string;
  name: string;
  role: "SALES" | "MANAGER";
  active: boolean;
  /** Invited, no password yet: the invitation can be sent again. */
  invited: boolean;
  away: boolean;
  awayRange: { minDate: string; maxDate: string };
};

/**
 * Send an invitation again, mark away, change role, disable or enable one user; changing role and
 * disabling after a confirmation that says what follows.
 */
export function StaffUserActions({ userId, name, role, active, invited, away, awayRange }: Props) {
  const t = useTranslations("staffUsers");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [enabling, startEnabling] = useTransition();
  const [resending, startResending] = useTransition();
  const newRole = role === "MANAGER" ? "SALES" : "MANAGER";

  async function run(action: () => Promise<StaffAdminState>) {
    setError(null);
    setNotice(null);
    const result = await action().catch(() => null);
    if (result?.ok) setNotice(result.message ?? null);
    else setError(result?.message ?? t("errors.generic"));
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <div className="flex flex-wrap gap-2 sm:justify-end">
        {invited ? (
          <Button
            variant="secondary"
            size="sm"
            pending={resending}
            aria-label={t("invited.resendNamed", { name })}
            onClick={() => startResending(() => run(() => resendInvitationAction({ userId })))}
          >
            {t("invited.resend")}
          </Button>
        ) : null}
        <Dialog>
          <DialogTrigger asChild>
            <Button variant="secondary" size="sm" aria-label={t("away.markAwayNamed", { name })}>
              {t("away.markAway")}
            </Button>
          </DialogTrigger>
          <DialogContent closeLabel={t("away.close")} className="flex flex-col gap-4">
            <DialogTitle>{t("away.awayTitle", { name })}</DialogTitle>
            <DialogDescription>{t("away.awayBody")}</DialogDescription>
            <AwayForm userId={userId} away={away} {...awayRange} />
          </DialogContent>
        </Dialog>
        <ConfirmDialog
          title={t(`makeTitle.${newRole}`, { name })}
          description={t(`makeBody.${newRole}`)}
          confirmLabel={t(`make.${newRole}`)}
          cancelLabel={t("cancel")}
          onConfirm={() => run(() => changeUserRoleAction({ userId, role: newRole }))}
          trigger={
            <Button variant="secondary" size="sm" aria-label={t(`makeNamed.${newRole}`, { name })}>
              {t(`make.${newRole}`)}
            </Button>
          }
        />
        {active ? (
          <ConfirmDialog
            title={t("disableTitle", { name })}
            description={t("disableBody")}
            confirmLabel={t("disable")}
            cancelLabel={t("cancel")}
            tone="danger"
            onConfirm={() => run(() => setUserActiveAction({ userId, active: false }))}
            trigger={
              <Button variant="secondary" size="sm" aria-label={t("disableNamed", { name })}>
                {t("disable")}
              </Button>
            }
          />
        ) : (
          <Button
            variant="secondary"
            size="sm"
            pending={enabling}
            aria-label={t("enableNamed", { name })}
            onClick={() => startEnabling(() => run(() => setUserActiveAction({ userId, active: true })))}
          >
            {t("enable")}
          </Button>
        )}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-danger-fg">
          {error}
        </p>
      ) : null}
      <p role="status" className="max-w-80 text-xs text-ink-muted empty:hidden sm:text-right">
        {notice}
      </p>
    </div>
  );
}
