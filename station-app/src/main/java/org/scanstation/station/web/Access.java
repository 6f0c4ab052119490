package org.scanstation.station.web;

/** Who may call a route; {@link ApiServer} checks it, after the Host and Origin checks. */
enum Access {
  /** Anyone: the pages themselves and {@code /health}. */
  OPEN,
  /**
   * The pages' API: a POST must carry {@code X-Station-Page: 1}, which a page of another site
   * cannot send without this server's consent (it never gives it); 403 otherwise.
   */
  PAGE,
  /** {@link #PAGE}, and an operator signed in on the packer page; 401 otherwise. */
  PACKER,
  /** {@link #PAGE}, and the supervisor PIN in {@code X-Supervisor-Pin}; 403 otherwise. */
  SUPERVISOR,
  /** The local API: the run's bearer token in {@code Authorization}; 401 otherwise. */
  TOKEN;

  /** Whether the pages call it, so that a POST needs the page header. */
  boolean fromPage() {
    return this == PAGE || this == PACKER || this == SUPERVISOR;
  }

  /** Whether the routes' owner supplies the check ({@link RouteTable.Builder#guard}). */
  boolean guarded() {
    return this == PACKER || this == SUPERVISOR;
  }
}
