package org.scanstation.simulator.backend;

/**
 * An AfterShip-style error answer: HTTP status plus the envelope's meta code, type and message.
 * Thrown by the routes, turned into a response in one place ({@link TrackingApi}).
 */
final class ApiError extends RuntimeException {
  private final int status;
  private final int metaCode;
  private final String type;
  private final transient Object data;

  ApiError(int status, int metaCode, String type, String message) {
    this(status, metaCode, type, message, null);
  }

  ApiError(int status, int metaCode, String type, String message, Object data) {
    super(message, null, false, false);
    this.status = status;
    this.metaCode = metaCode;
    this.type = type;
    this.data = data;
  }

  static ApiError badRequest(int metaCode, String message) {
    return new ApiError(400, metaCode, "BadRequest", message);
  }

  static ApiError notFound() {
    return new ApiError(404, 4004, "NotFound", "Tracking does not exist.", null);
  }

  static ApiError server(int status) {
    return switch (status) {
      case 502 -> new ApiError(502, 502, "BadGateway", "Bad gateway (simulated).");
      case 503 -> new ApiError(503, 503, "ServiceUnavailable", "Service unavailable (simulated).");
      case 504 -> new ApiError(504, 504, "GatewayTimeout", "Gateway timeout (simulated).");
      default -> new ApiError(status, status, "InternalError", "Something went wrong (simulated).");
    };
  }

  int status() {
    return status;
  }

  int metaCode() {
    return metaCode;
  }

  String type() {
    return type;
  }

  /** Data to send along (the existing tracking with a 4003), or null. */
  Object data() {
    return data;
  }
}
