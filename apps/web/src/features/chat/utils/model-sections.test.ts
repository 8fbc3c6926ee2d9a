import type { Model } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { matchesQuery, modelSections, togglePin } from './model-sections';

function model(
  id: string,
  name: string,
  type: Model['type'] = 'text',
  provider = 'Simulated',
): Model {
  return {
    id,
    name,
    modelId: name.toLowerCase().replace(/\s+/g, '-'),
    type,
    provider: { id: `p-${provider}`, name: provider, kind: 'openai-compatible', simulated: false },
    capabilities: { thinking: false, tools: true, vision: false },
    voices: [],
  };
}

const chat = model('1', 'Sim Chat');
const reasoner = model('2', 'Sim Reasoner');
const image = model('3', 'Sim Image', 'image');
const tts = model('4', 'Sim TTS', 'tts');
const gpt = model('5', 'GPT Mini', 'text', 'OpenAI');
const models = [tts, image, reasoner, chat, gpt];

const ids = (sections: ReturnType<typeof modelSections>) =>
  Object.fromEntries(sections.map((s) => [s.id, s.models.map((m) => m.id)]));

describe('modelSections', () => {
  it('orders Pinned → Recent → All, with All sorted text first, then provider and name', () => {
    expect(ids(modelSections(models, ['3'], ['2', '3', '4']))).toEqual({
      pinned: ['3'],
      recent: ['2', '4'],
      all: ['5', '1', '2', '3', '4'],
    });
  });

  it('keeps pin order, at most three, and skips models that are gone', () => {
    expect(ids(modelSections(models, ['4', 'gone', '1', '2', '5'], [])).pinned).toEqual(['4', '1']);
    expect(ids(modelSections(models, ['4', '1', '2', '5'], [])).pinned).toEqual(['4', '1', '2']);
  });

  it('drops empty sections', () => {
    expect(modelSections(models, [], []).map((s) => s.id)).toEqual(['all']);
    expect(modelSections([], ['1'], ['2'])).toEqual([]);
  });

  it('filters every section by the typed words', () => {
    expect(ids(modelSections(models, ['1', '3'], ['2'], 'sim img'))).toEqual({
      pinned: ['3'],
      all: ['3'],
    });
    expect(ids(modelSections(models, [], [], 'openai'))).toEqual({ all: ['5'] });
  });
});

describe('matchesQuery', () => {
  it('matches name, model id, provider and type words, case-insensitively', () => {
    expect(matchesQuery(tts, 'SPEECH')).toBe(true);
    expect(matchesQuery(chat, 'sim-chat')).toBe(true);
    expect(matchesQuery(gpt, 'openai mini')).toBe(true);
    expect(matchesQuery(gpt, 'openai video')).toBe(false);
    expect(matchesQuery(gpt, '  ')).toBe(true);
  });
});

describe('togglePin', () => {
  it('pins up to three and unpins in place', () => {
    expect(togglePin(['a'], 'b')).toEqual(['a', 'b']);
    expect(togglePin(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(togglePin(['a', 'b', 'c'], 'd')).toBeNull();
  });
});
