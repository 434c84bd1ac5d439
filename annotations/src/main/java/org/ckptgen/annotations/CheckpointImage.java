package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root of one kind of image, such as a container checkpoint. The build generates, for
 * each root, its schema, reader and dispatch, and the C header {@code <name>_ckpt_hdr.h} and
 * reader describing byte for byte the structs the image holds: the state records of its
 * {@link Subsystem}s, the structs they nest and the shared records their {@link ObjRef}s name,
 * transitively, and the {@link #structs()} listed here, with what those reach in turn.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CheckpointImage {
  /** The image name: lower case letters, digits and {@code _}, starting with a letter. Names the C files. */
  String name();

  /**
   * The image version, written into the image header. A build restores images of its version
   * and older ones; it refuses newer ones. Raise it when a subsystem is added ({@link
   * Subsystem#since}) or removed ({@link #removed}).
   */
  int version() default 1;

  /**
   * Structs the image holds besides those its subsystems reach: the records of an image written
   * by hand with {@code ImageWriter} (a root without subsystems), or records a hook writes that no
   * state record names by an {@link ObjRef}. Each brings what it nests and refers to.
   */
  Class<?>[] structs() default {};

  /**
   * Subsystems that older versions of the image had and this build no longer has, each with what
   * restoring an older image does with its section: skip it, or refuse the image. A section of a
   * subsystem neither this build's nor listed here is refused.
   */
  Removed[] removed() default {};
}
