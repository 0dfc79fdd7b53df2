// Error codes the sign-in endpoint answers with (in the ?error= of the URL
// next-auth's client gets back), which the login form turns into a message.
// Kept free of imports: the form loads this before anything else.

/** Right password, but the user was disabled: said only once the password is verified. */
export const ACCOUNT_CLOSED = "AccountClosed";
