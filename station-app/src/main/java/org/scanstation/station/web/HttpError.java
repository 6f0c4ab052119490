package org.scanstation.station.web;

/** An HTTP error a handler throws; {@link ApiServer} maps it to the status and a JSON body. */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
