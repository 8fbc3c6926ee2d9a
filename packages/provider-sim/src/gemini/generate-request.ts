import type { SimFeature } from '../behaviour.js';
import type { ChatRequestView, OfferedTool, ReceivedMessage } from '../chat/chat-request.js';
import {
  finiteNumber,
  isRecord,
  positiveInt,
  schemaProperties,
  textOf,
} from '../chat/chat-request.js';

export interface GeminiGenerateRequest extends ChatRequestView {
  /** `responseModalities` asks for AUDIO: a TTS request. */
  audio: boolean;
  voice: string;
}

function offeredTools(tools: unknown): OfferedTool[] {
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool: unknown) => {
    const declarations = isRecord(tool) ? tool.functionDeclarations : undefined;
    if (!Array.isArray(declarations)) return [];
    return declarations
      .filter(isRecord)
      .flatMap((d) =>
        typeof d.name === 'string'
          ? [{ name: d.name, properties: schemaProperties(d.parametersJsonSchema ?? d.parameters) }]
          : [],
      );
  });
}

function partsOf(content: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(content.parts) ? content.parts.filter(isRecord) : [];
}

function receivedContent(content: Record<string, unknown>): ReceivedMessage {
  const parts = partsOf(content);
  const attachments = parts.flatMap((part) => {
    const data = isRecord(part.inlineData)
      ? part.inlineData
      : isRecord(part.fileData)
        ? part.fileData
        : undefined;
    if (data === undefined) return [];
    return [typeof data.mimeType === 'string' ? data.mimeType : 'file'];
  });
  let role: ReceivedMessage['role'] = content.role === 'model' ? 'assistant' : 'user';
  if (parts.some((part) => 'functionResponse' in part)) role = 'tool';
  return { role, text: textOf(content.parts), attachments };
}

function voiceOf(config: Record<string, unknown>): string {
  const speech = isRecord(config.speechConfig) ? config.speechConfig : {};
  const voice = isRecord(speech.voiceConfig) ? speech.voiceConfig : {};
  const prebuilt = isRecord(voice.prebuiltVoiceConfig) ? voice.prebuiltVoiceConfig : {};
  return typeof prebuilt.voiceName === 'string' ? prebuilt.voiceName : 'Kore';
}

/** Reads a `:generateContent` / `:streamGenerateContent` body into the neutral view. */
export function parseGeminiGenerate(
  model: string,
  stream: boolean,
  body: unknown,
): GeminiGenerateRequest {
  const b = isRecord(body) ? body : {};
  const contents = Array.isArray(b.contents) ? b.contents.filter(isRecord) : [];
  const config = isRecord(b.generationConfig) ? b.generationConfig : {};
  const thinking = isRecord(config.thinkingConfig) ? config.thinkingConfig : undefined;
  const isUserText = (c: Record<string, unknown>): boolean =>
    c.role !== 'model' && partsOf(c).some((p) => typeof p.text === 'string');
  const lastUser = contents.findLast(isUserText);
  const last = contents.at(-1);
  const system = isRecord(b.systemInstruction) ? textOf(b.systemInstruction.parts) : '';
  const messages = contents.map(receivedContent);
  if (isRecord(b.systemInstruction))
    messages.unshift({ role: 'system', text: system, attachments: [] });
  const promptChars = contents.reduce(
    (n, c) =>
      n +
      textOf(c.parts).length +
      JSON.stringify(partsOf(c).filter((p) => !('text' in p))).length -
      2,
    system.length,
  );
  const tools = offeredTools(b.tools);
  // A budget of 0 turns thinking off, so it does not count as asking for it.
  const usesThinking =
    thinking !== undefined && (thinking.includeThoughts === true || thinking.thinkingBudget !== 0);
  const features: SimFeature[] = [];
  if (tools.length > 0) features.push('tools');
  if (usesThinking) features.push('thinking');
  const modalities = Array.isArray(config.responseModalities) ? config.responseModalities : [];
  return {
    protocol: 'gemini',
    model,
    stream,
    lastUserText: lastUser ? textOf(lastUser.parts) : '',
    afterToolResult: last !== undefined && partsOf(last).some((p) => 'functionResponse' in p),
    promptChars,
    tools,
    wantsReasoning: thinking?.includeThoughts === true,
    maxTokens: positiveInt(config.maxOutputTokens),
    temperature: finiteNumber(config.temperature),
    topP: finiteNumber(config.topP),
    messages,
    features,
    audio: modalities.some((m) => String(m).toUpperCase() === 'AUDIO'),
    voice: voiceOf(config),
  };
}
