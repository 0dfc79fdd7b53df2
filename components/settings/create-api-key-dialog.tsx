"use client";
import { useTranslations } from "next-intl";
import { API_KEY_NAME_MAX } from "@/lib/validation/settings-limits";
import { createApiKeyAction, type CreateApiKeyState } from "@/server/api-keys/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogTitle, FreshFormDialog } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { CopyField } from "./copy-field";
import { ApiScopeFields } from "./api-scope-fields";
import { TeamSelect } from "./team-select";

type Team = { id: string; name: string };

/**
 * "Create API key": a name, then the secret, shown this once. Closing the
 * dialog forgets the secret (the form remounts), so it is never on screen again.
 */
export function CreateApiKeyDialog({ teams }: { teams: Team[] }) {
  const t = useTranslations("settings");
  return (
    <FreshFormDialog trigger={<Button>{t("apiKeys.create")}</Button>} closeLabel={t("createKey.close")}>
      {() => <CreateApiKeyForm teams={teams} />}
    </FreshFormDialog>
  );
}

function CreateApiKeyForm({ teams }: { teams: Team[] }) {
  const t = useTranslations("settings.createKey");
  const tk = useTranslations("apiKeys");
  const { state, pending, formProps } = useKeptForm<CreateApiKeyState>(createApiKeyAction);
  const errors = (state && !state.ok && state.fieldErrors) || {};

  if (state?.ok) {
    return (
      <>
        <DialogTitle>{t("createdTitle")}</DialogTitle>
        <DialogDescription>
          {t.rich("createdDescription", {
            name: state.name,
            code: (chunks) => (
              <code className="rounded-sm bg-gray-100 px-1 py-0.5 font-mono text-xs whitespace-nowrap text-gray-800">
                {chunks}
              </code>
            ),
          })}
        </DialogDescription>
        <Alert tone="info" title={t("onceTitle")}>
          {t("onceBody")}
        </Alert>
        <CopyField label={t("secretLabel")} value={state.secret} />
        <DialogFooter>
          <DialogClose asChild>
            <Button>{t("done")}</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <DialogTitle>{t("title")}</DialogTitle>
      <DialogDescription>{t("description")}</DialogDescription>
      {state && !state.ok && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <FormField label={t("name")} error={errors.name} required>
        <Input name="name" autoComplete="off" maxLength={API_KEY_NAME_MAX} autoFocus />
      </FormField>
      <ApiScopeFields error={errors.scopes} />
      <FormField label={tk("team")} hint={tk("teamHint")} error={errors.teamId}>
        <TeamSelect name="teamId" defaultValue="" teams={teams} noTeamLabel={tk("wholeBusiness")} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            {t("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" pending={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
