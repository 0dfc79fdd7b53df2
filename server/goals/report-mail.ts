import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/locales";
import { loadMessages } from "@/messages";
import { goalPercent, goalStatus, type GoalFigure } from "@/lib/goals";
import { periodChange } from "@/lib/kpi/previous-period";
import type { GoalProgressRow } from "./queries";

// The weekly report as an e-mail in the manager's language: the key figures of last week against
// the week before, and the month's goals, as one plain HTML table each (mail clients render tables
// reliably; charts as images would need a renderer and hide the numbers from screen readers), with
// the same content as text.

export type WeekFigures = {
  leads: number;
  answeredWithinSla: number;
  withinSlaShare: number | null;
  won: number;
  winRate: number | null;
};

export type WeeklyReport = {
  name: string;
  locale: AppLocale;
  isoWeek: number;
  /** The week's first and last day, "YYYY-MM-DD". */
  week: { first: string; last: string };
  month: string;
  current: WeekFigures;
  previous: WeekFigures;
  breachingNow: number;
  goals: GoalProgressRow[];
  baseUrl: string;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

export async function composeWeeklyReport(r: WeeklyReport): Promise<{ subject: string; text: string; html: string }> {
  const messages = await loadMessages(r.locale);
  const t = createTranslator({ locale: r.locale, messages, namespace: "goals" }) as unknown as Translate;
  const num = new Intl.NumberFormat(r.locale);
  const pct = (v: number | null) =>
    v === null ? "–" : new Intl.NumberFormat(r.locale, { style: "percent", maximumFractionDigits: 0 }).format(v);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(r.locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(
      new Date(`${iso}T12:00:00Z`),
    );
  const monthName = new Intl.DateTimeFormat(r.locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${r.month}-15T12:00:00Z`),
  );
  const change = (current: number | null, previous: number | null, share = false) => {
    const c = periodChange(current, previous, share);
    if (c.kind === "none") return "–";
    const arrow = c.direction === "up" ? "↑ " : c.direction === "down" ? "↓ " : "";
    return c.kind === "points" ? `${arrow}${num.format(c.points)} pp` : `${arrow}${num.format(c.percent)} %`;
  };
  const figures: [string, string, string, string][] = [
    [
      t("weekly.leads"),
      num.format(r.current.leads),
      num.format(r.previous.leads),
      change(r.current.leads, r.previous.leads),
    ],
    [
      t("weekly.answered"),
      num.format(r.current.answeredWithinSla),
      num.format(r.previous.answeredWithinSla),
      change(r.current.answeredWithinSla, r.previous.answeredWithinSla),
    ],
    [
      t("weekly.slaShare"),
      pct(r.current.withinSlaShare),
      pct(r.previous.withinSlaShare),
      change(r.current.withinSlaShare, r.previous.withinSlaShare, true),
    ],
    [t("weekly.won"), num.format(r.current.won), num.format(r.previous.won), change(r.current.won, r.previous.won)],
    [
      t("weekly.winRate"),
      pct(r.current.winRate),
      pct(r.previous.winRate),
      change(r.current.winRate, r.previous.winRate, true),
    ],
    [t("weekly.breaching"), num.format(r.breachingNow), "", ""],
  ];
  const money = (n: number, currency: string) =>
    new Intl.NumberFormat(r.locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(n);
  const progress = (f: GoalFigure, show: (n: number) => string) => {
    const status = goalStatus(f);
    if (status === "none") return t("card.noTarget");
    return `${t("card.of", { actual: show(f.actual), target: show(f.target!) })} · ${num.format(goalPercent(f) ?? 0)} % ${t(`card.${status}`)}`;
  };
  const goalRows = r.goals.map((g): [string, string, string, string] => [
    g.kind === "team" ? `${g.name} (${t("card.team")})` : g.name,
    progress(g.answeredWithinSla, (n) => num.format(n)),
    progress(g.wonDeals, (n) => num.format(n)),
    progress(g.wonValue, (n) => money(n, g.currency)),
  ]);
  const goalHead: [string, string, string, string] = [
    t("card.who"),
    t("fields.answeredWithinSla"),
    t("fields.wonDeals"),
    t("card.wonValue"),
  ];
  const range = `${day(r.week.first)} – ${day(r.week.last)}`;
  const dashboard = `${r.baseUrl}/dashboard`;
  const account = `${r.baseUrl}/account`;
  const subject = t("weekly.subject", { week: r.isoWeek });
  const goalsTitle = t("weekly.goalsTitle", { month: monthName });
  const goalsNone = t("weekly.goalsNone", { month: monthName });
  const figureHead: [string, string, string, string] = [
    t("weekly.figure"),
    t("weekly.lastWeek"),
    t("weekly.weekBefore"),
    t("weekly.change"),
  ];

  const text = [
    t("weekly.greeting", { name: r.name }),
    "",
    t("weekly.intro", { range }),
    "",
    ...figures.map(([label, now, before, delta]) => `${label}: ${now}${before ? ` (${before}; ${delta})` : ""}`),
    "",
    goalsTitle,
    ...(goalRows.length
      ? goalRows.map(
          (row) =>
            `• ${row[0]}: ${goalHead
              .slice(1)
              .map((h, i) => `${h} ${row[i + 1]}`)
              .join("; ")}`,
        )
      : [goalsNone]),
    "",
    t("weekly.open", { url: dashboard }),
    t("weekly.settings", { url: account }),
  ].join("\n");

  const html = `<!doctype html><html lang="${r.locale}"><body style="margin:0;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2933;background:#ffffff">
<p style="margin:0 0 12px">${esc(t("weekly.greeting", { name: r.name }))}</p>
<p style="margin:0 0 16px">${esc(t("weekly.intro", { range }))}</p>
${table(figureHead, figures)}
<h2 style="font-size:16px;margin:24px 0 8px">${esc(goalsTitle)}</h2>
${goalRows.length ? table(goalHead, goalRows) : `<p style="margin:0">${esc(goalsNone)}</p>`}
<p style="margin:24px 0 4px"><a href="${esc(dashboard)}" style="color:#1d4ed8">${esc(t("weekly.open", { url: dashboard }))}</a></p>
<p style="margin:0;font-size:12px;color:#52606d">${esc(t("weekly.settings", { url: account }))}</p>
</body></html>`;
  return { subject, text, html };
}

const CELL = "padding:6px 10px;border-bottom:1px solid #e4e7eb;font-variant-numeric:tabular-nums";

function table(head: string[], rows: string[][]): string {
  const th = head
    .map(
      (h, i) =>
        `<th scope="col" style="${CELL};text-align:${i ? "right" : "left"};background:#f5f7fa;font-weight:600">${esc(h)}</th>`,
    )
    .join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((c, i) => (i ? `<td style="${CELL};text-align:right">${esc(c)}</td>` : `<th scope="row" style="${CELL};text-align:left;font-weight:400">${esc(c)}</th>`)).join("")}</tr>`,
    )
    .join("\n");
  return `<table role="table" cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:14px;min-width:320px">
<thead><tr>${th}</tr></thead>
<tbody>
${body}
</tbody></table>`;
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
