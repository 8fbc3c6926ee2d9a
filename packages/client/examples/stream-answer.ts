// Streams one answer from a running Enox server to the terminal.
//
//   ENOX_URL=http://localhost:3000 ENOX_TOKEN=enox_pat_… \
//     node --experimental-strip-types examples/stream-answer.ts "Write a haiku about rivers"
//
// Optional: ENOX_MODEL picks a model by its id or name (default: the first text model).
// Run `pnpm --filter @enox/client build` first: the example imports the built package.
import { createEnoxClient, type Model } from '@enox/client';

const url = process.env.ENOX_URL ?? 'http://localhost:3000';
const token = process.env.ENOX_TOKEN;
if (!token) {
  console.error('Set ENOX_TOKEN to a personal access token (Settings → Access tokens).');
  process.exit(1);
}

const client = createEnoxClient({ url, token });

const wanted = process.env.ENOX_MODEL;
const models: Model[] = (await client.models.list.query()).filter((m) => m.type === 'text');
const model = wanted
  ? models.find((m) => m.id === wanted || m.modelId === wanted || m.name === wanted)
  : models[0];
if (!model) {
  console.error(`No text model ${wanted ?? ''} on ${url}.`);
  process.exit(1);
}

const stream = client.chat.stream({
  modelId: model.id,
  message: process.argv[2] ?? 'Write a haiku about rivers.',
});
for await (const event of stream) {
  if (event.type === 'thinking_content') process.stderr.write(event.text);
  if (event.type === 'chunk') process.stdout.write(event.text);
  if (event.type === 'error') {
    console.error(`\n${event.code}: ${event.message}`);
    process.exitCode = 1;
  }
}
process.stdout.write(`\n\n(chat ${stream.chatId}, answer ${stream.runId}, ${model.name})\n`);
