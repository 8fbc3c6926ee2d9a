import { IconButton } from '@enox/ui';
import { Mic, Square, X } from 'lucide-react';
import { formatClock } from '../../../../lib/format';
import { useVoiceRecorder } from '../../hooks/use-voice-recorder';

/** Records a voice message into the attachments, with a timer and a level meter. */
export function VoiceButton({
  onRecorded,
  disabled,
}: {
  onRecorded: (file: File) => void;
  disabled?: boolean;
}) {
  const recorder = useVoiceRecorder(onRecorded);
  if (!recorder.supported) return null;
  if (recorder.state === 'idle') {
    return (
      <IconButton
        size="sm"
        label="Record a voice message"
        icon={<Mic />}
        disabled={disabled}
        onClick={() => void recorder.start()}
      />
    );
  }
  return (
    <div
      data-testid="voice-recording"
      className="flex h-8 items-center gap-2 rounded-full border border-danger/40 bg-danger-soft pr-1 pl-2.5 text-xs text-fg max-md:h-11"
    >
      <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-danger" />
      <span className="tabular-nums" aria-live="off">
        {formatClock(recorder.seconds)}
      </span>
      <span aria-hidden="true" className="h-1.5 w-12 overflow-hidden rounded-full bg-white/10">
        <span
          className="block h-full rounded-full bg-danger transition-[width] duration-75"
          style={{ width: `${Math.round(recorder.level * 100)}%` }}
        />
      </span>
      <IconButton size="sm" label="Cancel recording" icon={<X />} onClick={recorder.cancel} />
      <IconButton size="sm" label="Stop and attach" icon={<Square />} onClick={recorder.stop} />
    </div>
  );
}
