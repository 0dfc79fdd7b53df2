import { getTranslations } from "next-intl/server";
import { describeAudit } from "@/lib/audit-format";
import type { auditWords } from "./audit-words";

// An audit row's `data` as a person reads it (lib/audit-format.ts): "from → to" per changed field,
// then the other fields as "label: value", in the reader's words (./audit-words.ts). Values are
// text (React escapes them).

type Words = Awaited<ReturnType<typeof auditWords>>;

export async function AuditData({ action, data, words }: { action: string; data: unknown; words: Words }) {
  const t = await getTranslations("auditLog");
  const lines = describeAudit(action, data);
  if (lines.length === 0) return null;
  return (
    <dl className="flex flex-col gap-0.5 text-xs break-words">
      {lines.map((line, i) => {
        const label = words.label(line.label);
        return (
          <div key={i} className="flex flex-wrap gap-x-1">
            <dt className={label ? "text-ink-muted" : "sr-only"}>{label ? `${label}:` : t("change")}</dt>
            <dd>
              {line.kind === "change" ? (
                <>
                  <del className="text-ink-muted decoration-ink-subtle">{words.value(line.from)}</del>
                  <span aria-hidden="true"> → </span>
                  <ins className="font-medium text-ink no-underline">{words.value(line.to)}</ins>
                </>
              ) : (
                words.value(line.value)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
