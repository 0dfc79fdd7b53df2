"use client";
import { useTranslations } from "next-intl";
import { inviteStaffAction, type InviteStaffState } from "@/server/users/staff-actions";
import { Alert } from "@/components/ui/alert";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogTitle, FreshFormDialog } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Team = { id: string; name: string };

/**
 * "Invite a staff user", from the users page's header, so the list comes first. They get an
 * e-mail with a link to choose their password. A refused invitation keeps what was typed; a done
 * one says what happened to the mail, and "Invite another" starts an empty form.
 */
export function InviteStaffDialog({ teams }: { teams: Team[] }) {
  const t = useTranslations("staffUsers.invite");
  return (
    <FreshFormDialog trigger={<Button>{t("title")}</Button>} closeLabel={t("close")}>
      {(restart) => <InviteStaffForm teams={teams} onAnother={restart} />}
    </FreshFormDialog>
  );
}

function InviteStaffForm({ teams, onAnother }: { teams: Team[]; onAnother: () => void }) {
  const t = useTranslations("staffUsers.invite");
  const { state, pending, formProps } = useKeptForm<InviteStaffState>(inviteStaffAction);
  const errors = state?.ok === false ? state.fieldErrors : {};

  if (state?.ok) {
    return (
      <>
        <DialogTitle>{t("doneTitle")}</DialogTitle>
        {state.mailed ? (
          <Alert tone="success">{t("queued", { email: state.email })}</Alert>
        ) : (
          <Alert tone="info">{t("outbox", { email: state.email })}</Alert>
        )}
        <DialogFooter>
          <Button variant="secondary" onClick={onAnother}>
            {t("another")}
          </Button>
          <DialogClose asChild>
            <Button>{t("done")}</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }
  return (
    <>
      <DialogTitle>{t("title")}</DialogTitle>
      <DialogDescription>{t("description")}</DialogDescription>
      <form {...formProps} aria-label={t("title")} className="grid gap-4 sm:grid-cols-2">
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
        <DialogFooter className="sm:col-span-2">
          <DialogClose asChild>
            <Button variant="secondary">{t("cancel")}</Button>
          </DialogClose>
          <Button type="submit" pending={pending}>
            {pending ? t("sending") : t("submit")}
          </Button>
        </DialogFooter>
      </form>
    </>
  );
}
