package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.demo.RecordFile;
import org.ckptgen.example.demo.RecordText;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.runtime.LittleEndian;
import org.junit.jupiter.api.Test;

/** Every example record survives encode then decode, byte-exact in the format's details. */
class CodecRoundTripTest {
  static final Cred CRED = new Cred(1000, 1001, 1002, 1003, 2000, 2001, 2002, 0xfffffffe, 2, 3,
      new Capabilities(1, 2, 3, -1L, 0x2f));

  @Test
  void everySampleRecordComesBackEqual() throws Exception {
    for (List<Record> records : List.of(Samples.container(), Samples.edges())) {
      List<Record> back = RecordFile.decode(RecordFile.encode(records));
      assertEquals(records.size(), back.size());
      for (int i = 0; i < records.size(); i++) {
        // records holding arrays are compared by value through their full text form
        assertEquals(RecordText.of(records.get(i)), RecordText.of(back.get(i)), "record " + i);
        assertEquals(records.get(i).getClass(), back.get(i).getClass());
      }
    }
  }

  @Test
  void credIsLinuxCrs88ByteRecord() throws Exception {
    assertEquals(88, CredCodec.SIZE);
    ByteBuffer buf = ByteBuffer.allocate(88);
    assertEquals(88, CredCodec.INSTANCE.encode(CRED, buf, 0));
    assertEquals(0x0101, LittleEndian.getInt(buf, 0), "type");
    assertEquals(88, LittleEndian.getInt(buf, 4), "len");
    assertEquals(1000, LittleEndian.getInt(buf, 8), "uid at 8");
    assertEquals(0xfffffffe, LittleEndian.getInt(buf, 36), "fsgid at 36");
    assertEquals(2, LittleEndian.getInt(buf, 40), "user_ref at 40");
    assertEquals(-1L, LittleEndian.getLong(buf, 72), "cap_s.cap_bset_mask at 48 + 24");
    assertEquals(0x2f, LittleEndian.getInt(buf, 80), "cap_s.securebits at 48 + 32");
    assertEquals(0, LittleEndian.getInt(buf, 84), "cap_s padding");
    assertEquals(CRED, CredCodec.INSTANCE.decode(buf, 0));
  }

  @Test
  void groupinfoOf32GroupsIs16Plus128Bytes() throws Exception {
    int[] groups = new int[32];
    Arrays.setAll(groups, i -> 100 + 3 * i);
    GroupInfo g = new GroupInfo(groups);
    assertEquals(16 + 128, GroupInfoCodec.INSTANCE.encodedLength(g));
    ByteBuffer buf = ByteBuffer.allocate(144);
    assertEquals(144, GroupInfoCodec.INSTANCE.encode(g, buf, 0));
    assertEquals(32, LittleEndian.getInt(buf, 8), "ngroups");
    assertEquals(100 + 3 * 31, LittleEndian.getInt(buf, 16 + 4 * 31), "groups[31]");
    assertEquals(Arrays.toString(groups), Arrays.toString(GroupInfoCodec.INSTANCE.decode(buf, 0).groups()));
  }

  @Test
  void sameBytesWhateverTheBufferOrderKindOrOffset() throws Exception {
    ByteBuffer reference = ByteBuffer.allocate(88);
    CredCodec.INSTANCE.encode(CRED, reference, 0);
    for (ByteBuffer buf : List.of(ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN),
        ByteBuffer.allocateDirect(200), ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN))) {
      assertEquals(88, CredCodec.INSTANCE.encode(CRED, buf, 40));
      assertEquals(reference, buf.slice(40, 88), buf.toString());
      assertEquals(CRED, CredCodec.INSTANCE.decode(buf, 40));
      assertEquals(0, buf.position(), "the codec leaves the buffer's position alone");
    }
  }

  @Test
  void paddingIsWrittenAsZeroOverOldBytes() {
    ByteBuffer buf = ByteBuffer.allocate(88);
    for (int i = 0; i < 88; i++) {
      buf.put(i, (byte) 0xff);
    }
    CredCodec.INSTANCE.encode(CRED, buf, 0);
    assertEquals(0, LittleEndian.getInt(buf, 84), "cap_s.__pad1 over 0xff bytes");
  }
}
