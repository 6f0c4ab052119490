package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact ZPL of known labels, byte for byte. Stored labels are compared with re-rendered ones,
 * so any change to the output must be deliberate: regenerate with {@code ./mvnw -pl label-printing
 * test -Dtest=ZplGoldenTest -Dlabels.golden.update=true}, then read the diff.
 */
class ZplGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("labels.golden.update");

  static List<Arguments> goldenLabels() {
    List<Arguments> all = new ArrayList<>();
    for (int dpi : LabelRenderer.SUPPORTED_DPI) {
      for (MailService s : MailService.values()) {
        all.add(Arguments.of(s.id() + "-" + dpi + "-zip5.zpl", dpi, Samples.full(s, Samples.ZIP5)));
        all.add(Arguments.of(s.id() + "-" + dpi + "-zip9.zpl", dpi, Samples.full(s, Samples.ZIP9)));
      }
      all.add(Arguments.of("long-text-" + dpi + ".zpl", dpi, Samples.longText()));
      all.add(Arguments.of("hostile-text-" + dpi + ".zpl", dpi, Samples.hostile()));
      for (var c : Samples.certified()) {
        all.add(Arguments.of(c.getKey() + "-" + dpi + ".zpl", dpi, c.getValue()));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenLabels")
  void matchesItsGoldenFile(String file, int dpi, ShippingLabel label) throws IOException {
    byte[] actual = LabelRenderer.zpl(dpi).render(label);
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
    }
    assertThat(golden).as("golden file; regenerate with -Dlabels.golden.update=true").exists();
    assertThat(new String(actual, StandardCharsets.US_ASCII))
        .isEqualTo(Files.readString(golden, StandardCharsets.US_ASCII));
  }
}
