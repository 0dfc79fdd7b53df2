// The demo data earns and spends points by the app's own rules.
export { LOYALTY_RULES, pointsForOrder, tierForPoints } from "../../lib/loyalty";
