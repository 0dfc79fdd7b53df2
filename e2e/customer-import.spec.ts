import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createCustomer, tag, uniquePhone } from "./fixtures/customers";

// Moving in from another CRM, as a manager does it: a sheet from Norwegian Excel (Windows-1252,
// semicolons, CRLF, numbers without +47) and a HubSpot export are recognised, mapped, checked row by
// row before anything is written, and imported with the manager's choice for customers Reise has.
// Sales reps have no import, not even by a direct request.

test.describe.configure({ timeout: 120_000 });

const file = (name: string, buffer: Buffer) => ({ name, mimeType: "text/csv", buffer });

async function openImport(page: Page) {
  await signInAsStaff(page, users.manager);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto("/customers/import");
  await expect(page.getByRole("heading", { name: "Import customers", level: 1 })).toBeVisible();
}

async function expectCustomersTagged(page: Page, t: string, n: number) {
  await page.goto(`/customers?q=${t}`);
  const rows = page.getByTestId("customer-row").filter({ visible: true });
  if (n === 0) await expect(page.getByText("No customers match these filters")).toBeVisible();
  await expect(rows).toHaveCount(n);
}

test("a Norwegian Excel sheet is read right, checked row by row, and imported skipping a customer we have", async ({
  page,
  request,
}) => {
  const t = tag();
  // Written the way a Norwegian sheet has it: no +47, spaces in pairs.
  const phone = uniquePhone();
  const local = phone.slice(3).replace(/(\d{3})(\d{2})(\d{3})/, "$1 $2 $3");
  await createCustomer(request, {
    name: `Eksisterende ${t}`,
    ownerEmail: users.sales,
    email: `finnes-${t}@example.no`,
    city: "Tromsø",
  });
  const sheet = Buffer.from(
    [
      "Navn;E-post;Telefon;Poststed",
      `Åse Ødegård ${t};ase-${t}@example.no;${local};Bodø`,
      `Bjørn Sæther ${t};finnes-${t}@example.no;;Ålesund`,
      `;uten-navn-${t}@example.no;;Oslo`,
      `Ærlige Øystein ${t};oystein-${t}@example.no;+45 20 12 34 56;København`,
    ].join("\r\n") + "\r\n",
    "latin1",
  );
  await openImport(page);
  await page.getByLabel("File", { exact: true }).setInputFiles(file("kunder.csv", sheet));
  await expect(page.getByText("Recognised as Norwegian/Danish sheet")).toBeVisible();
  // No byte of this file tells Windows-1252 from Latin-1; either reads æøå right, UTF-8 would not.
  await expect(page.getByLabel("Character encoding")).not.toHaveValue("utf-8");
  await expect(page.getByLabel("Separator")).toHaveValue("semicolon");
  const preview = page.getByRole("table", { name: "The first rows, as they will be imported" });
  await expect(preview.getByRole("cell", { name: `Åse Ødegård ${t}` })).toBeVisible();
  await expect(preview.getByRole("cell", { name: phone })).toBeVisible();
  await expect(preview).toContainText("A name is required");

  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Import of kunder.csv" })).toBeVisible();
  await expect(page.getByText("1 row has a problem")).toBeVisible();
  await expect(page.getByText("Line 4")).toBeVisible();
  await expect(page.getByRole("link", { name: `matches Eksisterende ${t}` })).toBeVisible();
  await expect(page.getByText("Nothing has been imported yet.")).toBeVisible();
  await expectCustomersTagged(page, t, 1);

  await page.goBack();
  await page.getByLabel("Skip them").check();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("2 customers imported")).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByText("2 created, 0 updated, 1 skipped or already as in the file, 1 left out with problems."),
  ).toBeVisible();
  await expectCustomersTagged(page, t, 3);
  await expect(page.getByText(`Åse Ødegård ${t}`).first()).toBeVisible();
  await expect(page.getByText(`Ærlige Øystein ${t}`).first()).toBeVisible();
  await expect(page.getByText(`Eksisterende ${t}`).first()).toBeVisible();
});

test("a HubSpot export updates the customer it matches, and a saved mapping is used next time", async ({
  page,
  request,
}) => {
  const t = tag();
  await createCustomer(request, { name: `Gammelt Navn ${t}`, ownerEmail: users.sales, email: `hub-${t}@example.no` });
  const hubspot = Buffer.from(
    [
      '"Record ID","First Name","Last Name","Email","Phone Number","City","Lifecycle Stage","Contact owner"',
      `"101","Kari","Nordmann ${t}","hub-${t}@example.no","+47 41 23 45 67","Oslo","opportunity","${users.sales}"`,
      `"102","Ola","Hub ${t}","ola-${t}@example.no","","Bergen","lead",""`,
    ].join("\r\n") + "\r\n",
    "utf8",
  );
  await openImport(page);
  await page.getByLabel("File", { exact: true }).setInputFiles(file("hubspot.csv", hubspot));
  await expect(page.getByText("Recognised as HubSpot contacts")).toBeVisible();
  await expect(page.getByLabel("First Name")).toHaveValue("firstName");
  // Leave the city out, and keep this mapping for the next export.
  await page.getByLabel("City", { exact: true }).selectOption("");
  await page.getByLabel("Save this mapping for next time").fill(`HubSpot ${t}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as “HubSpot ${t}”.`)).toBeVisible();

  await page.getByRole("button", { name: "Check the file" }).click();
  // The check is a background job: on a busy machine the runner may take a while to reach it.
  await expect(page.getByRole("link", { name: `matches Gammelt Navn ${t}` })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Update them")).toBeChecked();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(
    page.getByText("1 created, 1 updated, 0 skipped or already as in the file, 0 left out with problems."),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expectCustomersTagged(page, t, 2);
  await expect(page.getByText(`Kari Nordmann ${t}`).first()).toBeVisible();
  await expect(page.getByText(`Gammelt Navn ${t}`)).toHaveCount(0);
  await page
    .getByRole("link", { name: `Ola Hub ${t}` })
    .first()
    .click();
  await expect(page.getByTestId("customer-external-id")).toHaveText("ID in the previous system: 102");

  // The same layout again: the saved mapping (without the city) is used instead of the guess.
  await page.goto("/customers/import");
  await page.getByLabel("File", { exact: true }).setInputFiles(file("hubspot-2.csv", hubspot));
  await expect(page.getByText(`Columns mapped with your saved mapping “HubSpot ${t}”.`)).toBeVisible();
  await expect(page.getByLabel("City", { exact: true })).toHaveValue("");
});

test("a Pipedrive people export (UTF-8 with a BOM, a line break inside a quoted cell) keeps its names whole", async ({
  page,
}) => {
  const t = tag();
  const pipedrive = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(
      [
        "Person - ID,Person - Name,Person - Organization,Person - Email - Work,Person - Phone - Mobile,Person - Owner",
        `7001,Søren Ærø ${t},"Fjord AS\nAvdeling Nord",soren-${t}@example.dk,,`,
        `7002,Åsa Öberg ${t},,asa-${t}@example.se,,`,
      ].join("\r\n") + "\r\n",
      "utf8",
    ),
  ]);
  await openImport(page);
  await page.getByLabel("File", { exact: true }).setInputFiles(file("people.csv", pipedrive));
  await expect(page.getByText("Recognised as Pipedrive people")).toBeVisible();
  await expect(page.getByLabel("Character encoding")).toHaveValue("utf-8");
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("2 customers imported")).toBeVisible({ timeout: 30_000 });
  await expectCustomersTagged(page, t, 2);
  await expect(page.getByText(`Søren Ærø ${t}`).first()).toBeVisible();
  await expect(page.getByText(`Åsa Öberg ${t}`).first()).toBeVisible();
});

test("mapping mistakes, a wrong encoding and a file over the limit get a clear message", async ({ page }) => {
  await openImport(page);
  const input = page.getByLabel("File", { exact: true });
  await input.setInputFiles(file("x.csv", Buffer.from("fullname;mail\nKari;k@example.no\n", "utf8")));
  await expect(page.getByText("Layout not recognised: choose what each column is.")).toBeVisible();
  await expect(
    page.getByText("Choose the column with the name, or the columns with first and last name."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Check the file" })).toBeDisabled();
  await page.getByLabel("fullname").selectOption("name");
  await expect(page.getByRole("button", { name: "Check the file" })).toBeEnabled();

  await input.setInputFiles(file("latin1.csv", Buffer.from("Navn;Poststed\nBj\xf8rn S\xe6ther;Troms\xf8\n", "latin1")));
  await expect(page.getByLabel("Character encoding")).not.toHaveValue("utf-8");
  await page.getByLabel("Character encoding").selectOption("utf-8");
  await expect(page.getByText("The letters do not read as UTF-8")).toBeVisible();
  await page.getByLabel("Character encoding").selectOption("windows-1252");
  await expect(page.getByRole("cell", { name: "Bjørn Sæther" })).toBeVisible();

  const big = Buffer.alloc(40 * 1024 * 1024 + 1, "a");
  await input.setInputFiles(file("big.csv", big));
  await expect(page.getByText("The file is too large")).toBeVisible();
  const direct = await page.request.post("/api/customers/import", {
    data: big,
    headers: { "content-type": "application/octet-stream" },
  });
  expect(direct.status()).toBe(413);
  const noOptions = await page.request.post("/api/customers/import?file=a.csv", { data: "name\nA\n" });
  expect(noOptions.status()).toBe(422);
  expect(await noOptions.json()).toEqual({ ok: false, reason: "options" });
});

test("a sales rep cannot import, not even by a direct request", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto("/customers");
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
  const pageResponse = await page.goto("/customers/import");
  expect(pageResponse?.status()).toBe(404);
  const options = { encoding: "utf-8", delimiter: ",", headerLine: 1, mapping: ["name"], country: "NO", teamId: null };
  const direct = await page.request.post(
    `/api/customers/import?file=a.csv&options=${encodeURIComponent(JSON.stringify(options))}`,
    { data: "name\nSneaky\n" },
  );
  expect(direct.status()).toBe(404);
  const status = await page.request.get(`/api/customers/import/${crypto.randomUUID()}`);
  expect(status.status()).toBe(404);
});
