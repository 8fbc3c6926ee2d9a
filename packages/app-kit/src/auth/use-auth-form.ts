import { useState, type FormEvent } from 'react';
import {
  readFormValues,
  serverFormErrors,
  validateForm,
  type FormErrors,
  type FormSchema,
} from './form-errors';

export interface AuthFormOptions<K extends string, T> {
  fields: readonly K[];
  schema: FormSchema<T>;
  /** Sends valid data; reports a failure through `onError`. */
  submit: (data: T, callbacks: { onError: (error: unknown) => void }) => void;
}

/**
 * Form state for the auth forms: validate on submit with the contract's schema,
 * focus the first invalid field, show server errors in place, and clear a
 * field's error as soon as it is edited.
 */
export function useAuthForm<K extends string, T>({
  fields,
  schema,
  submit,
}: AuthFormOptions<K, T>) {
  const [errors, setErrors] = useState<FormErrors<K>>({ fields: {} });

  const focusFirstInvalid = (form: HTMLFormElement, invalid: Partial<Record<K, string>>) => {
    const first = fields.find((name) => invalid[name]);
    const element = first ? form.elements.namedItem(first) : null;
    if (element instanceof HTMLElement) element.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validateForm(schema, readFormValues(form, fields));
    if (!result.ok) {
      setErrors({ fields: result.errors });
      focusFirstInvalid(form, result.errors);
      return;
    }
    setErrors({ fields: {} });
    submit(result.data, {
      onError: (error) => {
        const next = serverFormErrors(error, fields);
        setErrors(next);
        focusFirstInvalid(form, next.fields);
      },
    });
  };

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    const name = fields.find((field) => field === target.name);
    if (!name || (!errors.fields[name] && !errors.form)) return;
    setErrors((current) => ({ fields: { ...current.fields, [name]: undefined } }));
  };

  return { errors, onSubmit, onInput };
}
