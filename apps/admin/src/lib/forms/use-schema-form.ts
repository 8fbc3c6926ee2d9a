import { useMemo, useState, type FormEvent } from 'react';
import {
  fieldErrorsOf,
  serverFormErrors,
  type FieldErrors,
  type FieldOfPath,
  type FormErrors,
  type FormSchema,
} from '@enox/app-kit';

export interface SchemaFormOptions<V extends Record<string, unknown>, T> {
  initial: V;
  /** The contract schema the server validates with: same rules, same words. */
  schema: FormSchema<T>;
  /** Form values (strings from inputs) to the procedure's input. */
  toInput: (values: V) => unknown;
  /** Error codes that belong to one field. */
  fieldOfCode?: Partial<Record<string, Extract<keyof V, string>>>;
  /** For inputs not shaped like the form: which field an issue path belongs to. */
  fieldOfPath?: FieldOfPath<Extract<keyof V, string>>;
}

/**
 * Form state that validates as you type with the contract's schema: a field
 * shows its error once it has been edited (every field after a submit), and
 * server answers land next to the field they concern.
 */
export function useSchemaForm<V extends Record<string, unknown>, T>({
  initial,
  schema,
  toInput,
  fieldOfCode,
  fieldOfPath,
}: SchemaFormOptions<V, T>) {
  type K = Extract<keyof V, string>;
  const fields = Object.keys(initial) as K[];
  const [values, setValues] = useState(initial);
  const [shown, setShown] = useState<ReadonlySet<K>>(() => new Set());
  const [server, setServer] = useState<FormErrors<K>>({ fields: {} });

  const parsed = useMemo(() => schema.safeParse(toInput(values)), [schema, toInput, values]);
  const clientErrors: FieldErrors<K> = parsed.success
    ? {}
    : fieldErrorsOf(parsed.error.issues, fields, fieldOfPath);

  const error = (name: K): string | undefined =>
    server.fields[name] ?? (shown.has(name) ? clientErrors[name] : undefined);

  const set = <N extends K>(name: N, value: V[N]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setShown((current) => new Set(current).add(name));
    setServer((current) =>
      current.fields[name] || current.form
        ? { fields: { ...current.fields, [name]: undefined } }
        : current,
    );
  };

  const submit = (onValid: (data: T) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShown(new Set(fields));
    if (parsed.success) {
      onValid(parsed.data);
      return;
    }
    const first = fields.find((name) => clientErrors[name]);
    const element = first ? event.currentTarget.elements.namedItem(first) : null;
    if (element instanceof HTMLElement) element.focus();
  };

  const fail = (caught: unknown) =>
    setServer(serverFormErrors(caught, fields, { fieldOfCode, fieldOfPath }));

  const reset = (next: V = initial) => {
    setValues(next);
    setShown(new Set());
    setServer({ fields: {} });
  };

  return {
    values,
    set,
    error,
    submit,
    fail,
    reset,
    formError: server.form,
    valid: parsed.success,
    /** The validated input, when the form is valid (e.g. to test a key before saving). */
    data: parsed.success ? parsed.data : undefined,
  };
}
