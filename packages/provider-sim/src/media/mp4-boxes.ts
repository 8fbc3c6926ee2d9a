/** ISO BMFF (MP4) boxes for one H.264 video track, all samples in one chunk. */

export function box(type: string, ...payload: readonly Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'ascii');
  return Buffer.concat([header, body]);
}

/** A box with a version byte and 24 bits of flags before its payload. */
function fullBox(type: string, version: number, flags: number, ...payload: Buffer[]): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff));
  return box(type, head, ...payload);
}

function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => out.writeUInt32BE(v >>> 0, i * 4));
  return out;
}

function u16(...values: number[]): Buffer {
  const out = Buffer.alloc(2 * values.length);
  values.forEach((v, i) => out.writeUInt16BE(v & 0xffff, i * 2));
  return out;
}

const zeros = (n: number) => Buffer.alloc(n);
/** The identity transform every player expects. */
const MATRIX = u32(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000);

export interface VideoTrack {
  width: number;
  height: number;
  timescale: number;
  /** Duration of each sample in `timescale` units. */
  sampleDelta: number;
  /** One access unit per sample: NAL units with 4-byte length prefixes. */
  samples: readonly Buffer[];
  sps: Buffer;
  pps: Buffer;
  profile: { profile: number; constraints: number; level: number };
}

function avcC(track: VideoTrack): Buffer {
  const { profile, constraints, level } = track.profile;
  return box(
    'avcC',
    Buffer.from([1, profile, constraints, level, 0xff, 0xe1]), // 4-byte lengths, 1 SPS
    u16(track.sps.length),
    track.sps,
    Buffer.from([1]),
    u16(track.pps.length),
    track.pps,
  );
}

function sampleTable(track: VideoTrack, chunkOffset: number): Buffer {
  const compressorName = zeros(32);
  const avc1 = box(
    'avc1',
    zeros(6),
    u16(1), // data_reference_index
    zeros(16),
    u16(track.width, track.height),
    u32(0x00480000, 0x00480000, 0), // 72 dpi, reserved
    u16(1), // frame_count
    compressorName,
    u16(0x0018, 0xffff), // depth, pre_defined
    avcC(track),
  );
  return box(
    'stbl',
    fullBox('stsd', 0, 0, u32(1), avc1),
    fullBox('stts', 0, 0, u32(1, track.samples.length, track.sampleDelta)),
    fullBox('stss', 0, 0, u32(1, 1)), // only the first sample is a key frame
    fullBox('stsc', 0, 0, u32(1, 1, track.samples.length, 1)),
    fullBox('stsz', 0, 0, u32(0, track.samples.length, ...track.samples.map((s) => s.length))),
    fullBox('stco', 0, 0, u32(1, chunkOffset)),
  );
}

function movie(track: VideoTrack, chunkOffset: number): Buffer {
  const duration = track.sampleDelta * track.samples.length;
  const movieDuration = Math.round((duration * 1000) / track.timescale);
  return box(
    'moov',
    fullBox(
      'mvhd',
      0,
      0,
      u32(0, 0, 1000, movieDuration, 0x00010000),
      u16(0x0100),
      zeros(10),
      MATRIX,
      zeros(24),
      u32(2),
    ),
    box(
      'trak',
      // flags 3: enabled, in the movie
      fullBox(
        'tkhd',
        0,
        3,
        u32(0, 0, 1, 0, movieDuration),
        zeros(8),
        u16(0, 0, 0, 0),
        MATRIX,
        u32(track.width << 16, track.height << 16),
      ),
      box(
        'mdia',
        fullBox('mdhd', 0, 0, u32(0, 0, track.timescale, duration), u16(0x55c4, 0)), // 'und'
        fullBox(
          'hdlr',
          0,
          0,
          u32(0),
          Buffer.from('vide', 'ascii'),
          zeros(12),
          Buffer.from('VideoHandler\0', 'ascii'),
        ),
        box(
          'minf',
          fullBox('vmhd', 0, 1, zeros(8)),
          box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
          sampleTable(track, chunkOffset),
        ),
      ),
    ),
  );
}

/** `ftyp`, `moov`, then `mdat`; the chunk offset points just past the `mdat` header. */
export function mp4File(track: VideoTrack): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'ascii'),
    u32(0x200),
    Buffer.from('isomiso2avc1mp41', 'ascii'),
  );
  // The offset only changes the stco value, never the size of moov: measure once.
  const moovSize = movie(track, 0).length;
  const chunkOffset = ftyp.length + moovSize + 8;
  return Buffer.concat([ftyp, movie(track, chunkOffset), box('mdat', ...track.samples)]);
}
