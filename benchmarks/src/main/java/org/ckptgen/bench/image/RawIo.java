package org.ckptgen.bench.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The baseline: the same bytes written and read with a plain {@link FileChannel}, opened as the
 * image benchmarks open theirs, with nothing encoded, checked or decoded.
 */
final class RawIo {
  private RawIo() {}

  static FileChannel create(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  /** Writes all of {@code bytes} to {@code file}, replacing it; returns the bytes written. */
  static long write(Path file, ByteBuffer bytes) throws IOException {
    ByteBuffer b = bytes.duplicate();
    try (FileChannel ch = create(file)) {
      while (b.hasRemaining()) {
        ch.write(b);
      }
    }
    return bytes.remaining();
  }

  /** Reads all of {@code file} into {@code into}, which must hold it; returns the bytes read. */
  static long read(Path file, ByteBuffer into) throws IOException {
    into.clear();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      while (ch.read(into) > 0) {
        // until end of file
      }
    }
    return into.flip().remaining();
  }

  /**
   * Reads all of {@code file} into {@code into} half a MiB at a time, as the image reader fills
   * its private copy (a heap buffer is read through the JDK's temporary direct buffer of the
   * chunk's size); returns the bytes read.
   */
  static long readChunked(Path file, ByteBuffer into) throws IOException {
    into.clear();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      while (ch.read(into.slice(into.position(), Math.min(512 << 10, into.remaining()))) > 0) {
        into.position((int) ch.position());
      }
    }
    return into.flip().remaining();
  }

  /** The whole of {@code file} in a direct buffer. */
  static ByteBuffer load(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.allocateDirect(Math.toIntExact(Files.size(file)));
    read(file, b);
    return b;
  }
}
