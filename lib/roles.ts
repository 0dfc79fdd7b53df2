export const ROLES = ["MANAGER", "SALES", "CUSTOMER"] as const;
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
