package org.scanstation.station.cli;

import org.scanstation.paperwork.PaperSize;
import org.scanstation.station.documents.ManifestDocuments;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --paper letter|a4}, in any case, by the same rule as the pages' {@code ?paper=}. */
final class PaperConverter implements ITypeConverter<PaperSize> {
  @Override
  public PaperSize convert(String value) {
    return ManifestDocuments.paperNamed(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + Printable.of(value) + "' is no paper size: use letter or a4"));
  }
}
