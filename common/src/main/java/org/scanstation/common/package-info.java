/**
 * The small rules every module of the station shares, each written once: {@link
 * org.scanstation.common.Durations} (one duration format for options, settings, URIs and the
 * simulator), {@link org.scanstation.common.QueryString} (one query-string rule), {@link
 * org.scanstation.common.Backoff}, {@link org.scanstation.common.DaemonThreads} and {@link
 * org.scanstation.common.CliFailures}. Depends on the JDK only; every module may use it.
 */
package org.scanstation.common;
