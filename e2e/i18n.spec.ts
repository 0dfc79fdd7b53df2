import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./fixtures/auth";
import { createLead, createStaffUser } from "./fixtures/data";

// A sales rep who reads Norwegian picks it once in the user menu; from then on
// the lead list, the follow-up form and its error messages are in Norwegian,
// and the choice is kept on the user, not the browser.

const password = "norsk-passord-123";

test("a sales rep switches to Norwegian: lead list, follow-up form and field errors follow", async ({
  page,
  browser,
  request,
}) => {
  const rep = await createStaffUser(request, { password });
  const lead = await createLead(request, { ownerEmail: rep.email, waitingMinutes: 90, slaMinutes: 15 });

  await signInAsStaff(page, rep.email, password);
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByText(/^Who is waiting on us: furthest past/)).toBeVisible();

  await page.getByRole("button", { name: `Account menu for ${rep.name}` }).click();
  await page.getByRole("menuitemradio", { name: "Norsk bokmål" }).click();

  await expect(page.getByText(/^Hvem som venter på oss: lengst over/)).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(
    page.getByRole("navigation", { name: "Lister" }).getByRole("link", { name: "Venter på oss" }),
  ).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Søk" })).toBeVisible();

  await page.goto(`/leads/${lead.leadId}`);
  const form = page.getByTestId("follow-up-form");
  await expect(page.getByRole("heading", { name: "Logg en oppfølging" })).toBeVisible();
  const outcome = form.getByRole("combobox", { name: "Utfall", exact: true });
  const next = form.getByRole("textbox", { name: "Neste oppfølging", exact: true });
  await next.fill("2020-01-06T10:00");
  await form.getByRole("button", { name: "Logg oppfølging" }).click();

  await expect(
    form.getByRole("alert").filter({ hasText: "Ingenting ble lagret. Se på de merkede feltene." }),
  ).toBeVisible();
  await expect(outcome).toHaveAccessibleDescription("Velg et utfall.");
  await expect(next).toHaveAccessibleDescription(/Velg et tidspunkt fram i tid\./);

  // Saved on the user: a new browser with an English Accept-Language still gets Norwegian.
  const other = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAsStaff(other, rep.email, password);
  await expect(other).toHaveURL(/\/leads$/);
  await expect(other.getByText(/^Hvem som venter på oss: lengst over/)).toBeVisible();
  await other.context().close();
});
