import type { AdminProvider } from '@enox/contracts';
import { createProviderInput, updateProviderInput } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import {
  providerFormValues,
  toCreateProviderInput,
  toTestKeyInput,
  toUpdateProviderInput,
} from './provider-form';

const stored: AdminProvider = {
  id: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60',
  kind: 'openai-compatible',
  name: 'Team OpenAI',
  preset: 'openai',
  baseUrl: null,
  simulated: false,
  active: true,
  maskedKey: 'sk-…abcd',
  modelCount: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('provider form', () => {
  it('leaves the key out of an edit when none was typed, so the stored key is kept', () => {
    const values = { ...providerFormValues(stored), name: 'Renamed' };
    const input = toUpdateProviderInput(stored, values);
    expect(input).toEqual({
      id: stored.id,
      name: 'Renamed',
      active: true,
      preset: 'openai',
      baseUrl: null,
    });
    expect(updateProviderInput.safeParse(input).success).toBe(true);
  });

  it('sends a retyped key, trimmed', () => {
    const values = { ...providerFormValues(stored), apiKey: '  sk-new-0123456789  ' };
    expect(toUpdateProviderInput(stored, values).apiKey).toBe('sk-new-0123456789');
  });

  it('sends only name and status for the simulated provider', () => {
    const simulated = { ...stored, simulated: true, preset: null };
    expect(toUpdateProviderInput(simulated, providerFormValues(simulated))).toEqual({
      id: stored.id,
      name: 'Team OpenAI',
      active: true,
    });
  });

  it('drops the preset of a Google provider and empty optional fields', () => {
    const input = toCreateProviderInput({
      kind: 'google',
      name: 'Gemini',
      preset: 'openai',
      baseUrl: ' ',
      apiKey: '',
      active: true,
    });
    expect(input).toEqual({
      kind: 'google',
      name: 'Gemini',
      preset: null,
      baseUrl: null,
      active: true,
    });
    expect(createProviderInput.safeParse(input).success).toBe(true);
  });

  it('tests the form as it stands, with the stored key when none was typed', () => {
    expect(toTestKeyInput(stored, providerFormValues(stored))).toEqual({
      id: stored.id,
      preset: 'openai',
      baseUrl: null,
    });
    expect(
      toTestKeyInput(undefined, { ...providerFormValues(), apiKey: 'sk-draft-0123456789' }),
    ).toEqual({
      kind: 'openai-compatible',
      preset: null,
      baseUrl: null,
      apiKey: 'sk-draft-0123456789',
    });
  });
});
