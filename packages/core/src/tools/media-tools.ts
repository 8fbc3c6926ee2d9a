import { IMAGE_ASPECT_RATIOS, VIDEO_ASPECT_RATIOS } from '../media/aspect-ratio.js';
import { GOOGLE_VOICES, OPENAI_VOICES } from '../media/voices.js';
import type { ToolDefinition } from '../stream/language-model.js';
import type { MediaType } from '../stream/stream-part.js';

export type MediaToolName = 'generate_image' | 'generate_tts' | 'generate_video';

export const MEDIA_TYPE_OF_TOOL: Record<MediaToolName, MediaType> = {
  generate_image: 'image',
  generate_tts: 'audio',
  generate_video: 'video',
};

export const generateImageTool: ToolDefinition = {
  name: 'generate_image',
  description:
    'Generate an image from a text description. Use it whenever the user asks to draw, ' +
    'create, design or show a picture, photo, logo or illustration.',
  parameters: {
    type: 'object',
    properties: {
      prompt: { type: 'string', description: 'A detailed description of the image.' },
      aspectRatio: {
        type: 'string',
        enum: [...IMAGE_ASPECT_RATIOS],
        description: 'Defaults to 1:1.',
      },
    },
    required: ['prompt'],
  },
};

export const generateTtsTool: ToolDefinition = {
  name: 'generate_tts',
  description:
    'Turn text into spoken audio. Use it when the user asks to hear, read aloud, narrate ' +
    'or say something with a voice.',
  parameters: {
    type: 'object',
    properties: {
      text: { type: 'string', description: 'The exact text to speak.' },
      voice: { type: 'string', enum: [...GOOGLE_VOICES, ...OPENAI_VOICES] },
    },
    required: ['text'],
  },
};

export const generateVideoTool: ToolDefinition = {
  name: 'generate_video',
  description:
    'Generate a short video clip from a text description. Use it when the user asks for ' +
    'a video, clip or animation.',
  parameters: {
    type: 'object',
    properties: {
      prompt: { type: 'string', description: 'A detailed description of the video.' },
      aspectRatio: {
        type: 'string',
        enum: [...VIDEO_ASPECT_RATIOS],
        description: 'Defaults to 16:9.',
      },
    },
    required: ['prompt'],
  },
};

/** The tools offered to text models. */
export const mediaTools: readonly ToolDefinition[] = [
  generateImageTool,
  generateTtsTool,
  generateVideoTool,
];
