package org.ckptgen.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdDSAParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * Signed images (seeds/003: "checkpoint will sign the output image, and restart will validate
 * the signature"), with the JDK's Ed25519 and nothing else.
 *
 * <p>An image is signed by an {@link ImageSignature} record, the last record before the trailer.
 * The algorithm is Ed25519ph (RFC 8032: Ed25519 over the SHA-512 of the message, empty context),
 * so that a writer and a reader hash the bytes as they pass, in memory bounded whatever the
 * image's size; the JDK's pure Ed25519 keeps the whole message in memory. The message is the
 * image's bytes from 0 up to the record's {@code signature} member: every record before it with
 * its gap, then the record's type, length, algorithm, flags and key id. The trailer comes after
 * and is not signed; its count, length and CRC32C (which covers the signature record too) are
 * checked against the signed bytes, so no byte of a signed image can change unnoticed.
 *
 * <p>Keys: Ed25519 only; a private key as PKCS#8 and a public key as X.509 SubjectPublicKeyInfo,
 * each in DER or PEM ({@code -----BEGIN PRIVATE KEY-----}, {@code -----BEGIN PUBLIC KEY-----}), as
 * the JDK's {@code getEncoded()} and {@code openssl genpkey -algorithm ed25519} write them.
 */
public final class Signing {
  private Signing() {}

  /** The one algorithm of format version 1: Ed25519ph, RFC 8032, empty context. */
  public static final int ED25519PH = 1;
  /** The signature record's length: its struct, exactly. */
  public static final int RECORD_SIZE = ImageSignatureCodec.SIZE;
  /** Where the signature starts in its record: the bytes of the record before it are signed. */
  static final int SIGNED_PART = ImageSignatureCodec.OFFSET_SIGNATURE;
  static final int KEY_ID_AT = ImageSignatureCodec.OFFSET_KEY_ID;
  public static final int KEY_ID_LENGTH = 16;
  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  /**
   * The key id of {@code key}: the first 16 bytes of the SHA-256 of its raw 32-byte encoding.
   *
   * @throws InvalidKeyException if it is not an Ed25519 public key
   */
  public static byte[] keyId(PublicKey key) throws InvalidKeyException {
    byte[] raw = raw(key);
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(raw), KEY_ID_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no SHA-256", e);
    }
  }

  /** The key id as printed: 32 lower-case hex digits. */
  public static String hex(byte[] keyId) {
    return HexFormat.of().formatHex(keyId);
  }

  /** The raw 32 bytes of an Ed25519 public key, as libsodium takes it. */
  public static byte[] raw(PublicKey key) throws InvalidKeyException {
    requireEd25519(key);
    byte[] der = key.getEncoded();
    if (der == null || der.length != SPKI_PREFIX.length + 32
        || !Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      throw new InvalidKeyException("not an Ed25519 public key in X.509 form");
    }
    return Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
  }

  /**
   * {@code key}, checked to be an Ed25519 private key whose public key this JDK derives, for APIs
   * that take one (the generated dispatch's builder).
   *
   * @throws IllegalArgumentException if it is not
   */
  public static PrivateKey signingKey(PrivateKey key) {
    try {
      publicKeyOf(java.util.Objects.requireNonNull(key, "key"));
      return key;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    }
  }

  /**
   * {@code key}, checked to be an Ed25519 public key, for APIs that take one.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static PublicKey verifyingKey(PublicKey key) {
    try {
      raw(java.util.Objects.requireNonNull(key, "key"));
      return key;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("cannot verify with this key: " + e.getMessage(), e);
    }
  }

  private static void requireEd25519(Key key) throws InvalidKeyException {
    if (!(key instanceof EdECKey k) || !"Ed25519".equalsIgnoreCase(k.getParams().getName())) {
      throw new InvalidKeyException("not an Ed25519 key (" + (key == null ? "null" : key.getAlgorithm()) + ")");
    }
  }

  /**
   * The public key of {@code key}. The JDK has no call for it: its key pair generator, handed the
   * private key's 32 bytes as its random input, derives the pair; the result is checked by a
   * signature, so a JDK that generates otherwise is a clear error, not a wrong key id.
   */
  public static PublicKey publicKeyOf(PrivateKey key) throws InvalidKeyException {
    requireEd25519(key);
    byte[] seed = ((EdECPrivateKey) key).getBytes()
        .orElseThrow(() -> new InvalidKeyException("the private key does not give its bytes"));
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
        private static final long serialVersionUID = 1L;

        @Override
        public void nextBytes(byte[] bytes) {
          System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
      });
      PublicKey pub = g.generateKeyPair().getPublic();
      byte[] probe = "ckptgen key check".getBytes(StandardCharsets.US_ASCII);
      Signature s = signer(key);
      s.update(probe);
      Signature v = verifier(pub);
      v.update(probe);
      if (!v.verify(s.sign())) {
        throw new InvalidKeyException("cannot derive the public key of this private key on this JDK");
      }
      return pub;
    } catch (InvalidKeyException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new InvalidKeyException("cannot derive the public key: " + e.getMessage(), e);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /** An Ed25519ph signer. */
  static Signature signer(PrivateKey key) throws InvalidKeyException {
    requireEd25519(key);
    return ed25519ph(s -> s.initSign(key));
  }

  /** An Ed25519ph verifier. */
  static Signature verifier(PublicKey key) throws InvalidKeyException {
    requireEd25519(key);
    return ed25519ph(s -> s.initVerify(key));
  }

  /** How a {@link Signature} is set to sign or verify with a key. */
  private interface Init {
    void init(Signature s) throws InvalidKeyException;
  }

  /** An Ed25519 signature of the prehashed variant (RFC 8032), initialised by {@code init}. */
  private static Signature ed25519ph(Init init) throws InvalidKeyException {
    try {
      Signature s = Signature.getInstance("Ed25519");
      init.init(s);
      s.setParameter(new EdDSAParameterSpec(true));
      return s;
    } catch (InvalidKeyException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519ph", e);
    }
  }

  /** A new Ed25519 key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  /** {@code key} as PEM: {@code PRIVATE KEY} (PKCS#8) or {@code PUBLIC KEY} (X.509). */
  public static String pem(Key key) {
    String label = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END " + label + "-----\n";
  }

  /**
   * Reads an Ed25519 private key: PKCS#8, DER or PEM.
   *
   * @throws InvalidKeyException naming what the file holds instead
   */
  public static PrivateKey readPrivateKey(Path file) throws IOException, InvalidKeyException {
    byte[] der = der(Files.readAllBytes(file), "PRIVATE KEY");
    try {
      PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
      requireEd25519(key);
      return key;
    } catch (InvalidKeyException e) {
      throw e;
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new InvalidKeyException("not an Ed25519 private key (PKCS#8, DER or PEM)");
    }
  }

  /**
   * Reads an Ed25519 public key: X.509 SubjectPublicKeyInfo, DER or PEM.
   *
   * @throws InvalidKeyException naming what the file holds instead
   */
  public static PublicKey readPublicKey(Path file) throws IOException, InvalidKeyException {
    byte[] der = der(Files.readAllBytes(file), "PUBLIC KEY");
    try {
      PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
      raw(key);
      return key;
    } catch (InvalidKeyException e) {
      throw e;
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new InvalidKeyException("not an Ed25519 public key (X.509, DER or PEM)");
    }
  }

  /** The DER of a key file: the file itself, or the base64 between PEM lines labelled {@code label}. */
  private static byte[] der(byte[] file, String label) throws InvalidKeyException {
    if (file.length > 1 << 16) {
      throw new InvalidKeyException("a key file of " + file.length + " bytes; an Ed25519 key file has under 200");
    }
    String text = new String(file, StandardCharsets.ISO_8859_1);
    int begin = text.indexOf("-----BEGIN ");
    if (begin < 0) {
      return file;
    }
    String head = "-----BEGIN " + label + "-----";
    String tail = "-----END " + label + "-----";
    int from = text.indexOf(head);
    int to = text.indexOf(tail);
    if (from < 0 || to < from) {
      String other = text.substring(begin + 11, Math.max(begin + 11, text.indexOf("-----", begin + 11)));
      throw new InvalidKeyException("a PEM file of a " + Printable.escape(other) + ", not of a " + label);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + head.length(), to));
    } catch (IllegalArgumentException e) {
      throw new InvalidKeyException("the PEM " + label + " is not valid base64");
    }
  }

  // ---- the record's rules, shared by every Java reader (the C reader has the same, same words)

  /**
   * The framing rules of a signature record met at {@code position} (its bytes at
   * {@code buf[at]}, {@code len} of them): exactly 96 bytes, algorithm 1, no flags. Checked in the
   * framing walk, by every reader, whether or not it requires a key.
   */
  static void checkRecord(ByteBuffer buf, int at, long position, long len) throws CkptFormatException {
    int type = ImageSignatureCodec.TYPE;
    if (len != RECORD_SIZE) {
      throw new CkptFormatException(position + Wire.LENGTH_AT, type,
          "a signature record is " + RECORD_SIZE + " bytes; this one's length is " + len);
    }
    int algorithm = LittleEndian.getInt(buf, at + ImageSignatureCodec.OFFSET_ALGORITHM);
    if (algorithm != ED25519PH) {
      throw new CkptFormatException(position + ImageSignatureCodec.OFFSET_ALGORITHM, type, "signature algorithm " + Integer.toUnsignedString(algorithm)
          + " is unknown; this reader knows 1 (Ed25519ph)");
    }
    int flags = LittleEndian.getInt(buf, at + ImageSignatureCodec.OFFSET_FLAGS);
    if (flags != 0) {
      throw new CkptFormatException(position + ImageSignatureCodec.OFFSET_FLAGS, type, String.format("unknown signature flags 0x%x", flags));
    }
  }

  /** A record after the signature record, at the framing walk's next record. */
  static CkptFormatException notLast(long signatureAt) {
    return new CkptFormatException(signatureAt, ImageSignatureCodec.TYPE,
        "the signature record is not the last record before the trailer");
  }

  /** An image without a signature where {@code key} is required; {@code trailerAt} is where it would end. */
  static CkptFormatException unsigned(long trailerAt, PublicKey key) {
    return new CkptFormatException(trailerAt, TrailerCodec.TYPE,
        "the image is not signed; a signature by key " + hex(keyIdOrFail(key)) + " is required");
  }

  /**
   * Checks that {@code key} signed the record at {@code position} whose bytes are at
   * {@code buf[at]}, where {@code verifier} has been fed every byte from the image's start to the
   * record's signature member.
   */
  static void checkSignature(ByteBuffer buf, int at, long position, PublicKey key, Signature verifier)
      throws CkptFormatException {
    checkKeyId(buf, at, position, key);
    byte[] sig = new byte[64];
    buf.get(at + SIGNED_PART, sig);
    boolean good;
    try {
      good = verifier.verify(sig);
    } catch (SignatureException e) {
      good = false;  // a malformed signature (a point off the curve, S out of range) is a bad one
    }
    if (!good) {
      throw new CkptFormatException(position + SIGNED_PART, ImageSignatureCodec.TYPE,
          "the signature does not match the image's bytes: changed since it was signed, or forged");
    }
  }

  /** The key id of the signature record at {@code buf[at]} must be {@code key}'s. */
  static void checkKeyId(ByteBuffer buf, int at, long position, PublicKey key) throws CkptFormatException {
    byte[] id = keyIdAt(buf, at);
    byte[] want = keyIdOrFail(key);
    if (!Arrays.equals(id, want)) {
      throw new CkptFormatException(position + KEY_ID_AT, ImageSignatureCodec.TYPE,
          "the image is signed by key " + hex(id) + ", not by the required key " + hex(want));
    }
  }

  private static byte[] keyIdOrFail(PublicKey key) {
    try {
      return keyId(key);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("the required key: " + e.getMessage(), e);
    }
  }

  static Signature verifierOrFail(PublicKey key) {
    try {
      return verifier(key);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("the required key: " + e.getMessage(), e);
    }
  }

  /** The key id in a signature record's bytes at {@code buf[at]}. */
  static byte[] keyIdAt(ByteBuffer buf, int at) {
    byte[] id = new byte[KEY_ID_LENGTH];
    buf.get(at + KEY_ID_AT, id);
    return id;
  }

  /**
   * Signs the image {@code in} into {@code out} (which may be the same file) with {@code key}:
   * the same bytes, with the signature record of a signed {@code in} replaced, then a new
   * signature record and trailer. {@code in} is checked first (framing and checksum; its old
   * signature is not checked, since it is replaced); {@code out} replaces its file only once it
   * is whole and its signature checks.
   *
   * @return the new image's trailer
   */
  public static Trailer sign(Path in, Path out, PrivateKey key) throws IOException, CkptFormatException,
      InvalidKeyException {
    PublicKey pub = publicKeyOf(key);
    Trailer[] written = new Trailer[1];
    try (ImageReader reader = ImageReader.open(in)) {
      reader.verify();
      long end = reader.signatureOffset() >= 0 ? reader.signatureOffset() : reader.trailerOffset();
      AtomicFile.<CkptFormatException>write(out, channel -> {
        ImageWriter w = ImageWriter.copying(channel, key, pub);
        reader.copyPrefix(end, w);
        written[0] = w.finish();
      }, file -> {
        try (ImageReader check = ImageReader.open(file)) {
          check.verify(pub);
        }
      });
    }
    return written[0];
  }

  /** The key id of the signature record of a verified image, if it is signed. */
  public static Optional<String> keyIdOf(ImageReader image) {
    ImageSignature s = image.signature();
    return s == null ? Optional.empty() : Optional.of(hex(s.keyId()));
  }
}
