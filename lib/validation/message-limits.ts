// Limits of the template and message forms, shared by the forms (maxLength) and their schemas.
export const TEMPLATE_NAME_MAX = 80;
export const SUBJECT_MAX = 150;
export const EMAIL_BODY_MAX = 5000;
export const MESSAGE_CHANNELS = ["EMAIL", "SMS"] as const;
export const MESSAGE_PURPOSES = ["ANSWER", "CARE", "MARKETING"] as const;
export const TEMPLATE_LOCALES = ["nb", "da", "en"] as const;
export const TEMPLATE_STAGES = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"] as const;
