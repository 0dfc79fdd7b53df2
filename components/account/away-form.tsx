"use client";
import { useTranslations } from "next-intl";
import { setAwayAction, type AwayState } from "@/server/users/away-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";

type Props = {
  /** Someone else (a manager's form on the users page); absent: the signed-in user. */
  userId?: string;
  away: boolean;
  /** The first and last day the date field offers (YYYY-MM-DD, the user's own calendar). */
  minDate: string;
  maxDate: string;
};

/** "Back on" a date, or back now. Away ends by itself on that day; the server checks the date again. */
export function AwayForm({ userId, away, minDate, maxDate }: Props) {
  const t = useTranslations("account.away");
  const { state, pending, formProps } = useKeptForm<AwayState>(setAwayAction);
  const back = useKeptForm<AwayState>(setAwayAction);
  const failed = state?.ok === false ? state : back.state?.ok === false ? back.state : null;
  const done = back.pending || pending ? null : ((back.state?.ok ? back.state : null) ?? (state?.ok ? state : null));
  return (
    <div className="flex flex-col gap-4">
      {done ? (
        <Alert tone="success">{userId ? t("savedOther") : done.awayUntil ? t("savedAway") : t("savedBack")}</Alert>
      ) : null}
      {failed && !failed.fieldErrors.back ? <Alert tone="error">{failed.message}</Alert> : null}
      <form {...formProps} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        {userId ? <input type="hidden" name="userId" value={userId} /> : null}
        <FormField label={t("backOn")} hint={t("backOnHint")} error={failed?.fieldErrors.back} className="sm:flex-1">
          <Input name="back" type="date" min={minDate} max={maxDate} required />
        </FormField>
        <Button type="submit" pending={pending}>
          {away ? t("change") : userId ? t("markOther") : t("markAway")}
        </Button>
      </form>
      {away ? (
        <form {...back.formProps}>
          {userId ? <input type="hidden" name="userId" value={userId} /> : null}
          <input type="hidden" name="back" value="" />
          <Button type="submit" variant="secondary" pending={back.pending}>
            {userId ? t("markPresent") : t("markBack")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
