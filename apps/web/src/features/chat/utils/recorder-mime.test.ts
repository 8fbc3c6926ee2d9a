import { describe, expect, it } from 'vitest';
import { pickRecorderMime, recordingFileName } from './recorder-mime';

describe('pickRecorderMime', () => {
  it('probes audio/mp4, then audio/aac, then audio/webm, in that order', () => {
    const asked: string[] = [];
    const pick = pickRecorderMime((mime) => {
      asked.push(mime);
      return mime === 'audio/webm';
    });
    expect(asked).toEqual(['audio/mp4', 'audio/aac', 'audio/webm']);
    expect(pick).toBe('audio/webm');
  });

  it('takes MP4 when supported (iOS Safari), without asking further', () => {
    const asked: string[] = [];
    expect(pickRecorderMime((mime) => (asked.push(mime), true))).toBe('audio/mp4');
    expect(asked).toEqual(['audio/mp4']);
  });

  it('falls to AAC, and to nothing when no format is supported or probing throws', () => {
    expect(pickRecorderMime((mime) => mime === 'audio/aac')).toBe('audio/aac');
    expect(pickRecorderMime(() => false)).toBeUndefined();
    expect(
      pickRecorderMime(() => {
        throw new Error('not implemented');
      }),
    ).toBeUndefined();
  });
});

describe('recordingFileName', () => {
  it('names the file after its format', () => {
    const at = new Date('2026-03-04T05:06:07Z');
    expect(recordingFileName('audio/mp4', at)).toBe('voice-2026-03-04-05-06-07.m4a');
    expect(recordingFileName('audio/webm;codecs=opus', at)).toBe('voice-2026-03-04-05-06-07.webm');
  });
});
