// Phone numbers are stored compact in E.164 (+4791234567) and shown grouped
// the way they are written at home: Norway "+47 912 34 567", Denmark
// "+45 22 33 44 55". Anything else is shown as stored.

export function normalisePhone(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) return `+${digits}`;
  if (trimmed.startsWith("00")) return `+${digits.slice(2)}`;
  return digits;
}

export function formatPhone(stored: string): string {
  const phone = normalisePhone(stored);
  const norway = phone.match(/^\+47(\d{3})(\d{2})(\d{3})$/);
  if (norway) {
    const [, a, b, c] = norway;
    // Mobile numbers (4xx, 9xx) are written 3-2-3; landlines in pairs.
    return /^[49]/.test(a) ? `+47 ${a} ${b} ${c}` : `+47 ${a.slice(0, 2)} ${a[2]}${b[0]} ${b[1]}${c[0]} ${c.slice(1)}`;
  }
  const denmark = phone.match(/^\+45(\d{2})(\d{2})(\d{2})(\d{2})$/);
  if (denmark) return `+45 ${denmark.slice(1).join(" ")}`;
  return stored;
}
