// Client-side checks for the mistakes people make most (an empty field, a
// mistyped e-mail address, a short password), so they hear at once. Limits
// that are rarely reached (maximum lengths) are left to the server: its field
// errors carry a code and the limit, which problem.ts translates.

// The WHATWG e-mail pattern that browsers use for <input type=email>.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export const MIN_PASSWORD_LENGTH = 10;

/** A check gets the field's value and, for rules across fields, all values of the form. */
export type Check = (value: string, values?: Record<string, string>) => string | null;

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

/** The first message of the checks, in order. */
export function all(...checks: Check[]): Check {
  return (value, values) => {
    for (const check of checks) {
      const message = check(value, values);
      if (message) return message;
    }
    return null;
  };
}

/** For a pair of fields that are filled together: this one, when filled, needs `other`. */
export function bothOrNeither(other: string, message: string): Check {
  return (value, values) => (value.trim() !== '' && (values?.[other] ?? '').trim() === '' ? message : null);
}
