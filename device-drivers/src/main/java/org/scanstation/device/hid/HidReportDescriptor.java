package org.scanstation.device.hid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads just enough of a HID report descriptor to tell what an interface is: its top-level
 * application collections. Pure; malformed input ends the walk instead of failing. Not thread-safe
 * (one walk per instance, made by {@link #applications}).
 */
public final class HidReportDescriptor {
  private static final int TYPE_MAIN = 0;
  private static final int TYPE_GLOBAL = 1;
  private static final int TYPE_LOCAL = 2;
  private static final int LONG_ITEM = 0xFE;

  private final List<HidApplication> found = new ArrayList<>();
  private final Deque<Integer> pushedPages = new ArrayDeque<>();
  private int page;
  private int usage = -1;
  private int usagePage = -1;
  private int depth;

  private HidReportDescriptor() {}

  /** The application collections at the top level, in order. */
  public static List<HidApplication> applications(byte[] descriptor) {
    HidReportDescriptor walk = new HidReportDescriptor();
    int i = 0;
    while (i < descriptor.length) {
      int prefix = descriptor[i] & 0xFF;
      if (prefix == LONG_ITEM) {
        i += 3 + (i + 1 < descriptor.length ? descriptor[i + 1] & 0xFF : 0);
        continue;
      }
      int size = (prefix & 0x03) == 3 ? 4 : prefix & 0x03;
      if (size > 0 && i + size >= descriptor.length) {
        break;
      }
      walk.item((prefix >> 2) & 0x03, prefix >> 4, size, unsigned(descriptor, i + 1, size));
      i += 1 + size;
    }
    return List.copyOf(walk.found);
  }

  private void item(int type, int tag, int size, int value) {
    if (type == TYPE_GLOBAL) {
      global(tag, value);
    } else if (type == TYPE_LOCAL && tag == 0 && usage < 0) {
      // The first Usage names the collection that follows; a 4-byte one carries its own page.
      usage = value & 0xFFFF;
      usagePage = size == 4 ? value >>> 16 : -1;
    } else if (type == TYPE_MAIN) {
      main(tag, value);
      usage = -1; // main items end the local state
    }
  }

  private void global(int tag, int value) {
    switch (tag) {
      case 0x0 -> page = value; // Usage Page
      case 0xA -> pushedPages.push(page); // Push
      case 0xB -> page = pushedPages.isEmpty() ? page : pushedPages.pop(); // Pop
      default -> {
        // other globals (sizes, counts, report ids) do not say what the interface is
      }
    }
  }

  private void main(int tag, int value) {
    if (tag == 0xA) { // Collection
      if (depth == 0 && value == 0x01 && usage >= 0) {
        found.add(new HidApplication(usagePage >= 0 ? usagePage : page, usage));
      }
      depth++;
    } else if (tag == 0xC) { // End Collection
      depth = Math.max(0, depth - 1);
    }
  }

  private static int unsigned(byte[] b, int from, int size) {
    int v = 0;
    for (int k = size - 1; k >= 0; k--) {
      v = (v << 8) | (b[from + k] & 0xFF);
    }
    return v;
  }
}
