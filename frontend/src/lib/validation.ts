// Client-side checks that mirror the server's, so the user hears early; the
// server remains the judge and its field errors are shown the same way.

// The WHATWG e-mail pattern that browsers use for <input type=email>.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export const MIN_PASSWORD_LENGTH = 10;

export type Check = (value: string) => string | null;

export function required(message: string): Check {
  return (value) => (value.trim() === '' ? message : null);
}

export function email(requiredMessage: string, invalidMessage: string): Check {
  return (value) => {
    if (value.trim() === '') return requiredMessage;
    return EMAIL.test(value.trim()) ? null : invalidMessage;
  };
}

export function minLength(length: number, requiredMessage: string, tooShortMessage: string): Check {
  return (value) => {
    if (value === '') return requiredMessage;
    return [...value].length >= length ? null : tooShortMessage;
  };
}

export function maxChars(max: number, message: string): Check {
  return (value) => ([...value.trim()].length > max ? message : null);
}

/** The first message of the checks, in order. */
export function all(...checks: Check[]): Check {
  return (value) => {
    for (const check of checks) {
      const message = check(value);
      if (message) return message;
    }
    return null;
  };
}

/** Limits from the OpenAPI document (maxLength), checked before sending. */
export const LIMITS = {
  name: 200,
  societalGoal: 2000,
  description: 10000,
  note: 2000,
  password: 256,
} as const;
