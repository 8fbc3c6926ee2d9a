import { loginInput } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { createFakeClient, wireError, type WireAnswer } from '../../../lib/testing/fake-trpc';
import { serverFormErrors, validateForm } from './form-errors';

const LOGIN_FIELDS = ['email', 'password'] as const;

async function loginFailure(answer: WireAnswer | Error) {
  const { client } = createFakeClient(answer);
  const error: unknown = await client.auth.login
    .mutate({ email: 'ada@example.com', password: 'wrong password' })
    .then(
      () => new Error('expected the call to fail'),
      (failure: unknown) => failure,
    );
  return serverFormErrors(error, LOGIN_FIELDS);
}

describe('admin sign-in form errors', () => {
  it('asks for both fields before calling the server', () => {
    expect(validateForm(loginInput, { email: '', password: '' })).toEqual({
      ok: false,
      errors: { email: 'Enter a valid email address.', password: 'Enter your password.' },
    });
  });

  it('shows wrong credentials above the button, not under one field', async () => {
    expect(
      await loginFailure(
        wireError('UNAUTHORIZED', 401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.'),
      ),
    ).toEqual({ fields: {}, form: 'Email or password is incorrect.' });
  });

  it('passes the rate-limit message through unchanged', async () => {
    const message = 'Too many sign-in attempts. Please wait a few minutes and try again.';
    expect(
      await loginFailure(wireError('TOO_MANY_REQUESTS', 429, 'TOO_MANY_ATTEMPTS', message)),
    ).toEqual({ fields: {}, form: message });
  });
});
