import type { Model, ModelType, ModelUsage } from '@enox/contracts';
import { trpc } from '@enox/app-kit';

/** Active models the signed-in person can use. They change rarely. */
export function useModels() {
  return trpc.models.list.useQuery(undefined, { staleTime: 5 * 60_000 });
}

/** This month's usage per model (used, limit, remaining). */
export function useModelUsage() {
  return trpc.models.usage.useQuery(undefined, { staleTime: 30_000 });
}

export const MODEL_TYPE_LABEL: Record<ModelType, string> = {
  text: 'Text',
  image: 'Image',
  video: 'Video',
  tts: 'Speech',
};

/** The short badge shown beside generative models; text models carry none. */
export const MODEL_TYPE_BADGE: Partial<Record<ModelType, string>> = {
  image: 'IMG',
  video: 'VID',
  tts: 'TTS',
};

export function isMediaModel(model: Pick<Model, 'type'>): boolean {
  return model.type === 'image' || model.type === 'video';
}

export function usageByModel(usage: readonly ModelUsage[] | undefined): Map<string, ModelUsage> {
  return new Map((usage ?? []).map((u) => [u.modelId, u]));
}
