import "server-only";
import { createTranslator } from "next-intl";
import type { Milestone } from "@/lib/order-milestones";
import { loadMessages } from "@/messages";
import { sendMail, type Mail } from "@/server/mail/outbox";

// The email a customer gets when their order moves, its date moves, or staff
// answer their question — in the customer's own language (Customer.locale),
// whoever on the staff side made the change.

export type OrderNoticeDetail =
  | { kind: "milestone"; milestone: Milestone; reason: string | null }
  | { kind: "date"; from: Date | null; to: Date; reason: string }
  | { kind: "reply"; text: string };

export type OrderNotice = {
  /** The customer's address. */
  email: string;
  name: string;
  locale: "nb" | "da" | "en";
  orderId: string;
  number: string;
  product: string;
  detail: OrderNoticeDetail;
};

// No request here (the mail may be in another language than the page), so the
// messages are loaded by hand and looked up by plain string keys.
type Translate = (key: string, values?: Record<string, string>) => string;

const INTL_LOCALE = { en: "en-GB", nb: "nb-NO", da: "da-DK" } as const;

export async function buildOrderMail(notice: OrderNotice, baseUrl: string): Promise<Mail> {
  const messages = await loadMessages(notice.locale);
  const t = createTranslator({
    locale: notice.locale,
    messages,
    namespace: "orderStatus.mail",
  }) as unknown as Translate;
  const milestoneName = createTranslator({
    locale: notice.locale,
    messages,
    namespace: "orders.milestones",
  }) as unknown as Translate;
  const day = (d: Date | null) =>
    d
      ? new Intl.DateTimeFormat(INTL_LOCALE[notice.locale], {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "Europe/Oslo",
        }).format(d)
      : t("noDate");
  const vars = { number: notice.number, product: notice.product };
  let subject: string;
  let lines: string[];
  const detail = notice.detail;
  if (detail.kind === "milestone") {
    const milestone = milestoneName(detail.milestone);
    subject = t("milestoneSubject", { ...vars, milestone });
    lines = [t("milestoneBody", { ...vars, milestone }), ...(detail.reason ? [detail.reason] : [])];
  } else if (detail.kind === "date") {
    subject = t("dateSubject", vars);
    lines = [
      t("dateBody", { ...vars, from: day(detail.from), to: day(detail.to) }),
      t("reason", { reason: detail.reason }),
    ];
  } else {
    subject = t("replySubject", vars);
    lines = [t("replyBody", vars), detail.text];
  }
  const link = `${baseUrl.replace(/\/$/, "")}/orders/${notice.orderId}`;
  const text = [t("greeting", { name: notice.name }), "", ...lines, "", t("seeOrder"), link, "", t("signature")].join(
    "\n",
  );
  return { to: notice.email, subject, text };
}

export async function sendOrderNotice(notice: OrderNotice | null): Promise<void> {
  if (!notice) return;
  const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  await sendMail(await buildOrderMail(notice, baseUrl));
}
