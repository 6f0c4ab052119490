package org.scanstation.paperwork;

/**
 * The paperwork library's one unchecked exception root: a document that has nothing to show (a
 * manifest without pieces), a value no barcode can carry (a manifest id outside printable ASCII) or
 * a PDF that cannot be written. Messages name the value and the fix.
 *
 * <p>Text from outside (names, addresses) never causes one: what the font cannot show is replaced
 * and what is too long is cut visibly.
 */
public class PaperworkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message that names the value and the fix. */
  public PaperworkException(String message) {
    super(message);
  }

  /** An error with a message that names the value and the fix, and its cause. */
  public PaperworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
