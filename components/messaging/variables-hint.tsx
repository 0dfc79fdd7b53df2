"use client";
import { useTranslations } from "next-intl";
import { TEMPLATE_VARIABLES } from "@/lib/messaging/render";

/** The variables a text may use, each with what it becomes: {{firstName}} (first name), … */
export function VariablesHint() {
  const t = useTranslations("messaging");
  const list = TEMPLATE_VARIABLES.map((v) => `{{${v}}} (${t(`variables.${v}`)})`).join(", ");
  return <p className="text-xs text-ink-muted">{t("templates.variablesHelp", { variables: list })}</p>;
}
