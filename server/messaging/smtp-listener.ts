import "server-only";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import type { PrismaClient } from "@/generated/prisma/client";
import { stripQuotedReply } from "@/lib/messaging/strip-quoted";
import { recordInboundMessage } from "./inbound";
import { messageIdOf, parseMailbox } from "./inbound-email";
import { replyDomain } from "./reply-address";
import { loggableError } from "./webhook-http";

// Replies for self-hosters without an inbound-mail service: the reply domain's MX points at this
// listener (REISE_SMTP_LISTEN_PORT, behind port 25; README, "Replies"). It is a mail exchanger for
// that one domain, not a relay: any other recipient is refused at RCPT TO, no one logs in, and a
// message over the size limit is refused. A reply that cannot be filed gets a temporary error, so
// the sending server tries again later rather than losing it.

export const SMTP_MAX_BYTES = 25 * 1024 * 1024;

export type SmtpListener = { port: number; close(): Promise<void> };

export type SmtpListenerOptions = {
  port: number;
  host: string;
  db: () => Promise<PrismaClient>;
  now?: () => Date;
};

export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const now = options.now ?? (() => new Date());
  const server = new SMTPServer({
    name: replyDomain(),
    banner: "Reise replies",
    size: SMTP_MAX_BYTES,
    authOptional: true,
    disabledCommands: ["AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const domain = address.address.split("@").pop()?.toLowerCase();
      if (domain === replyDomain()) return callback();
      callback(Object.assign(new Error("Relay denied: this server only receives replies"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      receive(stream, session.envelope, options.db, now())
        .then(() => callback())
        .catch((error: Error & { responseCode?: number }) => {
          // Logged without what the customer wrote.
          if (!error.responseCode) console.error("[smtp] failed to record a reply:", loggableError(error));
          callback(Object.assign(error, { responseCode: error.responseCode ?? 451 }));
        });
    },
  });
  server.on("error", (error) => console.error("[smtp] listener error:", error.message));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.server.address() as { port: number };
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type Envelope = { mailFrom: { address: string } | false; rcptTo: { address: string }[] };

async function receive(stream: SMTPServerDataStream, envelope: Envelope, db: () => Promise<PrismaClient>, at: Date) {
  const mail = await simpleParser(stream, { skipHtmlToText: false, skipImageLinks: true });
  if (stream.sizeExceeded) throw Object.assign(new Error("Message too large"), { responseCode: 552 });
  const from =
    parseMailbox(addresses(mail.from)[0] ?? "") ?? parseMailbox(envelope.mailFrom ? envelope.mailFrom.address : "");
  if (!from) throw Object.assign(new Error("No sender address to file the reply on"), { responseCode: 550 });
  const recipients = [...envelope.rcptTo.map((r) => r.address), ...addresses(mail.to), ...addresses(mail.cc)];
  const messageId = messageIdOf(mail.messageId);
  await recordInboundMessage(
    await db(),
    {
      channel: "EMAIL",
      // A mail without a Message-Id is rare; it is then known by when and from whom it came.
      providerId: messageId ?? `smtp:${from.email}:${(mail.date ?? at).toISOString()}`,
      from: from.email,
      name: from.name,
      recipients,
      subject: mail.subject ?? null,
      text: stripQuotedReply(mail.text ?? ""),
      sentAt: mail.date ?? at,
    },
    at,
  );
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) =>
    group.value.map((a) => (a.name ? `${a.name} <${a.address ?? ""}>` : (a.address ?? ""))).filter(Boolean),
  );
}

/** Started once per server process from instrumentation-node.ts when REISE_SMTP_LISTEN_PORT is set. */
export async function startSmtpListenerFromEnv(db: () => Promise<PrismaClient>): Promise<SmtpListener | null> {
  const port = process.env.REISE_SMTP_LISTEN_PORT?.trim();
  if (!port) return null;
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535)
    throw new Error(`REISE_SMTP_LISTEN_PORT must be a port number, not "${port}"`);
  const host = process.env.REISE_SMTP_LISTEN_HOST?.trim() || "127.0.0.1";
  const listener = await startSmtpListener({ port: Number(port), host, db });
  console.log(`[smtp] receiving replies for ${replyDomain()} on ${host}:${listener.port}`);
  return listener;
}
