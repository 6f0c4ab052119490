package org.scanstation.station.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.receipt.ReceiptSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's Ed25519 receipt key: the file {@value #FILE} in the data directory, owner-only
 * (0600), made on first use and never replaced, because every receipt and manifest already handed
 * out names its fingerprint. {@code station backup} copies it next to the store's backup and {@code
 * station restore} brings it back. The private key is never logged. Thread-safe (callers hold the
 * store's process lock, so only one process makes it).
 */
public final class ReceiptKey {
  /** The key file's name in the data directory and in a backup directory. */
  public static final String FILE = "receipt-key";

  private static final Logger log = LoggerFactory.getLogger(ReceiptKey.class);
  private static final String PRIVATE = "ed25519-private-pkcs8 ";
  private static final String PUBLIC = "ed25519-public-x509 ";

  private ReceiptKey() {}

  /**
   * The key in {@code dataDir}, made (owner-only) when there is none yet. Blocks on the disk.
   *
   * @throws StationException naming the file when it cannot be read or made, or is damaged
   */
  public static KeyPair loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      create(dataDir, file);
    }
    return load(file);
  }

  /** A key that lives as long as this process, for a store in memory (tests). */
  public static KeyPair ephemeral() {
    return generate();
  }

  private static void create(Path dataDir, Path file) {
    KeyPair k = generate();
    String text =
        PRIVATE
            + Base64.getEncoder().encodeToString(k.getPrivate().getEncoded())
            + "\n"
            + PUBLIC
            + Base64.getEncoder().encodeToString(k.getPublic().getEncoded())
            + "\n";
    Path tmp = dataDir.resolve(FILE + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PrivateFiles.fileAttributes());
      Files.writeString(tmp, text, StandardCharsets.US_ASCII);
      Files.move(tmp, file); // never over an existing key: the first one made stays
      log.info("made the station's receipt key {}", file);
    } catch (FileAlreadyExistsException e) {
      deleteQuietly(tmp);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new StationException(
          "cannot make the receipt key " + file + ": " + e.getMessage() + " (is it writable?)", e);
    }
  }

  private static KeyPair load(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      if (lines.size() != 2
          || !lines.get(0).startsWith(PRIVATE)
          || !lines.get(1).startsWith(PUBLIC)) {
        throw new IllegalArgumentException(
            "not two lines '" + PRIVATE + "...', '" + PUBLIC + "...'");
      }
      KeyFactory f = KeyFactory.getInstance(ReceiptSignature.ED25519);
      Base64.Decoder b64 = Base64.getDecoder();
      return new KeyPair(
          f.generatePublic(
              new X509EncodedKeySpec(b64.decode(lines.get(1).substring(PUBLIC.length())))),
          f.generatePrivate(
              new PKCS8EncodedKeySpec(b64.decode(lines.get(0).substring(PRIVATE.length())))));
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new StationException(
          "the receipt key "
              + file
              + " is unreadable or damaged ("
              + e.getClass().getSimpleName()
              + "): restore it from the newest backup (station backup copies it); do not delete"
              + " it, or receipts already handed out no longer name this station's key",
          e);
    }
  }

  /** Copies the key (if made) into a backup directory, owner-only. Blocks on the disk. */
  static void backUp(Path dataDir, Path backupDir) {
    copy(dataDir.resolve(FILE), backupDir.resolve(FILE), "back up");
  }

  /**
   * Brings the key back from a backup into a data directory that has none; a data directory that
   * has one keeps it. Blocks on the disk.
   */
  static void restore(Path backupDir, Path dataDir) {
    Path target = dataDir.resolve(FILE);
    if (!Files.exists(target)) {
      copy(backupDir.resolve(FILE), target, "restore");
    }
  }

  private static void copy(Path from, Path to, String what) {
    if (!Files.isRegularFile(from)) {
      return; // no receipt was ever made: there is no key to carry
    }
    try {
      Files.deleteIfExists(to);
      Files.createFile(to, PrivateFiles.fileAttributes());
      Files.write(to, Files.readAllBytes(from));
    } catch (IOException e) {
      throw new StationException(
          "cannot " + what + " the receipt key " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  private static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ReceiptSignature.ED25519).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM since 15 has Ed25519", e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover .tmp is replaced by the next attempt
    }
  }
}
