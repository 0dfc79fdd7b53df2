// What the login forms need only when someone submits: the shared schemas
// (and so zod) and next-auth's client. Loaded on demand through
// load-sign-in.ts, which keeps both out of /login's first JavaScript.
export { signIn } from "next-auth/react";
export { magicLinkSchema, staffLoginSchema } from "@/lib/validation/auth";
