/**
 * The station's end-of-day documents: what a closed manifest and its pieces become on paper (the
 * hand-off manifest, the PS Form 3877-style firm sheet), drawn by the {@code paperwork} module.
 * Pure mapping from the api's values; no store, no files.
 */
package org.scanstation.station.documents;
