import ICAL from "ical.js";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { utcToLocalDateTime } from "../lib/validation/local-date-time";
import { DEMO_PASSWORD, signInAsStaff } from "./fixtures/auth";
import { createLead, createStaffUser } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// A rep's day: the agenda shows an overdue follow-up and one for later today; the rep logs a call
// on the first and moves the second to tomorrow morning, which leaves nothing due today. The
// calendar feed, fetched and parsed as a calendar app would, has the moved follow-up at its new
// time; revoked, it answers 410. A rep of the test's own, so no other spec's leads are in the day.

type Ical = { summary: string; uid: string; start: Date; url: unknown };

async function fetchFeed(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname);
  return { status: response.status(), text: await response.text() };
}

function parse(ics: string): Ical[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, uid: e.uid, start: e.startDate.toJSDate(), url: v.getFirstPropertyValue("url") };
  });
}

test("a rep works the day from the agenda, and sees the moved follow-up in the calendar feed", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
  const base = { ownerEmail: rep.email, answered: true, waitingMinutes: 0 } as const;
  const overdue = await createLead(request, { ...base, nextFollowUpMinutes: -45, interest: "Elbil" });
  const today = await createLead(request, { ...base, nextFollowUpMinutes: 90, interest: "Kjøkken" });

  await signInAsStaff(page, rep.email);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My day" }).click();
  await expect(page).toHaveURL(/\/agenda$/);
  await expect(page.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();

  const overdueRow = page
    .getByTestId("agenda-overdue")
    .getByTestId("agenda-row")
    .filter({ hasText: overdue.customerName });
  const todayRow = page.getByTestId("agenda-today").getByTestId("agenda-row").filter({ hasText: today.customerName });
  await expect(overdueRow).toContainText("Follow-up was due");
  await expect(todayRow).toContainText("Follow-up ");

  // Log the call on the overdue one: it is done, and no new follow-up is needed.
  await overdueRow.getByRole("button", { name: "Log call" }).click();
  const call = overdueRow.getByRole("form", { name: `Log a call with ${overdue.customerName}` });
  await call.getByRole("button", { name: "Save call" }).click();
  await expect(call.getByText("Choose an outcome.")).toBeVisible();
  await call.getByLabel("Note").fill("Ringte, vil ha tilbud");
  await call.getByRole("combobox", { name: "Outcome" }).selectOption("REACHED");
  // The note typed before the refusal is still there.
  await expect(call.getByLabel("Note")).toHaveValue("Ringte, vil ha tilbud");
  await call.getByRole("button", { name: "Save call" }).click();
  // A save and the day read again: on a busy machine that can take more than the default 10 s.
  await expect(page.getByTestId("agenda-overdue")).toHaveCount(0, { timeout: 30_000 });

  // Move the other to tomorrow morning, 09:00 on the rep's clock (Europe/Oslo).
  await todayRow.getByRole("button", { name: "Reschedule" }).click();
  const move = todayRow.getByRole("form", { name: `Move the follow-up with ${today.customerName}` });
  await move.getByRole("radio", { name: /^Tomorrow morning, / }).check();
  await move.getByRole("button", { name: "Move follow-up" }).click();
  await expect(page.getByText("Nothing due today — you are on top of it")).toBeVisible({ timeout: 30_000 });
  await expectFitsDesktopAndPhone(page);

  // The lead page tells the same story: the call is on the timeline.
  await page.goto(`/leads/${overdue.leadId}`);
  await expect(page.getByText("Ringte, vil ha tilbud")).toBeVisible();

  // The calendar link: made on the account page, fetched without a session, parsed as iCalendar.
  await page.goto("/account");
  const card = page.getByTestId("calendar-feed");
  await card.getByRole("button", { name: "Create calendar link" }).click();
  const link = card.getByRole("textbox", { name: "Your calendar link" });
  await expect(link).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/, { timeout: 30_000 });
  const url = await link.inputValue();
  const feed = await fetchFeed(request, url);
  expect(feed.status).toBe(200);
  const events = parse(feed.text);
  const event = events.find((e) => e.uid === `lead-${today.leadId}@reise`);
  expect(event?.summary).toBe(`${today.customerName} — Kjøkken`);
  expect(String(event?.url)).toMatch(new RegExp(`/leads/${today.leadId}$`));
  expect(utcToLocalDateTime(event!.start, "Europe/Oslo").slice(11)).toBe("09:00");
  expect(event!.start.getTime()).toBeGreaterThan(Date.now());
  expect(events.map((e) => e.uid)).not.toContain(`lead-${overdue.leadId}@reise`);
  expect(feed.text).not.toContain(today.customerEmail);

  await card.getByRole("button", { name: "Revoke link" }).click();
  await expect(card.getByText(/^The link is revoked\./)).toBeVisible({ timeout: 30_000 });
  expect((await fetchFeed(request, url)).status).toBe(410);
});
