import "server-only";
import { createCustomerOp, getCustomer, listCustomers, patchCustomer } from "./customers";
import { addFollowUp } from "./lead-follow-ups";
import { getLead, listLeads, patchLead } from "./leads";
import type { RestOperation } from "./operation";
import { getOrder, listOrders, patchOrder } from "./orders";
import { createTouchpoint, listTouchpoints } from "./touchpoints";

// Every operation of the REST API, in the order the document lists them. A route under
// app/api/v1/ serves each; server/rest/openapi.test.ts checks that every one answers as documented.

export const REST_OPERATIONS = [
  listCustomers,
  createCustomerOp,
  getCustomer,
  patchCustomer,
  listTouchpoints,
  listLeads,
  getLead,
  patchLead,
  addFollowUp,
  listOrders,
  getOrder,
  patchOrder,
  createTouchpoint,
] as RestOperation<unknown, unknown, unknown>[];
