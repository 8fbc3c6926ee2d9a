import { z } from 'zod';
import { aspectRatioSchema, idSchema, mediaRefSchema } from './chat.js';

export const generateInput = z.object({
  modelId: idSchema,
  prompt: z
    .string()
    .trim()
    .min(1, 'Describe what to generate.')
    .max(4_000, 'Use at most 4,000 characters.'),
  aspectRatio: aspectRatioSchema.optional(),
  voice: z.string().trim().min(1).max(40).optional(),
});
export type GenerateInput = z.infer<typeof generateInput>;

export const generateOutput = z.object({ media: mediaRefSchema });
export type GenerateOutput = z.infer<typeof generateOutput>;
