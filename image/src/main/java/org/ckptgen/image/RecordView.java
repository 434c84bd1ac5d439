package org.ckptgen.image;

import java.nio.ByteBuffer;
import org.ckptgen.runtime.CkptFormatException;

/**
 * One record of a verified image, not decoded yet: its type, where it is and how long.
 *
 * @param image the whole image, read-only, shared by every view: read it only at absolute offsets
 */
public record RecordView(int type, int offset, int length, ByteBuffer image) {

  /** Decodes the record; offsets in errors count from the start of the image. */
  public <T> T decode(RecordCodec<T> codec) throws CkptFormatException {
    return codec.decode(image, offset);
  }
}
