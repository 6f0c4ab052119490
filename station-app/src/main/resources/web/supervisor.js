// The supervisor's screen. The PIN stays in this page's memory only and goes with every
// request; the server checks it each time. It is forgotten after five idle minutes.
'use strict';

(function () {
  const S = Station;
  let pin = null;
  let who = null;
  let idle = null;
  let health = null;
  let current = null;

  function headers(pinAsked) {
    return { 'X-Supervisor-Pin': pinAsked || pin || '', 'X-Supervisor-Id': who || '' };
  }

  // opts.file keeps the answer as bytes (a download); opts.pin is a PIN asked for this action.
  async function sup(method, path, body, opts) {
    touch();
    const o = opts || {};
    try {
      return await S.call(method, '/ui/supervisor/' + path, body, headers(o.pin), o.file);
    } catch (e) {
      if (e.status === 403) lock(e.message);
      throw e;
    }
  }

  function touch() {
    clearTimeout(idle);
    idle = setTimeout(() => lock('locked after 5 idle minutes'), 5 * 60 * 1000);
  }

  function lock(why) {
    pin = null;
    S.el('desk').hidden = true;
    S.el('lock').hidden = true;
    S.el('unlock').hidden = false;
    S.text('unlock-error', why || '');
    S.el('pin').value = '';
  }

  function row(table, cells, className) {
    const tr = document.createElement('tr');
    if (className) tr.className = className;
    for (const c of cells) tr.append(c instanceof Node ? (() => { const td = S.make('td'); td.append(c); return td; })() : S.make('td', c));
    S.el(table).tBodies[0].append(tr);
  }

  function facts(id, pairs) {
    const dl = S.el(id);
    dl.replaceChildren();
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === '') continue;
      dl.append(S.make('dt', k), S.make('dd', v));
    }
  }

  async function lookup(key) {
    S.text('search-error', '');
    let p;
    try {
      p = await sup('GET', 'parcels/' + encodeURIComponent(key.trim()));
    } catch (e) {
      S.el('parcel').hidden = true;
      S.text('search-error', e.message);
      return;
    }
    current = p;
    S.el('parcel').hidden = false;
    S.text('p-number', p.trackingNumber.replace(/(\d{4})(?=\d)/g, '$1 '));
    const a = p.acceptance, sh = p.shipment, v = p.voided, done = p.completed;
    facts('p-facts', [
      ['Status', v ? 'VOIDED' : a ? 'ACCEPTED' : 'not accepted yet'],
      ['Voided', v && S.when(v.at) + ' by ' + v.by + ' (chain link #' + v.seq + '): ' + v.reason
        + (v.backend ? ' — backend: ' + v.backend : '')],
      ['Completed', done && done.as + ': ' + done.reason + (done.backend ? ' — backend: ' + done.backend : '')],
      ['Accepted', a && S.when(a.acceptedAt)], ['Operator', a && a.operatorId],
      ['Station', a && a.stationId], ['Scanner', a && a.scannerId],
      ['Event id', a && a.eventId], ['Partner event', a && a.partnerEventCode],
      ['Order', sh && sh.orderId], ['Service', sh && sh.service],
      ['Extra services', sh && (sh.extraServices || []).map((e) => e.code + ' ' + e.name).join(', ')],
      ['Ship to', sh && [sh.to.name, sh.to.street1, sh.to.street2, sh.to.city + ', ' + sh.to.state + ' ' + sh.to.zip].filter(Boolean).join(' / ')],
      ['Label', p.label && p.label.language + ' ' + p.label.dpi + ' dpi, sha-256 ' + p.label.sha256]]);
    S.el('p-jobs').tBodies[0].replaceChildren();
    for (const j of p.printJobs) row('p-jobs', [j.kind, j.printer, j.status, j.attempts, j.requestedBy, j.reason || '', j.lastError || '', S.when(j.createdAt)]);
    facts('p-sync', p.sync ? [['Status', p.sync.status], ['Attempts', String(p.sync.attempts)],
      ['Next try', p.sync.status === 'PENDING' ? S.when(p.sync.nextAttemptAt) : ''],
      ['Last error', p.sync.lastError], ['Backend id', p.sync.backendId], ['Delivered', S.when(p.sync.deliveredAt)]] : [['Status', '—']]);
    S.el('p-audit').tBodies[0].replaceChildren();
    for (const e of p.audit) row('p-audit', [S.when(e.at), e.actor, e.type, e.detail || '']);
    Carrier.timeline(p.trackingNumber, !!a);
    EndOfDay.receipt(p.trackingNumber, !!a && !v);
    const img = S.el('p-label');
    img.hidden = true;
    S.el('reprint-form').hidden = !a || !!v;
    S.el('void-form').hidden = !a || !!v;
    S.el('complete-form').hidden = !a || !!v || !!done;
    if (a) {
      const blob = await sup('GET', 'parcels/' + encodeURIComponent(p.trackingNumber) + '/label.png');
      img.src = URL.createObjectURL(blob);
      img.hidden = false;
    }
  }

  async function reprint(ev) {
    ev.preventDefault();
    if (!current) return;
    S.text('reprint-result', 'sending…');
    let r;
    try {
      r = await sup('POST', 'reprints', { trackingNumber: current.trackingNumber,
        reason: S.el('reprint-reason').value, printer: S.el('reprint-printer').value || null });
    } catch (e) {
      S.text('reprint-result', 'Refused: ' + e.message);
      return;
    }
    S.el('reprint-reason').value = '';
    follow(r, Date.now() + 60000);
  }

  // Both actions ask first: the dialog shows the number and reason as plain text, never markup.
  async function supervise(ev, what, path, body, resultId, done) {
    ev.preventDefault();
    if (!current) return;
    const number = current.trackingNumber;
    if (!window.confirm(what + ' ' + number + '?\nReason: ' + body.reason + '\nThis is recorded and cannot be undone.')) return;
    S.text(resultId, 'sending…');
    try {
      const r = await sup('POST', path, Object.assign({ trackingNumber: number }, body));
      S.text(resultId, done(r));
    } catch (e) {
      S.text(resultId, 'Refused: ' + e.message);
      return;
    }
    lookup(number);
  }

  function voidIt(ev) {
    supervise(ev, 'Void the acceptance of', 'voids', { reason: S.el('void-reason').value }, 'void-result',
      r => 'Voided (chain link #' + r.seq + '); labels cancelled: ' + r.cancelledPrintJobs.length
        + '; backend: ' + (r.backend === 'NOTHING_SENT' ? 'nothing was sent' : 'tracking delete queued'));
  }

  function complete(ev) {
    supervise(ev, 'Mark as completed (' + S.el('complete-as').value + ')', 'completions',
      { as: S.el('complete-as').value, reason: S.el('complete-reason').value }, 'complete-result',
      r => 'Marked completed: ' + r.stateReason);
  }

  // Shows the reprint job's progress and its printer's state until it is printed or failed.
  async function follow(r, until) {
    let job = null;
    try {
      const p = await sup('GET', 'parcels/' + encodeURIComponent(r.trackingNumber));
      job = p.printJobs.find(j => j.jobId === r.jobId);
    } catch (e) { /* shown below as still queued */ }
    const status = job ? job.status : r.status;
    const printer = ((health && health.printers) || []).find(p => p.id === r.printer);
    S.text('reprint-result', 'Reprint job ' + r.jobId.slice(0, 8) + ' to ' + r.printer + ': '
      + status + (job && job.lastError ? ' — ' + job.lastError : '')
      + (printer ? ' (printer ' + printer.state + (printer.message ? ': ' + printer.message : '') + ')' : ''));
    if (status === 'PRINTED' || status === 'FAILED' || Date.now() > until) {
      lookup(r.trackingNumber);
      return;
    }
    setTimeout(() => follow(r, until), 1000);
  }

  async function outbox() {
    const [q, p] = await Promise.all([sup('GET', 'outbox?status=quarantined'), sup('GET', 'outbox?status=pending')]);
    const st = q.stats;
    facts('outbox-stats', [['Waiting', String(st.pending)], ['Need a person', String(st.quarantined)],
      ['Delivered (kept)', String(st.delivered)], ['Oldest waiting', st.oldestPendingAt ? S.when(st.oldestPendingAt) + ' (' + st.oldestPendingAgeSeconds + ' s)' : '']]);
    S.el('quarantined').tBodies[0].replaceChildren();
    for (const e of q.entries) {
      const b = S.make('button', 'Retry');
      b.type = 'button';
      b.addEventListener('click', async () => { await sup('POST', 'outbox/' + encodeURIComponent(e.eventId) + '/retry'); outbox(); });
      row('quarantined', [e.trackingNumber, e.lastError || '', String(e.attempts), S.when(e.createdAt), b]);
    }
    S.el('pending').tBodies[0].replaceChildren();
    for (const e of p.entries) row('pending', [e.trackingNumber, String(e.attempts), S.when(e.nextAttemptAt), e.lastError || '']);
    const s = health && health.sync;
    S.text('sync-state', !s ? 'Sync is not running: ' + ((health && health.syncNote) || '')
      : s.paused ? 'Sync PAUSED: ' + s.pauseReason + ' — fix the key or URL, then resume.'
      : 'Sync running to ' + s.backend + ': ' + s.delivered + ' delivered since start, '
        + s.deliveredPerSecond.toFixed(1) + '/s, ' + s.rateLimited + ' rate-limited answers.');
  }

  function devices() {
    S.el('devices').tBodies[0].replaceChildren();
    if (!health) return;
    for (const d of [].concat(health.scanners || [], health.printers || [])) {
      row('devices', [d.language ? d.kind + ' (' + d.language + ')' : d.kind, d.id, d.address, d.state, d.message || '', d.kind === 'printer' ? String(d.queued) : '',
        d.oldestQueuedAt ? S.when(d.oldestQueuedAt) : ''], d.ok ? 'row-ok' : 'row-bad');
    }
    const sel = S.el('reprint-printer');
    const chosen = sel.value;
    sel.replaceChildren(S.make('option', 'station printer'));
    sel.options[0].value = '';
    for (const p of health.printers || []) {
      const o = S.make('option', p.id + ' (' + p.state + ')');
      o.value = p.id;
      sel.append(o);
    }
    sel.value = chosen;
  }

  async function audit() {
    S.el('audit').tBodies[0].replaceChildren();
    for (const e of await sup('GET', 'audit')) row('audit', [S.when(e.at), e.actor, e.type, e.subject || '', e.detail || '']);
  }

  function tab(name) {
    for (const b of document.querySelectorAll('.tabs button')) b.classList.toggle('active', b.dataset.tab === name);
    for (const t of document.querySelectorAll('.tab')) t.hidden = t.id !== 'tab-' + name;
    ({ overview: Overview.panel, outbox, devices, audit, unscanned: Carrier.panel, eod: EndOfDay.panel, parcel: () => {} })[name]();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    S.el('unlock-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      who = S.el('supervisor-id').value.trim();
      pin = S.el('pin').value;
      try {
        await sup('POST', 'check', {});
        S.text('supervisor-name', who);
        S.el('unlock').hidden = true;
        S.el('desk').hidden = false;
        S.el('lock').hidden = false;
        S.text('unlock-error', '');
        tab('overview');
      } catch (e) { pin = null; S.text('unlock-error', e.message); }
    });
    S.el('lock').addEventListener('click', () => lock(''));
    Carrier.init({ sup, facts, row, open: n => { tab('parcel'); S.el('search').value = n; lookup(n); } });
    EndOfDay.init({ sup, facts, row });
    Overview.init({ sup, facts, row });
    S.el('search-form').addEventListener('submit', ev => {
      ev.preventDefault();
      for (const id of ['reprint-result', 'void-result', 'complete-result']) S.text(id, '');
      lookup(S.el('search').value);
    });
    S.el('reprint-form').addEventListener('submit', reprint);
    S.el('void-form').addEventListener('submit', voidIt);
    S.el('complete-form').addEventListener('submit', complete);
    S.el('retry-all').addEventListener('click', async () => { await sup('POST', 'outbox/retry-all', {}); outbox(); });
    S.el('sync-resume').addEventListener('click', async () => { await sup('POST', 'sync/resume', {}); outbox(); });
    for (const b of document.querySelectorAll('.tabs button')) b.addEventListener('click', () => tab(b.dataset.tab));
    const es = new EventSource('/ui/events');
    es.addEventListener('health', e => {
      health = JSON.parse(e.data);
      S.showHealth(health);
      Overview.health(health);
      if (!S.el('tab-devices').hidden) devices();
    });
    es.addEventListener('counters', () => Overview.changed());
    const state = await S.call('GET', '/ui/state');
    health = state.health;
    S.showHealth(health);
    Overview.health(health);
    devices();
  });
})();
