import type { AdminModel } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { filterModels } from './filter-models';

function model(
  name: string,
  modelId: string,
  type: AdminModel['type'],
  providerId = 'p1',
): AdminModel {
  return {
    id: modelId,
    modelId,
    name,
    type,
    provider: { id: providerId, name: providerId, kind: 'openai-compatible', active: true },
    monthlyLimit: null,
    maxTokens: null,
    capabilities: { thinking: false, tools: false, vision: false },
    active: true,
    createdAt: '',
    updatedAt: '',
  };
}

const models = [
  model('GPT-5 mini', 'gpt-5-mini', 'text'),
  model('GPT Image', 'gpt-image-1', 'image'),
  model('Gemini Flash', 'gemini-2.5-flash', 'text', 'p2'),
];

describe('filterModels', () => {
  it('matches every word against name and model id, any case', () => {
    expect(filterModels(models, { search: 'gpt MINI', type: '', providerId: '' })).toHaveLength(1);
    expect(filterModels(models, { search: '2.5', type: '', providerId: '' })[0]?.name).toBe(
      'Gemini Flash',
    );
  });

  it('narrows by type and provider', () => {
    expect(filterModels(models, { search: '', type: 'text', providerId: '' })).toHaveLength(2);
    expect(filterModels(models, { search: '', type: 'text', providerId: 'p2' })).toHaveLength(1);
  });
});
