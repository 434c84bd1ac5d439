package org.ckptgen.example.anystruct;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ckptgen.example.anystruct.StructSet.Arity;
import org.ckptgen.example.anystruct.StructSet.Field;
import org.ckptgen.example.anystruct.StructSet.Kind;
import org.ckptgen.example.anystruct.StructSet.StructSpec;

/**
 * Random values for the structs of a {@link StructSet}, as trees of {@link Node}s whose objrefs
 * point at other nodes, and their conversion to and from the compiled records (by reflection:
 * this is test code; the generated code uses none).
 */
final class Values {
  /** A value of one struct: per field a Long, long[], Boolean, String, byte[], Node or Node[]. */
  static final class Node {
    final StructSpec spec;
    final Object[] fields;

    Node(StructSpec spec, Object[] fields) {
      this.spec = spec;
      this.fields = fields;
    }
  }

  private final SplittableRandom random;
  /** Shared objects made so far: an objref may only point at an earlier one, so there is no cycle. */
  private final List<Node> pool = new ArrayList<>();

  Values(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A few shared objects of the set's shared records, each referring only to earlier ones. */
  void makeShared(StructSet set) {
    if (set.shared.isEmpty()) {
      return;
    }
    int n = random.nextInt(1, 7);
    for (int i = 0; i < n; i++) {
      pool.add(node(set.shared.get(random.nextInt(set.shared.size()))));
    }
  }

  Node node(StructSpec spec) {
    Object[] fields = new Object[spec.fields.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = value(spec.fields.get(i));
    }
    return new Node(spec, fields);
  }

  private Object value(Field f) {
    int n = f.arity() == Arity.ONE ? 1 : f.arity() == Arity.FIXED ? f.length()
        : random.nextInt(0, Math.min(f.max(), 6) + 1);
    switch (f.kind()) {
      case INT: {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
          v[i] = integer(f.width());
        }
        if (f.sorted()) {
          Long[] boxed = Arrays.stream(v).boxed().toArray(Long[]::new);
          long mask = f.width() == 8 ? -1L : (1L << (8 * f.width())) - 1;
          Arrays.sort(boxed, f.unsigned() ? (a, b) -> Long.compareUnsigned(a & mask, b & mask) : Long::compare);
          v = Arrays.stream(boxed).mapToLong(Long::longValue).toArray();
        }
        return f.arity() == Arity.ONE ? (Object) v[0] : v;
      }
      case BOOL:
        return random.nextBoolean();
      case ENUM: {
        List<String> names = new ArrayList<>(f.enumType().constants().keySet());
        return names.get(random.nextInt(names.size()));
      }
      case STRUCT: {
        Node[] v = new Node[n];
        for (int i = 0; i < n; i++) {
          v[i] = node(f.target());
        }
        return f.arity() == Arity.ONE ? v[0] : v;
      }
      case OBJREF: {
        Node[] v = new Node[n];
        List<Node> targets = pool.stream().filter(o -> o.spec == f.target()).toList();
        for (int i = 0; i < n; i++) {
          v[i] = targets.isEmpty() || random.nextInt(5) == 0 ? null : targets.get(random.nextInt(targets.size()));
        }
        return f.arity() == Arity.ONE ? v[0] : v;
      }
      case CHARS:
        return text(f.length() - 1);
      case STRING:
        return text(Math.min(f.max(), 40));
      default: {
        byte[] b = new byte[random.nextInt(0, Math.min(f.max(), 48) + 1)];
        random.nextBytes(b);
        return b;
      }
    }
  }

  /** Mostly ordinary numbers, often the edges of the width. */
  private long integer(int width) {
    long v;
    switch (random.nextInt(6)) {
      case 0: v = 0; break;
      case 1: v = -1; break;
      case 2: v = 1L << (8 * width - 1); break;  // the sign bit alone: MIN, or 2^(n-1) unsigned
      case 3: v = (1L << (8 * width - 1)) - 1; break;
      default: v = random.nextLong();
    }
    return width == 8 ? v : (v << (64 - 8 * width)) >> (64 - 8 * width);
  }

  private static final String[] TEXT = {
    "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u0001", "\u001f", "\u007f", "é", "ß", "日", "本",
    "😀", "𝄞", "\u2028", "\u00a0", "\ufeff", "<", "&", "'", "%s", "$"};

  /** Valid UTF-8 text without NUL, of at most {@code maxBytes} bytes. */
  private String text(int maxBytes) {
    StringBuilder b = new StringBuilder();
    int bytes = 0;
    int want = random.nextInt(0, maxBytes + 1);
    for (int tries = 0; tries < 64; tries++) {
      String piece = TEXT[random.nextInt(TEXT.length)];
      int len = piece.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + len > want) {
        continue;
      }
      b.append(piece);
      bytes += len;
    }
    return b.toString();
  }

  // ---- to and from the compiled records

  /** Gives the objref of a shared node, writing it first where it is new. */
  interface Sharer {
    int share(Node shared) throws java.io.IOException;
  }

  /** The record of {@code node}, with objrefs from {@code sharer}. */
  static Object record(Node node, ClassLoader loader, Sharer sharer) throws Exception {
    Class<?> type = loader.loadClass(node.spec.qualifiedName());
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = javaValue(node.spec.fields.get(i), node.fields[i], types[i], loader, sharer);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    return canonical.newInstance(args);
  }

  private static Object javaValue(Field f, Object v, Class<?> type, ClassLoader loader, Sharer sharer)
      throws Exception {
    switch (f.kind()) {
      case INT:
        if (f.arity() == Arity.ONE) {
          return narrow((Long) v, type);
        }
        long[] longs = (long[]) v;
        Object array = Array.newInstance(type.getComponentType(), longs.length);
        for (int i = 0; i < longs.length; i++) {
          Array.set(array, i, narrow(longs[i], type.getComponentType()));
        }
        return array;
      case ENUM:
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(v)) {
            return constant;
          }
        }
        throw new AssertionError(v);
      case STRUCT: {
        if (f.arity() == Arity.ONE) {
          return record((Node) v, loader, sharer);
        }
        Node[] nodes = (Node[]) v;
        Object structs = Array.newInstance(type.getComponentType(), nodes.length);
        for (int i = 0; i < nodes.length; i++) {
          Array.set(structs, i, record(nodes[i], loader, sharer));
        }
        return structs;
      }
      case OBJREF: {
        if (f.arity() == Arity.ONE) {
          return v == null ? 0 : sharer.share((Node) v);
        }
        Node[] nodes = (Node[]) v;
        int[] ids = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
          ids[i] = nodes[i] == null ? 0 : sharer.share(nodes[i]);
        }
        return ids;
      }
      case BUFFER:
        return ByteBuffer.wrap((byte[]) v);
      default:
        return v;  // Boolean, String, byte[]
    }
  }

  private static Object narrow(long v, Class<?> type) {
    if (type == byte.class) {
      return (byte) v;
    }
    if (type == short.class) {
      return (short) v;
    }
    return type == int.class ? (Object) (int) v : (Object) v;
  }

  /**
   * A canonical text of a record of {@code spec}, with every objref replaced by the canonical text
   * of the record it points to (from {@code objects}), so that a checkpointed and a restored graph
   * compare equal exactly when they hold the same values and the same sharing shape.
   */
  static String canon(StructSpec spec, Object record, IntFunction<Object> objects) throws Exception {
    StringBuilder b = new StringBuilder(spec.name).append('{');
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Field f = spec.fields.get(i);
      Object v = components[i].getAccessor().invoke(record);
      b.append(f.name()).append('=');
      switch (f.kind()) {
        case STRUCT:
          if (f.arity() == Arity.ONE) {
            b.append(canon(f.target(), v, objects));
          } else {
            b.append('[');
            for (int k = 0; k < Array.getLength(v); k++) {
              b.append(canon(f.target(), Array.get(v, k), objects)).append(';');
            }
            b.append(']');
          }
          break;
        case OBJREF:
          if (f.arity() == Arity.ONE) {
            b.append(ref(f.target(), (Integer) v, objects));
          } else {
            b.append('[');
            for (int id : (int[]) v) {
              b.append(ref(f.target(), id, objects)).append(';');
            }
            b.append(']');
          }
          break;
        case BUFFER: {
          ByteBuffer buf = ((ByteBuffer) v).duplicate();
          byte[] bytes = new byte[buf.remaining()];
          buf.get(bytes);
          b.append(HexFormat.of().formatHex(bytes));
          break;
        }
        default:
          b.append(v != null && v.getClass().isArray() ? arrayText(v) : String.valueOf(v));
      }
      b.append(',');
    }
    return b.append('}').toString();
  }

  private static String ref(StructSpec target, int id, IntFunction<Object> objects) throws Exception {
    return id == 0 ? "none" : "&" + canon(target, objects.apply(id), objects);
  }

  private static String arrayText(Object array) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < Array.getLength(array); i++) {
      b.append(Array.get(array, i)).append(';');
    }
    return b.append(']').toString();
  }
}
