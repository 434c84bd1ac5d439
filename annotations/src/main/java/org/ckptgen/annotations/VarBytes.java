package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The trailing variable-length byte payload, for bulk data such as memory pages. The build adds
 * a {@code __u32 <name>_len} field where the component is declared; the bytes follow the fixed
 * part.
 *
 * <p>On a {@code byte[]} the payload is copied in and out. On a {@code java.nio.ByteBuffer} it is
 * not: encoding writes the buffer's remaining bytes without moving its position, and decoding
 * returns a read-only view of the bytes read (valid as long as they are), so a large image, for
 * instance a memory-mapped one, is read without copying its payloads onto the heap. Restored from
 * a file with {@code ImageReader.open(Path)} (every generated {@code restore(Path, ...)}), the
 * view is of the reader's private copy of the image, which stays valid after the restore for as
 * long as the view is referenced: a restore hook may keep it as its own memory, without a copy.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface VarBytes {
  /** The largest payload in bytes, at least 1. */
  int max();
}
