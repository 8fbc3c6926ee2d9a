import {
  IMAGE_ASPECT_RATIOS,
  parseAspectRatio,
  VIDEO_ASPECT_RATIOS,
  type ImageAspectRatio,
  type VideoAspectRatio,
} from '../media/aspect-ratio.js';
import type { MediaToolName } from './media-tools.js';

/** A validated call of one of the media tools. */
export type MediaToolCall =
  | { id: string; tool: 'generate_image'; prompt: string; aspectRatio?: ImageAspectRatio }
  | { id: string; tool: 'generate_tts'; text: string; voice?: string }
  | { id: string; tool: 'generate_video'; prompt: string; aspectRatio?: VideoAspectRatio };

// Names models use for these tools when they make the call up themselves (DALL·E-style
// `dalle.text2im`, bare `image`, `tts`, …).
const ALIASES: Record<string, MediaToolName> = {
  generate_image: 'generate_image',
  image: 'generate_image',
  image_generation: 'generate_image',
  create_image: 'generate_image',
  text2im: 'generate_image',
  'dalle.text2im': 'generate_image',
  dalle: 'generate_image',
  imagen: 'generate_image',
  generate_tts: 'generate_tts',
  tts: 'generate_tts',
  text_to_speech: 'generate_tts',
  speech: 'generate_tts',
  generate_speech: 'generate_tts',
  generate_audio: 'generate_tts',
  audio: 'generate_tts',
  generate_video: 'generate_video',
  video: 'generate_video',
  video_generation: 'generate_video',
  create_video: 'generate_video',
  veo: 'generate_video',
};

export function mediaToolName(name: unknown): MediaToolName | undefined {
  if (typeof name !== 'string') return undefined;
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^functions\./, '')
    .replace(/[\s-]+/g, '_');
  return ALIASES[key];
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

export type MediaToolCallResult = { call: MediaToolCall } | { error: string };

/**
 * Validates a tool call's arguments. Models vary the argument names, so the usual
 * synonyms are accepted; a missing prompt or text is an error the user can read.
 */
export function parseMediaToolCall(
  id: string,
  tool: MediaToolName,
  args: Record<string, unknown>,
): MediaToolCallResult {
  if (tool === 'generate_tts') {
    const text = firstString(args.text, args.input, args.prompt, args.content);
    if (!text) return { error: 'The speech request had no text to speak.' };
    const voice = firstString(args.voice, args.voice_name, args.voiceName);
    return { call: { id, tool, text, ...(voice ? { voice } : {}) } };
  }
  const prompt = firstString(args.prompt, args.description, args.query, args.input, args.text);
  if (!prompt)
    return { error: `The ${tool === 'generate_image' ? 'image' : 'video'} request had no prompt.` };
  const rawRatio = args.aspectRatio ?? args.aspect_ratio ?? args.ratio;
  if (tool === 'generate_image') {
    const aspectRatio = parseAspectRatio(rawRatio, IMAGE_ASPECT_RATIOS);
    return { call: { id, tool, prompt, ...(aspectRatio ? { aspectRatio } : {}) } };
  }
  const aspectRatio = parseAspectRatio(rawRatio, VIDEO_ASPECT_RATIOS);
  return { call: { id, tool, prompt, ...(aspectRatio ? { aspectRatio } : {}) } };
}
