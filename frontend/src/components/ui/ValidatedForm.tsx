import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { FieldErrorsContext, type useValidatedForm } from '../../lib/useFormErrors';

interface Props {
  form: ReturnType<typeof useValidatedForm>;
  onValid: (values: Record<string, string>, form: HTMLFormElement) => void;
  children: ReactNode;
}

/** A react-aria Form whose fields show the messages of `useValidatedForm`. */
export function ValidatedForm({ form, onValid, children }: Props) {
  return (
    <Form className="form" validationBehavior="aria" onSubmit={form.handleSubmit(onValid)}>
      <FieldErrorsContext.Provider value={form.context}>{children}</FieldErrorsContext.Provider>
    </Form>
  );
}
