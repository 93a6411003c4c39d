import { describe, expect, it } from 'vitest';
import { AudioRejectedError, readWavFormat, resample, toSpeechWav, type AudioRejection } from '../../../src/platform/ai/speech/speech-wav.js';

interface WavSpec {
  rate: number;
  /** One array per channel, samples in [-1, 1]. */
  channels: Float32Array[];
  bits?: 8 | 16 | 24 | 32 | 64;
  float?: boolean;
  extensible?: boolean;
  /** Chunks placed before `fmt ` (e.g. LIST), as [id, body]. */
  before?: [string, Buffer][];
  formatTag?: number;
  dataSize?: number;
}

/** Builds a WAV file the way recorders write them, so each test states exactly what it feeds in. */
function buildWav(spec: WavSpec): Buffer {
  const bits = spec.bits ?? 16;
  const channelCount = spec.channels.length;
  const frames = spec.channels[0]?.length ?? 0;
  const bytesPerSample = bits / 8;
  const data = Buffer.alloc(frames * channelCount * bytesPerSample);
  for (let i = 0, p = 0; i < frames; i++) {
    for (let c = 0; c < channelCount; c++, p += bytesPerSample) {
      const x = spec.channels[c]![i]!;
      if (spec.float) {
        if (bits === 32) data.writeFloatLE(x, p);
        else data.writeDoubleLE(x, p);
      } else if (bits === 8) data.writeUInt8(Math.max(0, Math.min(255, Math.round(x * 128) + 128)), p);
      else {
        const max = 2 ** (bits - 1);
        data.writeIntLE(Math.max(-max, Math.min(max - 1, Math.round(x * max))), p, Math.min(bytesPerSample, 6));
      }
    }
  }
  const tag = spec.formatTag ?? (spec.float ? 3 : 1);
  const fmt = Buffer.alloc(spec.extensible ? 40 : 16);
  fmt.writeUInt16LE(spec.extensible ? 0xfffe : tag, 0);
  fmt.writeUInt16LE(channelCount, 2);
  fmt.writeUInt32LE(spec.rate, 4);
  fmt.writeUInt32LE(spec.rate * channelCount * bytesPerSample, 8);
  fmt.writeUInt16LE(channelCount * bytesPerSample, 12);
  fmt.writeUInt16LE(bits, 14);
  if (spec.extensible) {
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(bits, 18);
    fmt.writeUInt32LE(channelCount === 2 ? 3 : 4, 20);
    fmt.writeUInt16LE(tag, 24);
    Buffer.from([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71]).copy(fmt, 26);
  }
  const chunk = (id: string, body: Buffer, size = body.length): Buffer => {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    header.writeUInt32LE(size, 4);
    return Buffer.concat([header, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const body = Buffer.concat([...(spec.before ?? []).map(([id, b]) => chunk(id, b)), chunk('fmt ', fmt), chunk('data', data, spec.dataSize)]);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + body.length, 4);
  riff.write('WAVE', 8, 'latin1');
  return Buffer.concat([riff, body]);
}

function tone(frequency: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  return Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / rate));
}

/** The 16-bit samples of a converted file, checking its header is the canonical 16 kHz mono one. */
function samplesOf(wav: Buffer): Int16Array {
  expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
  expect(wav.readUInt16LE(20)).toBe(1); // PCM
  expect(wav.readUInt16LE(22)).toBe(1); // mono
  expect(wav.readUInt32LE(24)).toBe(16_000);
  expect(wav.readUInt16LE(34)).toBe(16);
  expect(wav.toString('latin1', 36, 40)).toBe('data');
  expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
  return new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.length));
}

/** Root mean square of the middle of a signal (away from the filter's edges), as a share of full scale. */
function rms(samples: ArrayLike<number>, scale = 32_768): number {
  const from = Math.floor(samples.length * 0.1);
  const to = Math.floor(samples.length * 0.9);
  let sum = 0;
  for (let i = from; i < to; i++) sum += (samples[i]! / scale) ** 2;
  return Math.sqrt(sum / (to - from));
}

/** Frequency from upward zero crossings. */
function frequencyOf(samples: Int16Array, rate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings++;
  return (crossings * rate) / samples.length;
}

function rejection(run: () => unknown): AudioRejection | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AudioRejectedError) return error.code;
    throw error;
  }
  return undefined;
}

describe('speech WAV conversion', () => {
  it('passes 16 kHz mono 16-bit audio through sample for sample', () => {
    const input = buildWav({ rate: 16_000, channels: [tone(440, 16_000, 1)] });
    const { wav, seconds } = toSpeechWav(input, 300);
    expect(seconds).toBe(1);
    expect(wav.length).toBe(44 + 32_000);
    expect(samplesOf(wav)).toEqual(new Int16Array(input.buffer.slice(input.byteOffset + 44, input.byteOffset + input.length)));
  });

  it('resamples 48 kHz stereo to 16 kHz mono, keeping pitch, loudness and length', () => {
    const left = tone(440, 48_000, 2);
    const { wav, seconds } = toSpeechWav(buildWav({ rate: 48_000, channels: [left, left] }), 300);
    const samples = samplesOf(wav);
    expect(seconds).toBe(2);
    expect(samples.length).toBe(32_000);
    expect(frequencyOf(samples, 16_000)).toBeCloseTo(440, -1);
    expect(rms(samples)).toBeCloseTo(0.5 / Math.SQRT2, 2);
  });

  it('averages the channels when downmixing', () => {
    const loud = tone(300, 16_000, 1, 0.8);
    const silent = new Float32Array(loud.length);
    const samples = samplesOf(toSpeechWav(buildWav({ rate: 16_000, channels: [loud, silent, silent, loud] }), 300).wav);
    expect(rms(samples)).toBeCloseTo(0.4 / Math.SQRT2, 2);
  });

  it('filters out what would alias: a 12 kHz tone at 48 kHz becomes silence at 16 kHz', () => {
    const samples = samplesOf(toSpeechWav(buildWav({ rate: 48_000, channels: [tone(12_000, 48_000, 1)] }), 300).wav);
    // Without a low-pass filter this would fold back to a 4 kHz tone at the full 0.35 RMS.
    expect(rms(samples)).toBeLessThan(0.005);
  });

  it.each([
    [8_000, 16_000],
    [11_025, 16_000],
    [22_050, 16_000],
    [44_100, 16_000],
    [96_000, 16_000],
  ])('converts %i Hz to the right number of 16 kHz samples with the tone intact', (rate, out) => {
    const { wav, seconds } = toSpeechWav(buildWav({ rate, channels: [tone(500, rate, 1.5)] }), 300);
    const samples = samplesOf(wav);
    expect(seconds).toBeCloseTo(1.5, 3);
    expect(samples.length).toBe(Math.floor((Math.round(rate * 1.5) * out) / rate));
    expect(frequencyOf(samples, out)).toBeCloseTo(500, -1);
    expect(rms(samples)).toBeCloseTo(0.5 / Math.SQRT2, 2);
  });

  it('reads every integer and float encoding, plain and WAVE_FORMAT_EXTENSIBLE, to the same audio', () => {
    const signal = tone(440, 16_000, 0.5, 0.6);
    const reference = samplesOf(toSpeechWav(buildWav({ rate: 16_000, channels: [signal] }), 300).wav);
    const variants: Partial<WavSpec>[] = [
      { bits: 8 },
      { bits: 24 },
      { bits: 32 },
      { bits: 32, float: true },
      { bits: 64, float: true },
      { bits: 16, extensible: true },
      { bits: 24, extensible: true },
      { bits: 32, float: true, extensible: true },
    ];
    for (const variant of variants) {
      const samples = samplesOf(toSpeechWav(buildWav({ rate: 16_000, channels: [signal], ...variant }), 300).wav);
      const tolerance = variant.bits === 8 ? 300 : 1; // 8-bit has 256 levels
      const worst = samples.reduce((max, s, i) => Math.max(max, Math.abs(s - reference[i]!)), 0);
      expect(worst, JSON.stringify(variant)).toBeLessThanOrEqual(tolerance);
    }
  });

  it('clips floats beyond full scale and turns NaN into silence', () => {
    const input = Float32Array.from([2, -2, Number.NaN, 0.5]);
    const samples = samplesOf(toSpeechWav(buildWav({ rate: 16_000, channels: [input], bits: 32, float: true }), 300).wav);
    expect([...samples]).toEqual([32_767, -32_768, 0, 16_384]);
  });

  it('skips unknown chunks, including odd-sized ones, and reads a streamed file of unknown length', () => {
    const signal = tone(440, 16_000, 0.25);
    const withList = buildWav({ rate: 16_000, channels: [signal], before: [['LIST', Buffer.from('INFOISFT\x05\x00\x00\x00Lavf\x00')], ['JUNK', Buffer.alloc(3)]] });
    expect(toSpeechWav(withList, 300).seconds).toBe(0.25);
    const streamed = buildWav({ rate: 16_000, channels: [signal], dataSize: 0xffffffff });
    expect(toSpeechWav(streamed, 300).seconds).toBe(0.25);
  });

  it('ignores a trailing partial frame', () => {
    const input = Buffer.concat([buildWav({ rate: 16_000, channels: [tone(440, 16_000, 0.1)], dataSize: 3201 }), Buffer.alloc(1)]);
    expect(samplesOf(toSpeechWav(input, 300).wav).length).toBe(1600);
  });

  describe('rejects', () => {
    const valid = (): Buffer => buildWav({ rate: 16_000, channels: [tone(440, 16_000, 0.2)] });

    it('files that are not WAV', () => {
      expect(rejection(() => toSpeechWav(Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00 mp3 frames'), 300))).toBe('not_wav');
      expect(rejection(() => toSpeechWav(Buffer.from('OggS\x00\x02 opus'), 300))).toBe('not_wav');
      expect(rejection(() => toSpeechWav(Buffer.from('RIFF\x00\x00\x00\x00AVI LIST'), 300))).toBe('not_wav');
      expect(rejection(() => toSpeechWav(Buffer.alloc(0), 300))).toBe('not_wav');
    });

    it('truncated or corrupt headers', () => {
      const file = valid();
      for (const cut of [12, 20, 30, 43]) expect(rejection(() => toSpeechWav(file.subarray(0, cut), 300)), `cut at ${cut}`).toBe('corrupt');
      expect(rejection(() => toSpeechWav(file.subarray(0, file.length - 100), 300))).toBe('corrupt'); // data shorter than declared
      const noFormat = Buffer.concat([Buffer.from('RIFF\x0c\x00\x00\x00WAVE'), Buffer.from('data\x04\x00\x00\x00\x00\x00\x00\x00')]);
      expect(rejection(() => toSpeechWav(noFormat, 300))).toBe('corrupt');
      const noChannels = valid();
      noChannels.writeUInt16LE(0, 22);
      expect(rejection(() => toSpeechWav(noChannels, 300))).toBe('corrupt');
      const wrongBlockAlign = valid();
      wrongBlockAlign.writeUInt16LE(3, 32);
      expect(rejection(() => toSpeechWav(wrongBlockAlign, 300))).toBe('corrupt');
    });

    it('compressed and other unsupported encodings', () => {
      for (const formatTag of [0x0002 /* MS ADPCM */, 0x0006 /* A-law */, 0x0007 /* µ-law */, 0x0011 /* IMA ADPCM */, 0x0055 /* MP3 */]) {
        expect(rejection(() => toSpeechWav(buildWav({ rate: 16_000, channels: [tone(440, 16_000, 0.1)], formatTag }), 300)), `tag ${formatTag}`).toBe(
          'unsupported_format',
        );
      }
      expect(rejection(() => toSpeechWav(buildWav({ rate: 16_000, channels: [tone(440, 16_000, 0.1)], bits: 16, formatTag: 3 }), 300))).toBe('unsupported_format'); // 16-bit float
      const oddGuid = buildWav({ rate: 16_000, channels: [tone(440, 16_000, 0.1)], extensible: true });
      oddGuid.writeUInt8(0x42, 20 + 30);
      expect(rejection(() => toSpeechWav(oddGuid, 300))).toBe('unsupported_format');
    });

    it('sample rates outside 8–96 kHz', () => {
      expect(rejection(() => toSpeechWav(buildWav({ rate: 4_000, channels: [tone(440, 4_000, 0.1)] }), 300))).toBe('unsupported_format');
      expect(rejection(() => toSpeechWav(buildWav({ rate: 192_000, channels: [tone(440, 192_000, 0.1)] }), 300))).toBe('unsupported_format');
    });

    it('empty audio', () => {
      expect(rejection(() => toSpeechWav(buildWav({ rate: 16_000, channels: [new Float32Array(0)] }), 300))).toBe('empty');
    });

    it('recordings longer than the limit, with a message saying both lengths', () => {
      const input = buildWav({ rate: 8_000, channels: [new Float32Array(8_000 * 61)], bits: 8 });
      const error = (() => {
        try {
          toSpeechWav(input, 60);
        } catch (e) {
          return e as AudioRejectedError;
        }
        throw new Error('not rejected');
      })();
      expect(error.code).toBe('too_long');
      expect(error.message).toBe('The recording is 1 minute 1 second long; an answer can be at most 1 minute.');
    });

    it('a header claiming hours of audio, from the header alone and without allocating for it', () => {
      // 96 kHz, 8 channels, 32-bit, declared 4 GB: over 20 minutes. The file itself is tiny.
      const head = buildWav({ rate: 96_000, channels: Array.from({ length: 8 }, () => new Float32Array(1)), bits: 32 });
      head.writeUInt32LE(0xfffffff0, 40);
      const format = readWavFormat(head, 0xfffffff0 + 44);
      expect(format.seconds).toBeGreaterThan(20 * 60);
      const before = process.memoryUsage().arrayBuffers;
      expect(rejection(() => toSpeechWav(head, 300))).toBe('corrupt'); // data missing: rejected before decoding
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 * 1024);
    });
  });
});

describe('resampler', () => {
  it('keeps a DC level exactly (unity gain) in the middle of the signal', () => {
    const out = resample(new Float32Array(44_100).fill(0.25), 44_100, 16_000);
    for (let i = 100; i < out.length - 100; i += 97) expect(out[i]).toBeCloseTo(0.25, 5);
  });
});
