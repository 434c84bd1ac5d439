package org.ckptgen.image;

import java.nio.ByteBuffer;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.RecordCodec;

/**
 * One record of an image, not decoded yet: its type, where it is and how long.
 *
 * <p>A record of a mapped image ({@link ImageReader}) is read in place: {@code image} is the
 * whole image, or for an image over 2 GiB the window of it where the record starts, and
 * {@code offset} the record's place in it. A record of a streamed image
 * ({@link ImageStream}) has a buffer of its own, at offset 0, valid until the next record is read;
 * {@link #position()} is then where it was in the stream.
 *
 * @param offset where the record starts in {@code image}
 * @param image the bytes, read-only, possibly shared by every view: read them only at absolute offsets
 * @param base where {@code image} starts in the image file: 0 for an image in one mapping, the
 *     window's start for a larger one, the record's own position for a streamed record
 */
public record RecordView(int type, int offset, int length, ByteBuffer image, long base) {

  /** A record of a mapped image, read in place. */
  public RecordView(int type, int offset, int length, ByteBuffer image) {
    this(type, offset, length, image, 0);
  }

  /** Where the record starts in the image file. */
  public long position() {
    return base + offset;
  }

  /** The record's bytes, header included, read-only. */
  public ByteBuffer bytes() {
    return image.slice(offset, length);
  }

  /**
   * Decodes the record; offsets in errors count from the start of the image file. A mapped file
   * truncated under the reader is one error here too: the JVM turns the fault of a read past the
   * file's new end into an InternalError, which this reports as the record's.
   */
  public <T> T decode(RecordCodec<T> codec) throws CkptFormatException {
    try {
      return codec.decode(image, offset);
    } catch (CkptFormatException e) {
      throw shifted(e);
    } catch (InternalError e) {
      throw ImageReader.changedUnderReader(position(), type, e);
    }
  }

  /** {@code e}, with its offset counted from the start of the image file instead of the buffer. */
  CkptFormatException shifted(CkptFormatException e) {
    return base == 0 ? e : new CkptFormatException(base + e.offset(), e.recordType(), e.reason(), e);
  }
}
