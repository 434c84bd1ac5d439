package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Signing;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.processor.Gcc;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The C reader on signed images, built without libsodium (it reports the signature and its key id)
 * and with it ({@code -DCKPTGEN_WITH_SODIUM}: it checks the signature): a Java-signed image
 * verifies in C, prints the text ckpt dump prints, and a changed byte, another key or an unsigned
 * image is refused with the offset and the reason of the Java readers. Both builds run under
 * AddressSanitizer and UBSan. libsodium-dev is required (.ci/run installs it): no skipping.
 */
class SignedCReaderTest {
  private static final KeyPair KEYS = Signing.generate();
  private static final KeyPair OTHER = Signing.generate();
  private static final List<String> ASAN = List.of("-m64", "-g", "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all", "-fno-omit-frame-pointer");
  private static Path plain;
  private static Path sodium;
  private static Path signedImage;
  private static Path unsignedImage;
  private static Path pem;
  private static Path der;
  private static Path otherPem;

  @BeforeAll
  static void build() throws Exception {
    Path work = CTool.work();
    plain = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), work.resolve("ckptinfo_unsigned_asan"),
        ASAN.toArray(new String[0]));
    sodium = work.resolve("ckptinfo_sodium_asan");
    List<String> command = new ArrayList<>(List.of("gcc"));
    command.addAll(Gcc.STRICT);
    command.addAll(ASAN);
    command.addAll(List.of("-DCKPTGEN_WITH_SODIUM", "-I" + CTool.INCLUDE, "-o", sodium.toString(),
        CTool.MAIN_C.resolve("ckptinfo.c").toString(), "-lsodium"));
    Gcc.Result r = CTool.run(command);
    assertTrue(r.ok(), "ckptinfo with libsodium (Debian: libsodium-dev) does not build: " + r.err());
    signedImage = work.resolve("signed.ckpt");
    unsignedImage = work.resolve("unsigned-for-signing.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(unsignedImage);
    Signing.sign(unsignedImage, signedImage, KEYS.getPrivate());
    pem = Files.writeString(work.resolve("key.pub.pem"), Signing.pem(KEYS.getPublic()));
    der = Files.write(work.resolve("key.pub.der"), KEYS.getPublic().getEncoded());
    otherPem = Files.writeString(work.resolve("other.pub.pem"), Signing.pem(OTHER.getPublic()));
  }

  private static Gcc.Result run(Path program, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(args));
    Gcc.Result r = CTool.run(command);
    assertFalse(r.err().contains("Sanitizer") || r.err().contains("runtime error"), r.err());
    return r;
  }

  /** The Java verdict with {@code key} required: null, or the message. */
  private static String java(Path image, PublicKey key) throws Exception {
    try (ImageReader r = ImageReader.open(image)) {
      r.verify(key);
      return null;
    } catch (CkptFormatException e) {
      return e.getMessage();
    }
  }

  /** The C verdict with the key in {@code keyFile}: null, or the message after "ckptinfo: FILE: ". */
  private static String c(Path image, Path keyFile) throws Exception {
    Gcc.Result r = run(sodium, "--key", keyFile.toString(), image.toString());
    if (r.exit() == 0) {
      return null;
    }
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    String prefix = "ckptinfo: " + image + ": ";
    assertTrue(r.err().startsWith(prefix), r.err());
    return r.err().substring(prefix.length()).strip();
  }

  @Test
  void aJavaSignedImageVerifiesInCAndPrintsWhatJavaPrints() throws Exception {
    String dump;
    try (ImageReader r = ImageReader.open(signedImage)) {
      r.verify(KEYS.getPublic());
      dump = ImageDump.text(r);
    }
    assertTrue(dump.contains(" ckpt_hdr_signature {\"algorithm\":1,\"flags\":0,\"key_id\":["), dump);
    String id = Signing.hex(Signing.keyId(KEYS.getPublic()));
    for (Path key : List.of(pem, der)) {
      Gcc.Result r = run(sodium, "--key", key.toString(), signedImage.toString());
      assertEquals(0, r.exit(), r.err());
      assertEquals(dump, r.out());
      assertEquals("ckptinfo: " + signedImage + ": signed by key " + id + "; the signature is valid\n", r.err());
    }
    for (Path program : List.of(plain, sodium)) {
      Gcc.Result r = run(program, signedImage.toString());
      assertEquals(0, r.exit(), r.err());
      assertEquals(dump, r.out());
      assertEquals("ckptinfo: " + signedImage + ": signed by key " + id + "; the signature was not checked (no --key)\n",
          r.err());
    }
    Gcc.Result refused = run(plain, "--key", pem.toString(), signedImage.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("built without libsodium"), refused.err());
    Gcc.Result notAKey = run(sodium, "--key", signedImage.toString(), signedImage.toString());
    assertEquals(2, notAKey.exit());
    assertEquals("ckptinfo: " + signedImage + ": not an Ed25519 public key (X.509, DER or PEM)\n", notAKey.err());
    // an unsigned image prints as before: no signature line, nothing on stderr
    Gcc.Result u = run(plain, unsignedImage.toString());
    assertEquals(0, u.exit());
    assertEquals("", u.err());
    assertFalse(u.out().contains("ckpt_hdr_signature"));
  }

  @Test
  void anotherKeyOrAnUnsignedImageIsRefusedAsJavaRefusesIt() throws Exception {
    String other = java(signedImage, OTHER.getPublic());
    assertTrue(other.contains("not by the required key"), other);
    assertEquals(other, c(signedImage, otherPem));
    String unsigned = java(unsignedImage, KEYS.getPublic());
    assertTrue(unsigned.contains("the image is not signed"), unsigned);
    assertEquals(unsigned, c(unsignedImage, pem));
  }

  /**
   * Bytes changed at random (seed printed) and every byte of the signature record and the
   * trailer, the CRC32C re-sealed before the trailer: C refuses each as Java does, same offset;
   * where Java's reason is the signature's, the same words.
   */
  @Test
  void changedBytesAreRefusedAtTheSameOffsetWithTheSameReason() throws Exception {
    long seed = Long.getLong("ckptgen.signing.seed", System.nanoTime());
    System.out.println("SignedCReaderTest seed " + seed + " (-Dckptgen.signing.seed=" + seed + " repeats it)");
    Random random = new Random(seed);
    byte[] good = Files.readAllBytes(signedImage);
    int t = good.length - 40;
    int s = t - Signing.RECORD_SIZE;
    List<Integer> positions = new ArrayList<>();
    for (int i = s; i < good.length; i++) {
      positions.add(i);
    }
    for (int i = 0; i < 120; i++) {
      positions.add(random.nextInt(s));
    }
    Path bad = CTool.work().resolve("signed-bad.ckpt");
    int bySignature = 0;
    for (int at : positions) {
      byte[] m = good.clone();
      m[at] ^= (byte) (1 + random.nextInt(255));
      if (at < t) {
        CRC32C crc = new CRC32C();
        crc.update(m, 0, t);
        ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(t + 32, (int) crc.getValue());
      }
      Files.write(bad, m);
      String j = java(bad, KEYS.getPublic());
      String c = c(bad, pem);
      assertTrue(j != null && c != null, "byte " + at + " changed is accepted: Java " + j + ", C " + c + " (seed " + seed + ")");
      assertEquals(offset(j), offset(c), "byte " + at + ": Java " + j + ", C " + c + " (seed " + seed + ")");
      if (j.contains("record type 0x8") || j.contains("the image is not signed")) {
        assertEquals(j, c, "byte " + at + " (seed " + seed + ")");
        bySignature++;
      }
    }
    assertTrue(bySignature > 100, "most changes reach the signature check: " + bySignature);
  }

  /** "at offset N" of a message. */
  private static String offset(String message) {
    int comma = message.indexOf(',');
    int colon = message.indexOf(':');
    return message.substring(0, comma >= 0 && comma < colon ? comma : colon);
  }
}
