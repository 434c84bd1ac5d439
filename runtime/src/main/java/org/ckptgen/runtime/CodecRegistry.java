package org.ckptgen.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * The codecs of one image's records, the one table a generated schema keeps: the codec of a
 * type id, of a record's class, and a record as JSON all come from it.
 */
public final class CodecRegistry {
  private final String imageName;
  /** Sorted by type id, for a binary search; {@link #types} holds the same ids. */
  private final RecordCodec<?>[] codecs;
  private final int[] types;
  private final ClassValue<RecordCodec<?>> byClass = new ClassValue<>() {
    @Override
    protected RecordCodec<?> computeValue(Class<?> c) {
      for (RecordCodec<?> codec : codecs) {
        if (codec.recordClass() == c) {
          return codec;
        }
      }
      return null;
    }
  };

  private CodecRegistry(String imageName, RecordCodec<?>[] codecs) {
    this.imageName = imageName;
    this.codecs = codecs.clone();
    Arrays.sort(this.codecs, (a, b) -> Integer.compare(a.type(), b.type()));
    this.types = new int[codecs.length];
    for (int i = 0; i < this.codecs.length; i++) {
      types[i] = this.codecs[i].type();
      if (i > 0 && types[i] == types[i - 1]) {
        throw new IllegalArgumentException("two codecs of record type 0x" + Integer.toHexString(types[i]));
      }
    }
  }

  /**
   * The registry of {@code codecs}, the records of the image {@code imageName}.
   *
   * @throws IllegalArgumentException if two codecs have one type id
   */
  public static CodecRegistry of(String imageName, RecordCodec<?>... codecs) {
    return new CodecRegistry(imageName, codecs);
  }

  /**
   * The registry of the codecs in {@code parts}, one array after another: what a generated schema
   * of thousands of records builds its registry from, a part per holder class.
   *
   * @throws IllegalArgumentException if two codecs have one type id
   */
  public static CodecRegistry ofParts(String imageName, RecordCodec<?>[]... parts) {
    int n = 0;
    for (RecordCodec<?>[] part : parts) {
      n += part.length;
    }
    RecordCodec<?>[] codecs = new RecordCodec<?>[n];
    n = 0;
    for (RecordCodec<?>[] part : parts) {
      System.arraycopy(part, 0, codecs, n, part.length);
      n += part.length;
    }
    return new CodecRegistry(imageName, codecs);
  }

  /** The codec of record type {@code type}, or null for a type this registry does not have. */
  public RecordCodec<?> codec(int type) {
    int i = Arrays.binarySearch(types, type);
    return i < 0 ? null : codecs[i];
  }

  /**
   * The codec of {@code record}'s class.
   *
   * @throws IllegalArgumentException if the record is not one of this registry
   */
  @SuppressWarnings("unchecked")
  public <T> RecordCodec<T> codecOf(T record) {
    RecordCodec<?> codec = byClass.get(record.getClass());
    if (codec == null) {
      throw new IllegalArgumentException("not a record of the " + imageName + " image: " + record);
    }
    return (RecordCodec<T>) codec;
  }

  /**
   * Appends {@code record}, a decoded record of type {@code type}, as a JSON object.
   *
   * @throws IllegalArgumentException for a type this registry does not have
   * @throws ClassCastException if {@code record} is not of the type's class
   */
  public void json(int type, Object record, StringBuilder out) {
    RecordCodec<?> codec = codec(type);
    if (codec == null) {
      throw new IllegalArgumentException("not a record type of the " + imageName + " image: 0x"
          + Integer.toHexString(type));
    }
    json(codec, record, out);
  }

  private static <T> void json(RecordCodec<T> codec, Object record, StringBuilder out) {
    codec.json(codec.recordClass().cast(record), out);
  }

  /** Every codec, in order of type id. */
  public List<RecordCodec<?>> codecs() {
    return List.of(codecs);
  }
}
