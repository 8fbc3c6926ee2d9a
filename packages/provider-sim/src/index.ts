export { startProviderSim } from './server.js';
export { fakeToolCallText } from './fake-tool-call.js';
export type { FakeToolCallFormat } from './fake-tool-call.js';
export { SIM_MESSAGES } from './messages.js';
export { SIM_MODELS } from './catalog.js';
/** The Veo video bytes, and the colour (RGB) they show for a prompt. */
export { tinyMp4, videoColour } from './media/video.js';
export { RESERVED_GEMINI_MODELS } from './chat/model-capabilities.js';
export type { SimModel } from './catalog.js';
export type {
  ProviderSim,
  ProviderSimOptions,
  SimMatch,
  SimRequest,
  SimRequestState,
  SimStep,
} from './provider-sim.js';
export type {
  SimBehaviour,
  SimDisconnect,
  SimEndpoint,
  SimFeature,
  SimHang,
  SimHttpError,
  SimMedia,
  SimProtocol,
  SimReply,
  SimTiming,
  SimToolCall,
  SimUnsupported,
  SimUsage,
  SimVideo,
} from './behaviour.js';
