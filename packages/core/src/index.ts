// Stream vocabulary and the model interface
export type {
  ErrorPart,
  FinishReason,
  KeyOwner,
  MediaType,
  ProviderErrorCode,
  StreamPart,
  StreamPartType,
} from './stream/stream-part.js';
export type {
  Attachment,
  ChatMessage,
  LanguageModel,
  ModelCapabilities,
  StreamOptions,
  ToolDefinition,
} from './stream/language-model.js';
export { ProviderError, isRetryableStatus } from './stream/provider-error.js';
export { streamWithRetry, type RetryOptions } from './stream/stream-with-retry.js';
export { backoffDelay, defaultBackoff, type BackoffOptions } from './stream/backoff.js';

// Models
export { createLanguageModel, type LanguageModelConfig } from './create-language-model.js';
export {
  OpenAICompatibleLanguageModel,
  type OpenAICompatibleModelConfig,
} from './openai-compatible/openai-compatible-model.js';
export {
  openAICompatiblePresets,
  presetForBaseUrl,
  type OpenAICompatiblePreset,
  type OpenAICompatiblePresetId,
} from './openai-compatible/provider-presets.js';
export { GoogleLanguageModel, type GoogleModelConfig } from './google/google-model.js';
export {
  FeatureSupportCache,
  FEATURE_CACHE_TTL_MS,
  type FeatureSupportCacheOptions,
} from './google/feature-levels.js';

// Tools
export { streamChat, type StreamChatOptions } from './tools/stream-chat.js';
export { streamWithTools } from './tools/stream-with-tools.js';
export {
  executeMediaTool,
  type MediaModels,
  type ToolRunOptions,
} from './tools/execute-media-tool.js';
export {
  KeyPool,
  type PooledKey,
  type ProviderKey,
  type ProviderKeys,
  type ToolProvider,
} from './tools/key-pool.js';
export {
  generateImageTool,
  generateTtsTool,
  generateVideoTool,
  mediaTools,
  type MediaToolName,
} from './tools/media-tools.js';
export {
  detectFakeToolCall,
  type FakeToolCall,
} from './tools/fake-tool-call/detect-fake-tool-call.js';

// Media
export { generateImage, type ImageRequest } from './media/generate-image.js';
export { generateSpeech, type SpeechRequest } from './media/generate-speech.js';
export {
  generateVideo,
  VIDEO_POLL_INTERVAL_MS,
  VIDEO_TIMEOUT_MS,
  type VideoRequest,
} from './media/generate-video.js';
export {
  DEFAULT_MEDIA_MODELS,
  type GeneratedMedia,
  type MediaTarget,
} from './media/media-target.js';
export {
  IMAGE_ASPECT_RATIOS,
  VIDEO_ASPECT_RATIOS,
  type ImageAspectRatio,
  type VideoAspectRatio,
} from './media/aspect-ratio.js';
export {
  GOOGLE_VOICES,
  OPENAI_VOICES,
  resolveVoice,
  type GoogleVoice,
  type OpenAIVoice,
  type Voice,
} from './media/voices.js';
export { openAIImageSize } from './media/image-size.js';
export { pcmToWav, sniffAudio } from './media/wav.js';

// Attachments
export { attachmentPlaceholder } from './attachments/attachment-placeholder.js';
export { checkApiKey, type KeyCheck } from './check-api-key.js';
