package org.ckptgen.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Little-endian access to a {@link ByteBuffer} at absolute byte offsets, whatever the buffer's
 * own {@link ByteBuffer#order() order} and without changing its position.
 *
 * <p>Stores into a writable heap buffer go through its backing array ({@code array()[arrayOffset() +
 * at]}) with array view var handles; stores into any other buffer (direct), and all loads, through
 * buffer view var handles. Both compile to plain loads and stores, but an access through a buffer view var handle
 * may touch any memory as far as the JIT knows, so it reloads the buffer's fields (its array,
 * address, limit, read-only flag) after every store; a store into a {@code byte[]} does not, so
 * in a codec's run of puts the JIT loads them once and folds the repeated {@code hasArray()}
 * tests into one: the hand-written {@code byte[]} codec's code. The put methods check the
 * buffer's limit as the buffer view var handles do; the write methods, for codecs that have checked
 * their record's room once, leave it to that check.
 */
public final class LittleEndian {
  private static final VarHandle SHORT =
      MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle ARRAY_SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle ARRAY_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle ARRAY_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LittleEndian() {}

  public static short getShort(ByteBuffer buf, int at) {
    return (short) SHORT.get(buf, at);
  }

  public static int getInt(ByteBuffer buf, int at) {
    return (int) INT.get(buf, at);
  }

  public static long getLong(ByteBuffer buf, int at) {
    return (long) LONG.get(buf, at);
  }

  public static void putShort(ByteBuffer buf, int at, short value) {
    if (buf.hasArray()) {
      checkIndex(buf, at, 2);  // the buffer view var handle of writeShort checks it for the rest
    }
    writeShort(buf, at, value);
  }

  public static void putInt(ByteBuffer buf, int at, int value) {
    if (buf.hasArray()) {
      checkIndex(buf, at, 4);  // the buffer view var handle of writeInt checks it for the rest
    }
    writeInt(buf, at, value);
  }

  public static void putLong(ByteBuffer buf, int at, long value) {
    if (buf.hasArray()) {
      checkIndex(buf, at, 8);  // the buffer view var handle of writeLong checks it for the rest
    }
    writeLong(buf, at, value);
  }

  // For the codecs' encoders, after their one check of the record's room (Wire.checkRoomToWrite):
  // no check of the buffer's limit per store. A store never leaves the buffer's memory (the
  // array view var handle checks the backing array, the buffer view one the limit), but one past
  // the limit of a heap buffer that shares a larger array would land in that array: callers
  // that have not checked the room use the put methods.

  /** {@link #putShort} for a codec that has checked the room of its record below the limit. */
  public static void writeShort(ByteBuffer buf, int at, short value) {
    if (buf.hasArray()) {
      ARRAY_SHORT.set(buf.array(), buf.arrayOffset() + at, value);
    } else {
      SHORT.set(buf, at, value);
    }
  }

  /** {@link #putInt} for a codec that has checked the room of its record below the limit. */
  public static void writeInt(ByteBuffer buf, int at, int value) {
    if (buf.hasArray()) {
      ARRAY_INT.set(buf.array(), buf.arrayOffset() + at, value);
    } else {
      INT.set(buf, at, value);
    }
  }

  /** {@link #putLong} for a codec that has checked the room of its record below the limit. */
  public static void writeLong(ByteBuffer buf, int at, long value) {
    if (buf.hasArray()) {
      ARRAY_LONG.set(buf.array(), buf.arrayOffset() + at, value);
    } else {
      LONG.set(buf, at, value);
    }
  }

  /**
   * What the buffer view var handles check, kept for the array path: the access lies below the
   * buffer's limit, as every caller may rely on (a slice may share a larger array).
   */
  private static void checkIndex(ByteBuffer buf, int at, int size) {
    if (at < 0 || at > buf.limit() - size) {
      throw new IndexOutOfBoundsException("access of " + size + " bytes at " + at + ", limit " + buf.limit());
    }
  }
}
