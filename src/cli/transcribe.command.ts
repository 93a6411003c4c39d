import { open, readFile } from 'node:fs/promises';
import { loadConfig } from '../config/app-config.js';
import { AudioScratch } from '../platform/ai/speech/audio-scratch.js';
import { AudioRejectedError, describeDuration, readWavFormat, toSpeechWav } from '../platform/ai/speech/speech-wav.js';
import { createSpeechToText } from '../platform/ai/speech/speech.module.js';
import { SpeechToTextError } from '../platform/ai/speech/speech-to-text.js';
import { createLogger, PinoNestLogger } from '../platform/logging/logger.js';
import { CliUsageError, type CliCommand } from './cli-command.js';

export const EXIT_AUDIO_REJECTED = 2;
export const EXIT_SPEECH_FAILED = 3;

/** Enough to reach the `data` chunk of any ordinary WAV file (LIST/bext chunks included). */
const HEADER_BYTES = 64 * 1024;

/**
 * `transcribe <audio.wav>`: the voice-answer pipeline without the web app. The file is checked and
 * converted as an upload would be, written to the private scratch directory for the engine, and
 * that copy is deleted afterwards; the input file is only read. Prints {"text","engine","seconds"}.
 */
export const transcribeCommand: CliCommand = {
  name: 'transcribe',
  usage: 'transcribe <audio.wav>',
  summary: 'Transcribe a WAV recording with the configured speech engine (SPEECH_PROVIDER) and print JSON',
  async run(args, io) {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) throw new CliUsageError('transcribe <audio.wav>');
    const config = loadConfig();
    // Logs go to stderr, so stdout stays one JSON document.
    const logger = new PinoNestLogger(createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, io.stderr));
    const speech = createSpeechToText(config.speech, logger);
    try {
      // The length is judged from the header before the whole file is read.
      const header = await readHead(file);
      const declared = readWavFormat(header.bytes, header.size);
      if (declared.seconds > config.audio.maxSeconds) {
        throw new AudioRejectedError('too_long', `The recording is ${describeDuration(declared.seconds)} long; an answer can be at most ${describeDuration(config.audio.maxSeconds)}.`);
      }
      const { wav } = toSpeechWav(await readFile(file), config.audio.maxSeconds);
      const availability = await speech.availability();
      if (!availability.available) {
        io.stderr.write(`${availability.reason}\n`);
        return EXIT_SPEECH_FAILED;
      }
      const transcript = await new AudioScratch(config.audio.scratchDir).withAudioFile(wav, (path) => speech.transcribe(path));
      io.stdout.write(`${JSON.stringify({ text: transcript.text, engine: transcript.engine, seconds: transcript.seconds })}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AudioRejectedError) {
        io.stderr.write(`${error.message}\n`);
        return EXIT_AUDIO_REJECTED;
      }
      if (error instanceof SpeechToTextError) {
        io.stderr.write(`${error.message}\n`);
        return EXIT_SPEECH_FAILED;
      }
      throw error;
    }
  },
};

async function readHead(path: string): Promise<{ bytes: Buffer; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const bytes = Buffer.alloc(Math.min(size, HEADER_BYTES));
    const { bytesRead } = await file.read(bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, bytesRead), size };
  } finally {
    await file.close();
  }
}
