import type { MediaRef } from '@enox/contracts';
import { Dialog, DialogContent, DialogTitle, buttonVariants } from '@enox/ui';
import { Download, Expand } from 'lucide-react';
import { useState } from 'react';

/** A generated image inline; opens in a lightbox with a download link. */
export function ImageMedia({ media }: { media: MediaRef }) {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Open image"
        className="group/img relative block w-full max-w-md overflow-hidden rounded-xl border border-line bg-surface"
        style={size ? { aspectRatio: `${size.w} / ${size.h}` } : { aspectRatio: '1 / 1' }}
      >
        <img
          src={media.url}
          alt="Generated image"
          data-testid="generated-image"
          decoding="async"
          onLoad={(event) =>
            setSize({ w: event.currentTarget.naturalWidth, h: event.currentTarget.naturalHeight })
          }
          className="size-full object-cover"
        />
        <span className="absolute top-2 right-2 flex size-8 items-center justify-center rounded-md bg-black/55 text-white opacity-0 transition-opacity group-hover/img:opacity-100 group-focus-visible/img:opacity-100">
          <Expand aria-hidden="true" className="size-4" />
        </span>
      </button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent data-testid="lightbox" aria-describedby={undefined} size="media">
          <DialogTitle className="sr-only">Generated image</DialogTitle>
          <img
            src={media.url}
            alt="Generated image, full size"
            className="max-h-[78dvh] w-full rounded-lg object-contain"
          />
          <div className="flex justify-end">
            <a
              href={media.url}
              download={`enox-${media.id}.${extensionOf(media.mimeType)}`}
              className={buttonVariants({ variant: 'secondary', size: 'sm' })}
            >
              <Download aria-hidden="true" />
              Download
            </a>
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}

function extensionOf(mimeType: string): string {
  const subtype = mimeType.split('/')[1]?.split(';')[0] ?? 'bin';
  return subtype === 'jpeg' ? 'jpg' : subtype;
}
