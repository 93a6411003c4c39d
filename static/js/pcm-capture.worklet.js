// Hands each block of microphone samples (mono, the context's sample rate) to the page. Runs on the
// audio thread; the page keeps the samples in memory only.
class PcmCapture extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) this.port.postMessage(channel.slice(0));
    return true;
  }
}
registerProcessor('pcm-capture', PcmCapture);
