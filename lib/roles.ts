import { Role } from "@/generated/prisma/enums";
export const ROLES = Object.values(Role);
export type RoleName = (typeof ROLES)[number];

/** Where each role lands after signing in. */
export function homePathFor(role: RoleName): string {
  switch (role) {
    case "MANAGER":
      return "/dashboard";
    case "SALES":
      return "/leads";
    case "CUSTOMER":
      return "/orders";
  }
}
