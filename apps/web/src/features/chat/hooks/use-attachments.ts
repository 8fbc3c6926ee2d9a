import { toast } from '@enox/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutgoingAttachment } from '../api/use-send-message';
import { checkAttachments, mimeTypeOf } from '../utils/attachment-rules';

export interface AttachedFile {
  id: number;
  file: File;
  name: string;
  mimeType: string;
  size: number;
  /** An object URL for image thumbnails. */
  previewUrl: string | null;
}

let nextId = 1;

/** Files waiting in the composer: checked as they come, read as base64 only when sent. */
export function useAttachments() {
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const filesRef = useRef(files);
  filesRef.current = files;

  useEffect(
    () => () => {
      for (const file of filesRef.current)
        if (file.previewUrl) URL.revokeObjectURL(file.previewUrl);
    },
    [],
  );

  const add = useCallback((incoming: readonly File[]) => {
    if (incoming.length === 0) return;
    const { accepted, errors } = checkAttachments(filesRef.current, incoming);
    if (errors.length > 0) {
      toast.error(
        errors.length === 1 ? 'File not attached' : 'Some files were not attached',
        errors.join(' '),
      );
    }
    if (accepted.length === 0) return;
    const added = accepted.map((file) => {
      const mimeType = mimeTypeOf(file);
      return {
        id: nextId++,
        file,
        name: file.name,
        mimeType,
        size: file.size,
        previewUrl: mimeType.startsWith('image/') ? URL.createObjectURL(file) : null,
      };
    });
    setFiles((current) => [...current, ...added]);
  }, []);

  const remove = useCallback((id: number) => {
    setFiles((current) => {
      const gone = current.find((file) => file.id === id);
      if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      return current.filter((file) => file.id !== id);
    });
  }, []);

  const clear = useCallback(() => {
    for (const file of filesRef.current) if (file.previewUrl) URL.revokeObjectURL(file.previewUrl);
    setFiles([]);
  }, []);

  return { files, add, remove, clear };
}

/** Reads attached files as base64 for `chat.send`. */
export async function toOutgoing(files: readonly AttachedFile[]): Promise<OutgoingAttachment[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      mimeType: file.mimeType,
      size: file.size,
      data: await readBase64(file.file),
    })),
  );
}

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
