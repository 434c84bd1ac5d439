package org.ckptgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WireTest {
  private static final int TYPE = 0x0102;

  private static ByteBuffer record(int type, int len, int size) {
    ByteBuffer buf = ByteBuffer.allocate(size);
    LittleEndian.putInt(buf, 0, type);
    LittleEndian.putInt(buf, 4, len);
    return buf;
  }

  @Test
  void littleEndianWhateverTheBufferOrder() {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      ByteBuffer buf = ByteBuffer.allocate(16).order(order);
      LittleEndian.putInt(buf, 1, 0x04030201);
      LittleEndian.putLong(buf, 5, 0x0c0b0a0908070605L);
      LittleEndian.putShort(buf, 13, (short) 0x0e0d);
      for (int i = 1; i <= 14; i++) {
        assertEquals(i, buf.get(i), "byte " + i + " with " + order);
      }
      assertEquals(0x04030201, LittleEndian.getInt(buf, 1));
      assertEquals(0x0c0b0a0908070605L, LittleEndian.getLong(buf, 5));
      assertEquals((short) 0x0e0d, LittleEndian.getShort(buf, 13));
      assertEquals(0, buf.position(), "absolute access leaves the position alone");
    }
  }

  @Test
  void readHeaderAcceptsAValidRecordAndALongerOne() throws CkptFormatException {
    assertEquals(16, Wire.readHeader(record(TYPE, 16, 16), 0, TYPE, 16, "ckpt_hdr_x"));
    assertEquals(24, Wire.readHeader(record(TYPE, 24, 32), 0, TYPE, 16, "ckpt_hdr_x"));
  }

  @Test
  void readHeaderRejectsEachBadHeaderWithItsOffset() {
    CkptFormatException shortBuf = assertThrows(CkptFormatException.class,
        () -> Wire.readHeader(ByteBuffer.allocate(13), 8, TYPE, 16, "ckpt_hdr_x"));
    assertEquals(8, shortBuf.offset());
    assertEquals(CkptFormatException.UNKNOWN_TYPE, shortBuf.recordType());
    assertEquals("a record header needs 8 bytes, 5 left", shortBuf.reason());

    CkptFormatException wrongType = assertThrows(CkptFormatException.class,
        () -> Wire.readHeader(record(0x0103, 16, 16), 0, TYPE, 16, "ckpt_hdr_x"));
    assertEquals(0x0103, wrongType.recordType());
    assertEquals("expected a ckpt_hdr_x record (type 0x102)", wrongType.reason());

    CkptFormatException tooShort = assertThrows(CkptFormatException.class,
        () -> Wire.readHeader(record(TYPE, 12, 16), 0, TYPE, 16, "ckpt_hdr_x"));
    assertEquals(4, tooShort.offset());
    assertEquals("record length 12 is shorter than the 16 bytes of ckpt_hdr_x", tooShort.reason());

    CkptFormatException tooLong = assertThrows(CkptFormatException.class,
        () -> Wire.readHeader(record(TYPE, -8, 16), 0, TYPE, 16, "ckpt_hdr_x"));
    assertEquals("record length 4294967288 is over the 16 bytes left", tooLong.reason());
  }

  @Test
  void readCountChecksTheBoundThenTheBytesPresent() throws CkptFormatException {
    ByteBuffer buf = record(TYPE, 28, 32);
    LittleEndian.putInt(buf, 8, 3);
    assertEquals(3, Wire.readCount(buf, 8, 65536, 4, 0, 16, 28, TYPE, "ngroups"));

    LittleEndian.putInt(buf, 8, 65537);
    CkptFormatException overBound = assertThrows(CkptFormatException.class,
        () -> Wire.readCount(buf, 8, 65536, 4, 0, 16, 28, TYPE, "ngroups"));
    assertEquals(8, overBound.offset());
    assertEquals("ngroups 65537 is over its bound 65536", overBound.reason());

    LittleEndian.putInt(buf, 8, 4);
    CkptFormatException overBytes = assertThrows(CkptFormatException.class,
        () -> Wire.readCount(buf, 8, 65536, 4, 0, 16, 28, TYPE, "ngroups"));
    assertEquals("ngroups 4 needs 16 bytes; the record has 12 left", overBytes.reason());

    LittleEndian.putInt(buf, 8, -1);  // 2^32 - 1 as __u32: over any bound, no overflow
    assertThrows(CkptFormatException.class,
        () -> Wire.readCount(buf, 8, Integer.MAX_VALUE, 4, 0, 16, 28, TYPE, "ngroups"));
  }

  @Test
  void fixedStringsNeedTheirNulAndZeroesAfterIt() throws CkptFormatException {
    ByteBuffer buf = ByteBuffer.allocate(8);
    Wire.checkFixedString("abc", 8, "Uts.sysname");
    Wire.putFixedString("abc", buf, 0, 8, "Uts.sysname");
    assertEquals("abc", Wire.getFixedString(buf, 0, 8, TYPE, "sysname"));

    buf.put(6, (byte) 'x');
    CkptFormatException junk = assertThrows(CkptFormatException.class,
        () -> Wire.getFixedString(buf, 0, 8, TYPE, "sysname"));
    assertEquals(6, junk.offset());

    for (int i = 0; i < 8; i++) {
      buf.put(i, (byte) 'a');
    }
    CkptFormatException noNul = assertThrows(CkptFormatException.class,
        () -> Wire.getFixedString(buf, 0, 8, TYPE, "sysname"));
    assertEquals("sysname has no NUL terminator in its 8 bytes", noNul.reason());

    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> Wire.checkFixedString("abcdefgh", 8, "Uts.sysname"));
    assertTrue(tooLong.getMessage().startsWith("Uts.sysname is 8 bytes of UTF-8; at most 7 fit"), tooLong.getMessage());
  }

  @Test
  void sortedChecksFollowSignedness() {
    Wire.checkSorted(new int[] {1, 2, 2, -1}, true, "groups");  // -1 is 2^32 - 1 unsigned
    assertThrows(IllegalArgumentException.class, () -> Wire.checkSorted(new int[] {1, 2, 2, -1}, false, "groups"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Wire.checkSorted(new long[] {5, 4}, true, "GroupInfo.groups"));
    assertEquals("GroupInfo.groups must be sorted, but element 1 is below element 0", e.getMessage());
  }

  @Test
  void booleansAreZeroOrOne() throws CkptFormatException {
    ByteBuffer buf = ByteBuffer.wrap(new byte[] {0, 1, 2});
    assertFalse(Wire.getBoolean(buf, 0, TYPE, "frozen"));
    assertTrue(Wire.getBoolean(buf, 1, TYPE, "frozen"));
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> Wire.getBoolean(buf, 2, TYPE, "frozen"));
    assertEquals(2, e.offset());
    assertEquals("frozen is 2; a boolean must be 0 or 1", e.reason());
  }


  /**
   * The codecs' stores: into a heap buffer's backing array at its array offset, into a direct or
   * read-only-backed buffer through the buffer; little endian whatever the order, position kept.
   */
  @Test
  void writesLandAtTheBuffersOwnBytesForEveryKindOfBuffer() {
    ByteBuffer backing = ByteBuffer.allocate(40);
    ByteBuffer[] buffers = {
      ByteBuffer.allocate(24), ByteBuffer.allocateDirect(24),
      ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN), backing.slice(8, 24)
    };
    for (ByteBuffer buf : buffers) {
      String what = (buf.isDirect() ? "direct " : "heap ") + buf.order() + " offset " + (buf.hasArray() ? buf.arrayOffset() : -1);
      Wire.writeHeader(buf, 0, 0x04030201, 0x08070605);
      LittleEndian.writeLong(buf, 8, 0x100f0e0d0c0b0a09L);
      LittleEndian.writeShort(buf, 16, (short) 0x1211);
      Wire.writeZero(buf, 18, 2);
      Wire.writeInts(buf, 20, new int[] {0x16151413});
      for (int i = 0; i < 18; i++) {
        assertEquals(i + 1, buf.get(i), "byte " + i + ", " + what);
      }
      assertEquals(0, buf.get(18) | buf.get(19), what);
      assertEquals(0x13, buf.get(20), what);
      assertEquals(0, buf.position(), what);
      assertEquals(0x16151413, Wire.getInts(buf, 20, 1)[0], what);
      assertEquals(0x100f0e0d0c0b0a09L, Wire.getLongs(buf, 8, 1)[0], what);
      assertEquals((short) 0x1211, Wire.getShorts(buf, 16, 1)[0], what);
    }
    assertEquals(0, backing.get(7), "a slice's writes start at its array offset");
    assertEquals(1, backing.get(8));
    assertThrows(java.nio.ReadOnlyBufferException.class,
        () -> LittleEndian.writeInt(ByteBuffer.allocate(8).asReadOnlyBuffer(), 0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> LittleEndian.putInt(backing.slice(8, 4), 2, 1),
        "put checks the limit, even where the backing array is longer");
  }

  @Test
  void checkLengthChecksNullFixedAndVariableLengths() {
    assertEquals(3, Wire.checkLength(new int[3], 0, 64, "S.ids"));
    assertEquals(2, Wire.checkLength(new String[2], 2, 2, "S.names"));
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Wire.checkLength(null, 0, 4, "S.ids"));
    assertEquals("S.ids", npe.getMessage());
    assertEquals("S.ids has 5 elements; at most 4",
        assertThrows(IllegalArgumentException.class, () -> Wire.checkLength(new long[5], 0, 4, "S.ids")).getMessage());
    assertEquals("S.maps has 1 elements; it must have exactly 2",
        assertThrows(IllegalArgumentException.class, () -> Wire.checkLength(new short[1], 2, 2, "S.maps")).getMessage());
  }

  @Test
  void aFixedStringIsWrittenWithItsNulsAndMeasuredOnce() {
    ByteBuffer buf = ByteBuffer.allocate(8);
    buf.put(0, new byte[] {9, 9, 9, 9, 9, 9, 9, 9});
    assertEquals(3, Utf8.encode("h\u00e9", buf, 0), "Utf8.encode returns the bytes it wrote");
    Wire.writeFixedString("ab", buf, 0, 8);
    assertEquals('a', buf.get(0));
    assertEquals('b', buf.get(1));
    for (int i = 2; i < 8; i++) {
      assertEquals(0, buf.get(i), "byte " + i);
    }
    assertThrows(NullPointerException.class, () -> Wire.checkFixedString(null, 8, "S.name"));
  }

  @Test
  void exceptionMessageSaysWhereAndWhy() {
    CkptFormatException e = new CkptFormatException(120, 0x102, "ngroups 70000 is over its bound 65536");
    assertEquals("at offset 120, record type 0x102: ngroups 70000 is over its bound 65536", e.getMessage());
  }
}
