import type { ModelType } from '@enox/contracts';
import { Badge, type BadgeVariant } from '@enox/ui';

const VARIANTS: Record<ModelType, BadgeVariant> = {
  text: 'neutral',
  image: 'media',
  video: 'media',
  tts: 'speech',
};

const LABELS: Record<ModelType, string> = {
  text: 'Text',
  image: 'Image',
  video: 'Video',
  tts: 'TTS',
};

/** Model types in their accents: purple for image and video, emerald for speech. */
export function ModelTypeBadge({ type }: { type: ModelType }) {
  return <Badge variant={VARIANTS[type]}>{LABELS[type]}</Badge>;
}
