"use client";

// What a person typed, kept across one reload. A form posted from an older build of Reise is
// refused by the new one (server actions are tied to a build), and only a reload brings the new
// build: before it, every form that keeps a draft (data-draft) writes its fields to this tab's
// sessionStorage, and after it each form takes its own back. Hidden fields (ids, versions,
// idempotency keys) come fresh from the new page; passwords and files are never stored.

type Field = { name: string; value: string; checked?: boolean };
type Draft = { at: number; fields: Field[] };

const PREFIX = "reise:draft:";
const RELOADED = "reise:stale-reload";
/** A draft older than this is from another visit, not the reload it was kept for. */
const MAX_AGE_MS = 60 * 60 * 1000;
/** A second refusal this soon after a reload means reloading does not help: stay and say so. */
const RELOAD_GUARD_MS = 15_000;
const SKIPPED = new Set(["hidden", "password", "file", "submit", "button", "reset", "image"]);

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function controls(form: HTMLFormElement): Control[] {
  return Array.from(form.elements).filter(
    (el): el is Control =>
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) &&
      !!el.name &&
      !SKIPPED.has(el.type),
  );
}

const checkable = (el: Control): el is HTMLInputElement =>
  el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio");

export function readFields(form: HTMLFormElement): Field[] {
  return controls(form).map((el) =>
    checkable(el) ? { name: el.name, value: el.value, checked: el.checked } : { name: el.name, value: el.value },
  );
}

/** Whether anything differs from what the page rendered: only a touched form keeps a draft. */
export function isTouched(form: HTMLFormElement): boolean {
  return controls(form).some((el) => {
    if (checkable(el)) return el.checked !== el.defaultChecked;
    if (el instanceof HTMLSelectElement) return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    return el.value !== el.defaultValue;
  });
}

/**
 * Puts the fields back as if typed, so React's onChange runs for controlled fields too; returns
 * the fields not found yet (a field that appears only once another is set, like a lost reason).
 */
export function writeFields(form: HTMLFormElement, fields: Field[]): Field[] {
  const present = controls(form);
  const seen = new Map<string, number>();
  const missing: Field[] = [];
  for (const field of fields) {
    if (field.checked !== undefined) {
      const el = present.find((c) => checkable(c) && c.name === field.name && c.value === field.value);
      if (!el) missing.push(field);
      else if (checkable(el) && el.checked !== field.checked) el.click();
      continue;
    }
    // Several text fields may share a name: the nth keeps the nth value.
    const nth = seen.get(field.name) ?? 0;
    seen.set(field.name, nth + 1);
    const el = present.filter((c) => !checkable(c) && c.name === field.name)[nth];
    if (!el) missing.push(field);
    else if (el.value !== field.value) setValue(el, field.value);
  }
  return missing;
}

function setValue(el: Control, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

const storageKey = (key: string) => `${PREFIX}${location.pathname}${location.search}:${key}`;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage blocked: the text still stays on the page until it reloads
  }
}

/** Writes every draft-keeping form on the page; true when the page may reload to the new build. */
export function keepDraftsForReload(): boolean {
  const store = storage();
  if (!store) return false;
  const at = Date.now();
  for (const form of Array.from(document.querySelectorAll<HTMLFormElement>("form[data-draft]"))) {
    if (isTouched(form))
      store.setItem(storageKey(form.dataset.draft!), JSON.stringify({ at, fields: readFields(form) } satisfies Draft));
  }
  const last = Number(store.getItem(RELOADED) ?? 0);
  if (at - last < RELOAD_GUARD_MS) return false;
  store.setItem(RELOADED, String(at));
  return true;
}

/** The draft kept for this form, if a reload kept one; it stays until the form saves. */
export function readDraft(key: string): Field[] | null {
  const raw = storage()?.getItem(storageKey(key));
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    return Date.now() - draft.at < MAX_AGE_MS && Array.isArray(draft.fields) ? draft.fields : null;
  } catch {
    return null;
  }
}

export function dropDraft(key: string) {
  storage()?.removeItem(storageKey(key));
}
