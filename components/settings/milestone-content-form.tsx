"use client";
import { useTranslations } from "next-intl";
import { BODY_MAX, LINK_MAX, TITLE_MAX } from "@/lib/validation/milestone-content-limits";
import type { ContentFilter } from "@/lib/validation/milestone-content";
import { deleteContentAction, saveContentAction } from "@/server/milestone-content/actions";
import { useOrderForm } from "@/components/orders/use-order-form";
import { Button } from "@/components/ui/button";
import { ConfirmedRemoval } from "@/components/ui/confirmed-removal";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

const FIELDS = ["title", "body", "linkUrl"] as const;

type Item = { id: string; version: number; position: number; title: string; body: string; linkUrl: string | null };

/** One content item (or a new one, without `item`): plain text fields, saved against the version it was shown with. */
export function MilestoneContentForm({
  filter,
  item,
  position,
}: {
  filter: ContentFilter;
  item?: Item;
  position: number;
}) {
  const t = useTranslations("orderStatus.content");
  // An edited item keeps what was typed (now saved); the new-item form empties for the next one.
  const { pending, errors, formProps, message } = useOrderForm(saveContentAction, FIELDS, { resetOnSuccess: !item });
  const label = item ? item.title : t("addTitle");
  return (
    <form
      {...formProps}
      className="flex flex-col gap-3"
      aria-label={label}
      data-testid={item ? "content-item" : "content-new"}
    >
      <input type="hidden" name="id" value={item?.id ?? ""} />
      <input type="hidden" name="version" value={item?.version ?? 0} />
      <input type="hidden" name="category" value={filter.category} />
      <input type="hidden" name="milestone" value={filter.milestone} />
      <input type="hidden" name="locale" value={filter.locale} />
      <input type="hidden" name="position" value={item?.position ?? position} />
      {message}
      <FormField label={t("itemTitle")} error={errors.title} required>
        <Input name="title" defaultValue={item?.title} maxLength={TITLE_MAX} />
      </FormField>
      <FormField label={t("itemBody")} error={errors.body} required>
        <Textarea name="body" defaultValue={item?.body} maxLength={BODY_MAX} rows={3} />
      </FormField>
      <FormField label={t("itemLink")} error={errors.linkUrl}>
        <Input
          name="linkUrl"
          type="url"
          inputMode="url"
          defaultValue={item?.linkUrl ?? ""}
          maxLength={LINK_MAX}
          placeholder="https://"
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} variant={item ? "secondary" : "primary"}>
          {item ? t("save") : t("add")}
        </Button>
        {item ? (
          // Customers read this text while they wait: deleting it asks first, naming what goes.
          <ConfirmedRemoval
            action={deleteContentAction}
            id={item.id}
            version={item.version}
            label={t("delete")}
            name={item.title}
            words={{ title: t("deleteTitle", { title: item.title }), body: t("deleteBody"), cancel: t("cancel") }}
          />
        ) : null}
      </div>
    </form>
  );
}
