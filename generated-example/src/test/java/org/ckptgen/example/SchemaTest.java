package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.TaskCodec;
import org.ckptgen.example.container.UtsNsCodec;
import org.ckptgen.example.demo.ImageFile;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.image.SchemaEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated schema of the container image: its table, its codecs, its fingerprint in images. */
class SchemaTest {
  private static final Map<String, SchemaEntry> ENTRIES = Arrays.stream(ContainerImageSchema.entries())
      .collect(Collectors.toMap(SchemaEntry::name, Function.identity()));

  @Test
  void theTableListsEveryStructWithItsCodecsNumbers() {
    assertEquals(20, ENTRIES.size(), "16 records and 4 value structs");
    assertEquals(new SchemaEntry(CredCodec.TYPE, CredCodec.SIZE, CredCodec.VERSION, SchemaEntry.SHARED, "ckpt_hdr_cred"),
        ENTRIES.get("ckpt_hdr_cred"));
    assertEquals(new SchemaEntry(GroupInfoCodec.TYPE, 16, 1, SchemaEntry.SHARED | SchemaEntry.VARIABLE, "ckpt_hdr_groupinfo"),
        ENTRIES.get("ckpt_hdr_groupinfo"));
    assertEquals(LsmLabelCodec.SIZE, ENTRIES.get("ckpt_hdr_lsm").size());
    assertEquals(TaskCodec.SIZE, ENTRIES.get("ckpt_hdr_task").size());
    assertEquals(UtsNsCodec.SIZE, ENTRIES.get("ckpt_hdr_utsns").size());
    assertEquals(new SchemaEntry(0, 40, 1, 0, "ckpt_capabilities"), ENTRIES.get("ckpt_capabilities"));
  }

  @Test
  void everySampleRecordFindsItsCodecByClassAndByType() {
    for (Record r : Samples.container()) {
      RecordCodec<Record> byClass = ContainerImageSchema.codecOf(r);
      assertSame(byClass, ContainerImageSchema.codec(byClass.type()), r.getClass().getSimpleName());
      assertEquals(byClass.type(), ENTRIES.values().stream()
          .filter(e -> e.type() == byClass.type()).findFirst().orElseThrow().type());
    }
    assertNull(ContainerImageSchema.codec(0x7777));
    assertThrows(IllegalArgumentException.class, () -> ContainerImageSchema.codecOf(new Unrelated(1)));
  }

  private record Unrelated(int x) {}

  @Test
  void imagesCarryTheSchemaAndItsFingerprint(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.ckpt");
    ImageFile.write(Samples.container(), file, 5L);
    ImageFile.Contents c = ImageFile.read(file);
    assertEquals(ContainerImageSchema.FINGERPRINT, c.header().schemaFingerprint());
    assertEquals("container", c.header().imageName());
    assertEquals(Arrays.asList(ContainerImageSchema.entries()), Arrays.asList(c.header().schema()));
  }
}
