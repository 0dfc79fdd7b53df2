import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffUserRow } from "@/server/users/staff-admin";
import { Badge } from "@/components/ui/badge";
import { StaffUserActions } from "./staff-user-actions";
import { DATE_AND_TIME } from "@/lib/date-time-format";

/** Staff as a list: name and email, role and status as labelled badges, and what a manager may change. */
export async function StaffUserList({
  users,
  selfId,
  awayRange,
  searched = "",
}: {
  users: StaffUserRow[];
  selfId: string;
  /** The days a manager may pick as "back on" (lib/validation/away.ts). */
  awayRange: { minDate: string; maxDate: string };
  /** What the search box asked for: an empty page then says nobody matched it. */
  searched?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("staffUsers"), getFormatter()]);
  if (users.length === 0)
    return (
      <p role="status" className="px-4 py-10 text-center text-sm text-ink-muted">
        {searched ? t("search.none", { q: searched }) : t("empty")}
      </p>
    );
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-line">
      {users.map((user) => (
        <li
          key={user.id}
          data-testid="staff-user-row"
          className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3"
        >
          <div className="min-w-0 flex-1 basis-56">
            <div className="flex flex-wrap items-center gap-2">
              <span className={user.active ? "font-medium text-ink" : "font-medium text-ink-muted"}>{user.name}</span>
              {user.id === selfId ? <Badge tone="accent">{t("you")}</Badge> : null}
              <Badge tone={user.role === "MANAGER" ? "won" : "neutral"}>{t(`roles.${user.role}`)}</Badge>
              {user.active ? null : <Badge tone="lost">{t("disabled")}</Badge>}
              {user.invited ? <Badge tone="accent">{t("invited.badge")}</Badge> : null}
              {user.awayUntil ? (
                <Badge tone="due">
                  {t("away.away", {
                    date: format.dateTime(user.awayUntil, { weekday: "short", day: "numeric", month: "short" }),
                  })}
                </Badge>
              ) : null}
            </div>
            <p className="mt-1 truncate text-xs text-ink-muted" title={user.email}>
              {user.email}
            </p>
            <p className="text-xs text-ink-muted tabular-nums">
              {user.lastLoginAt
                ? t("lastLogin", {
                    date: format.dateTime(user.lastLoginAt, DATE_AND_TIME),
                  })
                : user.invited
                  ? t("invited.noPassword")
                  : t("neverSignedIn")}
            </p>
          </div>
          {user.id === selfId ? (
            <p className="text-xs text-ink-muted">{t("selfHint")}</p>
          ) : (
            <StaffUserActions
              userId={user.id}
              name={user.name}
              role={user.role}
              active={user.active}
              invited={user.invited}
              away={user.awayUntil !== null}
              awayRange={awayRange}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
