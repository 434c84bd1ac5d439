package org.ckptgen.example.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.CheckpointException;
import org.ckptgen.image.hook.RestoreException;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated dispatch: sorted order, one image, all-or-nothing restore with aborts in reverse. */
class DispatchTest {
  private final Journal journal = new Journal();
  private final AlphaSubsystem alpha = new AlphaSubsystem(journal, 1);
  private final BetaSubsystem beta = new BetaSubsystem(journal, 2);
  private final GammaSubsystem gamma = new GammaSubsystem(journal, 3);
  private final JournalImageDispatch dispatch = JournalImageDispatch.builder().gamma(gamma).alpha(alpha).beta(beta).build();

  /** Fresh subsystems to restore into, logging to the same journal. */
  private final AlphaSubsystem alpha2 = new AlphaSubsystem(journal, 0);
  private final BetaSubsystem beta2 = new BetaSubsystem(journal, 0);
  private final GammaSubsystem gamma2 = new GammaSubsystem(journal, 0);
  private final JournalImageDispatch fresh = JournalImageDispatch.builder().alpha(alpha2).beta(beta2).gamma(gamma2).build();

  private Path checkpoint(Path dir) throws Exception {
    Path image = dir.resolve("journal.ckpt");
    dispatch.checkpoint(image);
    journal.calls.clear();
    return image;
  }

  @Test
  void roundTripInSortedOrderWithSharingKept(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("journal.ckpt");
    dispatch.checkpoint(image);
    assertEquals(List.of("checkpoint alpha", "checkpoint beta", "checkpoint gamma"), journal.calls,
        "sorted by name, whatever the builder's order");
    journal.calls.clear();
    fresh.restore(image, Caller.privileged(), Set.of());
    assertEquals(List.of("restore alpha", "restore beta", "restore gamma"), journal.calls);
    assertEquals(List.of(1, 2, 3), List.of(alpha2.log.restoredValue, beta2.log.restoredValue, gamma2.log.restoredValue));
    assertEquals("shared by all", alpha2.log.restoredLine.toString());
    assertSame(alpha2.log.restoredLine, beta2.log.restoredLine, "one shared object at checkpoint, one after restore");
    assertSame(alpha2.log.restoredLine, gamma2.log.restoredLine);
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      int objrefs = 0;
      for (RecordView v : r.records()) {
        objrefs += v.type() == 0x0003 ? 1 : 0;
      }
      assertEquals(1, objrefs, "the shared entry is written once");
    }
  }

  @Test
  void aRestoreHookReturningEpermInTheMiddleAbortsTheOnesBeforeItInReverse(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    journal.failRestoreOf = "beta";
    RestoreException e = assertThrows(RestoreException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()));
    assertEquals(List.of("restore alpha", "restore beta", "abort alpha"), journal.calls,
        "alpha, restored before beta, is aborted; gamma never runs");
    assertNull(gamma2.log.restoredValue);
    assertEquals("beta", e.subsystem());
    assertEquals(-1, e.code());
    assertEquals(0x0202, e.recordType());
    assertTrue(e.getMessage().startsWith("subsystem \"beta\", record type 0x202 at offset "), e.getMessage());
    assertTrue(e.getMessage().endsWith("the restore hook returned -1 (EPERM)"), e.getMessage());
  }

  @Test
  void aRestoreHookThatThrowsLastAbortsEveryOneBeforeItInReverse(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    journal.failRestoreOf = "gamma";
    journal.failByException = true;
    RestoreException e = assertThrows(RestoreException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()));
    assertEquals(List.of("restore alpha", "restore beta", "restore gamma", "abort alpha"), journal.calls,
        "in reverse: beta (no abort hook), then alpha");
    assertEquals("gamma", e.subsystem());
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  /** Whatever a hook throws, Errors and checked exceptions included: aborts in reverse, one RestoreException. */
  @Test
  void anErrorThrownByAHookAbortsInReverseAndIsOneRestoreException(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    List<Throwable> throwables = List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
        new AssertionError("broken"), new LinkageError("missing class"), new InternalError("a fault"),
        new java.io.IOException("checked, thrown sneakily"), new NullPointerException(),
        new ExceptionInInitializerError("static init"));
    for (Throwable t : throwables) {
      journal.calls.clear();
      journal.failRestoreOf = "gamma";
      journal.failWith = t;
      RestoreException e = assertThrows(RestoreException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()),
          t.toString());
      assertEquals(List.of("restore alpha", "restore beta", "restore gamma", "abort alpha"), journal.calls, t.toString());
      assertEquals("gamma", e.subsystem());
      assertSame(t, e.getCause());
      assertTrue(e.getMessage().startsWith("subsystem \"gamma\", record type 0x202 at offset ")
          && e.getMessage().contains("the restore hook threw " + t.getClass().getName()), e.getMessage());
    }
  }

  @Test
  void aStackOverflowDeepInAHookIsOneRestoreException(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    journal.failRestoreOf = "beta";
    journal.failWith = deepest(0);
    RestoreException e = assertThrows(RestoreException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()));
    assertTrue(e.getCause() instanceof StackOverflowError);
    assertEquals(List.of("restore alpha", "restore beta", "abort alpha"), journal.calls);
  }

  /** A real StackOverflowError, caught where it happened. */
  private static Throwable deepest(int depth) {
    try {
      return deepest(depth + 1);
    } catch (StackOverflowError e) {
      return e;
    }
  }

  @Test
  void aFailedCheckpointLeavesTheOldImageByteIdentical(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    byte[] before = Files.readAllBytes(image);
    journal.failCheckpointOf = "beta";
    alpha.log.value = 100;
    CheckpointException e = assertThrows(CheckpointException.class, () -> dispatch.checkpoint(image));
    assertEquals("beta", e.subsystem());
    assertTrue(e.getCause() instanceof IOException);
    assertArrayEquals(before, Files.readAllBytes(image));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
  }

  @Test
  void aCorruptImageRunsNoHook(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    byte[] bytes = Files.readAllBytes(image);
    // a value byte of the last state record: the framing holds, only the checksum can tell
    bytes[bytes.length - org.ckptgen.image.TrailerCodec.SIZE - 8] ^= 4;
    Files.write(image, bytes);
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()));
    assertTrue(e.reason().startsWith("checksum mismatch"), e.reason());
    assertEquals(List.of(), journal.calls);
  }

  /** Writes an image by hand, as a forger would: valid framing and checksum, bad contents. */
  private static Path forge(Path dir, String[] sections, int entryRef) throws IOException {
    Path file = dir.resolve("forged.ckpt");
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ImageWriter w = JournalImageSchema.writer(out, 0);
      for (String s : sections) {
        w.beginSection(s);
        w.write(JournalImageSchema.STATE, new State(7, entryRef));
      }
      w.finish();
    }
    return file;
  }

  @Test
  void anUnknownObjrefRunsNoHook(@TempDir Path dir) throws Exception {
    Path image = forge(dir, new String[] {"alpha", "beta", "gamma"}, 5);
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()));
    assertEquals("ckpt_hdr_state.entry_ref refers to objref 5, which is unknown or not written before it", e.reason());
    assertEquals(List.of(), journal.calls);
  }

  @Test
  void anObjrefToARecordOfAnotherTypeRunsNoHook(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("confused.ckpt");
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ImageWriter w = JournalImageSchema.writer(out, 0);
      w.beginSection("alpha");
      w.writeObject(JournalImageSchema.STATE, new State(1, 0));  // objref 1 is a State, not an Entry
      w.write(JournalImageSchema.STATE, new State(7, 1));
      w.finish();
    }
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> fresh.restore(file, Caller.privileged(), Set.of()));
    assertEquals("ckpt_hdr_state.entry_ref refers to objref 1, a record of type 0x202, not 0x201", e.reason());
    assertEquals(List.of(), journal.calls);
  }

  /**
   * Forged images, as someone who re-seals the checksum would make them: random bytes changed,
   * the trailer's CRC32C recomputed. Restore either succeeds, or refuses the image before any
   * hook runs, or fails in a hook; nothing else ever escapes.
   */
  @Test
  void forgedImagesNeverHalfRestoreNorEscapeAsAnotherException(@TempDir Path dir) throws Exception {
    byte[] good = Files.readAllBytes(checkpoint(dir));
    java.util.Random random = new java.util.Random(20261124);
    int refused = 0;
    for (int round = 0; round < 400; round++) {
      byte[] bytes = good.clone();
      int trailer = bytes.length - org.ckptgen.image.TrailerCodec.SIZE;
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        bytes[random.nextInt(trailer)] ^= (byte) (1 << random.nextInt(8));
      }
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(bytes, 0, trailer);
      java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(trailer + 32, (int) crc.getValue());
      Path forged = Files.write(dir.resolve("forged" + round + ".ckpt"), bytes);
      journal.calls.clear();
      try {
        fresh.restore(forged, Caller.privileged(), Set.of());
      } catch (CkptFormatException e) {
        refused++;
        assertEquals(List.of(), journal.calls, "round " + round + ": " + e.getMessage());
      } catch (RestoreException e) {
        assertTrue(journal.calls.contains("restore " + e.subsystem()), "round " + round);
      } catch (Throwable t) {
        throw new AssertionError("round " + round + ": " + t, t);
      }
      Files.delete(forged);
    }
    assertTrue(refused > 200, "most forgeries are refused before any hook: " + refused);
  }

  @Test
  void sectionsMustBeEveryoneInSortedOrder(@TempDir Path dir) throws Exception {
    CkptFormatException order = assertThrows(CkptFormatException.class,
        () -> fresh.restore(forge(dir, new String[] {"beta", "alpha", "gamma"}, 0), Caller.privileged(), Set.of()));
    assertEquals("expected the section of \"alpha\", found \"beta\"", order.reason());
    Files.delete(dir.resolve("forged.ckpt"));
    CkptFormatException missing = assertThrows(CkptFormatException.class,
        () -> fresh.restore(forge(dir, new String[] {"alpha", "beta"}, 0), Caller.privileged(), Set.of()));
    assertEquals("the image has no section for subsystem \"gamma\"", missing.reason());
    assertEquals(List.of(), journal.calls);
  }

  @Test
  void restoreFromAChannel(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    try (var in = Channels.newChannel(Files.newInputStream(image))) {
      fresh.restore(in, Caller.privileged(), Set.of());
    }
    assertEquals(3, gamma2.log.restoredValue);
  }

  @Test
  void theBuilderNamesAMissingSubsystem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> JournalImageDispatch.builder().alpha(alpha).gamma(gamma).build());
    assertEquals("the \"beta\" subsystem (BetaSubsystem) was not given to the builder", e.getMessage());
  }
}
