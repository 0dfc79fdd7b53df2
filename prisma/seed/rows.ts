// Row shapes for the raw inserts, mirroring prisma/migrations (quoted
// PascalCase tables, camelCase columns, Postgres enums). Dates are epoch ms.

export type Role = "MANAGER" | "SALES" | "CUSTOMER";
export type Locale = "nb" | "da" | "en";
export type Currency = "NOK" | "DKK" | "EUR";
export type JourneyStage = "NEED" | "RESEARCH" | "PURCHASE" | "DELIVERY" | "USE" | "LOYALTY";
export type Channel =
  | "WEB"
  | "MOBILE"
  | "CHAT"
  | "PHONE"
  | "EMAIL"
  | "SMS"
  | "STORE"
  | "EVENT"
  | "SOCIAL"
  | "REVIEW"
  | "PARTNER"
  | "CAMPAIGN";
export type Direction = "INBOUND" | "OUTBOUND";
export type Phase = "BEFORE" | "DURING" | "AFTER";
export type TouchpointOwner = "BRAND" | "PARTNER" | "CUSTOMER" | "SOCIAL";
export type TouchpointKind =
  | "PAGE_VIEW"
  | "PRICE_CHECK"
  | "BROCHURE_DOWNLOAD"
  | "NEWSLETTER_CLICK"
  | "CHAT_MESSAGE"
  | "CALLBACK_REQUEST"
  | "FORM_SUBMISSION"
  | "APPOINTMENT_REQUEST"
  | "STORE_VISIT"
  | "EVENT_VISIT"
  | "CALL"
  | "EMAIL"
  | "SMS"
  | "MEETING"
  | "REVIEW"
  | "SOCIAL_MENTION"
  | "PARTNER_REFERRAL"
  | "ORDER_PLACED"
  | "ORDER_UPDATE"
  | "ORDER_QUESTION"
  | "DELIVERY"
  | "SERVICE_VISIT"
  | "LOYALTY_REWARD";
export type LeadStage = "NEW" | "CONTACTED" | "QUALIFIED" | "PROPOSAL" | "WON" | "LOST";
export type Readiness = "HOT" | "WARM" | "SLOW";
export type FollowUpType = "CALL" | "EMAIL" | "CHAT" | "MEETING" | "SMS";
export type FollowUpOutcome =
  "REACHED" | "NO_ANSWER" | "LEFT_MESSAGE" | "MEETING_BOOKED" | "PROPOSAL_SENT" | "NOT_INTERESTED" | "CALL_BACK_LATER";
export type ProductCategory = "CAR" | "KITCHEN" | "BATHROOM" | "BUILDING_MATERIALS" | "TOOLS" | "GARDEN";
export type OrderMilestone =
  | "PLACED"
  | "CONFIRMED"
  | "IN_PRODUCTION"
  | "SHIPPED"
  | "READY_FOR_PICKUP"
  | "OUT_FOR_DELIVERY"
  | "DELIVERED"
  | "CANCELLED";
export type Fulfilment = "HOME_DELIVERY" | "SHIP_TO_STORE" | "PICKUP";
export type LoyaltyTier = "BASIC" | "SILVER" | "GOLD" | "PLATINUM";
export type ConsentPurpose = "MARKETING_EMAIL" | "SMS" | "PROFILING";

export const JOURNEY_STAGES: readonly JourneyStage[] = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"];

type Ms = number;

export interface TeamRow {
  id: string;
  name: string;
  createdAt: Ms;
}
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  locale: Locale;
  teamId: string | null;
  customerId: string | null;
  lastLoginAt: Ms | null;
  createdAt: Ms;
  updatedAt: Ms;
}
export interface CampaignRow {
  id: string;
  name: string;
  channel: Channel;
  startsAt: Ms;
  endsAt: Ms | null;
  createdAt: Ms;
}
export interface CustomerRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  city: string;
  locale: Locale;
  currency: Currency;
  teamId: string;
  ownerId: string | null;
  journeyStage: JourneyStage;
  loyaltyTier: LoyaltyTier;
  loyaltyPoints: number;
  lastActivityAt: Ms | null;
  createdAt: Ms;
  updatedAt: Ms;
}
export interface TouchpointRow {
  id: string;
  customerId: string;
  leadId: string | null;
  orderId: string | null;
  campaignId: string | null;
  actorId: string | null;
  occurredAt: Ms;
  channel: Channel;
  direction: Direction;
  phase: Phase;
  owner: TouchpointOwner;
  kind: TouchpointKind;
  stage: JourneyStage;
  topic: string | null;
  summary: string;
  externalId: string | null;
  createdAt: Ms;
}
export interface LeadRow {
  id: string;
  customerId: string;
  ownerId: string | null;
  campaignId: string | null;
  interest: string;
  category: ProductCategory;
  sourceChannel: Channel;
  stage: LeadStage;
  lostReason: string | null;
  lostReasonId: string | null;
  /** The stage a lost lead was lost from (the database keeps it from then on). */
  lostFromStage: LeadStage | null;
  /** The promise its clock was measured against. */
  slaMinutes: number;
  valueMinor: number;
  score: number;
  readiness: Readiness;
  /** When the seed scored it, from its signals (lead-score.ts); the rescore job refreshes it hourly. */
  scoredAt: Ms;
  waitingSince: Ms | null;
  slaDueAt: Ms | null;
  firstResponseAt: Ms | null;
  firstResponseMinutes: number | null;
  nextFollowUpAt: Ms | null;
  lastActivityAt: Ms;
  stageChangedAt: Ms;
  closedAt: Ms | null;
  version: number;
  createdAt: Ms;
  updatedAt: Ms;
}
export interface FollowUpRow {
  id: string;
  leadId: string;
  authorId: string;
  touchpointId: string | null;
  type: FollowUpType;
  outcome: FollowUpOutcome;
  note: string;
  nextStep: string | null;
  nextFollowUpAt: Ms | null;
  idempotencyKey: string;
  createdAt: Ms;
}
export interface OrderRow {
  id: string;
  number: string;
  customerId: string;
  leadId: string | null;
  product: string;
  category: ProductCategory;
  totalMinor: number;
  currency: Currency;
  milestone: OrderMilestone;
  fulfilment: Fulfilment;
  promisedDeliveryAt: Ms | null;
  expectedDeliveryAt: Ms | null;
  deliveredAt: Ms | null;
  internalNote: string | null;
  marginMinor: number | null;
  placedAt: Ms;
  version: number;
  createdAt: Ms;
  updatedAt: Ms;
}
export interface OrderEventRow {
  id: string;
  orderId: string;
  kind: "MILESTONE" | "DATE_CHANGE";
  milestone: OrderMilestone | null;
  fromDate: Ms | null;
  toDate: Ms | null;
  reason: string | null;
  actorId: string | null;
  occurredAt: Ms;
}
export interface LoyaltyEntryRow {
  id: string;
  customerId: string;
  orderId: string | null;
  points: number;
  reason: string;
  occurredAt: Ms;
}
export interface ConsentRow {
  customerId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  updatedAt: Ms;
}
export interface ConsentEventRow {
  id: string;
  customerId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  source: string;
  recordedById: string | null;
  occurredAt: Ms;
}

/** Column → SQL type for each table, in insert order (parents before children). */
export const TABLES = {
  Team: { id: "uuid", name: "text", createdAt: "timestamptz" },
  User: {
    id: "uuid",
    email: "text",
    name: "text",
    role: '"Role"',
    passwordHash: "text",
    locale: '"Locale"',
    teamId: "uuid",
    customerId: "uuid",
    lastLoginAt: "timestamptz",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
  Campaign: {
    id: "uuid",
    name: "text",
    channel: '"Channel"',
    startsAt: "timestamptz",
    endsAt: "timestamptz",
    createdAt: "timestamptz",
  },
  Customer: {
    id: "uuid",
    name: "text",
    email: "text",
    phone: "text",
    city: "text",
    locale: '"Locale"',
    currency: '"Currency"',
    teamId: "uuid",
    ownerId: "uuid",
    journeyStage: '"JourneyStage"',
    loyaltyTier: '"LoyaltyTier"',
    loyaltyPoints: "int",
    lastActivityAt: "timestamptz",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
  Lead: {
    id: "uuid",
    customerId: "uuid",
    ownerId: "uuid",
    campaignId: "uuid",
    interest: "text",
    category: '"ProductCategory"',
    sourceChannel: '"Channel"',
    stage: '"LeadStage"',
    lostReason: "text",
    lostReasonId: "uuid",
    lostFromStage: '"LeadStage"',
    slaMinutes: "int",
    valueMinor: "int",
    score: "int",
    readiness: '"Readiness"',
    scoredAt: "timestamptz",
    waitingSince: "timestamptz",
    slaDueAt: "timestamptz",
    firstResponseAt: "timestamptz",
    firstResponseMinutes: "int",
    nextFollowUpAt: "timestamptz",
    lastActivityAt: "timestamptz",
    stageChangedAt: "timestamptz",
    closedAt: "timestamptz",
    version: "int",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
  Order: {
    id: "uuid",
    number: "text",
    customerId: "uuid",
    leadId: "uuid",
    product: "text",
    category: '"ProductCategory"',
    totalMinor: "int",
    currency: '"Currency"',
    milestone: '"OrderMilestone"',
    fulfilment: '"Fulfilment"',
    promisedDeliveryAt: "timestamptz",
    expectedDeliveryAt: "timestamptz",
    deliveredAt: "timestamptz",
    internalNote: "text",
    marginMinor: "int",
    placedAt: "timestamptz",
    version: "int",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
  Touchpoint: {
    id: "uuid",
    customerId: "uuid",
    leadId: "uuid",
    orderId: "uuid",
    campaignId: "uuid",
    actorId: "uuid",
    occurredAt: "timestamptz",
    channel: '"Channel"',
    direction: '"Direction"',
    phase: '"Phase"',
    owner: '"TouchpointOwner"',
    kind: '"TouchpointKind"',
    stage: '"JourneyStage"',
    topic: "text",
    summary: "text",
    externalId: "text",
    createdAt: "timestamptz",
  },
  FollowUp: {
    id: "uuid",
    leadId: "uuid",
    authorId: "uuid",
    touchpointId: "uuid",
    type: '"FollowUpType"',
    outcome: '"FollowUpOutcome"',
    note: "text",
    nextStep: "text",
    nextFollowUpAt: "timestamptz",
    idempotencyKey: "text",
    createdAt: "timestamptz",
  },
  OrderEvent: {
    id: "uuid",
    orderId: "uuid",
    kind: '"OrderEventKind"',
    milestone: '"OrderMilestone"',
    fromDate: "timestamptz",
    toDate: "timestamptz",
    reason: "text",
    actorId: "uuid",
    occurredAt: "timestamptz",
  },
  MilestoneContent: {
    id: "uuid",
    category: '"ProductCategory"',
    milestone: '"OrderMilestone"',
    locale: '"Locale"',
    position: "int",
    title: "text",
    body: "text",
    linkUrl: "text",
    version: "int",
    updatedById: "uuid",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
  LoyaltyEntry: {
    id: "uuid",
    customerId: "uuid",
    orderId: "uuid",
    points: "int",
    reason: "text",
    occurredAt: "timestamptz",
  },
  Consent: { customerId: "uuid", purpose: '"ConsentPurpose"', granted: "boolean", updatedAt: "timestamptz" },
  ConsentEvent: {
    id: "uuid",
    customerId: "uuid",
    purpose: '"ConsentPurpose"',
    granted: "boolean",
    source: "text",
    recordedById: "uuid",
    occurredAt: "timestamptz",
  },
} as const;

export type TableName = keyof typeof TABLES;
