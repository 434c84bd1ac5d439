package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ckptgen.example.bulk.BulkImageSchema;
import org.ckptgen.example.bulk.Page;
import org.ckptgen.example.huge.HugeImageSchema;
import org.ckptgen.example.journal.JournalImageSchema;
import org.ckptgen.example.large.LargeImageSchema;
import org.ckptgen.example.large.LargeImages;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.SchemaEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's test sources are one build with four image roots (journal, bulk, huge, large):
 * each image holds the structs its subsystems reach, or, for large (no subsystems), those its
 * root lists, and none of another's; so each has its own schema and fingerprint, and a writer of
 * one kind refuses a shared object of another's record, which no reader of the kind would take.
 */
class ImageKindsTest {
  private static Set<String> names(SchemaEntry[] entries) {
    return Arrays.stream(entries).map(SchemaEntry::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void eachRootOfTheBuildHoldsItsOwnStructs() {
    assertEquals(Set.of("ckpt_hdr_entry", "ckpt_hdr_state"), names(JournalImageSchema.entries()));
    assertEquals(Set.of("ckpt_hdr_memory_state", "ckpt_hdr_page"), names(BulkImageSchema.entries()));
    assertEquals(Set.of("ckpt_hdr_big_page"), names(HugeImageSchema.entries()));
    assertEquals(LargeImages.COUNT, LargeImageSchema.entries().length);
    assertNull(JournalImageSchema.codec(BulkImageSchema.PAGE.type()));
    assertNotNull(BulkImageSchema.codec(BulkImageSchema.PAGE.type()));
    Set<Long> fingerprints = Set.of(JournalImageSchema.FINGERPRINT, BulkImageSchema.FINGERPRINT,
        HugeImageSchema.FINGERPRINT, LargeImageSchema.FINGERPRINT);
    assertEquals(4, fingerprints.size());
  }

  @Test
  void aWriterRefusesASharedObjectOfAnotherImagesRecord(@TempDir Path dir) throws Exception {
    try (FileChannel out = FileChannel.open(dir.resolve("mixed.ckpt"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ImageWriter w = JournalImageSchema.writer(out, 0);
      w.beginSection("alpha");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> w.writeObject(BulkImageSchema.PAGE, new Page(4096, ByteBuffer.allocate(8))));
      assertEquals("a shared object of record type 0x301, which image \"journal\" does not hold (its schema table does"
          + " not list it), so no reader would take the image; refer to the struct by @ObjRef from a state record of"
          + " the image, or list it in @CheckpointImage(structs = ...)", e.getMessage());
      assertNotEquals(0, w.writeObject(JournalImageSchema.ENTRY, new org.ckptgen.example.journal.Entry("held")));
    }
  }
}
