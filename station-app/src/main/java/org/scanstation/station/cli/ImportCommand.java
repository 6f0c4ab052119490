package org.scanstation.station.cli;

import picocli.CommandLine.Command;

/** {@code station import}: the group of import commands. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import data into the station.",
    subcommands = {ImportShipmentsCommand.class})
final class ImportCommand {}
