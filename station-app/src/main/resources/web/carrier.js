// The supervisor's view of the carrier read-back: the "not yet scanned by USPS" panel and each
// parcel's carrier timeline. Carrier messages are hostile text: they reach the page through
// textContent only (Station.make / Station.text), like everything else from the server.
'use strict';

const Carrier = (function () {
  const S = Station;
  const SHOWN = 500; // rows drawn; the report may hold thousands, the counts cover them all
  const REFRESH_MS = 15000;
  const KINDS = {
    SCANNED_BEFORE_ACCEPTANCE: 'carrier scan before our acceptance (wrong parcel or duplicate label?)',
    NO_ACCEPTANCE_SCAN: 'scanned later, but USPS never recorded its acceptance',
    EXCEPTION: 'carrier exception',
    EXPIRED: 'tracking expired',
    NOT_AUTHORIZED: 'USPS will not tell us (not our Mailer ID)'
  };
  const PROOFS = { MAILING: 'proof of mailing', DELIVERY: 'proof of delivery' };
  let page = null; // { sup, open, facts, row } from supervisor.js
  let shownNumber = null;

  function age(seconds) {
    const d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600);
    const m = Math.floor(seconds % 3600 / 60);
    if (d > 0) return d + 'd ' + h + 'h';
    if (h > 0) return h + 'h ' + m + 'm';
    return m > 0 ? m + 'm' : seconds + 's';
  }

  function clear(id) { S.el(id).tBodies[0].replaceChildren(); }

  function numberButton(n) {
    const b = S.make('button', n, 'number-link');
    b.type = 'button';
    b.title = 'open this parcel';
    b.addEventListener('click', () => page.open(n));
    return b;
  }

  async function panel() {
    if (!page || S.el('desk').hidden) return;
    const olderThan = S.el('unscanned-older').value;
    let r;
    try {
      r = await page.sup('GET', 'unscanned?older-than=' + encodeURIComponent(olderThan));
    } catch (e) {
      S.text('unscanned-error', e.message);
      return;
    }
    S.text('unscanned-error', '');
    page.facts('unscanned-bands', ['<4h', '4-24h', '1-3d', '>3d'].map(b => [b, String(r.byAge[b] || 0)]));
    const n = r.parcels.length;
    S.text('unscanned-summary', n + ' parcel' + (n === 1 ? '' : 's') + ' accepted more than '
      + S.el('unscanned-older').selectedOptions[0].textContent + ' ago without a USPS scan, as of '
      + S.when(r.asOf) + (n > SHOWN ? ' (the oldest ' + SHOWN + ' shown)' : ''));
    clear('unscanned');
    for (const p of r.parcels.slice(0, SHOWN)) {
      page.row('unscanned', [numberButton(p.trackingNumber), S.when(p.acceptedAt), age(p.ageSeconds),
        p.stationId, p.operatorId, p.orderId || '', p.tag || 'never read',
        p.state + (p.pendingAlert ? ' (AfterShip: pending too long)' : '')]);
    }
    clear('anomalies');
    for (const a of r.anomalies.slice(0, SHOWN)) {
      page.row('anomalies', [numberButton(a.trackingNumber), KINDS[a.kind] || a.kind, S.when(a.at), a.detail || '']);
    }
  }

  // Fills the parcel view's "Carrier timeline" for the parcel just looked up.
  async function timeline(number, accepted) {
    shownNumber = number;
    clear('p-carrier');
    page.facts('p-carrier-facts', []);
    S.text('p-carrier-note', accepted ? 'asking…' : 'not accepted here: no carrier timeline');
    if (!accepted) return;
    let t;
    try {
      t = await page.sup('GET', 'parcels/' + encodeURIComponent(number) + '/tracking');
    } catch (e) {
      S.text('p-carrier-note', e.message);
      return;
    }
    if (shownNumber !== number) return; // another parcel was looked up meanwhile
    S.text('p-carrier-note', '');
    page.facts('p-carrier-facts', [
      ['Watch', t.state + (t.stateReason ? ': ' + t.stateReason : '')],
      ['Carrier status', [t.tag || 'never read', t.subtag].filter(Boolean).join(' / ')],
      ['Proof of mailing', t.mailedAt && [S.when(t.mailedAt), 'code ' + t.mailedCode, t.mailedZip && 'ZIP ' + t.mailedZip].filter(Boolean).join(', ')],
      ['Proof of delivery', t.deliveredAt && S.when(t.deliveredAt) + (t.signer ? ', signed by ' + t.signer : '')],
      ['Last asked', S.when(t.lastCheckedAt)], ['Next ask', S.when(t.nextCheckAt)]]);
    for (const e of t.timeline) {
      page.row('p-carrier', [S.when(e.at), e.source, e.what, e.code || '', e.location || '',
        e.detail || '', PROOFS[e.proof] || ''], e.proof ? 'row-proof' : null);
    }
  }

  function init(parts) {
    page = parts;
    S.el('unscanned-older').addEventListener('change', panel);
    setInterval(() => { if (!S.el('tab-unscanned').hidden) panel(); }, REFRESH_MS);
  }

  return { init, panel, timeline };
})();
