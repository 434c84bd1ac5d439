package org.ckptgen.cli;

import java.io.IOException;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ckptgen.image.AtomicFile;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.Trailer;
import org.ckptgen.runtime.CkptFormatException;

/**
 * Where the commands that write an image write it: OUT, replaced only once the new image is whole
 * and read back; or standard output for {@code -} (or an OUT that is a pipe or a device), which
 * gets the image only then too (it is written to a temporary file first), so a reader of the pipe
 * never sees half an image. A failure
 * to write is {@link Streams.OutputFailed}, naming OUT and never the temporary file.
 */
final class Output {
  private Output() {}

  /** Writes the image to a file of the caller's choosing. */
  interface ToFile {
    Trailer write(Path target) throws IOException, CkptFormatException, JsonImage.BadJson;
  }

  /** Writes the image to a channel. */
  interface ToChannel {
    Trailer write(WritableByteChannel channel) throws IOException, CkptFormatException, JsonImage.BadJson;
  }

  /**
   * Writes through {@code body} to {@code out}; for {@code -}, or an OUT that is no regular file (a
   * pipe, {@code /dev/stdout}, {@code /dev/null}), to a temporary file and then to the stream:
   * replacing a device or pipe by renaming a file over it would take it away from everyone.
   */
  static Trailer image(Path out, ToFile body) throws IOException, CkptFormatException, JsonImage.BadJson {
    if (Files.isDirectory(out)) {
      throw new Streams.OutputFailed(out.toString(), new FileSystemException(out.toString(), null, "is a directory"));
    }
    boolean stream = Streams.isStd(out) || Files.exists(out) && !Files.isRegularFile(out);
    if (!stream) {
      try {
        return body.write(out);
      } catch (IOException e) {
        throw new Streams.OutputFailed(out.toString(), e);
      }
    }
    Path temp = Files.createTempFile("ckpt-", ".ckpt");
    try {
      Trailer t;
      try {
        t = body.write(temp);
      } catch (IOException e) {
        throw new Streams.OutputFailed("a temporary file for standard output", e);
      }
      try (InputStream in = Files.newInputStream(temp)) {
        if (Streams.isStd(out)) {
          in.transferTo(Streams.stdout());  // a failure here is OutputFailed, naming standard output
        } else {
          try (OutputStream to = new FileOutputStream(out.toFile())) {
            in.transferTo(to);
          } catch (IOException e) {
            throw new Streams.OutputFailed(out.toString(), e);
          }
        }
      }
      return t;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes {@code target} atomically through {@code body}, then reads it back as {@code ckpt verify} and dump do. */
  static Trailer atomically(Path target, ToChannel body) throws IOException, CkptFormatException, JsonImage.BadJson {
    Trailer[] t = new Trailer[1];
    try {
      AtomicFile.<Exception>write(target, channel -> {
        try {
          t[0] = body.write(channel);
        } catch (JsonImage.BadJson | CkptFormatException e) {
          throw new Failed(e);
        }
      }, Output::readBack);
    } catch (Failed e) {
      if (e.getCause() instanceof JsonImage.BadJson b) {
        throw b;
      }
      throw (CkptFormatException) e.getCause();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw (CkptFormatException) e;
    }
    return t[0];
  }

  /** Carries the body's own errors through AtomicFile, which removes the temporary file on the way. */
  private static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;

    Failed(Exception cause) {
      super(cause);
    }
  }

  private static void readBack(Path written) throws IOException, CkptFormatException {
    try (ImageReader r = ImageReader.open(written)) {
      r.verify();
      GenericDecoder decoder = new GenericDecoder(r.layout());
      for (RecordView v : r.records()) {
        if (r.layout().byType(v.type()) != null) {
          decoder.decode(v);
        }
      }
    }
  }
}
