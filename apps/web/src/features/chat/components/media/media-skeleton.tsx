import type { MediaType } from '@enox/contracts';
import { Skeleton } from '@enox/ui';
import { AudioLines, Clapperboard, ImageIcon } from 'lucide-react';

const LABEL: Record<MediaType, string> = {
  image: 'Creating image…',
  audio: 'Generating speech…',
  video: 'Rendering video…',
};

/** Shown from `generating` until the media arrives, in the final shape. */
export function MediaSkeleton({
  mediaType,
  aspect = '1 / 1',
}: {
  mediaType: MediaType;
  aspect?: string;
}) {
  const Icon =
    mediaType === 'image' ? ImageIcon : mediaType === 'audio' ? AudioLines : Clapperboard;
  return (
    <div
      role="status"
      data-testid={`media-skeleton-${mediaType}`}
      className="relative w-full max-w-md overflow-hidden rounded-xl border border-line"
      style={
        mediaType === 'audio'
          ? undefined
          : { aspectRatio: mediaType === 'video' ? videoAspect(aspect) : aspect }
      }
    >
      <Skeleton
        className={
          mediaType === 'audio' ? 'h-16 w-full rounded-none' : 'absolute inset-0 rounded-none'
        }
      />
      <div className="absolute inset-0 flex items-center justify-center gap-2 text-sm text-fg-muted">
        <Icon aria-hidden="true" className="size-4" />
        <span>{LABEL[mediaType]}</span>
      </div>
      {mediaType === 'audio' ? <Waveform /> : null}
    </div>
  );
}

function Waveform() {
  return (
    <div
      aria-hidden="true"
      className="absolute inset-x-4 bottom-2 flex h-3 items-end gap-0.5 opacity-40"
    >
      {Array.from({ length: 48 }, (_, i) => (
        <span
          key={i}
          className="flex-1 rounded-full bg-fg-subtle"
          style={{ height: `${30 + ((i * 37) % 70)}%` }}
        />
      ))}
    </div>
  );
}

function videoAspect(aspect: string): string {
  return aspect === '9 / 16' ? aspect : '16 / 9';
}
