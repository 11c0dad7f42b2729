import { createContext, useCallback, useContext, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors, type FormErrors } from '../api/problem';
import type { Check } from './validation';

/** The server's problem for a form, split into field messages and a general one. */
export function useFormErrors(error: unknown, fields: readonly string[]): FormErrors {
  const { t, i18n } = useTranslation();
  const key = fields.join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => formErrors(error, fields, t), [error, key, t, i18n.language]);
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string') values[name] = value;
  });
  return values;
}

/** Runs the checks on the values; the messages of the fields that fail. */
export function runChecks(checks: Record<string, Check>, values: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, check] of Object.entries(checks)) {
    const message = check(values[name] ?? '', values);
    if (message) errors[name] = message;
  }
  return errors;
}

/**
 * One way for every form to show errors next to its fields: the client checks
 * run on submit, the server's field errors arrive from the problem document;
 * each message stays next to its field until the user edits that field (not
 * until blur: errors that vanish on blur move the submit button away from
 * under the pointer between mouse-down and mouse-up).
 */
export function useValidatedForm(checks: Record<string, Check>, server: FormErrors) {
  const [shown, setShown] = useState<Record<string, string>>(server.fields);
  useEffect(() => setShown(server.fields), [server.fields]);

  const clear = useCallback((name: string) => {
    setShown((current) => {
      if (!(name in current)) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  }, []);

  const handleSubmit = useCallback(
    (onValid: (values: Record<string, string>, form: HTMLFormElement) => void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      const values = formValues(form);
      const errors = runChecks(checks, values);
      setShown(errors);
      const first = Object.keys(errors)[0];
      if (first !== undefined) {
        form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
        return;
      }
      onValid(values, form);
    },
    [checks],
  );
  const context = useMemo<FieldErrors>(() => ({ errors: shown, clear }), [shown, clear]);
  return { handleSubmit, context };
}

export interface FieldErrors {
  errors: Record<string, string>;
  clear(name: string): void;
}

export const FieldErrorsContext = createContext<FieldErrors>({ errors: {}, clear: () => undefined });

/** The message for one field, and a function to call when the user edits it. */
export function useFieldError(name: string): { error: string | undefined; onEdit: () => void } {
  const { errors, clear } = useContext(FieldErrorsContext);
  return { error: errors[name], onEdit: () => clear(name) };
}
