// The supervisor's overview: today's shift at a glance. Counts by result and by rejection
// reason, scans per hour per desk or per operator (an SVG chart drawn here, and the same numbers
// as a table), the printers with their waiting jobs, the outbox and the USPS-unscanned count.
// It refreshes after scans (the page's event stream says when) and every 15 seconds. Everything
// from the server goes into the page as text or as SVG attributes set one by one.
'use strict';

const Overview = (function () {
  const S = Station;
  const NS = 'http://www.w3.org/2000/svg';
  const COLOURS = ['#1f6fb4', '#e07b00', '#2a9d3a', '#c0392b', '#7d4cb0', '#8c564b', '#d45aa8', '#5f6b6d'];
  const HOUR_MS = 3600 * 1000;
  let page = null; // { sup, row, facts } from supervisor.js
  let health = null;
  let last = null;
  let pending = null;

  function visible() { return !S.el('tab-overview').hidden && !S.el('desk').hidden; }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text != null) e.textContent = String(text);
    return e;
  }

  function hourLabel(iso, zone) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', timeZone: zone });
  }

  // { keys: [...], hours: [iso...], count(key, hour) } for the chosen grouping
  function series(shift, by) {
    const cells = new Map();
    const keys = new Set();
    for (const h of shift.hours) {
      const key = by === 'operator' ? (h.operatorId || '(nobody signed in)') : h.desk;
      keys.add(key);
      const k = key + '\u0000' + h.hourStart;
      cells.set(k, (cells.get(k) || 0) + h.accepted + h.duplicates + h.rejected);
    }
    const hours = [];
    if (shift.hours.length) {
      const first = Date.parse(shift.hours[0].hourStart);
      // up to the hour now is in, so a desk that stopped scanning shows as a gap
      const lastHour = Math.max(Date.parse(shift.hours[shift.hours.length - 1].hourStart),
        first + Math.floor((Date.parse(shift.to) - first) / HOUR_MS) * HOUR_MS);
      for (let t = first; t <= lastHour; t += HOUR_MS) hours.push(new Date(t).toISOString().replace('.000Z', 'Z'));
    }
    return { keys: [...keys].sort(), hours, count: (key, hour) => cells.get(key + '\u0000' + hour) || 0 };
  }

  function chart(shift, s) {
    const box = S.el('ov-chart');
    box.replaceChildren();
    if (!s.hours.length) { box.append(S.make('p', 'No scans yet today.', 'muted')); return; }
    const W = 640, H = 240, left = 36, bottom = 24, top = 8;
    const max = Math.max(1, ...s.hours.flatMap(h => s.keys.map(k => s.count(k, h))));
    const plot = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'scans per hour' });
    const y = n => H - bottom - (n / max) * (H - bottom - top);
    for (let i = 0; i <= 4; i++) {
      const v = Math.round(max * i / 4);
      plot.append(svg('line', { x1: left, x2: W, y1: y(v), y2: y(v), stroke: '#ddd' }),
        svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end' }, v));
    }
    const group = Math.min(96, (W - left) / s.hours.length);
    const bar = Math.max(2, (group - 6) / s.keys.length);
    s.hours.forEach((hour, i) => {
      const x0 = left + i * group + 3;
      s.keys.forEach((key, j) => {
        const n = s.count(key, hour);
        const rect = svg('rect', { x: x0 + j * bar, y: y(n), width: bar - 1, height: y(0) - y(n),
          fill: COLOURS[j % COLOURS.length], 'data-key': key, 'data-hour': hour, 'data-count': n });
        rect.append(svg('title', {}, key + ', ' + hourLabel(hour, shift.zone) + ': ' + n + ' scans'));
        plot.append(rect);
      });
      plot.append(svg('text', { x: x0 + (group - 6) / 2, y: H - 6, 'text-anchor': 'middle' }, hourLabel(hour, shift.zone)));
    });
    box.append(plot);
  }

  function legend(s) {
    const ul = S.el('ov-legend');
    ul.replaceChildren();
    s.keys.forEach((key, j) => {
      const li = S.make('li');
      const sw = svg('svg', { width: 12, height: 12 });
      sw.append(svg('rect', { width: 12, height: 12, fill: COLOURS[j % COLOURS.length] }));
      li.append(sw, document.createTextNode(key));
      ul.append(li);
    });
  }

  function table(shift, s) {
    const t = S.el('ov-hours');
    const head = t.tHead.rows[0];
    head.replaceChildren(S.make('th', 'Hour'), ...s.keys.map(k => S.make('th', k)), S.make('th', 'All'));
    t.tBodies[0].replaceChildren();
    for (const hour of s.hours) {
      const counts = s.keys.map(k => s.count(k, hour));
      page.row('ov-hours', [hourLabel(hour, shift.zone), ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))]);
    }
  }

  function devices() {
    S.el('ov-printers').tBodies[0].replaceChildren();
    const printers = (health && health.printers) || [];
    for (const p of printers) {
      page.row('ov-printers', [p.id, p.ok || !p.message ? p.state : p.state + ': ' + p.message, String(p.queued),
        p.oldestQueuedAt ? S.when(p.oldestQueuedAt) : ''], p.ok ? 'row-ok' : 'row-bad');
    }
    const n = health && health.unscannedOverDay;
    S.text('ov-unscanned', n == null ? '?' : n);
  }

  function render(o) {
    const sh = o.shift;
    S.text('ov-when', 'Today, ' + sh.day + ' (' + sh.zone + '), up to ' + S.time(sh.to) + '.');
    S.text('ov-accepted', sh.accepted);
    S.text('ov-duplicates', sh.duplicates);
    S.text('ov-rejected', sh.rejected);
    S.el('ov-reasons').tBodies[0].replaceChildren();
    for (const [reason, n] of Object.entries(sh.rejectedByReason)) page.row('ov-reasons', [reason, String(n)]);
    const s = series(sh, S.el('ov-by').value);
    chart(sh, s);
    legend(s);
    table(sh, s);
    const ob = o.outbox;
    page.facts('ov-outbox', [['Waiting', String(ob.pending)], ['Need a person', String(ob.quarantined)],
      ['Oldest waiting', ob.oldestPendingAt ? S.when(ob.oldestPendingAt) + ' (' + ob.oldestPendingAgeSeconds + ' s ago)' : 'none']]);
    devices();
  }

  async function panel() {
    try {
      last = await page.sup('GET', 'overview');
      S.text('ov-error', '');
      render(last);
    } catch (e) {
      S.text('ov-error', 'Overview: ' + e.message);
    }
  }

  // After a scan: one refresh every two seconds at most, however fast the desks scan.
  function changed() {
    if (!visible() || pending) return;
    pending = setTimeout(() => { pending = null; panel(); }, 2000);
  }

  return {
    init(p) {
      page = p;
      S.el('ov-by').addEventListener('change', () => { if (last) render(last); });
      setInterval(() => { if (visible()) panel(); }, 15000);
    },
    panel,
    changed,
    health(h) { health = h; if (visible()) devices(); }
  };
})();
