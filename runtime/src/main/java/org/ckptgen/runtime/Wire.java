package org.ckptgen.runtime;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The record framing and the checks that generated codecs share. Every record starts with
 * {@code struct ckpt_hdr { __u32 type; __u32 len; }}; {@code len} counts header and payload; the
 * next record starts at the following 8-byte boundary.
 *
 * <p>Decoding checks every bound before it reads or allocates, and reports bad bytes as a
 * {@link CkptFormatException} carrying the offset; nothing else escapes for bad input.
 */
public final class Wire {
  /** Size of {@code struct ckpt_hdr}. */
  public static final int HEADER_SIZE = 8;

  /** Where a record's {@code len} is in its header, {@code struct ckpt_hdr { __u32 type; __u32 len; }}. */
  public static final int LENGTH_AT = 4;

  private Wire() {}

  /** {@code n} rounded up to the next multiple of 8. */
  public static long align8(long n) {
    return (n + 7) & ~7L;
  }

  /**
   * Checks the header of a record of type {@code type} at {@code at} and returns its length.
   *
   * @param minLen the bytes the reader needs (the fixed part of the struct); a longer record,
   *     written by a newer version, is accepted and its tail is left to the caller to skip
   */
  public static int readHeader(ByteBuffer buf, int at, int type, int minLen, String structName)
      throws CkptFormatException {
    int left = buf.limit() - at;
    if (at < 0 || left < HEADER_SIZE) {
      throw new CkptFormatException(
          at, CkptFormatException.UNKNOWN_TYPE,
          "a record header needs " + HEADER_SIZE + " bytes, " + Math.max(left, 0) + " left");
    }
    int found = LittleEndian.getInt(buf, at);
    if (found != type) {
      throw new CkptFormatException(
          at, found, String.format("expected a %s record (type 0x%x)", structName, type));
    }
    long len = Integer.toUnsignedLong(LittleEndian.getInt(buf, at + LENGTH_AT));
    if (len < minLen) {
      throw new CkptFormatException(
          at + LENGTH_AT, type,
          "record length " + len + " is shorter than the " + minLen + " bytes of " + structName);
    }
    if (len > left) {
      throw new CkptFormatException(
          at + LENGTH_AT, type, "record length " + len + " is over the " + left + " bytes left");
    }
    return (int) len;
  }

  /** Checks that a struct of {@code size} bytes fits at {@code at}. */
  public static void checkRoom(ByteBuffer buf, int at, int size, int recordType, String structName)
      throws CkptFormatException {
    int left = buf.limit() - at;
    if (at < 0 || left < size) {
      throw new CkptFormatException(
          at, recordType, structName + " needs " + size + " bytes, " + Math.max(left, 0) + " left");
    }
  }

  /** For encoders: throws {@link IndexOutOfBoundsException} unless {@code len} bytes fit at {@code at}. */
  public static void checkRoomToWrite(ByteBuffer buf, int at, int len) {
    Objects.checkFromIndexSize(at, len, buf.limit());
  }

  /** Checks that the {@code n} padding bytes at {@code at} are zero. */
  public static void checkZero(ByteBuffer buf, int at, int n, int recordType, String what)
      throws CkptFormatException {
    // the usual pads, 4 and 8 bytes, in one load; the loop below names the byte that is not zero
    if (n == 4 && at >= 0 && LittleEndian.getInt(buf, at) == 0 || n == 8 && at >= 0 && LittleEndian.getLong(buf, at) == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      byte b = buf.get(at + i);
      if (b != 0) {
        throw new CkptFormatException(
            at + i, recordType,
            String.format("%s byte %d is 0x%02x; padding must be zero", what, i, b & 0xff));
      }
    }
  }

  /** Writes a record's header, {@code struct ckpt_hdr { type; len; }}, in a room the codec has checked. */
  public static void writeHeader(ByteBuffer buf, int at, int type, int len) {
    LittleEndian.writeInt(buf, at, type);
    LittleEndian.writeInt(buf, at + LENGTH_AT, len);
  }

  /** {@link #putZero} in a record whose room the codec has checked. */
  public static void writeZero(ByteBuffer buf, int at, int n) {
    if (n == 4) {
      LittleEndian.writeInt(buf, at, 0);
      return;
    }
    if (n == 8) {
      LittleEndian.writeLong(buf, at, 0);
      return;
    }
    for (int i = 0; i < n; i++) {
      buf.put(at + i, (byte) 0);
    }
  }

  /** Writes the elements of {@code a} from {@code at} on, in a room the codec has checked. */
  public static void writeShorts(ByteBuffer buf, int at, short[] a) {
    for (int i = 0; i < a.length; i++) {
      LittleEndian.writeShort(buf, at + 2 * i, a[i]);
    }
  }

  /** Writes the elements of {@code a} from {@code at} on, in a room the codec has checked. */
  public static void writeInts(ByteBuffer buf, int at, int[] a) {
    for (int i = 0; i < a.length; i++) {
      LittleEndian.writeInt(buf, at + 4 * i, a[i]);
    }
  }

  /** Writes the elements of {@code a} from {@code at} on, in a room the codec has checked. */
  public static void writeLongs(ByteBuffer buf, int at, long[] a) {
    for (int i = 0; i < a.length; i++) {
      LittleEndian.writeLong(buf, at + 8 * i, a[i]);
    }
  }

  /** Reads {@code n} elements from {@code at} on; the decoder has checked that they are in the record. */
  public static short[] getShorts(ByteBuffer buf, int at, int n) {
    short[] a = new short[n];
    for (int i = 0; i < n; i++) {
      a[i] = LittleEndian.getShort(buf, at + 2 * i);
    }
    return a;
  }

  /** Reads {@code n} elements from {@code at} on; the decoder has checked that they are in the record. */
  public static int[] getInts(ByteBuffer buf, int at, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = LittleEndian.getInt(buf, at + 4 * i);
    }
    return a;
  }

  /** Reads {@code n} elements from {@code at} on; the decoder has checked that they are in the record. */
  public static long[] getLongs(ByteBuffer buf, int at, int n) {
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = LittleEndian.getLong(buf, at + 8 * i);
    }
    return a;
  }

  /** Writes {@code n} zero bytes at {@code at}. */
  public static void putZero(ByteBuffer buf, int at, int n) {
    if (n == 4) {
      LittleEndian.putInt(buf, at, 0);
      return;
    }
    if (n == 8) {
      LittleEndian.putLong(buf, at, 0);
      return;
    }
    for (int i = 0; i < n; i++) {
      buf.put(at + i, (byte) 0);
    }
  }

  /** Reads a boolean stored as one byte, 0 or 1. */
  public static boolean getBoolean(ByteBuffer buf, int at, int recordType, String what)
      throws CkptFormatException {
    byte b = buf.get(at);
    if (b == 0 || b == 1) {
      return b == 1;
    }
    throw new CkptFormatException(
        at, recordType, what + " is " + (b & 0xff) + "; a boolean must be 0 or 1");
  }

  /**
   * Reads the {@code __u32} count of a trailing variable member and checks it against its bound
   * and against the bytes the record has, so that no allocation exceeds the bytes present.
   *
   * @param dataAt where the elements start
   * @param recordEnd the end of the record ({@code at + len})
   * @param extra bytes the member takes beyond {@code count * elementSize} (1 for a string's NUL)
   */
  public static int readCount(
      ByteBuffer buf, int countAt, long max, int elementSize, int extra,
      int dataAt, int recordEnd, int recordType, String countName)
      throws CkptFormatException {
    long count = Integer.toUnsignedLong(LittleEndian.getInt(buf, countAt));
    if (count > max) {
      throw new CkptFormatException(
          countAt, recordType, countName + " " + count + " is over its bound " + max);
    }
    long needed = count * elementSize + extra;
    long left = recordEnd - dataAt;
    if (needed > left) {
      throw new CkptFormatException(
          countAt, recordType,
          countName + " " + count + " needs " + needed + " bytes; the record has " + left + " left");
    }
    return (int) count;
  }

  /** Reads a {@code char[length]} holding UTF-8 text, a NUL, and NUL bytes to the end. */
  public static String getFixedString(
      ByteBuffer buf, int at, int length, int recordType, String what)
      throws CkptFormatException {
    int n = 0;
    while (n < length && buf.get(at + n) != 0) {
      n++;
    }
    if (n == length) {
      throw new CkptFormatException(
          at, recordType, what + " has no NUL terminator in its " + length + " bytes");
    }
    for (int i = n + 1; i < length; i++) {
      if (buf.get(at + i) != 0) {
        // the message is made only here: a string concatenation per field read cost restore 2%
        checkZero(buf, at + n, length - n, recordType, what + " (after its NUL)");
      }
    }
    return Utf8.decode(buf, at, n, recordType, what);
  }

  /**
   * Writes {@code s} as a {@code char[length]}: its UTF-8 bytes, then NUL bytes to the end. The
   * caller has checked it with {@link #checkFixedString}.
   */
  public static void putFixedString(String s, ByteBuffer buf, int at, int length, String what) {
    writeFixedString(s, buf, at, length);
  }

  /**
   * Writes {@code s} as a {@code char[length]} in a record whose room the codec has checked: its
   * UTF-8 bytes, then NUL bytes to the end. The caller has checked it with {@link
   * #checkFixedString}, which measured it: it is not measured again.
   */
  public static void writeFixedString(String s, ByteBuffer buf, int at, int length) {
    int n = Utf8.encode(s, buf, at);
    writeZero(buf, at + n, length - n);
  }

  /** Reads {@code n} bytes of UTF-8 text followed by a NUL, with no NUL inside. */
  public static String getVarString(ByteBuffer buf, int at, int n, int recordType, String what)
      throws CkptFormatException {
    for (int i = 0; i < n; i++) {
      if (buf.get(at + i) == 0) {
        throw new CkptFormatException(
            at + i, recordType, what + " has a NUL at byte " + i + " of its " + n);
      }
    }
    if (buf.get(at + n) != 0) {
      throw new CkptFormatException(at + n, recordType, what + " is not NUL-terminated");
    }
    return Utf8.decode(buf, at, n, recordType, what);
  }

  /** Reads an {@code __s32} objref: 0 for none, otherwise a positive id. */
  public static int getObjRef(ByteBuffer buf, int at, int recordType, String what)
      throws CkptFormatException {
    int ref = LittleEndian.getInt(buf, at);
    if (ref < 0) {
      throw new CkptFormatException(
          at, recordType, what + " is " + ref + "; an objref is 0 (none) or a positive id");
    }
    return ref;
  }

  // Checks for encoders: a value that breaks its struct's bounds is the caller's bug, reported
  // before a byte is written.

  /**
   * Throws {@code NullPointerException(what)} if {@code value} is null: {@link Objects#requireNonNull(Object,
   * String)}, but not generic, so that javac has no inference to make at each of the codecs' calls.
   */
  public static void checkNotNull(Object value, String what) {
    if (value == null) {
      throw new NullPointerException(what);
    }
  }

  /**
   * Throws unless {@code array} (an array of any type) is not null and has from {@code min} to
   * {@code max} elements, and returns its length: {@link #checkNotNull} with {@link
   * #checkFixedLength} ({@code min == max}) or {@link #checkVarCount} ({@code min == 0}) in one
   * call, so that a codec names its field once.
   */
  public static int checkLength(Object array, int min, long max, String what) {
    if (array == null) {
      throw new NullPointerException(what);
    }
    int length = java.lang.reflect.Array.getLength(array);
    if (min == max) {
      checkFixedLength(length, min, what);
    } else if (length < min) {
      throw new IllegalArgumentException(what + " has " + length + " elements; at least " + min);
    } else {
      checkVarCount(length, max, what);
    }
    return length;
  }

  /** Throws unless a fixed array has exactly {@code expected} elements. */
  public static void checkFixedLength(int length, int expected, String what) {
    if (length != expected) {
      throw new IllegalArgumentException(
          what + " has " + length + " elements; it must have exactly " + expected);
    }
  }

  /** Throws unless a variable member's count is within its bound. */
  public static void checkVarCount(int count, long max, String what) {
    if (count > max) {
      throw new IllegalArgumentException(what + " has " + count + " elements; at most " + max);
    }
  }

  /** Throws unless {@code s} is not null and the text of a {@code char[length]} leaves room for its NUL. */
  public static void checkFixedString(String s, int length, String what) {
    checkNotNull(s, what);
    int n = Utf8.encodedLength(s, what);
    if (n >= length) {
      throw new IllegalArgumentException(
          what + " is " + n + " bytes of UTF-8; at most " + (length - 1) + " fit in char[" + length + "]");
    }
  }

  /** Throws unless {@code a} is in non-decreasing order. */
  public static void checkSorted(byte[] a, boolean unsigned, String what) {
    for (int i = 1; i < a.length; i++) {
      if (unsigned ? Byte.compareUnsigned(a[i - 1], a[i]) > 0 : a[i - 1] > a[i]) {
        throw unsorted(what, i);
      }
    }
  }

  /** Throws unless {@code a} is in non-decreasing order. */
  public static void checkSorted(short[] a, boolean unsigned, String what) {
    for (int i = 1; i < a.length; i++) {
      if (unsigned ? Short.compareUnsigned(a[i - 1], a[i]) > 0 : a[i - 1] > a[i]) {
        throw unsorted(what, i);
      }
    }
  }

  /** Throws unless {@code a} is in non-decreasing order. */
  public static void checkSorted(int[] a, boolean unsigned, String what) {
    for (int i = 1; i < a.length; i++) {
      if (unsigned ? Integer.compareUnsigned(a[i - 1], a[i]) > 0 : a[i - 1] > a[i]) {
        throw unsorted(what, i);
      }
    }
  }

  /** Throws unless {@code a} is in non-decreasing order. */
  public static void checkSorted(long[] a, boolean unsigned, String what) {
    for (int i = 1; i < a.length; i++) {
      if (unsigned ? Long.compareUnsigned(a[i - 1], a[i]) > 0 : a[i - 1] > a[i]) {
        throw unsorted(what, i);
      }
    }
  }

  private static IllegalArgumentException unsorted(String what, int i) {
    return new IllegalArgumentException(
        what + " must be sorted, but element " + i + " is below element " + (i - 1));
  }

  /** What a decoder throws when the record's constructor rejects the values it decoded: a bad image. */
  public static CkptFormatException rejected(int at, int recordType, String record, RuntimeException rejected) {
    return new CkptFormatException(
        at, recordType, record + " rejected the decoded values: " + rejected.getMessage(), rejected);
  }

  /** The reason a decoder gives for an element of a {@code @Sorted} array that is out of order. */
  public static CkptFormatException unsortedElement(int at, int recordType, String what, int i) {
    return new CkptFormatException(
        at, recordType, what + " is not sorted: element " + i + " is below element " + (i - 1));
  }
}
