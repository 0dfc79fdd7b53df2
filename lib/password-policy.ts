// Which passwords staff may choose. One pure function, used by the set-password
// page and the server alike. Length does most of the work (NIST SP 800-63B):
// at least 12 characters, no composition rules, but refuse what an attacker
// tries first: the most common passwords, trivial patterns, and the user's own
// name, e-mail address or the product's name.

export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt reads only the first 72 bytes; a longer password would be cut without a word. */
export const PASSWORD_MAX_BYTES = 72;

export type PasswordProblem = "tooShort" | "tooLong" | "tooSimple" | "common" | "personal";
export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem };

// The most used passwords and the words they are built from (international,
// Norwegian and Danish), lower case. A password is refused when it is one of
// these, or one of these with digits and symbols before or after.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "098765432109",
  "111111111111",
  "000000000000",
  "qwertyuiop",
  "qwertyuiopå",
  "asdfghjkl",
  "asdfghjklø",
  "zxcvbnm",
  "qazwsxedc",
  "qazwsxedcrfv",
  "1qaz2wsx3edc",
  "1qaz2wsx3edc4rfv",
  "1q2w3e4r5t6y",
  "1q2w3e4r5t6y7u",
  "q1w2e3r4t5y6",
  "qwerty",
  "qwertz",
  "abcdefghijkl",
  "abcdefghijklm",
  "abc",
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "pass",
  "passwort",
  "passord",
  "adgangskode",
  "kodeord",
  "hemmelig",
  "hemmeligt",
  "secret",
  "letmein",
  "welcome",
  "velkommen",
  "iloveyou",
  "jegelskerdeg",
  "jegelskerdig",
  "admin",
  "administrator",
  "root",
  "changeme",
  "trustno1",
  "football",
  "fotball",
  "fodbold",
  "baseball",
  "princess",
  "sunshine",
  "dragon",
  "monkey",
  "master",
  "superman",
  "batman",
  "starwars",
  "whatever",
  "shadow",
  "michael",
  "jennifer",
  "charlie",
  "freedom",
  "computer",
  "internet",
  "login",
  "access",
  "default",
  "guest",
  "test",
  "testing",
  "hello",
  "hallo",
  "hei",
  "sommer",
  "vinter",
  "winter",
  "summer",
  "spring",
  "autumn",
  "norge",
  "danmark",
  "sverige",
  "oslo",
  "bergen",
  "kobenhavn",
  "københavn",
  "company",
  "firma",
  "crm",
  "sales",
  "manager",
  "salg",
  "qwerty123",
  "qwerty1234",
  "qwerty123456",
  "password123",
  "password1234",
  "iloveyou123",
]);

// Leading and trailing digits and symbols, as in "Password1234!" or "!!qwerty2026".
const PADDING = /^[\d\W_]+|[\d\W_]+$/gu;

export function checkPassword(
  password: string,
  person?: { email?: string | null; name?: string | null },
): PasswordCheck {
  if ([...password].length < PASSWORD_MIN_LENGTH) return { ok: false, reason: "tooShort" };
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return { ok: false, reason: "tooLong" };
  const plain = normalise(password);
  // "aaaaaaaaaaaa", "abcabcabcabc", twelve spaces: long, and guessed at once.
  if (new Set(plain.replace(/\s/g, "")).size < 5) return { ok: false, reason: "tooSimple" };
  if (COMMON.has(plain) || COMMON.has(plain.replace(PADDING, "")) || isDigitRun(plain))
    return { ok: false, reason: "common" };
  if (personalWords(person).some((word) => plain.includes(word))) return { ok: false, reason: "personal" };
  return { ok: true };
}

function normalise(value: string): string {
  return value.normalize("NFKC").toLowerCase();
}

/** Digits counting up or down, wrapping at 9/0: "234567890123", "987654321098". */
function isDigitRun(value: string): boolean {
  if (!/^\d+$/.test(value)) return false;
  const steps = new Set([...value].slice(1).map((d, i) => (Number(d) - Number(value[i]) + 10) % 10));
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** "reise", the whole address, its local part and the parts of it and of the name, from 3 letters. */
function personalWords(person?: { email?: string | null; name?: string | null }): string[] {
  const email = normalise(person?.email ?? "");
  const local = email.split("@")[0] ?? "";
  const words = ["reise", email, local, ...local.split(/[._+-]/), ...normalise(person?.name ?? "").split(/[\s.,'-]+/u)];
  return words.filter((word) => [...word].length >= 3);
}
