"use client";

import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RepPicker } from "@/components/reps/rep-picker";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import type { RangePreset } from "@/lib/kpi/filters";

export type FilterBarValues = {
  range: RangePreset;
  fromDate: string;
  toDate: string;
  conversionWindowDays: number;
  staleAfterDays: number;
  teamId: string | null;
  repId: string | null;
  /** The picked rep's name, looked up by the page (the picker shows it). */
  repName: string | null;
  channel: string | null;
  campaignId: string | null;
};

export type FilterBarOptions = {
  teams: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
};

/** The fixed choices and defaults of lib/kpi/filters, handed over by FilterBar so this bundle has no zod. */
export type FilterBarChoices = {
  ranges: readonly RangePreset[];
  defaultRange: RangePreset;
  windows: readonly number[];
  staleOptions: readonly number[];
  channels: readonly string[];
  defaults: { conversionWindowDays: number; staleAfterDays: number };
  /** Where the last choice is kept (the page restores it when opened without filters). */
  cookie: string;
};

/**
 * The dashboard's controls. They live in the URL: every change navigates, so a
 * view can be bookmarked and shared. Without JavaScript the form submits as GET.
 */
export function FilterBarForm({
  values,
  options,
  choices,
  manager,
}: {
  values: FilterBarValues;
  options: FilterBarOptions;
  choices: FilterBarChoices;
  manager: boolean;
}) {
  const t = useTranslations("dashboard.filters");
  const tc = useTranslations("dashboard.channel");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [range, setRange] = useState(values.range);
  // On a phone the filters beyond the date range fold away; the button says how many are set.
  const [more, setMore] = useState(false);
  const active =
    [values.teamId, values.repId, values.channel, values.campaignId].filter(Boolean).length +
    (values.conversionWindowDays !== choices.defaults.conversionWindowDays ? 1 : 0) +
    (values.staleAfterDays !== choices.defaults.staleAfterDays ? 1 : 0);
  const id = useId();

  const navigate = (form: HTMLFormElement, rep?: string) => {
    const data = new FormData(form);
    // A rep just picked is not in the form's hidden input until the picker draws again.
    if (rep !== undefined) data.set("rep", rep);
    const params = new URLSearchParams();
    const put = (key: string, value: FormDataEntryValue | null, fallback = "") => {
      if (value !== null && value !== "" && value !== fallback) params.set(key, String(value));
    };
    put("range", data.get("range"), choices.defaultRange);
    if (data.get("range") === "custom") {
      put("from", data.get("from"));
      put("to", data.get("to"));
    }
    put("window", data.get("window"), String(choices.defaults.conversionWindowDays));
    put("stale", data.get("stale"), String(choices.defaults.staleAfterDays));
    for (const key of ["team", "rep", "channel", "campaign"]) put(key, data.get(key));
    const search = params.toString();
    // Kept for when the dashboard is opened again without filters (the page restores them); the
    // defaults forget it. Lax, a month, this path only: nothing secret, just the last view.
    document.cookie = search
      ? `${choices.cookie}=${encodeURIComponent(search)}; path=/dashboard; max-age=2592000; samesite=lax`
      : `${choices.cookie}=; path=/dashboard; max-age=0; samesite=lax`;
    startTransition(() => router.push(search ? `/dashboard?${search}` : "/dashboard", { scroll: false }));
  };
  const onChange = (event: { currentTarget: HTMLSelectElement }) => {
    const form = event.currentTarget.form;
    if (form && !(event.currentTarget.name === "range" && event.currentTarget.value === "custom")) navigate(form);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };

  const field = (name: string, label: string, control: React.ReactNode) => (
    <div className="flex min-w-0 flex-col gap-1">
      <Label htmlFor={`${id}-${name}`} className="text-xs text-ink-muted">
        {label}
      </Label>
      {control}
    </div>
  );
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      method="get"
      action="/dashboard"
      onSubmit={onSubmit}
      aria-label={t("label")}
      aria-busy={pending}
      className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-3 sm:grid-cols-3 lg:flex lg:flex-wrap lg:items-end"
    >
      {field(
        "range",
        t("range"),
        <Select
          id={`${id}-range`}
          name="range"
          defaultValue={values.range}
          onChange={(e) => {
            setRange(e.currentTarget.value as RangePreset);
            onChange(e);
          }}
        >
          {choices.ranges.map((r) => (
            <option key={r} value={r}>
              {t(`ranges.${r}`)}
            </option>
          ))}
        </Select>,
      )}
      {range === "custom" ? (
        <>
          {field(
            "from",
            t("from"),
            <Input id={`${id}-from`} name="from" type="date" defaultValue={values.fromDate} required />,
          )}
          {field("to", t("to"), <Input id={`${id}-to`} name="to" type="date" defaultValue={values.toDate} required />)}
          <Button type="submit" variant="secondary" className="self-end">
            {t("apply")}
          </Button>
        </>
      ) : null}
      <Button
        type="button"
        variant="secondary"
        className="self-end lg:hidden"
        aria-expanded={more}
        aria-controls={`${id}-more`}
        onClick={() => setMore((open) => !open)}
      >
        {active ? t("moreActive", { count: active }) : t("more")}
      </Button>
      <div id={`${id}-more`} className={cn(more ? "contents" : "hidden", "lg:contents")}>
        {field(
          "window",
          t("window"),
          <Select
            id={`${id}-window`}
            name="window"
            defaultValue={String(values.conversionWindowDays)}
            onChange={onChange}
          >
            {[...new Set([...choices.windows, values.conversionWindowDays])]
              .sort((a, b) => a - b)
              .map((d) => (
                <option key={d} value={d}>
                  {t("days", { days: d })}
                </option>
              ))}
          </Select>,
        )}
        {manager ? (
          <>
            {field(
              "team",
              t("team"),
              <Select id={`${id}-team`} name="team" defaultValue={values.teamId ?? ""} onChange={onChange}>
                <option value="">{t("allTeams")}</option>
                {options.teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </Select>,
            )}
            {field(
              "rep",
              t("rep"),
              // Reps who have left are found too: their numbers stay in the history. Within the team
              // chosen beside it; the field starts empty for "all reps".
              <RepPicker
                id={`${id}-rep`}
                name="rep"
                testId="dashboard-rep"
                former
                teamId={values.teamId}
                placeholder={t("allReps")}
                value={values.repId && values.repName ? { id: values.repId, name: values.repName } : null}
                onPick={(rep) => form.current && navigate(form.current, rep?.id ?? "")}
                className="lg:w-52"
              />,
            )}
          </>
        ) : null}
        {field(
          "channel",
          t("channel"),
          <Select id={`${id}-channel`} name="channel" defaultValue={values.channel ?? ""} onChange={onChange}>
            <option value="">{t("allChannels")}</option>
            {choices.channels.map((c) => (
              <option key={c} value={c}>
                {tc(c)}
              </option>
            ))}
          </Select>,
        )}
        {field(
          "campaign",
          t("campaign"),
          <Select id={`${id}-campaign`} name="campaign" defaultValue={values.campaignId ?? ""} onChange={onChange}>
            <option value="">{t("allCampaigns")}</option>
            {options.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>,
        )}
        {field(
          "stale",
          t("stale"),
          <Select id={`${id}-stale`} name="stale" defaultValue={String(values.staleAfterDays)} onChange={onChange}>
            {[...new Set([...choices.staleOptions, values.staleAfterDays])]
              .sort((a, b) => a - b)
              .map((d) => (
                <option key={d} value={d}>
                  {t("days", { days: d })}
                </option>
              ))}
          </Select>,
        )}
      </div>
      <noscript>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </noscript>
      <p
        role="status"
        aria-live="polite"
        className="col-span-full self-center text-xs text-ink-muted lg:col-auto lg:pb-2"
      >
        {pending ? t("updating") : ""}
      </p>
    </form>
  );
}
