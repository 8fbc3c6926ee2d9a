import type { AspectRatio, Model } from '@enox/contracts';
import { cn, IconButton } from '@enox/ui';
import { Paperclip, Sparkles, Upload, Volume2 } from 'lucide-react';
import {
  useCallback,
  useRef,
  useState,
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type { OutgoingAttachment } from '../../api/use-send-message';
import { toOutgoing, useAttachments } from '../../hooks/use-attachments';
import { useAutosize } from '../../hooks/use-autosize';
import { useFileDrop } from '../../hooks/use-file-drop';
import { useChatPrefs } from '../../stores/chat-prefs-store';
import { ATTACHMENT_ACCEPT } from '../../utils/attachment-rules';
import { AttachmentChips } from './attachment-chips';
import { OptionPills } from './option-pills';
import { SendButton } from './send-button';
import { ThinkingToggle } from './thinking-toggle';
import { VoiceButton } from './voice-button';

const IMAGE_RATIOS: readonly AspectRatio[] = ['1:1', '16:9', '9:16', '4:3', '3:4'];
const VIDEO_RATIOS: readonly AspectRatio[] = ['16:9', '9:16'];

export interface ComposerProps {
  model: Model | undefined;
  /** An answer is streaming: the send button becomes Stop. */
  streaming: boolean;
  onStop: () => void;
  onSend: (message: string, attachments: OutgoingAttachment[]) => void;
  placeholder?: string;
  autoFocus?: boolean;
}

type Variant = 'text' | 'media' | 'speech';

function variantOf(model: Model | undefined): Variant {
  if (model?.type === 'image' || model?.type === 'video') return 'media';
  if (model?.type === 'tts') return 'speech';
  return 'text';
}

const frame: Record<Variant, string> = {
  text: 'border-line-strong focus-within:border-ring/70',
  media:
    'border-media/35 bg-[linear-gradient(180deg,rgb(168_85_247/0.07),transparent)] focus-within:border-media/70',
  speech:
    'border-speech/35 bg-[linear-gradient(180deg,rgb(16_185_129/0.07),transparent)] focus-within:border-speech/70',
};

/**
 * The message box, adapted to the model: attachments, voice and "Think" for
 * text models; a purple prompt with aspect ratios for image and video; an
 * emerald box with voice pills for speech. Enter sends, Shift+Enter breaks the line.
 */
export function Composer({
  model,
  streaming,
  onStop,
  onSend,
  placeholder,
  autoFocus,
}: ComposerProps) {
  const variant = variantOf(model);
  const [text, setText] = useState('');
  const [reading, setReading] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { files, add, remove, clear } = useAttachments();
  const thinking = useChatPrefs((state) => state.thinking);
  const setThinking = useChatPrefs((state) => state.setThinking);
  const aspectRatio = useChatPrefs((state) => state.aspectRatio);
  const setAspectRatio = useChatPrefs((state) => state.setAspectRatio);
  const voice = useChatPrefs((state) => state.voice);
  const setVoice = useChatPrefs((state) => state.setVoice);
  useAutosize(textarea, text);

  const acceptsFiles = variant === 'text';
  const addFiles = useCallback((incoming: File[]) => add(incoming), [add]);
  const dragging = useFileDrop(acceptsFiles, addFiles);

  const ratios = model?.type === 'video' ? VIDEO_RATIOS : IMAGE_RATIOS;
  const ratio = ratios.includes(aspectRatio) ? aspectRatio : (ratios[0] ?? '1:1');
  const voices = model?.voices ?? [];
  const selectedVoice = voice && voices.includes(voice) ? voice : voices[0];

  const canSend =
    Boolean(model) &&
    !streaming &&
    !reading &&
    (text.trim().length > 0 || (acceptsFiles && files.length > 0));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    setReading(true);
    try {
      const attachments = acceptsFiles ? await toOutgoing(files) : [];
      onSend(text.trim(), attachments);
      setText('');
      clear();
    } finally {
      setReading(false);
      textarea.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!acceptsFiles) return;
    const pasted = Array.from(event.clipboardData.files);
    if (pasted.length === 0) return;
    event.preventDefault();
    add(pasted);
  };

  const defaultPlaceholder =
    variant === 'media'
      ? `Describe the ${model?.type === 'video' ? 'video' : 'image'} to create…`
      : variant === 'speech'
        ? 'Type the text to speak…'
        : 'Message Enox…';

  return (
    <form
      data-testid="composer"
      data-variant={variant}
      onSubmit={(event) => void submit(event)}
      className="relative mx-auto w-full max-w-3xl px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:px-4"
    >
      {dragging ? (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-overlay"
        >
          <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-ring px-10 py-8 text-sm text-fg">
            <Upload className="size-6 text-accent-text" />
            Drop files to attach
          </div>
        </div>
      ) : null}
      <div
        className={cn(
          'rounded-2xl border bg-surface shadow-[0_8px_30px_-12px_rgb(0_0_0/0.6)] transition-colors duration-150',
          frame[variant],
        )}
      >
        {acceptsFiles ? <AttachmentChips files={files} onRemove={remove} /> : null}
        <div className="flex items-start gap-2 px-3 pt-3">
          {variant === 'media' ? (
            <Sparkles aria-hidden="true" className="mt-1 size-4.5 shrink-0 text-media" />
          ) : variant === 'speech' ? (
            <Volume2 aria-hidden="true" className="mt-1 size-4.5 shrink-0 text-speech" />
          ) : null}
          <textarea
            ref={textarea}
            rows={1}
            value={text}
            autoFocus={autoFocus}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            aria-label={
              variant === 'speech' ? 'Text to speak' : variant === 'media' ? 'Prompt' : 'Message'
            }
            placeholder={placeholder ?? defaultPlaceholder}
            className="max-h-[40vh] min-h-7 w-full resize-none bg-transparent text-message leading-7 text-fg placeholder:text-fg-subtle focus:outline-none max-md:text-base"
          />
        </div>
        <div className="flex items-end gap-2 px-2 pt-1 pb-2">
          <div className="flex min-w-0 flex-1 flex-wrap items-center gap-1">
            {variant === 'text' ? (
              <>
                <input
                  ref={fileInput}
                  type="file"
                  multiple
                  hidden
                  accept={ATTACHMENT_ACCEPT}
                  data-testid="file-input"
                  onChange={(event) => {
                    add(Array.from(event.target.files ?? []));
                    event.target.value = '';
                  }}
                />
                <IconButton
                  size="sm"
                  label="Attach files"
                  icon={<Paperclip />}
                  onClick={() => fileInput.current?.click()}
                />
                <VoiceButton onRecorded={(file) => add([file])} />
                {model?.capabilities.thinking ? (
                  <ThinkingToggle on={thinking} onChange={setThinking} />
                ) : null}
              </>
            ) : null}
            {variant === 'media' ? (
              <OptionPills
                label="Aspect ratio"
                options={ratios}
                value={ratio}
                onChange={setAspectRatio}
                tone="media"
                testId="aspect-ratio"
              />
            ) : null}
            {variant === 'speech' && selectedVoice ? (
              <OptionPills
                label="Voice"
                options={voices}
                value={selectedVoice}
                onChange={setVoice}
                tone="speech"
                testId="voice-pills"
              />
            ) : null}
          </div>
          <SendButton
            streaming={streaming}
            disabled={!canSend}
            busy={reading}
            onStop={onStop}
            tone={variant === 'media' ? 'media' : variant === 'speech' ? 'speech' : 'accent'}
          />
        </div>
      </div>
    </form>
  );
}
