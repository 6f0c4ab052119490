package org.scanstation.station.web;

import static org.scanstation.station.web.LocalApi.ACCEPT;
import static org.scanstation.station.web.LocalApi.BACKUP;
import static org.scanstation.station.web.LocalApi.COMPLETE;
import static org.scanstation.station.web.LocalApi.EXPORT;
import static org.scanstation.station.web.LocalApi.HEALTH;
import static org.scanstation.station.web.LocalApi.MANIFEST;
import static org.scanstation.station.web.LocalApi.MANIFESTS;
import static org.scanstation.station.web.LocalApi.MANIFEST_CLOSE;
import static org.scanstation.station.web.LocalApi.OUTBOX;
import static org.scanstation.station.web.LocalApi.OUTBOX_STATS;
import static org.scanstation.station.web.LocalApi.PARCEL;
import static org.scanstation.station.web.LocalApi.RECEIPT;
import static org.scanstation.station.web.LocalApi.REPRINT;
import static org.scanstation.station.web.LocalApi.RETRY;
import static org.scanstation.station.web.LocalApi.RETRY_ALL;
import static org.scanstation.station.web.LocalApi.SHIPMENTS;
import static org.scanstation.station.web.LocalApi.TRACK;
import static org.scanstation.station.web.LocalApi.UNSCANNED;
import static org.scanstation.station.web.LocalApi.VERIFY;
import static org.scanstation.station.web.LocalApi.VOID;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.CompleteOutcome;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.OutboxEntry;
import org.scanstation.station.api.OutboxReport;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ProofRecord;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.UnscannedReport;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.domain.receipt.SignedReceipt;
import org.scanstation.station.receipts.ReceiptFile;
import org.scanstation.station.web.LocalApi.Op;

/**
 * {@link StationOperations} through a running station's local API: what commands use while a
 * station owns the store. Each request is built from the operation's {@link LocalApi} definition.
 * Thread-safe.
 */
public final class StationApiClient implements StationOperations {
  private final URI base;
  private final LocalApiCalls calls;
  private final long pid;

  /** A client for the station at {@code url} (its base URL) with the run's token. */
  public StationApiClient(String url, String token, long pid) {
    this.base = URI.create(url).resolve("/");
    this.calls = new LocalApiCalls(base, token);
    this.pid = pid;
  }

  /** Whether the station answers its health check. */
  public boolean reachable() {
    try {
      HttpResponse<InputStream> r = calls.send(HEALTH, null, List.of(), Map.of());
      r.body().close();
      return r.statusCode() == 200;
    } catch (StationException | IOException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "used the running station (pid " + pid + ") through its local API at " + base;
  }

  @Override
  public AcceptOutcome accept(String raw, String operatorId, String scannerId) {
    return call(ACCEPT, new LocalApi.AcceptBody(raw, operatorId, scannerId));
  }

  @Override
  public ImportSummary importShipments(List<ShipmentRecord> rows, String actor) {
    return call(SHIPMENTS, new LocalApi.ImportBody(actor, rows));
  }

  @Override
  public Optional<ParcelView> show(String key) {
    HttpResponse<InputStream> r = calls.send(PARCEL, null, List.of(key), Map.of());
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    LocalApiCalls.failUnlessOk(r);
    return Optional.of(LocalApiCalls.parse(r, PARCEL.answer()));
  }

  @Override
  public Optional<ParcelTracking> track(String key) {
    HttpResponse<InputStream> r = calls.send(TRACK, null, List.of(key), Map.of());
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    LocalApiCalls.failUnlessOk(r);
    return Optional.of(LocalApiCalls.parse(r, TRACK.answer()));
  }

  @Override
  public SignedReceipt receipt(String key) {
    HttpResponse<InputStream> r = calls.send(RECEIPT, null, List.of(key), Map.of());
    LocalApiCalls.failUnlessOk(r);
    try (InputStream in = r.body()) {
      byte[] text = in.readNBytes(ReceiptFile.MAX_BYTES + 1);
      if (text.length > ReceiptFile.MAX_BYTES) {
        throw new StationException("the running station answered a receipt over 64 KiB");
      }
      return ReceiptFile.read(text);
    } catch (IOException | IllegalArgumentException e) {
      throw new StationException("unreadable receipt from the running station: " + e, e);
    }
  }

  @Override
  public UnscannedReport unscanned(Duration olderThan) {
    return calls.call(UNSCANNED, null, List.of(), Map.of("older-than", olderThan.toString()));
  }

  @Override
  public ReprintOutcome reprint(ReprintRequest request) {
    return call(REPRINT, request);
  }

  @Override
  public VoidOutcome voidAcceptance(VoidRequest request) {
    return call(VOID, request);
  }

  @Override
  public CompleteOutcome complete(CompleteRequest request) {
    return call(COMPLETE, request);
  }

  @Override
  public ManifestCloseOutcome closeManifest(ManifestCloseRequest request) {
    return call(MANIFEST_CLOSE, request);
  }

  @Override
  public List<ManifestSummary> manifests(int limit) {
    return List.of(calls.call(MANIFESTS, null, List.of(), Map.of("limit", String.valueOf(limit))));
  }

  @Override
  public Optional<ManifestView> manifest(String manifestId) {
    HttpResponse<InputStream> r = calls.send(MANIFEST, null, List.of(manifestId), Map.of());
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    LocalApiCalls.failUnlessOk(r);
    return Optional.of(LocalApiCalls.parse(r, MANIFEST.answer()));
  }

  @Override
  public void export(Instant from, Instant to, Consumer<ProofRecord> sink) {
    Map<String, String> q = Map.of("from", from.toString(), "to", to.toString());
    HttpResponse<InputStream> r = calls.send(EXPORT, null, List.of(), q);
    LocalApiCalls.failUnlessOk(r);
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isBlank()) {
          sink.accept(LocalApiCalls.JSON.readValue(line, EXPORT.answer()));
        }
      }
    } catch (IOException e) {
      throw new StationException("export from the running station broke off: " + e, e);
    }
  }

  @Override
  public ChainReport verify() {
    return call(VERIFY, null);
  }

  @Override
  public Path backup(Path dir) {
    return Path.of(call(BACKUP, new LocalApi.BackupBody(dir.toAbsolutePath().toString())).path());
  }

  @Override
  public OutboxReport outboxStats() {
    return call(OUTBOX_STATS, null);
  }

  @Override
  public List<OutboxEntry> outboxList(String status, int limit) {
    Map<String, String> q = new HashMap<>();
    q.put("limit", String.valueOf(limit));
    q.put("status", status);
    return List.of(calls.call(OUTBOX, null, List.of(), q));
  }

  @Override
  public boolean outboxRetry(String eventId, String actor) {
    return calls.call(RETRY, new LocalApi.ActorBody(actor), List.of(eventId), Map.of()).retried();
  }

  @Override
  public int outboxRetryAll(String actor) {
    return call(RETRY_ALL, new LocalApi.ActorBody(actor)).retried();
  }

  @Override
  public void close() {
    // HttpClient on Java 17 has nothing to close
  }

  private <B, A> A call(Op<B, A> op, B body) {
    return calls.call(op, body, List.of(), Map.of());
  }
}
