package org.scanstation.station.cli;

import java.util.Locale;
import org.scanstation.paperwork.PaperSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --paper letter|a4}, in any case: the one paper option of every command that draws one. */
final class PaperConverter implements ITypeConverter<PaperSize> {
  @Override
  public PaperSize convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "letter" -> PaperSize.LETTER;
      case "a4" -> PaperSize.A4;
      default ->
          throw new TypeConversionException(
              "'" + Printable.of(value) + "' is no paper size: use letter or a4");
    };
  }
}
