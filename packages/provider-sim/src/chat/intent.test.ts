import { describe, expect, it } from 'vitest';
import { detectMediaIntent } from './intent.js';

describe('detectMediaIntent', () => {
  it.each([
    ['Draw a cat', 'generate_image', 'a cat'],
    ['Can you generate an image of a castle at night?', 'generate_image', 'a castle at night'],
    ['create a logo for my bakery', 'generate_image', 'a logo for my bakery'],
    ['Make a video of a rocket launch', 'generate_video', 'a rocket launch'],
    ['Please animate a clip of falling leaves', 'generate_video', 'falling leaves'],
    ['Say hello world', 'generate_tts', 'hello world'],
    ['Read this aloud: "the quick brown fox"', 'generate_tts', 'the quick brown fox'],
  ])('reads "%s" as %s("%s")', (text, tool, subject) => {
    expect(detectMediaIntent(text)).toEqual({ tool, subject });
  });

  it.each([
    'What is a closure?',
    'Explain how images are compressed',
    'I watched a video yesterday',
  ])('leaves "%s" to a text answer', (text) => {
    expect(detectMediaIntent(text)).toBeUndefined();
  });
});
