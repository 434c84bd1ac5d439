package org.ckptgen.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Little-endian access to a {@link ByteBuffer} at absolute byte offsets, whatever the buffer's
 * own {@link ByteBuffer#order() order} and without changing its position. View var handles
 * compile to plain loads and stores, so generated codecs pay nothing for the byte order.
 */
public final class LittleEndian {
  private static final VarHandle SHORT =
      MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
    SHORT.set(buf, at, value);
  }

  public static void putInt(ByteBuffer buf, int at, int value) {
    INT.set(buf, at, value);
  }

  public static void putLong(ByteBuffer buf, int at, long value) {
    LONG.set(buf, at, value);
  }
}
