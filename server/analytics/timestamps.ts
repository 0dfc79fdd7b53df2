import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** A moment as a timestamptz literal parameter. */
export const ts = (at: Date) => Prisma.sql`${at.toISOString()}::timestamptz`;
