package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A subsystem that checkpoints its own state, "the subsystem is king": one
 * {@link CheckpointHook} that returns the state as a checkpoint record, one {@link RestoreHook}
 * that takes it back, and optionally an {@link AbortHook} that undoes a restore when a later
 * subsystem fails. The image's dispatch calls every subsystem in sorted order of name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Subsystem {
  /** The name: lower case letters, digits and {@code _}, starting with a letter, at most 31 bytes. */
  String value();

  /** The {@link CheckpointImage} root the subsystem belongs to; by default the build's only one. */
  Class<?> image() default void.class;

  /**
   * The image version that added the subsystem: 1 (the default) for one of the first version, or
   * from 2 to the image's version. Images of an older version have no section of it; restoring
   * one calls the subsystem's {@link AbsentHook} instead of its restore hook, which a subsystem
   * of a later version must have.
   */
  int since() default 1;
}
