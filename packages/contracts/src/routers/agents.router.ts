import {
  agentByUsernameInput,
  agentIdInput,
  createAgentInput,
  publicAgentsInput,
  updateAgentInput,
} from '../schemas/agents.js';
import { authedProcedure, publicProcedure, router } from '../trpc.js';

export const agentsRouter = router({
  /** The caller's own agents, with their prompts and settings. */
  list: authedProcedure.query(({ ctx }) => ctx.services.agents.list(ctx.user)),
  create: authedProcedure
    .input(createAgentInput)
    .mutation(({ ctx, input }) => ctx.services.agents.create(ctx.user, input)),
  update: authedProcedure
    .input(updateAgentInput)
    .mutation(({ ctx, input }) => ctx.services.agents.update(ctx.user, input)),
  delete: authedProcedure
    .input(agentIdInput)
    .mutation(({ ctx, input }) => ctx.services.agents.delete(ctx.user, input)),
  /** Anyone, signed in or not, may browse public agents: never their prompts. */
  public: publicProcedure
    .input(publicAgentsInput)
    .query(({ ctx, input }) => ctx.services.agents.public(input)),
  byUsername: authedProcedure
    .input(agentByUsernameInput)
    .query(({ ctx, input }) => ctx.services.agents.byUsername(ctx.user, input)),
});
