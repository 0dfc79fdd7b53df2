import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientPart } from "@/i18n/client-messages";

/** Gives the client components below it the message namespaces of their part of the app (i18n/client-messages.ts). */
export async function ClientMessages({ part, children }: { part: ClientPart; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, part)}>{children}</NextIntlClientProvider>;
}
