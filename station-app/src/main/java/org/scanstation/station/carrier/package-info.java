/**
 * The carrier read-back: what AfterShip and USPS APIs v3 say happened to each accepted parcel, read
 * by need within the backend's call budget or pushed by AfterShip's webhooks, and kept in the store
 * through the {@link org.scanstation.station.carrier.CarrierLedger} port.
 */
package org.scanstation.station.carrier;
