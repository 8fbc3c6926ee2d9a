import { readAppError } from '../app-error';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export interface FormErrors<K extends string> {
  fields: FieldErrors<K>;
  /** A problem that belongs to no single field (wrong credentials, rate limit, offline). */
  form?: string;
}

interface Issue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** The part of a zod schema this module needs; the contracts' schemas fit it. */
export interface FormSchema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<Issue> } };
}

export type Validation<T, K extends string> =
  { ok: true; data: T } | { ok: false; errors: FieldErrors<K> };

/**
 * Validates form values with the same schema the server uses, so the person
 * sees the server's rules (and wording) before a round trip. One message per
 * field: the first the schema reports.
 */
export function validateForm<T, K extends string>(
  schema: FormSchema<T>,
  values: Record<K, string>,
): Validation<T, K> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors<K> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in values && !errors[field as K]) {
      errors[field as K] = issue.message;
    }
  }
  return { ok: false, errors };
}

/** Server answers that belong to one field rather than to the whole form. */
const FIELD_OF_CODE: Record<string, string> = {
  EMAIL_TAKEN: 'email',
  SIGNUP_DOMAIN: 'email',
};

/** Places a failed call's message next to the field it concerns, or above the submit button. */
export function serverFormErrors<K extends string>(
  error: unknown,
  fields: readonly K[],
): FormErrors<K> {
  const info = readAppError(error);
  const isField = (name: string): name is K => (fields as readonly string[]).includes(name);

  const codeField = FIELD_OF_CODE[info.appCode];
  if (codeField && isField(codeField)) {
    return { fields: { [codeField]: info.message } as FieldErrors<K> };
  }

  const fieldErrors: FieldErrors<K> = {};
  for (const [name, message] of Object.entries(info.fieldErrors)) {
    if (isField(name)) fieldErrors[name] = message;
  }
  if (Object.keys(fieldErrors).length > 0) return { fields: fieldErrors };
  return { fields: {}, form: info.message };
}

/** Reads named text fields from a form. */
export function readFormValues<K extends string>(
  form: HTMLFormElement,
  fields: readonly K[],
): Record<K, string> {
  const data = new FormData(form);
  const values = {} as Record<K, string>;
  for (const name of fields) {
    const value = data.get(name);
    values[name] = typeof value === 'string' ? value : '';
  }
  return values;
}
