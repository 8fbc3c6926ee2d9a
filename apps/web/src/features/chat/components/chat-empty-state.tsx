import type { ModelType } from '@enox/contracts';
import { AudioLines, Clapperboard, ImageIcon, Sparkles } from 'lucide-react';

const SUGGESTIONS: Record<ModelType, string[]> = {
  text: [
    'Explain how HTTP caching works',
    'Write a haiku about autumn rain',
    'Draw a lighthouse at dusk',
    'Summarise the key ideas of stoicism',
  ],
  image: [
    'A cosy reading nook, warm light, watercolour',
    'A minimalist fox logo, flat vector',
    'A neon city street in the rain at night',
  ],
  video: [
    'Waves rolling onto a quiet beach at sunrise',
    'A paper boat drifting down a rainy street',
    'Time-lapse of clouds over mountains',
  ],
  tts: [
    'Welcome to Enox. Every model, one place.',
    'The quick brown fox jumps over the lazy dog.',
    'Good morning! Here is your summary for today.',
  ],
};

const ICON = { text: Sparkles, image: ImageIcon, video: Clapperboard, tts: AudioLines } as const;

const DESCRIPTION: Record<ModelType, string> = {
  text: 'Ask anything, attach files, or ask for an image, a video or speech — right in the conversation.',
  image: 'Describe the picture: subject, style, light. Pick an aspect ratio below.',
  video: 'Describe the scene and the motion. Pick an aspect ratio below.',
  tts: 'Type what to say and pick a voice below.',
};

export interface ChatEmptyStateProps {
  firstName: string;
  modelType: ModelType;
  agentName?: string | undefined;
  agentDescription?: string | undefined;
  onSuggestion: (text: string) => void;
}

/** A new chat: a short greeting and suggestions tuned to the model's type. */
export function ChatEmptyState({
  firstName,
  modelType,
  agentName,
  agentDescription,
  onSuggestion,
}: ChatEmptyStateProps) {
  const Icon = ICON[modelType];
  const title = agentName
    ? `Chat with ${agentName}`
    : modelType === 'text'
      ? `Hi ${firstName}, what’s on your mind?`
      : modelType === 'tts'
        ? 'What should I say?'
        : `What should I ${modelType === 'video' ? 'film' : 'create'}?`;
  return (
    <div
      data-testid="chat-empty"
      className="flex flex-1 flex-col items-center justify-center px-4 py-10 text-center"
    >
      <div
        aria-hidden="true"
        className="mb-4 flex size-12 items-center justify-center rounded-xl border border-line bg-surface text-accent-text"
      >
        <Icon className="size-5" />
      </div>
      <h1 className="text-xl font-semibold tracking-tight text-fg">{title}</h1>
      <p className="mt-2 max-w-md text-sm text-fg-muted">
        {agentDescription || DESCRIPTION[modelType]}
      </p>
      <ul aria-label="Suggestions" className="mt-6 flex max-w-2xl flex-wrap justify-center gap-2">
        {SUGGESTIONS[modelType].map((text) => (
          <li key={text}>
            <button
              type="button"
              onClick={() => onSuggestion(text)}
              className="rounded-full border border-line-strong bg-white/[0.03] px-3.5 py-2 text-sm text-fg-muted transition-colors hover:bg-white/7 hover:text-fg max-md:min-h-11"
            >
              {text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
