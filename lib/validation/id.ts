// The one check for a record id (a UUID) from a URL, a form or an API body. Pure, for both sides:
// the server checks ids before they reach a query (anything else is "not found"), the audit log
// shortens them for display.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isId = (value: string) => UUID.test(value);
