import { loginInput, registerInput } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { NETWORK_ERROR_MESSAGE } from '../app-error';
import { createFakeClient, wireError, type WireAnswer } from '../testing/fake-trpc';
import { serverFormErrors, validateForm } from './form-errors';

const REGISTER_FIELDS = ['name', 'email', 'password'] as const;

/** Runs a real register call against a scripted answer and returns what the form would show. */
async function registerFailure(answer: WireAnswer | Error) {
  const { client } = createFakeClient(answer);
  const error: unknown = await client.auth.register
    .mutate({ name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' })
    .then(
      () => new Error('expected the call to fail'),
      (failure: unknown) => failure,
    );
  return serverFormErrors(error, REGISTER_FIELDS);
}

describe('validateForm with the contract schemas', () => {
  it('reports the server’s own wording, one message per field', () => {
    const result = validateForm(registerInput, {
      name: '  ',
      email: 'not-an-email',
      password: 'short',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Enter your name.',
        email: 'Enter a valid email address.',
        password: 'Use at least 10 characters.',
      },
    });
  });

  it('puts cross-field rules on the field they concern', () => {
    const result = validateForm(registerInput, {
      name: 'Ada',
      email: 'ada@example.com',
      password: 'ADA@example.com',
    });
    expect(result).toEqual({
      ok: false,
      errors: { password: 'Your password must not be your email.' },
    });
  });

  it('asks for both sign-in fields before calling the server', () => {
    expect(validateForm(loginInput, { email: '', password: '' })).toEqual({
      ok: false,
      errors: { email: 'Enter a valid email address.', password: 'Enter your password.' },
    });
  });

  it('returns the parsed (normalised) data when valid', () => {
    const result = validateForm(loginInput, { email: '  Ada@Example.COM ', password: 'x' });
    expect(result).toEqual({ ok: true, data: { email: 'ada@example.com', password: 'x' } });
  });
});

describe('serverFormErrors', () => {
  it('shows a taken email under the Email field', async () => {
    const errors = await registerFailure(
      wireError('CONFLICT', 409, 'EMAIL_TAKEN', 'An account with this email already exists.'),
    );
    expect(errors).toEqual({ fields: { email: 'An account with this email already exists.' } });
  });

  it('maps BAD_INPUT field errors onto the matching fields', async () => {
    const errors = await registerFailure(
      wireError('BAD_REQUEST', 400, 'BAD_INPUT', 'Use a less repetitive password.', {
        fieldErrors: { password: 'Use a less repetitive password.' },
      }),
    );
    expect(errors).toEqual({ fields: { password: 'Use a less repetitive password.' } });
  });

  it('shows credential and rate-limit errors for the whole form', async () => {
    const wrong = await registerFailure(
      wireError('UNAUTHORIZED', 401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.'),
    );
    expect(wrong).toEqual({ fields: {}, form: 'Email or password is incorrect.' });

    const limited = await registerFailure(
      wireError('TOO_MANY_REQUESTS', 429, 'TOO_MANY_ATTEMPTS', 'Too many sign-in attempts.'),
    );
    expect(limited).toEqual({ fields: {}, form: 'Too many sign-in attempts.' });
  });

  it('explains a failed connection instead of showing a raw fetch error', async () => {
    const errors = await registerFailure(new TypeError('Failed to fetch'));
    expect(errors).toEqual({ fields: {}, form: NETWORK_ERROR_MESSAGE });
  });
});
