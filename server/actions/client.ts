import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { getSession, requireCustomer, requireRole, requireStaff, type AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";

// THE ACTION CLIENT — every server action is built here. Server actions are public POST endpoints,
// so each one runs the same steps in the same order, and none can skip one:
//   1. session: who may call it (`who`); anyone else is sent to the login or gets a 404 before
//      anything is read;
//   2. zod: the input is parsed with the schema the form also uses; what it refuses becomes field
//      messages (`invalid`), never a 500, and the form keeps what was typed;
//   3. access: `run` reaches records only through the access rules in server/access/, inside its
//      own query or transaction, so a write can never reach what a read refuses;
//   4. result: one shape, { ok, message, fieldErrors? } (plus what a form needs, e.g. a new key).
// Unexpected errors are thrown, and error.tsx shows a calm message.
//
// In-house rather than next-safe-action: our forms use React's useActionState with this result
// shape; next-safe-action answers { data, serverError, validationErrors } through its own hooks, so
// taking it would rewrite every form without adding a check this does not make.

export type ActionResult = { ok: boolean; message?: string; fieldErrors?: Partial<Record<string, string | string[]>> };

export type Who = "anyone" | "staff" | "manager" | "customer";

type SessionFor<W extends Who> = W extends "anyone"
  ? AppSession | null
  : W extends "customer"
    ? AppSession & { customerId: string }
    : AppSession;

export type ActionSpec<W extends Who, Raw, Input, Result extends ActionResult> = {
  who: W;
  /** The form's own schema; a function when it depends on the caller (their time zone, say). */
  schema: z.ZodType<Input> | ((session: SessionFor<W>) => z.ZodType<Input>);
  /** What of the request the schema reads (default: the argument as it came). */
  read?: (raw: Raw) => unknown;
  /** The answer to input the schema refuses; `raw` lets it hand back what was typed. */
  invalid: (error: z.ZodError, ctx: { session: SessionFor<W>; raw: Raw }) => Result | Promise<Result>;
  /** The work, with the caller and the parsed input; reaches records through server/access only. */
  run: (ctx: { session: SessionFor<W>; input: Input; db: PrismaClient; raw: Raw }) => Promise<Result>;
};

async function sessionFor<W extends Who>(who: W): Promise<SessionFor<W>> {
  switch (who) {
    case "anyone":
      return (await getSession()) as SessionFor<W>;
    case "customer":
      return (await requireCustomer()) as SessionFor<W>;
    case "manager":
      return (await requireRole("MANAGER")) as SessionFor<W>;
    default:
      return (await requireStaff()) as SessionFor<W>;
  }
}

async function runAction<W extends Who, Raw, Input, Result extends ActionResult>(
  spec: ActionSpec<W, Raw, Input, Result>,
  raw: Raw,
): Promise<Result> {
  const session = await sessionFor(spec.who);
  const schema = typeof spec.schema === "function" ? spec.schema(session) : spec.schema;
  const parsed = schema.safeParse(spec.read ? spec.read(raw) : raw);
  if (!parsed.success) return spec.invalid(parsed.error, { session, raw });
  return spec.run({ session, input: parsed.data, db: await getDb(), raw });
}

/** An action for a form with useActionState: (previous state, FormData) → result. */
export function formAction<W extends Who, Input, Result extends ActionResult>(
  spec: ActionSpec<W, FormData, Input, Result>,
): (previous: Result | null, formData: FormData) => Promise<Result> {
  return async (_previous, formData) => runAction(spec, formData);
}

/** An action called with one argument (a switch, a button): argument → result. */
export function callAction<W extends Who, Raw, Input, Result extends ActionResult>(
  spec: ActionSpec<W, Raw, Input, Result>,
): (input: Raw) => Promise<Result> {
  return async (input) => runAction(spec, input);
}
