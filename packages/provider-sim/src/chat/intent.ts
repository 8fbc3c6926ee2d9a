/** The media tools the platform offers to text models. */
export type MediaTool = 'generate_image' | 'generate_tts' | 'generate_video';

export interface MediaIntent {
  tool: MediaTool;
  /** What to generate; for TTS the text to speak. */
  subject: string;
}

const VIDEO = /\b(video|clip|animation|movie)\b/i;
const MAKE = /\b(make|generate|create|produce|render|film|animate|draw|design|show me)\b/i;
const IMAGE = /\b(image|picture|photo|drawing|illustration|logo|painting|icon|wallpaper|sketch)\b/i;
const DRAW = /\b(draw|paint|sketch|illustrate)\b/i;
const SPEAK =
  /\b(say|speak|pronounce|narrate|read)\b[^]*\b(aloud|out loud)\b|^\s*(please\s+)?(say|speak|pronounce|narrate)\b|\b(text to speech|tts)\b/i;

// An article is only dropped together with the media word ("an image of …"), so "draw a cat"
// keeps "a cat" as its prompt.
const LEAD =
  /^\s*(please\s+)?((can|could|would) you\s+)?(please\s+)?(draw|paint|sketch|illustrate|make|generate|create|produce|render|design|film|animate|show)\s+(me\s+)?(((an?|the|some)\s+)?((short|quick|small)\s+)?(image|picture|photo|drawing|illustration|painting|video|clip|animation|movie)\s*(of|showing|with|about)?\s*)?/i;
const SPEECH_LEAD =
  /^\s*(please\s+)?((can|could|would) you\s+)?(please\s+)?(say|speak|pronounce|narrate|read)(\s+(this|the following))?(\s+(aloud|out loud))?\s*[:,]?\s*/i;

function clean(text: string): string {
  return text
    .replace(/\s+(aloud|out loud)\s*[.!?]*\s*$/i, '')
    .replace(/^["“'\s]+|["”'\s.!?]+$/g, '')
    .trim();
}

/** Reads what the user asks to generate, the way a tool-calling model would. */
export function detectMediaIntent(text: string): MediaIntent | undefined {
  const subjectOf = (lead: RegExp): string => clean(text.replace(lead, '')) || clean(text);
  if (VIDEO.test(text) && MAKE.test(text)) {
    return { tool: 'generate_video', subject: subjectOf(LEAD) };
  }
  if (DRAW.test(text) || (IMAGE.test(text) && MAKE.test(text))) {
    return { tool: 'generate_image', subject: subjectOf(LEAD) };
  }
  if (SPEAK.test(text)) return { tool: 'generate_tts', subject: subjectOf(SPEECH_LEAD) };
  return undefined;
}
