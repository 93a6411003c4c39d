// Voice answers for the interview page. Asks for the microphone only (never the camera), shows a
// level meter and a timer, and on Stop sends a 16 kHz mono WAV to the server, which turns it into
// text and deletes it. The transcript lands in the answer box for the user to check and correct.
// Without JavaScript (or without a microphone) this panel stays hidden and typing works as usual.
// Every message comes from the page (data-msg-* attributes, in the reader's language), never from here.
(() => {
  const panel = document.getElementById('recorder');
  if (!panel || panel.dataset.ready) return;
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.AudioContext || !window.AudioWorkletNode) return;
  panel.dataset.ready = 'true';
  panel.hidden = false;

  const recordButton = panel.querySelector('[data-action="record"]');
  const stopButton = panel.querySelector('[data-action="stop"]');
  const meter = panel.querySelector('#recorder-level');
  const timer = panel.querySelector('#recorder-timer');
  const status = panel.querySelector('#recorder-status');
  const stateText = panel.querySelector('#recorder-state-text');
  const answer = document.getElementById('answer');
  const source = document.getElementById('answer-source');
  const maxSeconds = Number(panel.dataset.maxSeconds) || 300;
  const TARGET_RATE = 16000;

  let session = null;

  const message = (name) => panel.dataset[`msg${name}`] || '';
  const say = (text) => {
    status.textContent = text;
  };
  // One visible state at a time (idle, requesting, recording, transcribing, done, error): a word and a
  // badge (data-state styles it), and the buttons that make sense in it. Stop is only enabled while
  // recording; its hidden hint says so to screen readers when it is not.
  const setState = (state) => {
    panel.dataset.state = state;
    stateText.textContent = panel.dataset[`state${state[0].toUpperCase()}${state.slice(1)}`] || '';
    recordButton.disabled = state === 'requesting' || state === 'recording' || state === 'transcribing';
    stopButton.disabled = state !== 'recording';
    stopButton.setAttribute('aria-disabled', String(state !== 'recording'));
  };
  // Space or Enter on the page's record button work as usual; Escape stops a recording from anywhere.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && session) {
      event.preventDefault();
      stop();
    }
  });
  const clock = (seconds) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

  recordButton.addEventListener('click', async () => {
    if (session) return;
    setState('requesting');
    say(message('Asking'));
    let stream;
    try {
      // Promise V1: audio only. The camera is never requested.
      stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true }, video: false });
    } catch (error) {
      setState('error');
      say(error && error.name === 'NotAllowedError'
        ? message('Denied')
        : message('NoMicrophone'));
      return;
    }
    const context = new AudioContext();
    try {
      await context.audioWorklet.addModule('/static/js/pcm-capture.worklet.js');
    } catch {
      stream.getTracks().forEach((t) => t.stop());
      await context.close();
      setState('error');
      say(message('Unsupported'));
      return;
    }
    const input = context.createMediaStreamSource(stream);
    const capture = new AudioWorkletNode(context, 'pcm-capture');
    const chunks = [];
    const startedAt = performance.now();
    capture.port.onmessage = (event) => {
      const samples = event.data;
      chunks.push(samples);
      let sum = 0;
      for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
      meter.value = Math.min(1, Math.sqrt(sum / samples.length) * 4);
    };
    input.connect(capture);
    // A node that reaches no output may never be pulled: feed the destination with silence.
    const mute = context.createGain();
    mute.gain.value = 0;
    capture.connect(mute).connect(context.destination);
    // The microphone prompt may have used up the click's activation; a suspended context hears nothing.
    if (context.state === 'suspended') await context.resume();
    const ticker = setInterval(() => {
      const elapsed = (performance.now() - startedAt) / 1000;
      timer.textContent = clock(elapsed);
      if (elapsed >= maxSeconds) stop();
    }, 250);
    session = { stream, context, input, capture, chunks, ticker };
    setState('recording');
    stopButton.focus();
    say(message('Recording'));
  });

  async function stop() {
    if (!session) return;
    const { stream, context, input, capture, chunks, ticker } = session;
    session = null;
    clearInterval(ticker);
    input.disconnect();
    capture.port.onmessage = null;
    stream.getTracks().forEach((t) => t.stop());
    const rate = context.sampleRate;
    await context.close();
    meter.value = 0;
    setState('transcribing');
    say(message('Transcribing'));
    const wav = encodeWav(resample(join(chunks), rate, TARGET_RATE), TARGET_RATE);
    chunks.length = 0;
    try {
      const response = await fetch(panel.dataset.upload, {
        method: 'POST',
        headers: { 'Content-Type': 'audio/wav', Accept: 'application/json', 'X-CSRF-Token': panel.dataset.csrf },
        body: wav,
        credentials: 'same-origin',
      });
      const result = await response.json().catch(() => ({}));
      if (!response.ok) {
        setState('error');
        say(result.message || message('Failed'));
      } else if (!result.text) {
        setState('error');
        say(message('NoWords'));
      } else {
        setState('done');
        answer.value = answer.value.trim() ? `${answer.value.trim()}\n\n${result.text}` : result.text;
        source.value = 'voice';
        answer.dispatchEvent(new Event('input', { bubbles: true }));
        answer.focus();
        // A transcript the recogniser was unsure of says so next to the answer (the server also leaves
        // out delivery figures for it).
        const low = typeof result.confidence === 'number' && result.lowConfidence;
        const lowText = low ? ` ${message('LowConfidence').replace('{confidence}', String(Math.round(result.confidence * 100)))}` : '';
        say(`${message('Ready').replace('{seconds}', String(result.seconds))} ${message(result.kept ? 'Kept' : 'Deleted')}${lowText}`);
      }
    } catch {
      setState('error');
      say(message('SendFailed'));
    } finally {
      new Uint8Array(wav).fill(0);
      if (panel.dataset.state === 'transcribing') setState('idle');
      recordButton.disabled = false;
      timer.textContent = clock(0);
    }
  }
  stopButton.addEventListener('click', stop);

  function join(chunks) {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Float32Array(total);
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }

  // Averages the input samples that fall into each output sample: a box filter that keeps speech
  // intelligible and avoids most aliasing when going from 44.1/48 kHz down to 16 kHz.
  function resample(samples, from, to) {
    if (from === to) return samples;
    const ratio = from / to;
    const out = new Float32Array(Math.floor(samples.length / ratio));
    for (let i = 0; i < out.length; i++) {
      const start = Math.floor(i * ratio);
      const end = Math.min(samples.length, Math.max(start + 1, Math.floor((i + 1) * ratio)));
      let sum = 0;
      for (let j = start; j < end; j++) sum += samples[j];
      out[i] = sum / (end - start);
    }
    return out;
  }

  function encodeWav(samples, rate) {
    const buffer = new ArrayBuffer(44 + samples.length * 2);
    const view = new DataView(buffer);
    const text = (offset, s) => [...s].forEach((ch, i) => view.setUint8(offset + i, ch.charCodeAt(0)));
    text(0, 'RIFF');
    view.setUint32(4, 36 + samples.length * 2, true);
    text(8, 'WAVE');
    text(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true); // PCM
    view.setUint16(22, 1, true); // mono
    view.setUint32(24, rate, true);
    view.setUint32(28, rate * 2, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    text(36, 'data');
    view.setUint32(40, samples.length * 2, true);
    for (let i = 0; i < samples.length; i++) {
      const s = Math.max(-1, Math.min(1, samples[i]));
      view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
    }
    return buffer;
  }
})();
