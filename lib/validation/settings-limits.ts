// The API key name's limit, for the create dialog's input and createApiKeySchema.
// Zod-free: client components import it without adding zod to the page's first JavaScript.

export const API_KEY_NAME_MAX = 80;
