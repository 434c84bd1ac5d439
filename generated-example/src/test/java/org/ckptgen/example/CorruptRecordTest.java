package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.Task;
import org.ckptgen.example.container.TaskCodec;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.container.UtsNsCodec;
import org.ckptgen.example.demo.RecordFile;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad record of DESIGN.md section 6 is one CkptFormatException that says where
 * (offset, record type) and why; nothing else ever escapes a decoder.
 */
class CorruptRecordTest {
  interface Decoder {
    Object decode(ByteBuffer buf, int at) throws CkptFormatException;
  }

  /** Encodes a valid record with {@code write}, spoils it with {@code spoil}, and returns what decoding raised. */
  private static CkptFormatException rejected(int size, Consumer<ByteBuffer> write, Consumer<ByteBuffer> spoil, Decoder decoder) {
    ByteBuffer buf = ByteBuffer.allocate(size);
    write.accept(buf);
    spoil.accept(buf);
    return assertThrows(CkptFormatException.class, () -> decoder.decode(buf, 0));
  }

  private static void assertError(CkptFormatException e, long offset, int type, String reason) {
    assertEquals(reason, e.reason());
    assertEquals(offset, e.offset(), "offset of: " + reason);
    assertEquals(type, e.recordType(), "record type of: " + reason);
  }

  private static final Cred CRED = CodecRoundTripTest.CRED;
  private static final Task TASK = new Task(1, (byte) 1, 5, true, 0, (short) 17, "init", new int[] {1, 2});

  private static Consumer<ByteBuffer> groups(int... ids) {
    return b -> GroupInfoCodec.INSTANCE.encode(new GroupInfo(ids), b, 0);
  }

  private static Consumer<ByteBuffer> label(String text) {
    return b -> LsmLabelCodec.INSTANCE.encode(new LsmLabel(SecType.FILE, text), b, 0);
  }

  @Test
  void everyTruncationIsAFormatError() throws CkptFormatException {
    ByteBuffer full = ByteBuffer.allocate(88);
    CredCodec.INSTANCE.encode(CRED, full, 0);
    for (int n = 0; n < 88; n++) {
      ByteBuffer prefix = full.slice(0, n);
      CkptFormatException e = assertThrows(CkptFormatException.class, () -> CredCodec.INSTANCE.decode(prefix, 0), "prefix " + n);
      assertEquals(n < 8 ? 0 : 4, e.offset(), e.getMessage());
    }
    assertEquals(CRED, CredCodec.INSTANCE.decode(full, 0));
  }

  @Test
  void badHeaders() {
    Consumer<ByteBuffer> cred = b -> CredCodec.INSTANCE.encode(CRED, b, 0);
    assertError(rejected(88, cred, b -> LittleEndian.putInt(b, 0, 0x0102), CredCodec.INSTANCE::decode),
        0, 0x0102, "expected a ckpt_hdr_cred record (type 0x101)");
    assertError(rejected(88, cred, b -> LittleEndian.putInt(b, 4, 80), CredCodec.INSTANCE::decode),
        4, 0x0101, "record length 80 is shorter than the 88 bytes of ckpt_hdr_cred");
    assertError(rejected(88, cred, b -> LittleEndian.putInt(b, 4, 96), CredCodec.INSTANCE::decode),
        4, 0x0101, "record length 96 is over the 88 bytes left");
  }

  @Test
  void countsOverTheirBoundOrOverTheBytesPresent() {
    assertError(rejected(32, groups(1, 2), b -> LittleEndian.putInt(b, 8, 65537), GroupInfoCodec.INSTANCE::decode),
        8, 0x0102, "ckpt_hdr_groupinfo.ngroups 65537 is over its bound 65536");
    // ngroups 1000 in a 24-byte record: refused before an array of 1000 is allocated
    assertError(rejected(24, groups(1, 2), b -> LittleEndian.putInt(b, 8, 1000), GroupInfoCodec.INSTANCE::decode),
        8, 0x0102, "ckpt_hdr_groupinfo.ngroups 1000 needs 4000 bytes; the record has 8 left");
    assertError(rejected(24, label("abc"), b -> LittleEndian.putInt(b, 12, -1), LsmLabelCodec.INSTANCE::decode),
        12, 0x0105, "ckpt_hdr_lsm.label_len 4294967295 is over its bound 4096");
  }

  @Test
  void badValues() {
    Consumer<ByteBuffer> task = b -> TaskCodec.INSTANCE.encode(TASK, b, 0);
    assertError(rejected(64, task, b -> b.put(14, (byte) 1), TaskCodec.INSTANCE::decode),
        14, 0x0107, "ckpt_hdr_task.__pad1 byte 1 is 0x01; padding must be zero");
    assertError(rejected(64, task, b -> b.put(24, (byte) 2), TaskCodec.INSTANCE::decode),
        24, 0x0107, "ckpt_hdr_task.frozen is 2; a boolean must be 0 or 1");
    assertError(rejected(24, label("abc"), b -> b.put(8, (byte) 9), LsmLabelCodec.INSTANCE::decode),
        8, 0x0105, "ckpt_hdr_lsm.sectype has code 9, which is no constant of its enum");
    assertError(rejected(88, b -> CredCodec.INSTANCE.encode(CRED, b, 0), b -> LittleEndian.putInt(b, 44, -3), CredCodec.INSTANCE::decode),
        44, 0x0101, "ckpt_hdr_cred.groupinfo_ref is -3; an objref is 0 (none) or a positive id");
    assertError(rejected(88, b -> CredCodec.INSTANCE.encode(CRED, b, 0), b -> b.put(87, (byte) 1), CredCodec.INSTANCE::decode),
        87, 0x0101, "ckpt_capabilities.__pad1 byte 3 is 0x01; padding must be zero");
  }

  @Test
  void stringsWithoutTheirTerminatorOrWithJunk() {
    Consumer<ByteBuffer> uts = b -> UtsNsCodec.INSTANCE.encode(new UtsNs("Linux", "h", "r", "v", "m", "d"), b, 0);
    assertError(rejected(400, uts, b -> { for (int i = 8; i < 73; i++) b.put(i, (byte) 'a'); }, UtsNsCodec.INSTANCE::decode),
        8, 0x0106, "ckpt_hdr_utsns.sysname has no NUL terminator in its 65 bytes");
    assertError(rejected(400, uts, b -> b.put(20, (byte) 'x'), UtsNsCodec.INSTANCE::decode),
        20, 0x0106, "ckpt_hdr_utsns.sysname (after its NUL) byte 7 is 0x78; padding must be zero");
    assertError(rejected(24, label("abc"), b -> b.put(19, (byte) '!'), LsmLabelCodec.INSTANCE::decode),
        19, 0x0105, "ckpt_hdr_lsm.label is not NUL-terminated");
    assertError(rejected(24, label("abc"), b -> b.put(17, (byte) 0), LsmLabelCodec.INSTANCE::decode),
        17, 0x0105, "ckpt_hdr_lsm.label has a NUL at byte 1 of its 3");
    assertError(rejected(24, label("abc"), b -> b.put(17, (byte) 0xc3), LsmLabelCodec.INSTANCE::decode),
        16, 0x0105, "ckpt_hdr_lsm.label is not valid UTF-8");
  }

  @Test
  void unsortedGroups() {
    assertError(rejected(32, groups(1, 2, 3), b -> LittleEndian.putInt(b, 24, 0), GroupInfoCodec.INSTANCE::decode),
        24, 0x0102, "ckpt_hdr_groupinfo.groups is not sorted: element 2 is below element 1");
  }

  /**
   * Random damage to every sample record: flipped bytes, truncation, random lengths and counts.
   * A decoder returns or raises CkptFormatException; any other throwable fails the test.
   */
  @Test
  void randomDamageOnlyEverRaisesCkptFormatException() {
    Random random = new Random(20261124);
    List<List<Record>> sets = List.of(Samples.container(), Samples.edges());
    int rejected = 0;
    for (int round = 0; round < 4000; round++) {
      List<Record> records = sets.get(round % 2);
      ByteBuffer image = RecordFile.encode(records);
      byte[] bytes = image.array().clone();
      switch (random.nextInt(4)) {
        case 0:
          for (int k = 1 + random.nextInt(4); k > 0; k--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
          }
          break;
        case 1:
          bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
          break;
        default:
          // a random len or count: any 4-byte field at a 4-byte boundary
          int at = 4 * random.nextInt(bytes.length / 4);
          int value = random.nextBoolean() ? random.nextInt() : random.nextInt(1 << 17);
          ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(at, value);
      }
      try {
        RecordFile.decode(ByteBuffer.wrap(bytes));
      } catch (CkptFormatException e) {
        rejected++;
      } catch (Throwable t) {
        fail("round " + round + ": " + t, t);
      }
    }
    assertTrue(rejected > 2000, "most damage is caught; rejected " + rejected + " of 4000");
  }
}
