/**
 * End-of-day manifests as values: the Merkle tree over a manifest's pieces and the path that proves
 * one piece is on it. Pure; a receipt verifier uses this package with no store at all.
 */
package org.scanstation.station.domain.manifest;
