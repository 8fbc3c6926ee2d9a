import type { MediaRef } from '@enox/contracts';

/** An inline video with the browser's own controls. */
export function VideoPlayer({ media }: { media: MediaRef }) {
  return (
    <video
      data-testid="generated-video"
      src={media.url}
      controls
      playsInline
      preload="metadata"
      className="aspect-video w-full max-w-xl rounded-xl border border-line bg-black"
    />
  );
}
