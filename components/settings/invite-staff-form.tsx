"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { inviteStaffAction, type InviteStaffState } from "@/server/users/staff-actions";
import { Alert } from "@/components/ui/alert";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** Invite a staff user: they get an e-mail with a link to choose their password. */
export function InviteStaffForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("staffUsers.invite");
  const { state, pending, formProps } = useKeptForm<InviteStaffState>(inviteStaffAction);
  const errors = state?.ok === false ? state.fieldErrors : {};
  // A refused invitation keeps what was typed; a done one clears the form for the next colleague
  // (the message above it names whom it was for).
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form {...formProps} ref={formRef} className="grid gap-4 p-4 sm:grid-cols-2">
      <h2 className="text-base font-semibold sm:col-span-2">{t("title")}</h2>
      {state?.ok ? (
        <div className="sm:col-span-2">
          {state.mailed ? (
            <Alert tone="success">{t("queued", { email: state.email })}</Alert>
          ) : (
            <Alert tone="info">{t("outbox", { email: state.email })}</Alert>
          )}
        </div>
      ) : null}
      <FormField label={t("email")} error={errors.email} required>
        <Input name="email" type="email" autoComplete="off" maxLength={254} />
      </FormField>
      <FormField label={t("name")} error={errors.name} required>
        <Input name="name" autoComplete="off" maxLength={100} />
      </FormField>
      <FormField label={t("role")} required>
        <Select name="role" defaultValue="SALES">
          <option value="SALES">{t("roles.SALES")}</option>
          <option value="MANAGER">{t("roles.MANAGER")}</option>
        </Select>
      </FormField>
      <FormField label={t("team")} hint={t("teamHint")} error={errors.teamId}>
        <Select name="teamId" defaultValue="">
          <option value="">{t("noTeam")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
      </FormField>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {pending ? t("sending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
