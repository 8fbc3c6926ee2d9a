import { createProviderInput } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { createFakeClient, wireError } from '../testing/fake-trpc';
import { fieldErrorsOf, serverFormErrors } from './form-errors';

const FIELDS = ['name', 'baseUrl', 'apiKey', 'preset'] as const;

async function failureOf(answer: Parameters<typeof createFakeClient>[0]) {
  const { client } = createFakeClient(answer);
  return client.auth.me.query().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('form field errors', () => {
  it('shows the contract’s first message per field', () => {
    const result = createProviderInput.safeParse({
      kind: 'google',
      name: '',
      preset: 'openai',
      baseUrl: 'ftp://nope',
      apiKey: 'short',
    });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error?.issues ?? [], FIELDS);
    expect(errors).toEqual({
      name: 'Enter a name.',
      baseUrl: 'Enter an http(s) URL.',
      apiKey: 'This does not look like an API key.',
      preset: 'Presets are for OpenAI-compatible providers.',
    });
  });

  it('puts a server error on the field its code concerns', async () => {
    const error = await failureOf(
      wireError('CONFLICT', 409, 'MODEL_EXISTS', 'This provider already has a model with this id.'),
    );
    expect(
      serverFormErrors(error, ['modelId', 'name'], { fieldOfCode: { MODEL_EXISTS: 'modelId' } }),
    ).toEqual({
      fields: { modelId: 'This provider already has a model with this id.' },
    });
  });

  it('places nested server field errors by their path', async () => {
    const error = await failureOf(
      wireError('BAD_REQUEST', 400, 'BAD_INPUT', 'Invalid.', {
        fieldErrors: { 'capabilities.tools': 'Tools need a text model.' },
      }),
    );
    const fieldOfPath = (path: ReadonlyArray<PropertyKey>) =>
      path[0] === 'capabilities' ? ('tools' as const) : undefined;
    expect(serverFormErrors(error, ['tools', 'name'], { fieldOfPath })).toEqual({
      fields: { tools: 'Tools need a text model.' },
    });
  });

  it('keeps other failures for the whole form', async () => {
    const error = await failureOf(
      wireError('FORBIDDEN', 403, 'ADMIN_ONLY', 'Only administrators can do this.'),
    );
    expect(serverFormErrors(error, FIELDS)).toEqual({
      fields: {},
      form: 'Only administrators can do this.',
    });
  });
});
