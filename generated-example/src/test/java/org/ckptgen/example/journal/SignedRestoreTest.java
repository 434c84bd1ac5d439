package org.ckptgen.example.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32C;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.Signing;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dispatch built with a signing key writes signed images; one that requires a key restores only
 * those, and refuses every other image before any hook runs: unsigned, another key's, any byte
 * changed (the CRC32C re-sealed, so that the signature is what refuses), a signature record out of
 * its place. The typed reader given the key refuses them before it visits a record.
 */
class SignedRestoreTest {
  private static final KeyPair KEYS = Signing.generate();
  private static final KeyPair OTHER = Signing.generate();

  private final Journal journal = new Journal();
  private final JournalImageDispatch signer = JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 1))
      .beta(new BetaSubsystem(journal, 2)).gamma(new GammaSubsystem(journal, 3)).signWith(KEYS.getPrivate()).build();
  private final JournalImageDispatch unsigned = JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 1))
      .beta(new BetaSubsystem(journal, 2)).gamma(new GammaSubsystem(journal, 3)).build();
  private final JournalImageDispatch strict = JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 0))
      .beta(new BetaSubsystem(journal, 0)).gamma(new GammaSubsystem(journal, 0)).requireSignature(KEYS.getPublic())
      .build();

  private Path checkpoint(JournalImageDispatch d, Path file) throws Exception {
    d.checkpoint(file);
    journal.calls.clear();
    return file;
  }

  /** Restores {@code image} with the strict dispatch: the exception's text, or null when it restored. */
  private String refusal(Path image) {
    journal.calls.clear();
    try {
      strict.restore(image, Caller.privileged(), Set.of());
      return null;
    } catch (CkptFormatException e) {
      assertEquals(List.of(), journal.calls, "a hook ran on a refused image: " + e.getMessage());
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError("neither restored nor refused as a bad image: " + e, e);
    }
  }

  private static byte[] reseal(byte[] b) {
    int t = b.length - 40;
    CRC32C crc = new CRC32C();
    crc.update(b, 0, t);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(t + 32, (int) crc.getValue());
    return b;
  }

  @Test
  void aSignedImageRestoresWhereItsKeyIsRequired(@TempDir Path dir) throws Exception {
    Path image = checkpoint(signer, dir.resolve("signed.ckpt"));
    assertEquals(null, refusal(image));
    assertEquals(List.of("restore alpha", "restore beta", "restore gamma"), journal.calls);
    // a dispatch that requires nothing restores it too, its signature unchecked
    journal.calls.clear();
    unsigned.restore(image, Caller.privileged(), Set.of());
    assertEquals(3, journal.calls.size());
    try (ImageReader r = ImageReader.open(image)) {
      r.verify(KEYS.getPublic());
      assertEquals(Signing.hex(Signing.keyId(KEYS.getPublic())), Signing.keyIdOf(r).orElseThrow());
    }
  }

  @Test
  void unsignedAndOtherKeysImagesAreRefusedBeforeAnyHook(@TempDir Path dir) throws Exception {
    Path plain = checkpoint(unsigned, dir.resolve("plain.ckpt"));
    String id = Signing.hex(Signing.keyId(KEYS.getPublic()));
    assertEquals("at offset " + (Files.size(plain) - 40) + ", record type 0x4: the image is not signed; a signature by key "
        + id + " is required", refusal(plain));
    JournalImageDispatch other = JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 1))
        .beta(new BetaSubsystem(journal, 2)).gamma(new GammaSubsystem(journal, 3)).signWith(OTHER.getPrivate()).build();
    Path theirs = checkpoint(other, dir.resolve("theirs.ckpt"));
    assertTrue(refusal(theirs).endsWith("the image is signed by key " + Signing.hex(Signing.keyId(OTHER.getPublic()))
        + ", not by the required key " + id), refusal(theirs));
    // the typed reader, given the key, visits nothing of either
    for (Path p : List.of(plain, theirs)) {
      List<Long> visited = new ArrayList<>();
      assertThrows(CkptFormatException.class, () -> JournalImageReader.read(p, new JournalImageReader.Visitor() {
        @Override
        public void other(RecordView record, org.ckptgen.image.ImageLayout layout) {
          visited.add(record.position());
        }
      }, KEYS.getPublic()));
      assertEquals(List.of(), visited);
    }
    assertThrows(IllegalArgumentException.class,
        () -> JournalImageDispatch.builder().requireSignature(java.security.KeyPairGenerator.getInstance("EC")
            .generateKeyPair().getPublic()));
  }

  /**
   * Bytes changed at random (seed printed; image/'s SigningTest sweeps every byte of a small image),
   * CRC32C re-sealed before the trailer: refused, no hook run.
   */
  @Test
  void everySingleByteChangeIsRefusedBeforeAnyHook(@TempDir Path dir) throws Exception {
    long seed = Long.getLong("ckptgen.signing.seed", System.nanoTime());
    System.out.println("SignedRestoreTest seed " + seed + " (-Dckptgen.signing.seed=" + seed + " repeats it)");
    Random random = new Random(seed);
    Path image = checkpoint(signer, dir.resolve("signed.ckpt"));
    byte[] b = Files.readAllBytes(image);
    int s = b.length - 40 - Signing.RECORD_SIZE;
    Path m = dir.resolve("m.ckpt");
    int bySignature = 0;
    // every byte of the signature record and the trailer, and 300 anywhere (each a restore: time)
    List<Integer> positions = new ArrayList<>();
    for (int i = s; i < b.length; i++) {
      positions.add(i);
    }
    for (int k = 0; k < 300; k++) {
      positions.add(random.nextInt(b.length));
    }
    for (int i : positions) {
      byte[] c = b.clone();
      c[i] ^= (byte) (1 + random.nextInt(255));
      if (i < b.length - 40) {
        reseal(c);
      }
      Files.write(m, c);
      String why = refusal(m);
      if (why == null) {
        fail("byte " + i + " changed is restored (seed " + seed + ")");
      }
      if (why.startsWith("at offset " + (s + 32) + ", record type 0x8: the signature does not match")) {
        bySignature++;
      }
    }
    assertTrue(bySignature > 150, "the signature refuses most changes under a re-sealed CRC32C: " + bySignature);
  }

  @Test
  void aSignatureRecordOutOfPlaceOrOfAnotherLengthIsRefused(@TempDir Path dir) throws Exception {
    byte[] b = Files.readAllBytes(checkpoint(signer, dir.resolve("signed.ckpt")));
    int t = b.length - 40;
    int s = t - Signing.RECORD_SIZE;
    // twice: the same record again before the trailer
    byte[] two = new byte[b.length + Signing.RECORD_SIZE];
    System.arraycopy(b, 0, two, 0, t);
    System.arraycopy(b, s, two, t, Signing.RECORD_SIZE);
    System.arraycopy(b, t, two, t + Signing.RECORD_SIZE, 40);
    fixTrailer(two, 1);
    String notLast = "at offset " + s + ", record type 0x8: the signature record is not the last record before the trailer";
    assertEquals(notLast, refusal(Files.write(dir.resolve("two.ckpt"), two)));
    // not last: moved before the last section's records
    byte[] moved = Arrays.copyOf(b, b.length);
    int lastSection = lastSection(b, s);
    System.arraycopy(b, s, moved, lastSection, Signing.RECORD_SIZE);
    System.arraycopy(b, lastSection, moved, lastSection + Signing.RECORD_SIZE, s - lastSection);
    reseal(moved);
    assertEquals("at offset " + lastSection + ", record type 0x8: the signature record is not the last record before "
        + "the trailer", refusal(Files.write(dir.resolve("moved.ckpt"), moved)));
    // longer: 8 more bytes, which the signature would not cover
    byte[] longer = new byte[b.length + 8];
    System.arraycopy(b, 0, longer, 0, t);
    System.arraycopy(b, t, longer, t + 8, 40);
    ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putInt(s + 4, 104);
    fixTrailer(longer, 0);
    assertEquals("at offset " + (s + 4) + ", record type 0x8: a signature record is 96 bytes; this one's length is 104",
        refusal(Files.write(dir.resolve("longer.ckpt"), longer)));
  }

  /** Where the last section record before {@code end} starts. */
  private static int lastSection(byte[] b, int end) {
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int last = -1;
    for (int at = 0; at < end; at = (at + le.getInt(at + 4) + 7) & ~7) {
      if (le.getInt(at) == 0x0002) {
        last = at;
      }
    }
    return last;
  }

  private static void fixTrailer(byte[] b, int added) {
    int t = b.length - 40;
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    le.putLong(t + 16, le.getLong(t + 16) + added);
    le.putLong(t + 24, t);
    reseal(b);
  }
}
