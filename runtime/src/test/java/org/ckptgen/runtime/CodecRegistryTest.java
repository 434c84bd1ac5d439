package org.ckptgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {
  /** A record type per codec, so that lookups by class can tell them apart. */
  record A(int v) {}

  record B(int v) {}

  /** A codec that only knows its type and class, and prints its type in JSON. */
  private static final class Stub<T> implements RecordCodec<T> {
    private final int type;
    private final Class<T> c;

    Stub(int type, Class<T> c) {
      this.type = type;
      this.c = c;
    }

    @Override
    public int type() {
      return type;
    }

    @Override
    public Class<T> recordClass() {
      return c;
    }

    @Override
    public int encodedLength(T value) {
      return 8;
    }

    @Override
    public int encode(T value, ByteBuffer buf, int at) {
      return 8;
    }

    @Override
    public T decode(ByteBuffer buf, int at) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void json(T value, StringBuilder out) {
      out.append(type).append(':').append(value);
    }
  }

  @Test
  void everyTypeIsFoundWhateverTheOrderGivenAndNoOtherIs() {
    Random random = new Random(13);
    for (int round = 0; round < 50; round++) {
      List<Integer> types = new ArrayList<>();
      while (types.size() < 1 + random.nextInt(40)) {
        int t = 0x100 + random.nextInt(0xff00);
        if (!types.contains(t)) {
          types.add(t);
        }
      }
      List<RecordCodec<?>> codecs = new ArrayList<>();
      types.forEach(t -> codecs.add(new Stub<>(t, A.class)));
      Collections.shuffle(codecs, random);
      CodecRegistry registry = CodecRegistry.of("x", codecs.toArray(new RecordCodec<?>[0]));
      for (RecordCodec<?> c : codecs) {
        assertSame(c, registry.codec(c.type()));
      }
      for (int probe = 0; probe < 200; probe++) {
        int t = random.nextInt(0x10000);
        if (!types.contains(t)) {
          assertNull(registry.codec(t), "type 0x" + Integer.toHexString(t));
        }
      }
      List<Integer> order = registry.codecs().stream().map(RecordCodec::type).toList();
      assertEquals(types.stream().sorted().toList(), order);
    }
  }

  @Test
  void recordsFindTheirCodecByClassAndJsonByType() {
    Stub<A> a = new Stub<>(0x101, A.class);
    Stub<B> b = new Stub<>(0x102, B.class);
    CodecRegistry registry = CodecRegistry.of("demo", b, a);
    assertSame(a, registry.codecOf(new A(1)));
    assertSame(b, registry.codecOf(new B(2)));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> registry.codecOf("text"));
    assertEquals("not a record of the demo image: text", none.getMessage());

    StringBuilder out = new StringBuilder();
    registry.json(0x102, new B(7), out);
    assertEquals("258:B[v=7]", out.toString());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> registry.json(0x103, new B(7), new StringBuilder()));
    assertEquals("not a record type of the demo image: 0x103", unknown.getMessage());
    assertThrows(ClassCastException.class, () -> registry.json(0x101, new B(7), new StringBuilder()));
  }

  @Test
  void twoCodecsOfOneTypeAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> CodecRegistry.of("x", new Stub<>(0x101, A.class), new Stub<>(0x101, B.class)));
  }

  @Test
  void anEmptyRegistryHasNothing() {
    CodecRegistry registry = CodecRegistry.of("x");
    assertNull(registry.codec(0x101));
    assertThrows(IllegalArgumentException.class, () -> registry.codecOf(new A(1)));
  }
}
