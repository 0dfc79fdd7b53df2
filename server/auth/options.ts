import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "@/server/db";
import { safeCallbackPath } from "@/lib/callback-url";
import { ACCOUNT_CLOSED } from "@/lib/sign-in-errors";
import { normalizeSignInEmail, staffLoginSchema } from "@/lib/validation/auth";
import { magicLinkAdapter } from "./adapter";
import { sendMagicLink } from "./magic-link-mail";
import { verifyPassword } from "./password";

// Staff sign in with email and password; customers with a one-time link sent
// by email. Sessions are signed JWT cookies; server/auth/session.ts checks each
// one against the user row on every request (active, token version).

// A cookie that is no longer current (see the jwt callback).
class SessionEnded extends Error {
  constructor() {
    super("Session ended: signed out or disabled");
  }
}

export const authOptions: NextAuthOptions = {
  adapter: magicLinkAdapter,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  // Cookies are HttpOnly and SameSite=Lax (next-auth's defaults), and Secure
  // with the __Secure- prefix when the app is served over HTTPS.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/login", verifyRequest: "/login/check-email", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = staffLoginSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const db = await getDb();
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
        });
        // Always run bcrypt, so an unknown email costs the same as a wrong password.
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
        if (!ok || !user || user.role === "CUSTOMER") return null;
        // Only someone who knows the password learns the account exists and is closed;
        // next-auth sends the message back as ?error=AccountClosed.
        if (!user.active) throw new Error(ACCOUNT_CLOSED);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    EmailProvider({
      maxAge: 30 * 60,
      // Only used when SMTP_URL is set; sendMagicLink otherwise writes to the outbox.
      server: process.env.SMTP_URL ?? "smtp://localhost:25",
      sendVerificationRequest: sendMagicLink,
      // The same reading of the address as the staff sign-in and the throttle (see lib/validation/auth.ts).
      normalizeIdentifier(identifier) {
        const email = normalizeSignInEmail(identifier);
        if (email === null) throw new Error("Invalid email address format.");
        return email;
      },
    }),
  ],
  logger: {
    // An ended session is expected (a copied or old cookie), not an error worth a stack trace.
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    // Signing out ends the session everywhere, not only in this browser: the
    // JWT stays valid until it expires, so a copied cookie would otherwise
    // keep working. session.ts rejects a token whose version is behind.
    async signOut({ token }) {
      if (!token?.uid) return;
      const db = await getDb();
      await db.user.updateMany({
        where: { id: token.uid, tokenVersion: token.tv },
        data: { tokenVersion: { increment: 1 } },
      });
    },
  },
  callbacks: {
    // next-auth's default passes any path through unchecked and throws (a 500)
    // on what is not a URL: only a path on this site is followed, anything else
    // goes to "/", which sends each role to its home page.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl) ?? "/"}`;
    },
    async signIn({ user, account, email }) {
      if (account?.provider !== "email") return true;
      // Asking for a link always "succeeds", so the form does not reveal who
      // is a customer; only a known, active customer is ever sent one.
      if (email?.verificationRequest) return true;
      return Boolean(user.email && (await magicLinkAdapter.getUserByEmail!(user.email)));
    },
    async jwt({ token, user }) {
      const db = await getDb();
      if (user) {
        const row = await db.user.update({
          where: { id: user.id },
          data: { lastLoginAt: new Date() },
          select: { id: true, role: true, tokenVersion: true },
        });
        token.uid = row.id;
        token.role = row.role;
        token.tv = row.tokenVersion;
        return token;
      }
      // Every later read of the cookie (/api/auth/session, getServerSession)
      // checks it is still current. Throwing is how next-auth is told: it
      // answers {} and clears the cookie. A copied cookie after sign-out, or a
      // disabled user's, ends here, not only in server/auth/session.ts.
      const row = token.uid
        ? await db.user.findUnique({ where: { id: token.uid }, select: { active: true, tokenVersion: true } })
        : null;
      if (!row || !row.active || row.tokenVersion !== token.tv) throw new SessionEnded();
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role, tv: token.tv };
      return session;
    },
  },
};
