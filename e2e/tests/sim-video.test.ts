import { startProviderSim, videoColour, type ProviderSim } from '@enox/provider-sim';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Not part of the package's API: only this test needs the colour a prompt paints.
import { chromiumPath, launchBrowser } from '../src/browser.js';

const KEY = 'sim-video-key';
const headers = { 'x-goog-api-key': KEY, 'content-type': 'application/json' };

interface Operation {
  done?: boolean;
  response?: { generateVideoResponse: { generatedSamples: { video: { uri: string } }[] } };
}

/** Asks the simulator's Veo for a video the way the platform does, and downloads it. */
async function veoVideo(sim: ProviderSim, prompt: string): Promise<Buffer> {
  const started = await fetch(`${sim.geminiBaseUrl}/v1beta/models/sim-veo:predictLongRunning`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ instances: [{ prompt }] }),
  });
  const { name } = (await started.json()) as { name: string };
  let operation: Operation = {};
  for (let poll = 0; !operation.done && poll < 50; poll++) {
    if (poll > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    operation = (await (
      await fetch(`${sim.geminiBaseUrl}/v1beta/${name}`, { headers })
    ).json()) as Operation;
  }
  expect(operation.done).toBe(true);
  const uri = operation.response?.generateVideoResponse.generatedSamples[0]?.video.uri ?? '';
  const video = await fetch(uri, { headers });
  expect(video.headers.get('content-type')).toBe('video/mp4');
  return Buffer.from(await video.arrayBuffer());
}

/** Loads the MP4 into a `<video>`, plays it, and reports what Chromium decoded. */
async function playInPage(base64: string) {
  const video = document.createElement('video');
  video.muted = true;
  document.body.append(video);
  const loaded = new Promise<string>((resolve) => {
    video.onloadeddata = () => resolve('loadeddata');
    video.onerror = () => resolve(`error ${video.error?.code} ${video.error?.message}`);
  });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/mp4' }));
  const state = await loaded;
  if (state !== 'loadeddata') return { state };
  const startedAt = video.currentTime;
  await video.play();
  // Read the canvas once a frame has been presented (at `loadeddata` it is still
  // transparent black). Registered while playing, so frames keep coming; the timeout
  // only guards a clip that ended first, whose last frame has the same colour.
  await new Promise((resolve) => {
    video.requestVideoFrameCallback(resolve);
    setTimeout(resolve, 2000);
  });
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context?.drawImage(video, 0, 0);
  // The picture is one colour: sample its corners and centre.
  const points = [
    [1, 1],
    [canvas.width - 2, 1],
    [canvas.width >> 1, canvas.height >> 1],
    [1, canvas.height - 2],
    [canvas.width - 2, canvas.height - 2],
  ];
  const pixels = points.map(([x, y]) =>
    Array.from(context?.getImageData(x ?? 0, y ?? 0, 1, 1).data.subarray(0, 3) ?? []),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    state,
    canPlay: video.canPlayType('video/mp4; codecs="avc1.42C00B"'),
    width: video.videoWidth,
    height: video.videoHeight,
    duration: video.duration,
    startedAt,
    playedTo: video.currentTime,
    pixels,
  };
}

describe.skipIf(!chromiumPath)("the simulator's Veo video plays in a real browser", () => {
  let sim: ProviderSim;
  let browser: Browser;
  beforeAll(async () => {
    [sim, browser] = await Promise.all([startProviderSim({ apiKey: KEY }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it.each(['waves', 'a rocket launch'])(
    'decodes the %j video: size, duration, time moving on, the colour of its frame',
    async (prompt) => {
      const bytes = await veoVideo(sim, prompt);
      const page = await browser.newPage();
      const played = await page.evaluate(playInPage, bytes.toString('base64'));
      await page.close();

      expect(played).toMatchObject({
        state: 'loadeddata',
        canPlay: 'probably',
        width: 96,
        height: 64,
        startedAt: 0,
      });
      expect(played.duration).toBeCloseTo(1, 2);
      expect(played.playedTo).toBeGreaterThan(0.2);
      // The simulator names its samples `${prompt}#${index}`.
      const { r, g, b } = videoColour(`${prompt}#0`);
      for (const pixel of played.pixels ?? []) {
        pixel.forEach((channel, i) => {
          expect(Math.abs(channel - ([r, g, b][i] ?? 0))).toBeLessThanOrEqual(3);
        });
      }
    },
  );
});
