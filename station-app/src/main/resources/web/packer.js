// The packer's screen: sign in, scan (keyboard-wedge scanner or typing), see each result big.
'use strict';

(function () {
  const S = Station;
  let audio = null;
  let lastShown = null; // {input, result, at} of the result already on the panel

  // Plain words for each reason code, with what the packer should do.
  const REASONS = {
    EMPTY: 'nothing was scanned — scan again',
    NON_DIGIT: 'not a tracking number — scan the USPS barcode',
    WRONG_LENGTH: 'wrong number of digits — rescan or type the number',
    BAD_CHECK_DIGIT: 'check digit wrong — rescan or type the number',
    UNKNOWN_FORMAT: 'not a USPS tracking number — set the parcel aside',
    AMBIGUOUS_ROUTING: 'barcode unclear — scan the tracking number alone or type it',
    MALFORMED_GS1: 'barcode malformed — type the number and report the label',
    MAILER_ID_NOT_ALLOWED: 'mailer not authorised here — set the parcel aside',
    UNKNOWN_SHIPMENT: 'no order for this parcel — set it aside for a supervisor',
    VOIDED: 'this parcel was voided by a supervisor — set it aside',
    NO_OPERATOR: 'nobody is signed in — sign in and scan again',
    STORE_UNAVAILABLE: 'NOT RECORDED — STOP SCANNING, keep this parcel and call a supervisor',
    SCAN_DROPPED: 'a scan was lost on the way from the scanner — scan the parcel again'
  };

  function grouped(n) { return n ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : ''; }

  function beep(kind) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const tones = kind === 'ACCEPTED' ? [[880, 0.09], [1320, 0.12]]
        : kind === 'DUPLICATE' ? [[440, 0.15], [440, 0.15]] : [[180, 0.45]];
      let t = audio.currentTime;
      for (const [freq, len] of tones) {
        const o = audio.createOscillator();
        const g = audio.createGain();
        o.type = kind === 'REJECTED' ? 'square' : 'sine';
        o.frequency.value = freq;
        g.gain.value = 0.2;
        o.connect(g).connect(audio.destination);
        o.start(t);
        o.stop(t + len);
        t += len + 0.05;
      }
    } catch (e) { /* no sound device: the panel still says it */ }
  }

  function unlockSound() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      audio.resume();
    } catch (e) { /* no sound device */ }
  }

  function show(outcome) {
    const panel = S.el('result');
    panel.className = 'result result-' + outcome.result.toLowerCase();
    S.text('result-word', outcome.result);
    if (outcome.result === 'ACCEPTED') {
      S.text('result-number', grouped(outcome.trackingNumber));
      S.text('result-detail', outcome.serviceName || 'label printing');
    } else if (outcome.result === 'DUPLICATE') {
      S.text('result-number', grouped(outcome.trackingNumber));
      S.text('result-detail', 'first accepted ' + S.when(outcome.acceptedAt) + ' by '
        + outcome.operatorId + ' at ' + outcome.stationId + ' — no new label');
    } else {
      S.text('result-number', outcome.input.length > 60 ? outcome.input.slice(0, 60) + '…' : outcome.input);
      S.text('result-detail', (REASONS[outcome.reason] || outcome.reason) + ' (' + outcome.message + ')');
    }
    lastShown = { input: outcome.input, result: outcome.result, at: Date.now() };
    beep(outcome.result);
  }

  function addRecent(view, atTop) {
    const o = view.outcome;
    const tr = document.createElement('tr');
    tr.className = 'row-' + o.result.toLowerCase();
    tr.append(S.make('td', S.time(view.at)), S.make('td', o.result),
      S.make('td', o.trackingNumber ? grouped(o.trackingNumber) : o.input),
      S.make('td', o.result === 'REJECTED' ? (REASONS[o.reason] || o.reason)
        : o.result === 'DUPLICATE' ? 'first by ' + o.operatorId + ' at ' + o.stationId : (o.serviceName || '')),
      S.make('td', view.scannerId));
    const body = S.el('recent').tBodies[0];
    if (atTop) body.prepend(tr); else body.append(tr);
    while (body.rows.length > 20) body.deleteRow(body.rows.length - 1);
  }

  function counters(c) {
    for (const k of ['accepted', 'duplicates', 'rejected', 'printed']) S.text('count-' + k, c[k] || 0);
  }

  // A scanner types a whole barcode in a burst (a few ms per key); people are slower.
  let keyTimes = [];
  function source() {
    if (keyTimes.length < 8) return 'typed';
    const gaps = keyTimes.slice(1).map((t, i) => t - keyTimes[i]);
    gaps.sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)] < 35 ? 'wedge' : 'typed';
  }

  async function submitScan(ev) {
    ev.preventDefault();
    const input = S.el('scan');
    const raw = input.value;
    const src = source();
    input.value = '';
    keyTimes = [];
    if (!raw.trim()) return;
    try {
      show(await S.call('POST', '/ui/scan', { raw, source: src }));
    } catch (e) {
      if (e.status === 401) return signedOut();
      show({ result: 'REJECTED', input: raw, reason: 'ERROR', message: e.message });
    }
  }

  function signedIn(op) {
    S.text('operator', op);
    S.el('sign-out').hidden = false;
    S.el('sign-in').hidden = true;
    S.el('work').hidden = false;
    S.el('scan').focus();
  }

  function signedOut() {
    S.text('operator', '');
    S.el('sign-out').hidden = true;
    S.el('work').hidden = true;
    S.el('sign-in').hidden = false;
    S.el('operator-id').focus();
  }

  function live() {
    const es = new EventSource('/ui/events');
    es.addEventListener('hello', e => {
      const d = JSON.parse(e.data);
      S.el('recent').tBodies[0].replaceChildren();
      d.recent.forEach(v => addRecent(v, false));
      counters(d.counters);
    });
    es.addEventListener('scan', e => {
      const v = JSON.parse(e.data);
      addRecent(v, true);
      const o = v.outcome;
      const same = lastShown && lastShown.input === o.input && lastShown.result === o.result
        && Date.now() - lastShown.at < 3000;
      if (!same) show(o); // from a serial or USB scanner, or another page
    });
    es.addEventListener('counters', e => counters(JSON.parse(e.data)));
    es.addEventListener('health', e => S.showHealth(JSON.parse(e.data)));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    S.el('scan').addEventListener('keydown', e => { if (e.key !== 'Enter') keyTimes.push(performance.now()); });
    S.el('scan-form').addEventListener('submit', submitScan);
    // Keep the scan field focused: a wedge scanner types wherever the focus is.
    document.addEventListener('click', () => { if (!S.el('work').hidden) S.el('scan').focus(); });
    S.el('sign-in-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        const r = await S.call('POST', '/ui/session', { operatorId: S.el('operator-id').value });
        S.text('sign-in-error', '');
        unlockSound();
        signedIn(r.operatorId);
      } catch (e) { S.text('sign-in-error', e.message); }
    });
    S.el('sign-out').addEventListener('click', async () => {
      await S.call('DELETE', '/ui/session');
      signedOut();
    });
    const state = await S.call('GET', '/ui/state');
    S.showHealth(state.health);
    counters(state.counters);
    if (state.operatorId) signedIn(state.operatorId); else signedOut();
    live();
  });
})();
