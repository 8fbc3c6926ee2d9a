import { generateInput } from '../schemas/generate.js';
import { authedProcedure, router } from '../trpc.js';

/** Media without a chat: through the same quota gate, stored like chat output. */
export const generateRouter = router({
  image: authedProcedure
    .input(generateInput)
    .mutation(({ ctx, input }) => ctx.services.generate.run(ctx.user, 'image', input)),
  tts: authedProcedure
    .input(generateInput)
    .mutation(({ ctx, input }) => ctx.services.generate.run(ctx.user, 'tts', input)),
  video: authedProcedure
    .input(generateInput)
    .mutation(({ ctx, input }) => ctx.services.generate.run(ctx.user, 'video', input)),
});
