package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed images: written by ImageWriter with a key, refused by every Java reader on any change. */
class SigningTest {
  private static final KeyPair KEYS = Signing.generate();
  private static final KeyPair OTHER = Signing.generate();
  private static final SchemaEntry[] SCHEMA = {};

  /** An image of a few sections and objrefs, signed with {@code key} unless it is null. */
  static byte[] image(PrivateKey key) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter w = new ImageWriter(Channels.newChannel(bytes), ImageHeader.of("container", 1, 0x1234L, SCHEMA, 42L),
        new SchemaFields(new FieldEntry[0]), new SchemaEnums(new EnumValue[0]), key);
    w.beginSection("cred");
    w.write(ObjectRefCodec.INSTANCE, new ObjectRef(0x0101, 1));
    w.beginSection("uts");
    w.write(SectionCodec.INSTANCE, new Section("x"));
    w.finish();
    return bytes.toByteArray();
  }

  private static ImageReader reader(byte[] b) throws CkptFormatException {
    try {
      return ImageReader.open(Channels.newChannel(new ByteArrayInputStream(b)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The verdict of the mapped reader: null for valid, else the exception's text. */
  private static String mapped(byte[] b, PublicKey key) {
    try (ImageReader r = reader(b)) {
      r.verify(key);
      return null;
    } catch (CkptFormatException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The verdict of the whole-image check, as a generic reader gives it (ckpt verify): verify,
   * then the image's own tables as its schema, then the records. The images here have sections
   * that their (empty) subsystem tables do not list, so a check that gets that far refuses them.
   */
  private static String checked(byte[] b, PublicKey key) {
    try (ImageReader r = reader(b)) {
      r.verify(key);
      ImageChecker.check(r, ImageChecker.Expectation.generic(TrustedSchema.ofImage(r)), key);
      return null;
    } catch (CkptFormatException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The verdict of the stream reader, read to its end: the whole-image check's. */
  private static String streamed(byte[] b, PublicKey key) {
    try {
      ImageStream s = ImageStream.open(new ByteArrayInputStream(b), key);
      while (s.next() != null) {
        // every record, then the trailer's checks
      }
      return null;
    } catch (CkptFormatException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes a new CRC32C into the trailer, so that only the signature can tell a change. */
  static byte[] reseal(byte[] b) {
    int t = b.length - TrailerCodec.SIZE;
    CRC32C crc = new CRC32C();
    crc.update(b, 0, t);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(t + 32, (int) crc.getValue());
    return b;
  }

  @Test
  void aSignedImageVerifiesWithItsKeyAndNamesItsKeyId() throws Exception {
    byte[] b = image(KEYS.getPrivate());
    byte[] unsigned = image(null);
    assertEquals(unsigned.length + Signing.RECORD_SIZE, b.length);
    // the signature record is the last before the trailer, and all before it is the unsigned image's
    assertArrayEquals(Arrays.copyOf(unsigned, unsigned.length - TrailerCodec.SIZE),
        Arrays.copyOf(b, unsigned.length - TrailerCodec.SIZE));
    assertNull(mapped(b, KEYS.getPublic()));
    String sections = "at offset 152, record type 0x2: a section of \"cred\" follows the last subsystem's";
    assertEquals(sections, checked(b, KEYS.getPublic()), "the signature holds; the records are checked next");
    assertEquals(sections, streamed(b, KEYS.getPublic()));
    assertNull(mapped(b, null), "without a key, a signed image is accepted");
    try (ImageReader r = reader(b)) {
      r.verify();
      assertArrayEquals(Signing.keyId(KEYS.getPublic()), r.signature().keyId());
      assertEquals(b.length - TrailerCodec.SIZE - Signing.RECORD_SIZE, r.signatureOffset());
      int n = 0;
      for (RecordView v : r.records()) {
        assertFalse(v.type() == ImageSignatureCodec.TYPE, "records() ends before the signature");
        n++;
      }
      assertEquals(4, n);
    }
    try (ImageReader r = reader(unsigned)) {
      r.verify();
      assertNull(r.signature());
      assertEquals(-1, r.signatureOffset());
    }
  }

  @Test
  void anUnsignedImageOrAnotherKeyIsRefusedWhereAKeyIsRequired() throws Exception {
    byte[] unsigned = image(null);
    String id = Signing.hex(Signing.keyId(KEYS.getPublic()));
    String want = "at offset " + (unsigned.length - TrailerCodec.SIZE) + ", record type 0x4: the image is not signed; "
        + "a signature by key " + id + " is required";
    assertEquals(want, mapped(unsigned, KEYS.getPublic()));
    assertEquals(want, streamed(unsigned, KEYS.getPublic()));

    byte[] other = image(OTHER.getPrivate());
    int s = other.length - TrailerCodec.SIZE - Signing.RECORD_SIZE;
    String wrongKey = "at offset " + (s + 16) + ", record type 0x8: the image is signed by key "
        + Signing.hex(Signing.keyId(OTHER.getPublic())) + ", not by the required key " + id;
    assertEquals(wrongKey, mapped(other, KEYS.getPublic()));
    assertEquals(wrongKey, streamed(other, KEYS.getPublic()));

    // a forged key id: the record names KEYS, the signature is OTHER's
    byte[] forged = other.clone();
    System.arraycopy(Signing.keyId(KEYS.getPublic()), 0, forged, s + 16, 16);
    reseal(forged);
    String bad = "at offset " + (s + 32) + ", record type 0x8: the signature does not match the image's bytes: "
        + "changed since it was signed, or forged";
    assertEquals(bad, mapped(forged, KEYS.getPublic()));
    assertEquals(bad, streamed(forged, KEYS.getPublic()));
  }

  /**
   * A reader verified without a key (or with another) skips the framing walk the second time, but
   * never the signature: verify(key) and ImageChecker.check(image, e, key) on it refuse an
   * unsigned image, another key's and a forged one as a fresh reader does, before the records.
   */
  @Test
  void aReaderVerifiedBeforeStillChecksTheKey() throws Exception {
    byte[] other = image(OTHER.getPrivate());
    byte[] forged = other.clone();
    int s = other.length - TrailerCodec.SIZE - Signing.RECORD_SIZE;
    System.arraycopy(Signing.keyId(KEYS.getPublic()), 0, forged, s + 16, 16);
    reseal(forged);
    for (byte[] b : List.of(image(null), other, forged)) {
      String fresh = mapped(b, KEYS.getPublic());
      assertNotNull(fresh);
      try (ImageReader r = reader(b)) {
        r.verify();
        assertEquals(fresh, assertThrows(CkptFormatException.class, () -> r.verify(KEYS.getPublic())).getMessage());
        // the image's sections are no subsystem's of its (empty) table: the signature is refused first
        ImageChecker.Expectation e = ImageChecker.Expectation.generic(TrustedSchema.ofImage(r));
        assertEquals(fresh, assertThrows(CkptFormatException.class,
            () -> ImageChecker.check(r, e, KEYS.getPublic())).getMessage());
      }
    }
    try (ImageReader r = reader(other)) {
      r.verify(OTHER.getPublic());
      r.verify(OTHER.getPublic());  // the key checked already
      assertEquals(mapped(other, KEYS.getPublic()),
          assertThrows(CkptFormatException.class, () -> r.verify(KEYS.getPublic())).getMessage());
    }
  }

  /**
   * Every byte of a signed image, changed (CRC32C re-sealed where the byte is before the trailer),
   * is refused by both readers alike given the key; where the framing cannot tell, it is the
   * signature that refuses.
   */
  @Test
  void everySingleByteChangeIsRefused() throws Exception {
    long seed = Long.getLong("ckptgen.signing.seed", System.nanoTime());
    System.out.println("SigningTest seed " + seed + " (-Dckptgen.signing.seed=" + seed + " repeats it)");
    Random random = new Random(seed);
    byte[] b = image(KEYS.getPrivate());
    int t = b.length - TrailerCodec.SIZE;
    int s = t - Signing.RECORD_SIZE;
    int bySignature = 0;
    for (int i = 0; i < b.length; i++) {
      for (int round = 0; round < 3; round++) {
        byte[] m = b.clone();
        m[i] ^= (byte) (1 + random.nextInt(255));
        if (i < t) {
          reseal(m);
        }
        String keyed = mapped(m, KEYS.getPublic());
        if (keyed == null) {
          fail("byte " + i + " changed to 0x" + Integer.toHexString(m[i] & 0xff) + " is accepted (seed " + seed + ")");
        }
        String keyless = mapped(m, null);
        String stream = streamed(m, KEYS.getPublic());
        assertEquals(checked(m, KEYS.getPublic()), stream, "byte " + i + ": the stream's verdict (seed " + seed + ")");
        boolean signature = keyed.startsWith("at offset " + (s + 32) + ", record type 0x8: the signature does not match")
            || keyed.startsWith("at offset " + (s + 16) + ", record type 0x8: the image is signed by key")
            // the record's type changed: an unknown record, skipped by length, and no signature
            || keyed.startsWith("at offset " + t + ", record type 0x4: the image is not signed");
        if (signature) {
          bySignature++;
        } else {
          // the header's and the framing's checks come before the signature's, the tables' after
          assertEquals(keyless, keyed, "byte " + i + " (seed " + seed + ")");
        }
        if (keyless == null) {
          assertTrue(signature, "byte " + i + ": the framing could not tell, the signature must: " + keyed);
        }
      }
    }
    assertTrue(bySignature > 3 * (s - 64), "most changes reach the signature check: " + bySignature);
  }

  @Test
  void theSignatureRecordIsLastOnceAndOfItsLength() throws Exception {
    byte[] b = image(KEYS.getPrivate());
    int t = b.length - TrailerCodec.SIZE;
    int s = t - Signing.RECORD_SIZE;
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);

    // not last: a section record moved after it
    byte[] moved = new byte[b.length + 40];
    System.arraycopy(b, 0, moved, 0, t);
    byte[] section = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN).putInt(SectionCodec.TYPE).putInt(40)
        .put("late".getBytes(StandardCharsets.US_ASCII)).array();
    System.arraycopy(section, 0, moved, t, 40);
    System.arraycopy(b, t, moved, t + 40, TrailerCodec.SIZE);
    fixTrailer(moved, 1);
    String notLast = "at offset " + s + ", record type 0x8: the signature record is not the last record before the trailer";
    assertEquals(notLast, mapped(moved, null), "a framing rule: refused with or without a key");
    assertEquals(notLast, mapped(moved, KEYS.getPublic()));
    assertEquals(notLast, streamed(moved, null));

    // two signature records: the first is not last
    byte[] two = new byte[b.length + Signing.RECORD_SIZE];
    System.arraycopy(b, 0, two, 0, t);
    System.arraycopy(b, s, two, t, Signing.RECORD_SIZE);
    System.arraycopy(b, t, two, t + Signing.RECORD_SIZE, TrailerCodec.SIZE);
    fixTrailer(two, 1);
    assertEquals(notLast, mapped(two, null));
    assertEquals(notLast, streamed(two, KEYS.getPublic()));

    // a length other than 96: longer (bytes after the signature would be unsigned), shorter
    byte[] longer = new byte[b.length + 8];
    System.arraycopy(b, 0, longer, 0, t);
    System.arraycopy(b, t, longer, t + 8, TrailerCodec.SIZE);
    ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putInt(s + 4, 104);
    fixTrailer(longer, 0);
    String length = "at offset " + (s + 4) + ", record type 0x8: a signature record is 96 bytes; this one's length is 104";
    assertEquals(length, mapped(longer, null));
    assertEquals(length, streamed(longer, KEYS.getPublic()));
    byte[] shorter = b.clone();
    ByteBuffer.wrap(shorter).order(ByteOrder.LITTLE_ENDIAN).putInt(s + 4, 88);
    ByteBuffer.wrap(shorter).order(ByteOrder.LITTLE_ENDIAN).putInt(s + 88, TrailerCodec.TYPE);
    assertTrue(mapped(shorter, null).startsWith("at offset " + (s + 4) + ", record type 0x8: a signature record is 96 bytes"));

    byte[] algorithm = b.clone();
    ByteBuffer.wrap(algorithm).order(ByteOrder.LITTLE_ENDIAN).putInt(s + 8, 2);
    assertEquals("at offset " + (s + 8) + ", record type 0x8: signature algorithm 2 is unknown; this reader knows 1 (Ed25519ph)",
        mapped(reseal(algorithm), null));
    byte[] flags = b.clone();
    ByteBuffer.wrap(flags).order(ByteOrder.LITTLE_ENDIAN).putInt(s + 12, 0x10);
    assertEquals("at offset " + (s + 12) + ", record type 0x8: unknown signature flags 0x10", mapped(reseal(flags), null));
    assertEquals(le.getInt(s), ImageSignatureCodec.TYPE);
  }

  /** The trailer at the end of {@code b} after {@code added} records were put before it: count, length, CRC. */
  private static void fixTrailer(byte[] b, int added) {
    int t = b.length - TrailerCodec.SIZE;
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    le.putLong(t + 16, le.getLong(t + 16) + added);
    le.putLong(t + 24, t);
    reseal(b);
  }

  /** The bytes reach the verifier alike from a heap snapshot, small windows and a file mapped in place. */
  @Test
  void windowsAndMappingsVerifyAlike(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter w = new ImageWriter(Channels.newChannel(bytes), ImageHeader.of("container", 1, 0x1234L, SCHEMA, 42L),
        new SchemaFields(new FieldEntry[0]), new SchemaEnums(new EnumValue[0]), KEYS.getPrivate());
    for (int i = 0; i < 300; i++) {
      w.beginSection("s" + i);
    }
    w.finish();
    byte[] b = bytes.toByteArray();
    Path good = Files.write(dir.resolve("good.ckpt"), b);
    byte[] changed = b.clone();
    changed[40] ^= 1;  // in the header's created_ns, which no framing rule checks
    Path bad = Files.write(dir.resolve("bad.ckpt"), reseal(changed));
    String want = mapped(changed, KEYS.getPublic());
    assertTrue(want.contains("the signature does not match"), want);
    for (Path p : new Path[] {good, bad}) {
      String expected = p == good ? null : want;
      try (ImageReader r = ImageReader.open(p, 256, 1024)) {
        assertTrue(r.size() > 4 * 1024, "several windows");
        assertEquals(expected, verdict(r));
      }
      try (ImageReader r = ImageReader.openMapped(p)) {
        assertEquals(expected, verdict(r));
      }
    }
  }

  private static String verdict(ImageReader r) {
    try {
      r.verify(KEYS.getPublic());
      return null;
    } catch (CkptFormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void signingAnImageSignsItsBytesAndReplacesAnOldSignature(@TempDir Path dir) throws Exception {
    Path unsigned = Files.write(dir.resolve("u.ckpt"), image(null));
    Path signed = dir.resolve("s.ckpt");
    Trailer t = Signing.sign(unsigned, signed, KEYS.getPrivate());
    assertEquals(Files.size(signed) - TrailerCodec.SIZE, t.totalLength());
    assertArrayEquals(image(KEYS.getPrivate()), Files.readAllBytes(signed), "the same bytes as a writer that signs");
    assertNull(mapped(Files.readAllBytes(signed), KEYS.getPublic()));
    Signing.sign(signed, signed, OTHER.getPrivate());
    byte[] again = Files.readAllBytes(signed);
    assertEquals(Files.size(unsigned) + Signing.RECORD_SIZE, again.length, "the old signature is replaced");
    assertNull(mapped(again, OTHER.getPublic()));
    assertTrue(mapped(again, KEYS.getPublic()).contains("not by the required key"));
  }

  @Test
  void keysReadFromDerAndPem(@TempDir Path dir) throws Exception {
    Path pemPriv = Files.writeString(dir.resolve("k.pem"), Signing.pem(KEYS.getPrivate()));
    Path pemPub = Files.writeString(dir.resolve("k.pub.pem"), Signing.pem(KEYS.getPublic()));
    Path derPriv = Files.write(dir.resolve("k.der"), KEYS.getPrivate().getEncoded());
    Path derPub = Files.write(dir.resolve("k.pub.der"), KEYS.getPublic().getEncoded());
    assertArrayEquals(KEYS.getPrivate().getEncoded(), Signing.readPrivateKey(pemPriv).getEncoded());
    assertArrayEquals(KEYS.getPrivate().getEncoded(), Signing.readPrivateKey(derPriv).getEncoded());
    assertArrayEquals(KEYS.getPublic().getEncoded(), Signing.readPublicKey(pemPub).getEncoded());
    assertArrayEquals(KEYS.getPublic().getEncoded(), Signing.readPublicKey(derPub).getEncoded());
    assertArrayEquals(KEYS.getPublic().getEncoded(), Signing.publicKeyOf(KEYS.getPrivate()).getEncoded());
    // an OpenSSL key (openssl genpkey -algorithm ed25519; RFC 8410's example key)
    Path openssl = Files.writeString(dir.resolve("o.pem"), "-----BEGIN PRIVATE KEY-----\n"
        + "MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n-----END PRIVATE KEY-----\n");
    PrivateKey o = Signing.readPrivateKey(openssl);
    // RFC 8410 section 10.1: the public key of that private key
    assertEquals("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1",
        java.util.HexFormat.of().formatHex(Signing.raw(Signing.publicKeyOf(o))));

    InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> Signing.readPublicKey(pemPriv));
    assertEquals("a PEM file of a PRIVATE KEY, not of a PUBLIC KEY", e.getMessage());
    assertThrows(InvalidKeyException.class, () -> Signing.readPrivateKey(derPub));
    assertThrows(InvalidKeyException.class, () -> Signing.readPublicKey(Files.write(dir.resolve("junk"), new byte[] {1, 2, 3})));
    KeyPair rsa = java.security.KeyPairGenerator.getInstance("EC").generateKeyPair();
    assertThrows(InvalidKeyException.class, () -> Signing.readPublicKey(Files.write(dir.resolve("ec"), rsa.getPublic().getEncoded())));
    assertThrows(IllegalArgumentException.class, () -> mapped(image(null), rsa.getPublic()));
  }
}
