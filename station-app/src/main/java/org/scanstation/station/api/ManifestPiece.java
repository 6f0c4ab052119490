package org.scanstation.station.api;

/**
 * One piece of a closed manifest, with what the paperwork prints about it. The shipment's fields
 * are null for a parcel accepted without an imported shipment.
 *
 * @param leafIndex its position on the manifest (the Merkle leaf), from 0
 * @param trackingNumber the tracking number digits
 * @param serviceTypeCode the IMpb service type code read from the number (display only)
 * @param service the shipment's service (e.g. {@code priority-mail}), or null
 * @param extraServices the shipment's extra-service codes separated by {@code ;} (e.g. {@code
 *     910;955}), empty when it has none or the store does not record them
 * @param toName addressee name, or null
 * @param toStreet1 addressee street, or null
 * @param toStreet2 second address line, or null
 * @param toCity addressee city, or null
 * @param toState addressee state, or null
 * @param destinationZip the shipment's ZIP, else the routing ZIP the scan carried, else null
 * @param weightOz weight in ounces, or null when unknown
 * @param acceptedAt ISO-8601 UTC
 * @param eventId the acceptance's event id
 * @param chainHash the acceptance's chain hash: the Merkle leaf's input
 */
public record ManifestPiece(
    int leafIndex,
    String trackingNumber,
    String serviceTypeCode,
    String service,
    String extraServices,
    String toName,
    String toStreet1,
    String toStreet2,
    String toCity,
    String toState,
    String destinationZip,
    Integer weightOz,
    String acceptedAt,
    String eventId,
    String chainHash) {}
