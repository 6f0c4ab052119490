/**
 * What the carrier did with an accepted parcel: its events as the carrier's sources report them,
 * which of them prove mailing and delivery, and when to ask again. Pure code, like the rest of the
 * domain; the station's own partner event (81) is never a carrier event.
 */
package org.scanstation.station.domain.carrier;
