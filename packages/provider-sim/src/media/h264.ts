/**
 * A minimal H.264 (Constrained Baseline, CAVLC) encoder for a still picture: one IDR frame
 * whose macroblocks are all I_PCM (raw samples, so no transform or entropy coding is
 * needed), then P frames whose macroblocks are all P_Skip (a copy of the previous frame).
 */

/** MSB-first bit writer with the Exp-Golomb codes of ITU-T H.264 §9.1. */
class BitWriter {
  readonly #bytes: number[] = [];
  #current = 0;
  #used = 0;

  bit(value: number): void {
    this.#current = (this.#current << 1) | (value & 1);
    if (++this.#used === 8) {
      this.#bytes.push(this.#current);
      this.#current = 0;
      this.#used = 0;
    }
  }

  /** u(n) */
  bits(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  /** ue(v) */
  ue(value: number): void {
    const code = value + 1;
    const length = 32 - Math.clz32(code);
    this.bits(0, length - 1);
    this.bits(code, length);
  }

  /** se(v) */
  se(value: number): void {
    this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  get aligned(): boolean {
    return this.#used === 0;
  }

  alignWithZeros(): void {
    while (!this.aligned) this.bit(0);
  }

  bytes(data: Uint8Array): void {
    if (!this.aligned) throw new Error('byte write at an unaligned position');
    for (const byte of data) this.#bytes.push(byte);
  }

  /** rbsp_trailing_bits(): the stop bit then zero padding. */
  finish(): Buffer {
    this.bit(1);
    this.alignWithZeros();
    return Buffer.from(this.#bytes);
  }
}

/**
 * A NAL unit: header byte then the RBSP with emulation prevention, so no `00 00 0x`
 * (x ≤ 3) sequence in the payload can be mistaken for a start code.
 */
function nalUnit(refIdc: number, type: number, rbsp: Buffer): Buffer {
  const out = [(refIdc << 5) | type];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

export const PROFILE_BASELINE = 66;
/** constraint_set0 + constraint_set1: Constrained Baseline. */
export const CONSTRAINT_FLAGS = 0xc0;
/** Level 1.1: up to 396 macroblocks a frame, 3000 a second, 192 kbit/s: ample for a thumbnail. */
export const LEVEL_1_1 = 11;

const LOG2_MAX_FRAME_NUM = 8;
const NAL_SLICE = 1;
const NAL_IDR = 5;
const NAL_SPS = 7;
const NAL_PPS = 8;
const SLICE_P = 5;
const SLICE_I = 7;
const MB_I_PCM = 25;

export interface StillPicture {
  /** Multiples of 16: whole macroblocks, so no cropping. */
  width: number;
  height: number;
  /** 8-bit video-range samples, BT.601 matrix. */
  y: number;
  cb: number;
  cr: number;
}

function sequenceParameterSet(width: number, height: number): Buffer {
  const w = new BitWriter();
  w.bits(PROFILE_BASELINE, 8);
  w.bits(CONSTRAINT_FLAGS, 8);
  w.bits(LEVEL_1_1, 8);
  w.ue(0); // seq_parameter_set_id
  w.ue(LOG2_MAX_FRAME_NUM - 4);
  w.ue(2); // pic_order_cnt_type 2: output order = decoding order, no POC in slices
  w.ue(1); // max_num_ref_frames
  w.bit(0); // gaps_in_frame_num_value_allowed_flag
  w.ue(width / 16 - 1);
  w.ue(height / 16 - 1);
  w.bit(1); // frame_mbs_only_flag
  w.bit(1); // direct_8x8_inference_flag
  w.bit(0); // frame_cropping_flag
  w.bit(1); // vui_parameters_present_flag
  w.bit(0); // aspect_ratio_info_present_flag
  w.bit(0); // overscan_info_present_flag
  // Colour description, so players convert the samples with the matrix they were made for.
  w.bit(1); // video_signal_type_present_flag
  w.bits(5, 3); // video_format: unspecified
  w.bit(0); // video_full_range_flag
  w.bit(1); // colour_description_present_flag
  w.bits(6, 8); // colour_primaries: SMPTE 170M (BT.601 525)
  w.bits(6, 8); // transfer_characteristics: SMPTE 170M
  w.bits(6, 8); // matrix_coefficients: SMPTE 170M (BT.601)
  w.bit(0); // chroma_loc_info_present_flag
  w.bit(0); // timing_info_present_flag (the MP4 carries the timing)
  w.bit(0); // nal_hrd_parameters_present_flag
  w.bit(0); // vcl_hrd_parameters_present_flag
  w.bit(0); // pic_struct_present_flag
  // No reordering: decoders may output each frame as soon as it is decoded.
  w.bit(1); // bitstream_restriction_flag
  w.bit(1); // motion_vectors_over_pic_boundaries_flag
  w.ue(2); // max_bytes_per_pic_denom
  w.ue(1); // max_bits_per_mb_denom
  w.ue(16); // log2_max_mv_length_horizontal
  w.ue(16); // log2_max_mv_length_vertical
  w.ue(0); // max_num_reorder_frames
  w.ue(1); // max_dec_frame_buffering
  return nalUnit(3, NAL_SPS, w.finish());
}

function pictureParameterSet(): Buffer {
  const w = new BitWriter();
  w.ue(0); // pic_parameter_set_id
  w.ue(0); // seq_parameter_set_id
  w.bit(0); // entropy_coding_mode_flag: CAVLC
  w.bit(0); // bottom_field_pic_order_in_frame_present_flag
  w.ue(0); // num_slice_groups_minus1
  w.ue(0); // num_ref_idx_l0_default_active_minus1
  w.ue(0); // num_ref_idx_l1_default_active_minus1
  w.bit(0); // weighted_pred_flag
  w.bits(0, 2); // weighted_bipred_idc
  w.se(0); // pic_init_qp_minus26
  w.se(0); // pic_init_qs_minus26
  w.se(0); // chroma_qp_index_offset
  w.bit(1); // deblocking_filter_control_present_flag, so slices can turn it off
  w.bit(0); // constrained_intra_pred_flag
  w.bit(0); // redundant_pic_cnt_present_flag
  return nalUnit(3, NAL_PPS, w.finish());
}

function sliceHeaderTail(w: BitWriter): void {
  w.se(0); // slice_qp_delta
  w.ue(1); // disable_deblocking_filter_idc: the picture must stay exactly the PCM samples
}

function idrSlice(picture: StillPicture): Buffer {
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(SLICE_I);
  w.ue(0); // pic_parameter_set_id
  w.bits(0, LOG2_MAX_FRAME_NUM); // frame_num
  w.ue(0); // idr_pic_id
  w.bit(0); // no_output_of_prior_pics_flag
  w.bit(0); // long_term_reference_flag
  sliceHeaderTail(w);
  const samples = Buffer.concat([
    Buffer.alloc(256, picture.y),
    Buffer.alloc(64, picture.cb),
    Buffer.alloc(64, picture.cr),
  ]);
  const macroblocks = (picture.width / 16) * (picture.height / 16);
  for (let mb = 0; mb < macroblocks; mb++) {
    w.ue(MB_I_PCM);
    w.alignWithZeros(); // pcm_alignment_zero_bit
    w.bytes(samples);
  }
  return nalUnit(3, NAL_IDR, w.finish());
}

function skipSlice(picture: StillPicture, frameNum: number): Buffer {
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(SLICE_P);
  w.ue(0); // pic_parameter_set_id
  w.bits(frameNum % (1 << LOG2_MAX_FRAME_NUM), LOG2_MAX_FRAME_NUM);
  w.bit(0); // num_ref_idx_active_override_flag
  w.bit(0); // ref_pic_list_modification_flag_l0
  w.bit(0); // adaptive_ref_pic_marking_mode_flag
  sliceHeaderTail(w);
  w.ue((picture.width / 16) * (picture.height / 16)); // mb_skip_run: the whole picture
  return nalUnit(2, NAL_SLICE, w.finish());
}

export interface H264Stream {
  sps: Buffer;
  pps: Buffer;
  /** One NAL unit per frame, in decoding (= presentation) order; the first is the IDR. */
  frames: Buffer[];
}

/** `frameCount` frames showing `picture`: an IDR then P frames that skip every macroblock. */
export function encodeStill(picture: StillPicture, frameCount: number): H264Stream {
  if (picture.width % 16 || picture.height % 16) {
    throw new Error('width and height must be multiples of 16');
  }
  const frames = [idrSlice(picture)];
  for (let i = 1; i < frameCount; i++) frames.push(skipSlice(picture, i));
  return {
    sps: sequenceParameterSet(picture.width, picture.height),
    pps: pictureParameterSet(),
    frames,
  };
}
