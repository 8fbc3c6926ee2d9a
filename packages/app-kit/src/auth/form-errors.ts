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

/** Which form field an issue's path belongs to, when the input is not shaped like the form. */
export type FieldOfPath<K extends string> = (path: ReadonlyArray<PropertyKey>) => K | undefined;

/**
 * One message per form field: the first the schema reports. Nested paths
 * (`capabilities.tools`) belong to their top-level field unless `fieldOfPath`
 * says otherwise.
 */
export function fieldErrorsOf<K extends string>(
  issues: ReadonlyArray<Issue>,
  fields: readonly K[],
  fieldOfPath?: FieldOfPath<K>,
): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const issue of issues) {
    const field = fieldOfPath?.(issue.path) ?? fields.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** Server answers that belong to one field on any form that has it. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  EMAIL_TAKEN: 'email',
  SIGNUP_DOMAIN: 'email',
};

export interface ServerErrorPlacement<K extends string> {
  /** Error codes that belong to one field of this form (e.g. `MODEL_EXISTS` → the model id). */
  fieldOfCode?: Partial<Record<string, K>> | undefined;
  fieldOfPath?: FieldOfPath<K> | undefined;
}

/**
 * Places a failed call's message next to its field: by error code, or by the server's
 * field errors, else above the submit button.
 */
export function serverFormErrors<K extends string>(
  error: unknown,
  fields: readonly K[],
  placement: ServerErrorPlacement<K> = {},
): FormErrors<K> {
  const info = readAppError(error);
  const isField = (name: string | undefined): name is K =>
    name !== undefined && (fields as readonly string[]).includes(name);
  const codeField = placement.fieldOfCode?.[info.appCode] ?? FIELD_OF_CODE[info.appCode];
  if (isField(codeField)) return { fields: { [codeField]: info.message } as FieldErrors<K> };
  const byField = fieldErrorsOf(
    Object.entries(info.fieldErrors).map(([path, message]) => ({ path: path.split('.'), message })),
    fields,
    placement.fieldOfPath,
  );
  if (Object.keys(byField).length > 0) return { fields: byField };
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
