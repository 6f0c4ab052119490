// The supervisor's end-of-day panel: what waits for today's manifest, closing it (the PIN is
// asked again, and checked on the server), the closed manifests with their PDFs, and a parcel's
// receipt. Everything from the store goes into the page as text (Station.make / Station.text).
// Downloads need the PIN header, so a link fetches its file first and then saves it.
'use strict';

const EndOfDay = (function () {
  const S = Station;
  const SERVICES = {
    'priority-mail': 'Priority Mail', 'priority-mail-express': 'Priority Mail Express',
    'ground-advantage': 'Ground Advantage', 'first-class-mail': 'First-Class Mail',
    unknown: 'no imported shipment'
  };
  let page = null; // { sup, facts, row } from supervisor.js

  function serviceName(id) { return SERVICES[id] || id; }

  // A link that fetches path (with the PIN) on the first click, then saves it as name.
  function download(label, path, name) {
    const a = S.make('a', label);
    a.href = '#';
    a.addEventListener('click', async ev => {
      if (a.dataset.ready) return; // the blob: URL now saves itself
      ev.preventDefault();
      S.text('eod-error', '');
      try {
        const blob = await page.sup('GET', path, undefined, { file: true });
        a.href = URL.createObjectURL(blob);
        a.download = name;
        a.dataset.ready = '1';
        a.click();
      } catch (e) {
        S.text('eod-error', label + ': ' + e.message);
      }
    });
    return a;
  }

  function showOpen(o) {
    S.text('eod-open', o.pieces === 0
      ? 'Nothing waiting: every parcel accepted up to the end of ' + o.date + ' is on a manifest or voided.'
      : o.pieces + (o.pieces === 1 ? ' piece waits' : ' pieces wait') + ' for the manifest of ' + o.date
        + ', the oldest accepted ' + S.when(o.oldestAcceptedAt) + '.');
    page.facts('eod-services', Object.entries(o.byService).map(([k, n]) => [serviceName(k), String(n)]));
  }

  function showClosed(list) {
    const paper = S.el('eod-paper').value;
    S.el('manifests').tBodies[0].replaceChildren();
    for (const c of list) {
      const m = c.manifest;
      const base = 'manifests/' + encodeURIComponent(m.id) + '/';
      const handOff = download('Hand-off manifest (PDF)', base + 'manifest.pdf?paper=' + paper, 'manifest-' + m.id + '.pdf');
      const firm = c.accountablePieces > 0
        ? download('Firm sheet, ' + c.accountablePieces + ' accountable (PDF)', base + 'firm-sheet.pdf?paper=' + paper, 'firm-sheet-' + m.id + '.pdf')
        : S.make('span', 'no accountable pieces: no firm sheet needed', 'muted');
      page.row('manifests', [m.id, m.date, String(m.pieces), m.root.slice(0, 12) + '…',
        m.closedBy, S.when(m.closedAt), handOff, firm]);
    }
  }

  async function panel() {
    if (!page || S.el('desk').hidden) return;
    let r;
    try {
      r = await page.sup('GET', 'end-of-day');
    } catch (e) {
      S.text('eod-error', e.message);
      return;
    }
    S.text('eod-error', '');
    showOpen(r.open);
    showClosed(r.closed);
  }

  async function close(ev) {
    ev.preventDefault();
    const pinAsked = S.el('close-pin').value;
    S.el('close-pin').value = '';
    S.text('close-result', 'closing…');
    try {
      const r = await page.sup('POST', 'manifests', {}, { pin: pinAsked });
      const m = r.manifest;
      S.text('close-result', r.closed
        ? 'Closed manifest ' + m.id + ': ' + m.pieces + (m.pieces === 1 ? ' piece' : ' pieces') + ', root ' + m.root
        : 'Nothing closed: ' + r.nothingToClose);
    } catch (e) {
      S.text('close-result', 'Refused: ' + e.message);
    }
    panel();
  }

  // The parcel view's "Receipt": offered once the parcel is on a closed manifest.
  async function receipt(number, accepted) {
    const box = S.el('p-receipt');
    box.hidden = true;
    if (!accepted) return;
    let r;
    try {
      r = await page.sup('GET', 'parcels/' + encodeURIComponent(number) + '/manifest');
    } catch (e) {
      return; // the parcel view says what is wrong with the parcel itself
    }
    if (!r.manifestId) return;
    const a = download('Receipt', 'parcels/' + encodeURIComponent(number) + '/receipt.json', 'receipt-' + number + '.json');
    a.id = 'p-receipt-link';
    S.el('p-receipt-link').replaceWith(a);
    S.text('p-receipt-note', '(signed; on manifest ' + r.manifestId + ')');
    box.hidden = false;
  }

  function init(p) {
    page = p;
    S.el('close-form').addEventListener('submit', close);
    S.el('eod-paper').addEventListener('change', panel);
  }

  return { init, panel, receipt };
})();
