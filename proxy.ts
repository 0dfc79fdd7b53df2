import { NextResponse, type NextRequest } from "next/server";

// Sends anonymous visitors to /login, nothing more. Whether a signed-in user
// may see a page or its data is decided in server/ (see STYLE.md): a cookie's
// presence here proves nothing.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|api/|_next/|favicon.ico|robots.txt|.*\\.(?:png|svg|ico|webmanifest|woff2?)$).*)"],
};
