import type { SimProtocol } from './behaviour.js';

export interface SimModel {
  id: string;
  name: string;
  protocol: SimProtocol;
  type: 'text' | 'image' | 'video' | 'tts';
}

/**
 * Suggested models for the "Simulated (offline)" provider, listed by the models endpoints.
 * The sim answers any model id; these only give the platform something to register.
 */
export const SIM_MODELS: readonly SimModel[] = [
  { id: 'sim-chat', name: 'Sim Chat', protocol: 'openai', type: 'text' },
  { id: 'sim-reasoner', name: 'Sim Reasoner', protocol: 'openai', type: 'text' },
  { id: 'sim-image', name: 'Sim Image', protocol: 'openai', type: 'image' },
  { id: 'sim-tts', name: 'Sim TTS', protocol: 'openai', type: 'tts' },
  { id: 'sim-gemini', name: 'Sim Gemini', protocol: 'gemini', type: 'text' },
  // Reserved names (see RESERVED_GEMINI_MODELS): the adapters' fallback, visible by hand.
  {
    id: 'sim-gemini-no-thinking',
    name: 'Sim Gemini without thinking',
    protocol: 'gemini',
    type: 'text',
  },
  { id: 'sim-gemini-no-tools', name: 'Sim Gemini without tools', protocol: 'gemini', type: 'text' },
  { id: 'sim-imagen', name: 'Sim Imagen', protocol: 'gemini', type: 'image' },
  { id: 'sim-veo', name: 'Sim Veo', protocol: 'gemini', type: 'video' },
  { id: 'sim-gemini-tts', name: 'Sim Gemini TTS', protocol: 'gemini', type: 'tts' },
];
