/** Pure HID decoders: boot keyboard reports, HID POS scanned-data reports, report descriptors. */
package org.scanstation.device.hid;
