import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";

// The smaller things a rep noticed on the walk (issue 22), each checked where a person sees it.

const shots = process.env.SMALL22_SHOTS;

test("claiming a lead confirms it, and the confirmation outlives the refresh the claim causes", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, { ownerEmail: null, waitingMinutes: 20 });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  await expect(page.getByTestId("lead-owner")).toHaveText("Unassigned");
  const claim = page.getByRole("button", { name: "Take this lead" });
  await claim.click();
  // The form goes once the lead is no longer claimable; the message stays, in a status region.
  await expect(claim).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "The lead is yours now." })).toBeVisible();
  // The page did refresh: the header now names the owner.
  await expect(page.getByTestId("lead-owner")).not.toHaveText("Unassigned");
  if (shots) {
    await page.screenshot({ path: `${shots}/claim-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText("The lead is yours now.").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/claim-390.png` });
  }
});
