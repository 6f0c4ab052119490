package org.scanstation.simulator.cli;

import java.util.concurrent.CountDownLatch;
import org.scanstation.common.DaemonThreads;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.admin.AdminServer;
import org.scanstation.simulator.admin.ConsoleCommands;
import org.scanstation.simulator.admin.FaultControl;

/**
 * Keeps a started device running until the operator types {@code quit} or the process is stopped
 * (Ctrl-C, SIGTERM), offering the admin endpoint and the console commands meanwhile, then closes
 * it. Closed standard input does not stop the device. Blocks the calling thread.
 */
final class Foreground {
  private Foreground() {}

  /**
   * Runs until stopped.
   *
   * @param adminPort the admin endpoint's port (0: ephemeral), or -1 for none
   * @return the exit status, 0
   */
  static int run(CliStreams io, FaultControl control, AutoCloseable device, int adminPort) {
    AdminServer admin = adminPort >= 0 ? AdminServer.start(control, adminPort) : null;
    if (admin != null) {
      io.out()
          .println(
              "admin: "
                  + admin.uri()
                  + " (GET /status, GET /received,"
                  + " POST /faults/NAME[?value=V], DELETE /faults/NAME, DELETE /faults)");
    }
    io.out()
        .println(
            "commands on standard input: status | received | fault NAME [VALUE] | clear [NAME] | help"
                + " | quit");
    io.out().flush();
    Thread hook = new Thread(() -> closeAll(admin, device), "simulator shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    awaitQuit(io, control);
    Runtime.getRuntime().removeShutdownHook(hook);
    closeAll(admin, device);
    io.out().println(control.device() + ": stopped");
    return 0;
  }

  /** Reads console commands on a daemon thread until {@code quit}; end of input waits on. */
  private static void awaitQuit(CliStreams io, FaultControl control) {
    CountDownLatch quit = new CountDownLatch(1);
    DaemonThreads.start(
        "simulator console",
        () -> {
          if (new ConsoleCommands(control, io.out()).run(io.in())) {
            quit.countDown();
          }
        });
    try {
      quit.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeAll(AdminServer admin, AutoCloseable device) {
    if (admin != null) {
      admin.close();
    }
    try {
      device.close();
    } catch (Exception e) {
      throw new SimulatorException("cannot stop the device cleanly: " + e.getMessage(), e);
    }
  }
}
