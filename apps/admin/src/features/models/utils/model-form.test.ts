import { createModelInput, type AdminModel } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import {
  modelFormValues,
  optionalNumber,
  toCreateModelInput,
  toUpdateModelInput,
} from './model-form';

const model: AdminModel = {
  id: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60',
  modelId: 'gpt-5-mini',
  name: 'GPT-5 mini',
  type: 'text',
  provider: {
    id: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f61',
    name: 'OpenAI',
    kind: 'openai-compatible',
    active: true,
  },
  monthlyLimit: 40,
  maxTokens: null,
  capabilities: { thinking: true, tools: true, vision: false },
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('model form', () => {
  it('reads empty numbers as "use the default" and leaves bad ones to the schema', () => {
    expect(optionalNumber(' ')).toBeNull();
    expect(optionalNumber('25')).toBe(25);
    const result = createModelInput.safeParse(
      toCreateModelInput({ ...modelFormValues(model), monthlyLimit: '2.5' }),
    );
    expect(result.error?.issues[0]?.message).toBe('Enter a whole number.');
  });

  it('round-trips a model through the form unchanged', () => {
    expect(toUpdateModelInput(model, modelFormValues(model))).toEqual({
      id: model.id,
      providerId: model.provider.id,
      modelId: 'gpt-5-mini',
      name: 'GPT-5 mini',
      type: 'text',
      monthlyLimit: 40,
      maxTokens: null,
      capabilities: { thinking: true, tools: true, vision: false },
      active: true,
    });
  });

  it('clears text capabilities of media models', () => {
    const input = toCreateModelInput({ ...modelFormValues(model), type: 'image' });
    expect(input.capabilities).toEqual({ thinking: false, tools: false, vision: false });
  });
});
