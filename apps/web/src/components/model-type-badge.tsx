import type { ModelType } from '@enox/contracts';
import { Badge } from '@enox/ui';
import { MODEL_TYPE_BADGE } from '../lib/models';

/** IMG / VID / TTS, in the model type's accent; nothing for text models. */
export function ModelTypeBadge({ type, className }: { type: ModelType; className?: string }) {
  const label = MODEL_TYPE_BADGE[type];
  if (!label) return null;
  return (
    <Badge variant={type === 'tts' ? 'speech' : 'media'} className={className}>
      {label}
    </Badge>
  );
}
