import type { TestProject } from "vitest/node";
import { buildTemplates, dropTemplates, migrationsKey } from "@/test/worlds/templates";

// The db project's global setup: migrate once per run, for every test file to copy
// (test/worlds/templates.ts). In watch mode a changed migration rebuilds the templates
// before the next rerun.

export default async function setup(project: TestProject) {
  let templates = await buildTemplates();
  project.provide("testTemplates", templates);
  project.onTestsRerun(async () => {
    if (migrationsKey() === templates.key) return;
    await dropTemplates(templates);
    templates = await buildTemplates();
    project.provide("testTemplates", templates);
  });
  return () => dropTemplates(templates);
}
