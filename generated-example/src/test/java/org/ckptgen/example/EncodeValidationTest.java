package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.Rlimit;
import org.ckptgen.example.container.Rlimits;
import org.ckptgen.example.container.RlimitsCodec;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.Task;
import org.ckptgen.example.container.TaskCodec;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.container.UtsNsCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A value that breaks its struct's bounds is refused, naming the field, before a byte is written. */
class EncodeValidationTest {
  private static final String LONG_64 = "x".repeat(64);

  /** Runs {@code encode} on a buffer of 0x5a bytes; it must throw {@code type} naming {@code field} and leave the buffer alone. */
  private static <T extends Throwable> void refused(Class<T> type, String field, ByteBuffer buf, Executable encode) {
    for (int i = 0; i < buf.limit(); i++) {
      buf.put(i, (byte) 0x5a);
    }
    T e = assertThrows(type, encode);
    assertTrue(e.getMessage().contains(field), e.getMessage());
    for (int i = 0; i < buf.limit(); i++) {
      assertEquals((byte) 0x5a, buf.get(i), "byte " + i + " was written");
    }
  }

  private static Task task(String comm, int[] blocked) {
    return new Task(1, (byte) 0, 0, false, 0, (short) 0, comm, blocked);
  }

  @Test
  void fixedArrayOfTheWrongLength() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    refused(IllegalArgumentException.class, "Task.blockedSignals has 3 elements; it must have exactly 2", buf,
        () -> TaskCodec.INSTANCE.encode(task("init", new int[3]), buf, 0));
    ByteBuffer big = ByteBuffer.allocate(264);
    refused(IllegalArgumentException.class, "Rlimits.rlim has 15 elements", big,
        () -> RlimitsCodec.INSTANCE.encode(new Rlimits(new Rlimit[15]), big, 0));
  }

  @Test
  void fixedStringTooLongInUtf8Bytes() {
    ByteBuffer buf = ByteBuffer.allocate(400);
    UtsNsCodec.INSTANCE.encode(new UtsNs(LONG_64, "", "", "", "", ""), buf, 0);  // 64 bytes + NUL fit char[65]
    refused(IllegalArgumentException.class, "UtsNs.sysname is 65 bytes of UTF-8; at most 64 fit in char[65]", buf,
        () -> UtsNsCodec.INSTANCE.encode(new UtsNs(LONG_64 + "y", "", "", "", "", ""), buf, 0));
    refused(IllegalArgumentException.class, "UtsNs.nodename is 66 bytes", buf,  // 33 two-byte characters
        () -> UtsNsCodec.INSTANCE.encode(new UtsNs("", "\u00e9".repeat(33), "", "", "", ""), buf, 0));
  }

  @Test
  void variableArrayOverItsBoundOrOutOfOrder() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    refused(IllegalArgumentException.class, "GroupInfo.groups has 65537 elements; at most 65536", buf,
        () -> GroupInfoCodec.INSTANCE.encode(new GroupInfo(new int[65537]), buf, 0));
    refused(IllegalArgumentException.class, "GroupInfo.groups must be sorted, but element 2 is below element 1", buf,
        () -> GroupInfoCodec.INSTANCE.encode(new GroupInfo(new int[] {1, 5, 4}), buf, 0));
  }

  @Test
  void stringsACannotCarry() {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    refused(IllegalArgumentException.class, "LsmLabel.label contains a NUL character at index 3", buf,
        () -> LsmLabelCodec.INSTANCE.encode(new LsmLabel(SecType.CRED, "abc\0def"), buf, 0));
    refused(IllegalArgumentException.class, "LsmLabel.label has 4097 elements; at most 4096", buf,
        () -> LsmLabelCodec.INSTANCE.encode(new LsmLabel(SecType.CRED, "l".repeat(4097)), buf, 0));
  }

  @Test
  void nullComponentsAreNamed() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    refused(NullPointerException.class, "LsmLabel.sectype", buf,
        () -> LsmLabelCodec.INSTANCE.encode(new LsmLabel(null, "x"), buf, 0));
    refused(NullPointerException.class, "Task.comm", buf, () -> TaskCodec.INSTANCE.encode(task(null, new int[2]), buf, 0));
  }

  @Test
  void aBufferTooSmallIsRefusedBeforeWriting() {
    ByteBuffer buf = ByteBuffer.allocate(100);
    refused(IndexOutOfBoundsException.class, "", buf, () -> TaskCodec.INSTANCE.encode(task("init", new int[2]), buf, 40));
  }
}
