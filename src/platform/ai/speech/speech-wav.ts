/**
 * Reads an uploaded WAV recording and turns it into what speech recognisers expect: 16 kHz, mono,
 * 16-bit PCM, with a canonical 44-byte header (PocketSphinx checks the header at exactly that size).
 *
 * Written here rather than taken from npm: the WAV packages there (node-wav, wavefile, wav-decoder)
 * are unmaintained for years, decode the whole file before any size check, and none resamples with
 * a proper low-pass filter. The parser checks everything it is told by the header against the bytes
 * it actually has, and judges the length from the header before it decodes a single sample.
 */

export const SPEECH_SAMPLE_RATE = 16_000;
export const MIN_SAMPLE_RATE = 8_000;
export const MAX_SAMPLE_RATE = 96_000;

export type AudioRejection = 'not_wav' | 'corrupt' | 'unsupported_format' | 'empty' | 'too_long';

/** A recording we will not transcribe. The message is written for the person who recorded it. */
export class AudioRejectedError extends Error {
  override name = 'AudioRejectedError';
  constructor(
    readonly code: AudioRejection,
    message: string,
  ) {
    super(message);
  }
}

/** What a WAV header says, after checking it against the bytes present. */
export interface WavFormat {
  encoding: 'pcm' | 'float';
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes per frame (one sample of every channel). */
  blockAlign: number;
  /** Where the samples start, from the beginning of the file. */
  dataOffset: number;
  /** Whole frames only: a trailing partial frame is ignored. */
  frames: number;
  seconds: number;
}

export interface SpeechWav {
  /** 16 kHz mono 16-bit PCM WAV file contents. */
  wav: Buffer;
  /** Length of the recording, in seconds. */
  seconds: number;
}

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_IEEE_FLOAT = 0x0003;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** The 14 bytes after the format code in every standard KSDATAFORMAT_SUBTYPE_* GUID. */
const SUBFORMAT_GUID_TAIL = Buffer.from([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71]);
/** Streaming writers that cannot seek back put this in the data size: "until the end of the file". */
const UNKNOWN_DATA_SIZE = 0xffffffff;

const NOT_WAV = 'The recording is not a WAV file. Please record your answer again.';
const CORRUPT = 'The recording is damaged or incomplete. Please record your answer again.';
const EMPTY = 'The recording is empty. Please record your answer again.';

/**
 * Parses the RIFF/WAVE header of `bytes`. `totalBytes` is the size of the whole file when `bytes`
 * holds only its beginning (enough to reach the `data` chunk header); it defaults to `bytes.length`.
 */
export function readWavFormat(bytes: Buffer, totalBytes = bytes.length): WavFormat {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WAVE') {
    throw new AudioRejectedError('not_wav', NOT_WAV);
  }
  let format: Omit<WavFormat, 'dataOffset' | 'frames' | 'seconds'> | undefined;
  let offset = 12;
  // Chunks can come in any order except that `fmt ` must precede `data`; unknown ones (LIST, fact,
  // bext, JUNK…) are skipped. Each chunk body is padded to an even length.
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + size > bytes.length) throw new AudioRejectedError('corrupt', CORRUPT);
      format = parseFormatChunk(bytes.subarray(body, body + size));
    } else if (id === 'data') {
      if (!format) throw new AudioRejectedError('corrupt', CORRUPT);
      const available = totalBytes - body;
      const dataBytes = size === UNKNOWN_DATA_SIZE ? available : size;
      if (dataBytes > available) throw new AudioRejectedError('corrupt', CORRUPT);
      const frames = Math.floor(dataBytes / format.blockAlign);
      return { ...format, dataOffset: body, frames, seconds: frames / format.sampleRate };
    }
    offset = body + size + (size % 2);
  }
  throw new AudioRejectedError('corrupt', CORRUPT);
}

function parseFormatChunk(fmt: Buffer): Omit<WavFormat, 'dataOffset' | 'frames' | 'seconds'> {
  let tag = fmt.readUInt16LE(0);
  const channels = fmt.readUInt16LE(2);
  const sampleRate = fmt.readUInt32LE(4);
  const blockAlign = fmt.readUInt16LE(12);
  const bitsPerSample = fmt.readUInt16LE(14);
  if (tag === WAVE_FORMAT_EXTENSIBLE) {
    // cbSize (2 bytes) ≥ 22, then valid bits, channel mask, and the sub-format GUID. The valid-bits
    // field is not needed: samples are left-justified in their container, so scaling by the
    // container size is right either way.
    if (fmt.length < 40 || fmt.readUInt16LE(16) < 22 || !fmt.subarray(26, 40).equals(SUBFORMAT_GUID_TAIL)) {
      throw unsupported();
    }
    tag = fmt.readUInt16LE(24);
  }
  if (channels < 1 || bitsPerSample === 0) throw new AudioRejectedError('corrupt', CORRUPT);
  const encoding = tag === WAVE_FORMAT_PCM ? 'pcm' : tag === WAVE_FORMAT_IEEE_FLOAT ? 'float' : undefined;
  if (!encoding) throw unsupported();
  const supportedBits = encoding === 'pcm' ? [8, 16, 24, 32] : [32, 64];
  if (!supportedBits.includes(bitsPerSample)) throw unsupported();
  if (blockAlign !== channels * (bitsPerSample / 8)) throw new AudioRejectedError('corrupt', CORRUPT);
  if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
    throw new AudioRejectedError(
      'unsupported_format',
      `The recording's sample rate (${sampleRate} Hz) is not supported: it must be between 8 and 96 kHz. Please record your answer again.`,
    );
  }
  return { encoding, channels, sampleRate, bitsPerSample, blockAlign };
}

function unsupported(): AudioRejectedError {
  return new AudioRejectedError(
    'unsupported_format',
    'The recording uses an audio encoding we cannot read. Please record again, or save it as an uncompressed (PCM) WAV file.',
  );
}

/**
 * Checks and converts an uploaded WAV recording to 16 kHz mono 16-bit PCM. Rejects, with an
 * AudioRejectedError, anything that is not a readable WAV file, holds no audio, or is longer than
 * `maxSeconds` (judged from the header, before any sample is decoded).
 */
export function toSpeechWav(upload: Buffer, maxSeconds: number): SpeechWav {
  const format = readWavFormat(upload);
  if (format.seconds > maxSeconds) {
    throw new AudioRejectedError(
      'too_long',
      `The recording is ${describeDuration(format.seconds)} long; an answer can be at most ${describeDuration(maxSeconds)}.`,
    );
  }
  if (format.frames === 0) throw new AudioRejectedError('empty', EMPTY);
  const mono = decodeToMono(upload, format);
  const resampled = format.sampleRate === SPEECH_SAMPLE_RATE ? mono : resample(mono, format.sampleRate, SPEECH_SAMPLE_RATE);
  if (resampled.length === 0) throw new AudioRejectedError('empty', EMPTY);
  return { wav: encodePcm16Wav(resampled, SPEECH_SAMPLE_RATE), seconds: format.seconds };
}

/** "4 minutes 30 seconds", "1 minute", "12 seconds": for messages, rounded to the second. */
export function describeDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** Samples as floats in [-1, 1), channels averaged. */
export function decodeToMono(bytes: Buffer, format: WavFormat): Float32Array {
  const { channels, frames, blockAlign, dataOffset } = format;
  const start = bytes.byteOffset + dataOffset;
  if (format.encoding === 'pcm' && format.bitsPerSample === 16 && start % 2 === 0) return decodeAlignedPcm16(bytes, start, format);
  const view = new DataView(bytes.buffer, bytes.byteOffset + dataOffset, frames * blockAlign);
  const read = sampleReader(view, format);
  const out = new Float32Array(frames);
  const bytesPerSample = format.bitsPerSample / 8;
  const gain = 1 / channels;
  for (let frame = 0, position = 0; frame < frames; frame++) {
    let sum = 0;
    for (let c = 0; c < channels; c++, position += bytesPerSample) sum += read(position);
    out[frame] = sum * gain;
  }
  return out;
}

/** The common case (16-bit PCM, which browsers record), read through a typed array: ~3× faster than DataView. */
function decodeAlignedPcm16(bytes: Buffer, start: number, { channels, frames }: WavFormat): Float32Array {
  // Typed arrays use the platform's byte order: little-endian, as WAV is, on x64 and arm64.
  const samples = new Int16Array(bytes.buffer, start, frames * channels);
  const out = new Float32Array(frames);
  const scale = 1 / (32_768 * channels);
  if (channels === 1) {
    for (let i = 0; i < frames; i++) out[i] = samples[i]! * scale;
    return out;
  }
  for (let frame = 0, i = 0; frame < frames; frame++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += samples[i++]!;
    out[frame] = sum * scale;
  }
  return out;
}

function sampleReader(view: DataView, format: WavFormat): (position: number) => number {
  if (format.encoding === 'float') {
    // Floats outside [-1, 1] are clipped when written; NaN and infinities become silence.
    const finite = (x: number): number => (Number.isFinite(x) ? x : 0);
    return format.bitsPerSample === 32 ? (p) => finite(view.getFloat32(p, true)) : (p) => finite(view.getFloat64(p, true));
  }
  switch (format.bitsPerSample) {
    case 8: // unsigned, centred on 128
      return (p) => (view.getUint8(p) - 128) / 128;
    case 16:
      return (p) => view.getInt16(p, true) / 32_768;
    case 24:
      return (p) => ((view.getUint8(p) | (view.getUint8(p + 1) << 8) | (view.getInt8(p + 2) << 16)) / 8_388_608);
    default:
      return (p) => view.getInt32(p, true) / 2_147_483_648;
  }
}

/** Zero crossings of the filter kernel on each side: 8 keeps the cost low and the stopband well below speech features. */
const KERNEL_ZERO_CROSSINGS = 8;
/** Cut-off as a share of the lower Nyquist frequency: 0.9 of 8 kHz keeps speech up to ~7 kHz and leaves room for the transition band. */
const CUTOFF_SHARE = 0.9;
const KAISER_BETA = 7;

/**
 * Band-limited resampling with a Kaiser-windowed sinc, precomputed as a polyphase table. Output
 * sample n sits at input position n·from/to; with g = gcd(from, to) that position's fraction
 * takes one of to/g values (its phase), so every weight is computed once, not per sample. When
 * going down, the cut-off follows the output's Nyquist frequency, which removes what would alias.
 */
export function resample(input: Float32Array, from: number, to: number): Float32Array {
  const divisor = gcd(from, to);
  const step = from / divisor; // input samples advanced per `phases` outputs
  const phases = to / divisor;
  const cutoff = (Math.min(1, to / from) * CUTOFF_SHARE) / 2; // cycles per input sample
  const halfWidth = Math.ceil(KERNEL_ZERO_CROSSINGS / (2 * cutoff)); // taps on each side, in input samples
  const taps = 2 * halfWidth;
  const table = new Float64Array(phases * taps);
  const windowNorm = besselI0(KAISER_BETA);
  for (let phase = 0; phase < phases; phase++) {
    const fraction = phase / phases;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      // Tap k weighs input sample (center - halfWidth + 1 + k); its distance from the output position:
      const x = k - halfWidth + 1 - fraction;
      const r = x / halfWidth;
      const window = Math.abs(r) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / windowNorm;
      const arg = 2 * cutoff * x;
      const weight = (arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg)) * window;
      table[phase * taps + k] = weight;
      sum += weight;
    }
    // Unity gain at DC for every phase, so the filter adds no ripple of its own.
    for (let k = 0; k < taps; k++) table[phase * taps + k]! /= sum;
  }

  const length = Math.floor((input.length * to) / from);
  const out = new Float32Array(length);
  const last = input.length - 1;
  let center = 0;
  let phase = 0;
  for (let n = 0; n < length; n++) {
    const first = center - halfWidth + 1;
    const base = phase * taps;
    let acc = 0;
    if (first >= 0 && first + taps - 1 <= last) {
      // `taps` is even; two independent sums let the CPU overlap the multiply-adds.
      let odd = 0;
      for (let k = 0; k < taps; k += 2) {
        acc += input[first + k]! * table[base + k]!;
        odd += input[first + k + 1]! * table[base + k + 1]!;
      }
      acc += odd;
    } else {
      // Near the ends, samples outside the recording count as silence.
      for (let k = 0; k < taps; k++) {
        const i = first + k;
        if (i >= 0 && i <= last) acc += input[i]! * table[base + k]!;
      }
    }
    out[n] = acc;
    phase += step;
    while (phase >= phases) {
      phase -= phases;
      center++;
    }
  }
  return out;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Modified Bessel function of the first kind, order 0 (for the Kaiser window), by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const quarterSquare = (x * x) / 4;
  for (let k = 1; k < 50 && term > sum * 1e-12; k++) {
    term *= quarterSquare / (k * k);
    sum += term;
  }
  return sum;
}

/** A canonical 44-byte-header WAV file of 16-bit PCM mono samples, clipped to the 16-bit range. */
export function encodePcm16Wav(samples: Float32Array, sampleRate: number): Buffer {
  const dataBytes = samples.length * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'latin1');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'latin1');
  out.write('fmt ', 12, 'latin1');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(WAVE_FORMAT_PCM, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'latin1');
  out.writeUInt32LE(dataBytes, 40);
  // Buffer.alloc gives a fresh, aligned ArrayBuffer; typed arrays use the platform's byte order,
  // little-endian on every machine Node supports in production (x64, arm64), as WAV requires.
  const pcm = new Int16Array(out.buffer, out.byteOffset + 44, samples.length);
  for (let i = 0; i < samples.length; i++) {
    const value = Math.round(samples[i]! * 32_768);
    pcm[i] = value > 32_767 ? 32_767 : value < -32_768 ? -32_768 : value;
  }
  return out;
}
