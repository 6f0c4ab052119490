package org.scanstation.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {
  @Test
  void makesNamedDaemonThreadsNumberedFromTheSecond() {
    ThreadFactory f = DaemonThreads.named("print sweep");
    Thread a = f.newThread(() -> {});
    Thread b = f.newThread(() -> {});
    assertThat(a.getName()).isEqualTo("print sweep");
    assertThat(b.getName()).isEqualTo("print sweep-2");
    assertThat(a.isDaemon()).isTrue();
    assertThat(b.isDaemon()).isTrue();
  }
}
