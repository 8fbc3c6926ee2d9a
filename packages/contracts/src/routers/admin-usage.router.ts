import { usageLogsInput, usageTimeseriesInput } from '../schemas/admin-usage.js';
import { adminProcedure, router } from '../trpc.js';

/** Request logs and daily series. The CSV export is a plain HTTP download beside these. */
export const adminUsageRouter = router({
  logs: adminProcedure
    .input(usageLogsInput)
    .query(({ ctx, input }) => ctx.services.admin.usage.logs(input)),
  timeseries: adminProcedure
    .input(usageTimeseriesInput)
    .query(({ ctx, input }) => ctx.services.admin.usage.timeseries(input)),
});
