package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root of one kind of image, such as a container checkpoint. The build generates, for
 * each root, the C header {@code <name>_ckpt_hdr.h} describing every {@link CkptStruct} of the
 * build byte for byte.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CheckpointImage {
  /** The image name: lower case letters, digits and {@code _}, starting with a letter. Names the C files. */
  String name();

  /** The image version, written into the image header. */
  int version() default 1;
}
