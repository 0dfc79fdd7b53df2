import { z } from "zod";
import { CATEGORIES, MILESTONES } from "@/lib/order-milestones";
import { CONTENT_LOCALES, TITLE_MAX, BODY_MAX, LINK_MAX } from "./milestone-content-limits";
import { multiLine } from "./plain-text";
export * from "./milestone-content-limits";

// The waiting-room content settings (/settings/content): which step is shown,
// and one item's fields. Error messages are keys in "orderStatus.content.errors".

export const contentFilterSchema = z.object({
  category: z.enum(CATEGORIES).catch("CAR"),
  milestone: z.enum(MILESTONES).catch("IN_PRODUCTION"),
  locale: z.enum(CONTENT_LOCALES).catch("nb"),
});
export type ContentFilter = z.infer<typeof contentFilterSchema>;

export function parseContentFilter(query: Record<string, string | string[] | undefined>): ContentFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return contentFilterSchema.parse({
    category: first(query.category),
    milestone: first(query.milestone),
    locale: first(query.locale),
  });
}

export const contentItemSchema = z.object({
  // Empty for a new item.
  id: z.union([z.literal(""), z.guid()], { error: "formOutdated" }).transform((v) => v || null),
  version: z
    .string()
    .regex(/^\d{1,9}$/, "formOutdated")
    .default("0")
    .transform(Number),
  category: z.enum(CATEGORIES, { error: "formOutdated" }),
  milestone: z.enum(MILESTONES, { error: "formOutdated" }),
  locale: z.enum(CONTENT_LOCALES, { error: "formOutdated" }),
  position: z
    .string()
    .regex(/^\d{1,2}$/, "formOutdated")
    .default("0")
    .transform(Number),
  title: z
    .string({ error: "titleRequired" })
    .max(TITLE_MAX * 2, "titleTooLong")
    .transform(multiLine)
    .pipe(z.string().min(1, "titleRequired").max(TITLE_MAX, "titleTooLong")),
  body: z
    .string({ error: "bodyRequired" })
    .max(BODY_MAX * 2, "bodyTooLong")
    .transform(multiLine)
    .pipe(z.string().min(1, "bodyRequired").max(BODY_MAX, "bodyTooLong")),
  // Only https links: the portal renders them as <a href>, and nothing else may run there.
  linkUrl: z
    .string()
    .max(LINK_MAX, "linkInvalid")
    .default("")
    .transform((v) => v.trim())
    .refine((v) => v === "" || (/^https:\/\/[^\s<>"]+$/.test(v) && URL.canParse(v)), "linkInvalid")
    .transform((v) => v || null),
});
export type ContentItemInput = z.infer<typeof contentItemSchema>;

export const deleteContentSchema = z.object({
  id: z.guid(),
  version: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});
export type DeleteContentInput = z.infer<typeof deleteContentSchema>;
