import type { MediaRef, MediaType } from '@enox/contracts';
import { AudioPlayer } from './audio-player';
import { ImageMedia } from './image-media';
import { MediaSkeleton } from './media-skeleton';
import { VideoPlayer } from './video-player';

export interface MediaListProps {
  media: readonly MediaRef[];
  pending: readonly MediaType[];
  /** The aspect ratio asked for, so an image skeleton has the final shape. */
  aspect?: string;
}

/** An answer's generated media, then skeletons for what is still being made. */
export function MediaList({ media, pending, aspect }: MediaListProps) {
  if (media.length === 0 && pending.length === 0) return null;
  return (
    <div className="my-3 flex flex-col gap-3">
      {media.map((item) =>
        item.mediaType === 'image' ? (
          <ImageMedia key={item.id} media={item} />
        ) : item.mediaType === 'audio' ? (
          <AudioPlayer key={item.id} media={item} />
        ) : (
          <VideoPlayer key={item.id} media={item} />
        ),
      )}
      {pending.map((type, index) => (
        <MediaSkeleton key={`pending-${index}`} mediaType={type} aspect={aspect} />
      ))}
    </div>
  );
}
