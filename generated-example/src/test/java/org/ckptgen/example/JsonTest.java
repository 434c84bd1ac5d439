package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.MemoryPage;
import org.ckptgen.example.container.MemoryPageCodec;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.Task;
import org.ckptgen.example.container.TaskCodec;
import org.ckptgen.example.demo.Samples;
import org.junit.jupiter.api.Test;

/** Records as JSON, keyed by their C member names, field by field. */
class JsonTest {
  private static String json(Record r) {
    StringBuilder out = new StringBuilder();
    ContainerImageSchema.json(ContainerImageSchema.codecOf(r).type(), r, out);
    return out.toString();
  }

  @Test
  void aCredWithItsNestedCapabilitiesAndUnsignedIds() {
    StringBuilder out = new StringBuilder();
    CredCodec.INSTANCE.json(CodecRoundTripTest.CRED, out);
    assertEquals("{\"uid\":1000,\"suid\":1001,\"euid\":1002,\"fsuid\":1003,\"gid\":2000,\"sgid\":2001,\"egid\":2002,"
        + "\"fsgid\":4294967294,\"user_ref\":2,\"groupinfo_ref\":3,\"cap_s\":{\"cap_i_mask\":1,\"cap_p_mask\":2,"
        + "\"cap_e_mask\":3,\"cap_bset_mask\":18446744073709551615,\"securebits\":47}}", out.toString());
  }

  @Test
  void enumsStringsBooleansArraysAndPayloads() {
    StringBuilder label = new StringBuilder();
    LsmLabelCodec.INSTANCE.json(new LsmLabel(SecType.FILE, "a \"quoted\" \\ label\n"), label);
    assertEquals("{\"sectype\":\"FILE\",\"label\":\"a \\\"quoted\\\" \\\\ label\\n\"}", label.toString());

    StringBuilder task = new StringBuilder();
    TaskCodec.INSTANCE.json(new Task(7, (byte) 0x81, -1L, true, -2, (short) 0xffff, "sh", new int[] {1, -1}), task);
    assertEquals("{\"pid\":7,\"state\":129,\"start_time\":18446744073709551615,\"frozen\":true,\"exit_code\":-2,"
        + "\"exit_signal\":65535,\"comm\":\"sh\",\"blocked_signals\":[1,4294967295]}", task.toString());

    StringBuilder page = new StringBuilder();
    MemoryPageCodec.INSTANCE.json(new MemoryPage(4096, 3, ByteBuffer.wrap(new byte[] {0, 15, (byte) 0xfe})), page);
    assertEquals("{\"address\":4096,\"prot\":3,\"data\":\"000ffe\"}", page.toString());
  }

  @Test
  void everySampleRecordThroughTheSchema() {
    for (Record r : Samples.container()) {
      String text = json(r);
      assertTrue(text.startsWith("{\"") && text.endsWith("}"), text);
      assertEquals(text.chars().filter(c -> c == '{').count(), text.chars().filter(c -> c == '}').count(), text);
    }
    assertThrows(IllegalArgumentException.class, () -> ContainerImageSchema.json(0x7777, "x", new StringBuilder()));
  }
}
