// Shared by the pages. Everything from the server is text: it goes into the page with
// textContent, never innerHTML, so a scanned "<script>" is shown, not run.
'use strict';

const Station = {
  el(id) { return document.getElementById(id); },

  text(id, value) { Station.el(id).textContent = value == null ? '' : String(value); },

  make(tag, text, className) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  },

  // asFile: a successful answer is kept as the bytes it came as (a Blob), even JSON, so a
  // downloaded receipt is exactly what the server signed.
  async call(method, path, body, headers, asFile) {
    const h = Object.assign({ 'X-Station-Page': '1' }, headers || {});
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const r = await fetch(path, {
      method, headers: h, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const type = r.headers.get('Content-Type') || '';
    const data = type.includes('json') && !(asFile && r.ok) ? await r.json() : await r.blob();
    if (!r.ok) {
      const err = new Error((data && data.error) || ('HTTP ' + r.status));
      err.status = r.status;
      throw err;
    }
    return data;
  },

  time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  },

  when(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleString();
  },

  // Badges: ok (green), warn (amber), bad (red), with the fault in words as the title and text.
  badge(id, label, level, words) {
    const b = Station.el(id);
    b.className = 'badge badge-' + level;
    b.textContent = label + ': ' + words;
    b.title = words;
  },

  showHealth(h) {
    if (!h) return;
    Station.text('station-id', h.stationId);
    const sc = h.scanners || [];
    const down = sc.filter(s => !s.ok);
    if (sc.length === 0) Station.badge('badge-scanners', 'Scanners', 'warn', 'none configured');
    else if (down.length) Station.badge('badge-scanners', 'Scanners', 'bad',
        down.map(s => s.id + ' ' + (s.message || s.state)).join('; '));
    else Station.badge('badge-scanners', 'Scanners', 'ok', sc.length + ' connected');
    const pr = h.printers || [];
    const bad = pr.filter(p => !p.ok);
    if (pr.length === 0) Station.badge('badge-printer', 'Printer', 'warn', 'none configured');
    else if (bad.length) Station.badge('badge-printer', 'Printer', 'bad',
        bad.map(p => p.id + ': ' + (p.message || p.state)).join('; '));
    else Station.badge('badge-printer', 'Printer', 'ok', pr.map(p => p.id + ' ready').join(', '));
    const s = h.sync;
    if (!s) Station.badge('badge-sync', 'Sync', 'warn', h.syncNote || 'not running');
    else if (s.paused) Station.badge('badge-sync', 'Sync', 'bad', 'PAUSED: ' + s.pauseReason);
    else Station.badge('badge-sync', 'Sync', s.pending > 100 ? 'warn' : 'ok',
        s.pending + ' waiting' + (s.quarantined ? ', ' + s.quarantined + ' need a person' : ''));
    const st = h.store;
    if (st) {
      const free = st.freeBytes >= 0 ? Station.size(st.freeBytes) + ' free' : 'free space unknown';
      if (st.state === 'UNAVAILABLE') Station.badge('badge-store', 'Store', 'bad',
          'CANNOT RECORD — stop scanning: ' + st.message);
      else if (st.state === 'LOW_SPACE') Station.badge('badge-store', 'Store', 'warn', st.message);
      else Station.badge('badge-store', 'Store', 'ok', free);
    }
    Station.showUnscanned(h.unscannedOverDay);
  },

  // Only on pages that have the badge, and only when there is something to chase.
  showUnscanned(n) {
    const b = Station.el('badge-unscanned');
    if (!b) return;
    b.hidden = !(n > 0);
    if (!(n > 0)) return;
    b.textContent = 'Not scanned by USPS: ' + n;
    b.title = n + (n === 1 ? ' parcel' : ' parcels') + ' accepted here more than 24 hours ago'
      + ' with no USPS scan yet: make sure they left with the carrier'
      + ' (supervisor page, "Not yet scanned by USPS")';
  },

  size(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
    return (u === 0 ? v : v.toFixed(1)) + ' ' + units[u];
  }
};
