import type { MediaRef } from '@enox/contracts';
import { Pause, Play } from 'lucide-react';
import { useRef, useState } from 'react';
import { formatClock } from '../../../../lib/format';

/** A compact custom player: play/pause, a seekable progress bar, time. */
export function AudioPlayer({ media }: { media: MediaRef }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);

  const toggle = () => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) void element.play();
    else element.pause();
  };

  const progress = duration > 0 ? (time / duration) * 100 : 0;
  return (
    <div
      data-testid="audio-player"
      className="flex w-full max-w-md items-center gap-3 rounded-xl border border-speech/25 bg-speech-soft/40 px-3 py-2.5"
    >
      <audio
        ref={audio}
        src={media.url}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => setDuration(event.currentTarget.duration)}
        onDurationChange={(event) => setDuration(event.currentTarget.duration)}
      />
      <button
        type="button"
        onClick={toggle}
        aria-label={playing ? 'Pause' : 'Play'}
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-speech text-canvas transition-transform hover:scale-105 max-md:size-11"
      >
        {playing ? (
          <Pause aria-hidden="true" className="size-4" />
        ) : (
          <Play aria-hidden="true" className="size-4 translate-x-px" />
        )}
      </button>
      <input
        type="range"
        aria-label="Seek"
        min={0}
        max={Number.isFinite(duration) && duration > 0 ? duration : 0}
        step={0.05}
        value={time}
        onChange={(event) => {
          const element = audio.current;
          const next = Number(event.target.value);
          if (element) element.currentTime = next;
          setTime(next);
        }}
        className="audio-range h-1.5 min-w-0 flex-1"
        style={{ ['--progress' as string]: `${progress}%` }}
      />
      <span className="shrink-0 text-xs text-fg-muted tabular-nums">
        {formatClock(time)} / {formatClock(duration, 'up')}
      </span>
    </div>
  );
}
