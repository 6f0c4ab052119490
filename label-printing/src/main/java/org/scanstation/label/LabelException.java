package org.scanstation.label;

/**
 * The label library's one unchecked exception root: input that no label can carry (a tracking
 * number or ZIP with a character other than ASCII 0-9), a resolution no renderer supports, or a
 * barcode that cannot fit the label at the printer's resolution. Messages name the value and, where
 * there is one, the fix.
 *
 * <p>The library checks shape, never meaning: USPS check digits and service rules are the station's
 * job.
 */
public class LabelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message that names the value and the fix. */
  public LabelException(String message) {
    super(message);
  }

  /** An error with a message that names the value and the fix, and its cause. */
  public LabelException(String message, Throwable cause) {
    super(message, cause);
  }
}
