import { readAppError } from '@enox/app-kit';

interface Issue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** The part of a zod schema forms need; every contract schema fits it. */
export interface FormSchema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<Issue> } };
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

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

export interface ServerFormErrors<K extends string> {
  fields: FieldErrors<K>;
  /** A problem of no single field: shown above the buttons. */
  form?: string;
}

/**
 * Places a failed call's message next to its field: by the server's field
 * errors, or by error code (`MODEL_EXISTS` belongs to the model id), else
 * above the buttons.
 */
export function serverFormErrors<K extends string>(
  error: unknown,
  fields: readonly K[],
  fieldOfCode: Partial<Record<string, K>> = {},
  fieldOfPath?: FieldOfPath<K>,
): ServerFormErrors<K> {
  const info = readAppError(error);
  const codeField = fieldOfCode[info.appCode];
  if (codeField) return { fields: { [codeField]: info.message } as FieldErrors<K> };
  const byField = fieldErrorsOf(
    Object.entries(info.fieldErrors).map(([path, message]) => ({
      path: path.split('.'),
      message,
    })),
    fields,
    fieldOfPath,
  );
  if (Object.keys(byField).length > 0) return { fields: byField };
  return { fields: {}, form: info.message };
}
