import type { DefaultSession } from "next-auth";
import type { RoleName } from "@/lib/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: RoleName; tv: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: RoleName;
    tv: number;
  }
}
