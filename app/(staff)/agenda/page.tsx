import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getAgenda } from "@/server/agenda/agenda-queries";
import { findActiveRep } from "@/server/users/rep-queries";
import { getCalendarForTeam } from "@/server/teams/calendar";
import { rescheduleInstants, RESCHEDULE_CHOICES } from "@/lib/agenda-day";
import { AGENDA_GROUPS } from "@/lib/agenda-options";
import { first } from "@/lib/validation/url-param";
import { utcToLocalDateTime } from "@/lib/validation/local-date-time";
import { PageHeader } from "@/components/shell/page-header";
import { AgendaGroupSection } from "@/components/agenda/agenda-group";
import { AgendaRepPicker } from "@/components/agenda/agenda-rep-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { CalendarIcon } from "@/components/ui/icons";
import { whenText } from "@/components/agenda/when-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// My day: the signed-in rep's (or, for a manager, a picked rep's) follow-ups and waiting customers.
export default async function AgendaPage({ searchParams }: Props) {
  const session = await requireStaff();
  const repParam = first((await searchParams).rep);
  const db = await getDb();
  const now = new Date();
  const [t, format, rep, hours] = await Promise.all([
    getTranslations("agenda"),
    getFormatter(),
    // Only a rep the picker offers is asked for; the query gives anyone else their own day anyway.
    findActiveRep(session, typeof repParam === "string" ? repParam : null),
    getCalendarForTeam(db, session.teamId),
  ]);
  const picked = rep?.id ?? null;
  const agenda = await getAgenda(db, session, { repId: picked }, now);
  const when = (at: Date) => whenText(format, at, now, session.timeZone);
  const instants = rescheduleInstants(now, session.timeZone, hours);
  const choices = RESCHEDULE_CHOICES.filter((c) => instants[c]).map((c) => ({
    value: c,
    label: t(`reschedule.choices.${c}`, { time: when(instants[c]!) }),
  }));
  const date = format.dateTime(now, { dateStyle: "full", timeZone: session.timeZone });
  const repName = rep?.name ?? null;
  const empty = AGENDA_GROUPS.every((g) => agenda[g].total === 0);
  const common = {
    timeZone: session.timeZone,
    minDateTime: utcToLocalDateTime(now, session.timeZone),
    choices,
    // A manager looking at a rep's day works in the rep's list, not their own.
    listScope: picked ? `rep=${picked}` : "scope=mine",
  };

  return (
    <div className="max-w-4xl">
      <PageHeader
        title={t("title")}
        description={repName ? t("descriptionFor", { name: repName, date }) : t("description", { date })}
        actions={session.role === "MANAGER" ? <AgendaRepPicker picked={rep} /> : null}
      />
      {empty ? (
        <EmptyState
          icon={<CalendarIcon />}
          title={t("empty.title")}
          description={t("empty.body")}
          action={
            <Button asChild variant="secondary">
              <Link href="/leads">{t("empty.action")}</Link>
            </Button>
          }
        />
      ) : (
        <div className="flex flex-col gap-8">
          {AGENDA_GROUPS.filter((g) => agenda[g].total > 0).map((group) => (
            <AgendaGroupSection key={group} group={group} data={agenda[group]} when={when} now={now} {...common} />
          ))}
        </div>
      )}
    </div>
  );
}
