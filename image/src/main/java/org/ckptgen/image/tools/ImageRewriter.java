package org.ckptgen.image.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.ckptgen.image.AtomicFile;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.Progress;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;

/**
 * The user-space filter of the linux-cr discussion (seeds/003): reads a whole image, lets code
 * replace records, and writes a valid image with a new trailer and checksum. The input is checked
 * in full first; the output replaces its file only once it is whole and on disk, and is read back
 * and checked before that, so a filter can never leave a half-written or invalid image behind.
 */
public final class ImageRewriter {
  private ImageRewriter() {}

  /** Replaces records: returns a record's new bytes (header included, its {@code len} right), or null to keep it. */
  public interface Edit {
    ByteBuffer rewrite(RecordView record, ImageLayout layout) throws CkptFormatException;
  }

  /**
   * Rewrites {@code in} to {@code out} (which may be the same file). The header and schema tables
   * are kept; the records between them and the trailer go through {@code edit}.
   *
   * @return the new image's trailer
   */
  public static Trailer rewrite(Path in, Path out, Edit edit, Progress progress) throws IOException, CkptFormatException {
    return rewrite(in, out, null, edit, progress, null);
  }

  /**
   * As {@link #rewrite(Path, Path, Edit, Progress)}, with {@code in} checked against {@code schema}
   * first and its records handed to {@code edit} with the schema's layout, not the image's own
   * (null: the image's own). The output is checked against it too.
   */
  public static Trailer rewrite(Path in, Path out, TrustedSchema schema, Edit edit, Progress progress)
      throws IOException, CkptFormatException {
    return rewrite(in, out, schema, edit, progress, null);
  }

  /**
   * As {@link #rewrite(Path, Path, TrustedSchema, Edit, Progress)}, with the output signed by
   * {@code signWith} (an Ed25519 private key) unless it is null. The signature of a signed
   * {@code in} is never copied: it would not match the new bytes.
   */
  public static Trailer rewrite(Path in, Path out, TrustedSchema schema, Edit edit, Progress progress,
      PrivateKey signWith)
      throws IOException, CkptFormatException {
    Trailer[] written = new Trailer[1];
    try (ImageReader reader = ImageReader.open(in)) {
      reader.verify();
      if (schema != null) {
        reader.trust(schema);
      }
      long total = reader.size();
      AtomicFile.<CkptFormatException>write(out, channel -> {
        ImageWriter w = new ImageWriter(channel, reader.header(), reader.fields(), reader.enums(), reader.subsystems(),
            signWith);
        for (RecordView v : reader.records()) {
          ByteBuffer replaced = edit.rewrite(v, reader.layout());
          if (replaced == null) {
            w.writeRaw(v.bytes());
          } else {
            if (replaced.remaining() < 8 || LittleEndian.getInt(replaced, replaced.position()) != v.type()) {
              throw new IllegalArgumentException(String.format(
                  "the edit of the record at offset %d returned no record of type 0x%x", v.position(), v.type()));
            }
            w.writeRaw(replaced);
          }
          progress.at(v.position() + v.length(), total);
        }
        written[0] = w.finish();
      }, copy -> check(copy, schema));
      progress.at(total, total);
    }
    return written[0];
  }

  /** The output must be as readable as the input: a filter that breaks a record is caught before the rename. */
  private static void check(Path written, TrustedSchema schema) throws IOException, CkptFormatException {
    try (ImageReader check = ImageReader.open(written)) {
      check.verify();
      if (schema != null) {
        check.trust(schema);
      }
      GenericDecoder decoder = new GenericDecoder(check.layout());
      for (RecordView v : check.records()) {
        if (check.layout().byType(v.type()) != null) {
          decoder.decode(v);
        }
      }
    }
  }
}
