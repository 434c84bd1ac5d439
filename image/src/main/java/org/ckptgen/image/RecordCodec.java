package org.ckptgen.image;

import java.nio.ByteBuffer;
import java.util.function.Function;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.RefVisitor;

/**
 * A record type's generated codec as a value, for code that handles many record types: the
 * image writer and reader, and the generated dispatch.
 *
 * @param <T> the record
 */
public interface RecordCodec<T> {
  /** The record type id. */
  int type();

  /** The record length of {@code value}, header included. */
  int encodedLength(T value);

  /** Writes {@code value} at {@code buf[at]} and returns its length. */
  int encode(T value, ByteBuffer buf, int at);

  /** Reads and checks the record at {@code buf[at]}. */
  T decode(ByteBuffer buf, int at) throws CkptFormatException;

  /** Visits every objref of {@code value} with the record type it must point to; none by default. */
  default void refs(T value, RefVisitor visitor) throws CkptFormatException {}

  /**
   * For a record that ends with a {@code ByteBuffer} payload: writes all but the payload's bytes
   * (at most the struct's fixed size) and returns the whole record's length, so that a writer
   * can send {@link #payload} as it is. -1 for a record without such a payload.
   */
  default int encodeHead(T value, ByteBuffer buf, int at) {
    return -1;
  }

  /** The payload that follows {@link #encodeHead}'s bytes, or null for a record without one. */
  default ByteBuffer payload(T value) {
    return null;
  }

  /** This codec, with the head and payload of a record that ends with a {@code ByteBuffer} payload. */
  default RecordCodec<T> withPayload(Encoder<T> head, Function<T, ByteBuffer> payload) {
    RecordCodec<T> whole = this;
    return new RecordCodec<>() {
      @Override
      public int type() {
        return whole.type();
      }

      @Override
      public int encodedLength(T value) {
        return whole.encodedLength(value);
      }

      @Override
      public int encode(T value, ByteBuffer buf, int at) {
        return whole.encode(value, buf, at);
      }

      @Override
      public T decode(ByteBuffer buf, int at) throws CkptFormatException {
        return whole.decode(buf, at);
      }

      @Override
      public void refs(T value, RefVisitor visitor) throws CkptFormatException {
        whole.refs(value, visitor);
      }

      @Override
      public int encodeHead(T value, ByteBuffer buf, int at) {
        return head.encode(value, buf, at);
      }

      @Override
      public ByteBuffer payload(T value) {
        return payload.apply(value);
      }
    };
  }

  /** A record with no objrefs, from the static methods of its generated codec. */
  static <T> RecordCodec<T> of(int type, Length<T> length, Encoder<T> encoder, Decoder<T> decoder) {
    return of(type, length, encoder, decoder, (value, visitor) -> { });
  }

  /** A record as the static methods of its generated codec: {@code RecordCodec.of(CredCodec.TYPE, CredCodec::encodedLength, ...)}. */
  static <T> RecordCodec<T> of(int type, Length<T> length, Encoder<T> encoder, Decoder<T> decoder, Refs<T> refs) {
    return new RecordCodec<>() {
      @Override
      public int type() {
        return type;
      }

      @Override
      public int encodedLength(T value) {
        return length.encodedLength(value);
      }

      @Override
      public int encode(T value, ByteBuffer buf, int at) {
        return encoder.encode(value, buf, at);
      }

      @Override
      public T decode(ByteBuffer buf, int at) throws CkptFormatException {
        return decoder.decode(buf, at);
      }

      @Override
      public void refs(T value, RefVisitor visitor) throws CkptFormatException {
        refs.refs(value, visitor);
      }
    };
  }

  /** A generated codec's {@code refs}. */
  interface Refs<T> {
    void refs(T value, RefVisitor visitor) throws CkptFormatException;
  }

  /** A generated codec's {@code encodedLength}. */
  interface Length<T> {
    int encodedLength(T value);
  }

  /** A generated codec's {@code encode}. */
  interface Encoder<T> {
    int encode(T value, ByteBuffer buf, int at);
  }

  /** A generated codec's {@code decode}. */
  interface Decoder<T> {
    T decode(ByteBuffer buf, int at) throws CkptFormatException;
  }

  RecordCodec<ImageHeader> IMAGE_HEADER = of(ImageHeaderCodec.TYPE, ImageHeaderCodec::encodedLength,
      ImageHeaderCodec::encode, ImageHeaderCodec::decode);
  RecordCodec<SchemaFields> FIELDS = of(SchemaFieldsCodec.TYPE, SchemaFieldsCodec::encodedLength,
      SchemaFieldsCodec::encode, SchemaFieldsCodec::decode);
  RecordCodec<SchemaEnums> ENUMS = of(SchemaEnumsCodec.TYPE, SchemaEnumsCodec::encodedLength,
      SchemaEnumsCodec::encode, SchemaEnumsCodec::decode);
  RecordCodec<SchemaSubsystems> SUBSYSTEMS = of(SchemaSubsystemsCodec.TYPE, SchemaSubsystemsCodec::encodedLength,
      SchemaSubsystemsCodec::encode, SchemaSubsystemsCodec::decode);
  RecordCodec<Section> SECTION = of(SectionCodec.TYPE, SectionCodec::encodedLength, SectionCodec::encode,
      SectionCodec::decode);
  RecordCodec<ObjectRef> OBJECT_REF = of(ObjectRefCodec.TYPE, ObjectRefCodec::encodedLength,
      ObjectRefCodec::encode, ObjectRefCodec::decode);
  RecordCodec<ImageSignature> SIGNATURE = of(ImageSignatureCodec.TYPE, ImageSignatureCodec::encodedLength,
      ImageSignatureCodec::encode, ImageSignatureCodec::decode);
  RecordCodec<Trailer> TRAILER = of(TrailerCodec.TYPE, TrailerCodec::encodedLength, TrailerCodec::encode,
      TrailerCodec::decode);
}
