import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { withSignInThrottle } from "@/server/auth/sign-in-throttle";

const handler = NextAuth(authOptions);

export const GET = withSignInThrottle(handler);
export const POST = withSignInThrottle(handler);
