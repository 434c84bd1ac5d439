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
 * subsystem fails. The image's dispatch calls the subsystems in one order, its dispatch order:
 * sorted by name, except where {@link #after} and {@link #before} say otherwise (the topological
 * order of those constraints, the smallest name first wherever they leave a choice). Checkpoint
 * writes the sections in it, restore runs the restore hooks in it, and aborts run in reverse.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Subsystem {
  /** The name: lower case letters, digits and {@code _}, starting with a letter, at most 31 bytes. */
  String value();

  /**
   * The {@link CheckpointImage} root the subsystem belongs to, which must be compiled with it; by
   * default the build's only one, required with several.
   */
  Class<?> image() default void.class;

  /**
   * The image the subsystem belongs to, by {@link CheckpointImage#name()}: how a subsystem in a
   * library module names an image whose root is in a module that depends on it (docs/MODULES.md).
   * Empty (the default) for {@link #image()}, or for the one image root of the assembling build.
   */
  String imageName() default "";

  /**
   * The names of subsystems of the same image that come before this one: their sections are
   * written first (so objects shared there can be referenced here) and their restore hooks run
   * first. A name that is no subsystem of the image, or a cycle, is a compile error.
   */
  String[] after() default {};

  /**
   * The names of subsystems of the same image that come after this one, as if each named this one
   * in its {@link #after}: for example, credentials applied at the very end of restart.
   */
  String[] before() default {};

  /**
   * The image version that added the subsystem: 1 (the default) for one of the first version, or
   * from 2 to the image's version. Images of an older version have no section of it; restoring
   * one calls the subsystem's {@link AbsentHook} instead of its restore hook, which a subsystem
   * of a later version must have.
   */
  int since() default 1;
}
