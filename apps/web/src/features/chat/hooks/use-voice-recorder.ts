import { toast } from '@enox/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pickRecorderMime, recordingFileName } from '../utils/recorder-mime';

export type RecorderState = 'idle' | 'recording';

/**
 * Voice messages with MediaRecorder, in the first format the browser really
 * supports (see recorder-mime.ts). Exposes elapsed seconds and a 0–1 input
 * level for the meter; the finished recording is handed over as a File.
 */
export function useVoiceRecorder(onRecorded: (file: File) => void) {
  const [state, setState] = useState<RecorderState>('idle');
  const [seconds, setSeconds] = useState(0);
  const [level, setLevel] = useState(0);
  const cleanup = useRef<(() => void) | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const onRecordedRef = useRef(onRecorded);
  onRecordedRef.current = onRecorded;

  const supported =
    typeof window !== 'undefined' &&
    typeof window.MediaRecorder !== 'undefined' &&
    Boolean(navigator.mediaDevices?.getUserMedia);

  useEffect(() => () => cleanup.current?.(), []);

  const start = useCallback(async () => {
    const mime = pickRecorderMime((type) => MediaRecorder.isTypeSupported(type));
    if (!mime) {
      toast.error('Recording is not supported', 'This browser cannot record audio.');
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      toast.error('No microphone access', 'Allow the microphone for this site to record.');
      return;
    }
    const media = new MediaRecorder(stream, { mimeType: mime });
    const chunks: Blob[] = [];
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };

    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 256;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.frequencyBinCount);
    let frame = 0;
    const measure = () => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
      setLevel(Math.min(1, peak / 64));
      frame = requestAnimationFrame(measure);
    };
    frame = requestAnimationFrame(measure);

    const startedAt = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 250);

    cleanup.current = () => {
      clearInterval(timer);
      cancelAnimationFrame(frame);
      for (const track of stream.getTracks()) track.stop();
      void context.close();
      cleanup.current = null;
      recorder.current = null;
      setState('idle');
      setSeconds(0);
      setLevel(0);
    };
    media.onstop = () => {
      const type = media.mimeType || mime;
      const blob = new Blob(chunks, { type });
      cleanup.current?.();
      if (blob.size === 0) {
        toast.error('Nothing was recorded', 'Try again, and check the microphone.');
        return;
      }
      onRecordedRef.current(new File([blob], recordingFileName(type, new Date()), { type }));
    };
    recorder.current = media;
    media.start(250);
    setState('recording');
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const cancel = useCallback(() => {
    const media = recorder.current;
    if (media) media.onstop = null;
    if (media?.state === 'recording') media.stop();
    cleanup.current?.();
  }, []);

  return { supported, state, seconds, level, start, stop, cancel };
}
