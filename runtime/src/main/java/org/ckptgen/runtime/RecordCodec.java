package org.ckptgen.runtime;

import java.nio.ByteBuffer;

/**
 * The codec of one record type, as every generated record codec implements it: {@code
 * CredCodec.INSTANCE} is the codec of {@code Cred}. The image writer and reader, the generated
 * dispatch, the typed reader and JSON take records through this interface, and a schema's
 * {@link CodecRegistry} finds the codec of a type id or of a record's class.
 *
 * <p>A generated codec is a final class with one instance, so a call through {@code
 * CredCodec.INSTANCE} binds to one method (monomorphic) and encoding allocates nothing.
 *
 * @param <T> the record
 */
public interface RecordCodec<T> {
  /** The record type id. */
  int type();

  /** The Java record class this codec reads and writes. */
  Class<T> recordClass();

  /**
   * The record length of {@code value}, header included; checks every bound first.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   */
  int encodedLength(T value);

  /**
   * Writes {@code value} at {@code buf[at]} in little endian and returns its length; allocates nothing.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   * @throws IndexOutOfBoundsException if the record does not fit below the buffer's limit
   */
  int encode(T value, ByteBuffer buf, int at);

  /**
   * Reads and checks the record at {@code buf[at]}.
   *
   * @throws CkptFormatException if the bytes are not a valid record of this type
   */
  T decode(ByteBuffer buf, int at) throws CkptFormatException;

  /** Visits every objref of {@code value} with the record type it must point to; none by default. */
  default void refs(T value, RefVisitor visitor) throws CkptFormatException {}

  /** Appends {@code value} as a JSON object keyed by C member names. */
  void json(T value, StringBuilder out);

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
}
