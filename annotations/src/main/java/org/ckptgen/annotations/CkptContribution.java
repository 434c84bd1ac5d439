package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a library module contributes to an image assembled in another module: written by the
 * processor, never by hand, on one class per contributed type in the package {@value #PACKAGE}
 * (as Hilt's {@code hilt_aggregated_deps}). The build of the module that holds the
 * {@link CheckpointImage} root finds these classes on its class path and generates the image's
 * dispatch, schema, reader and C header from them (docs/MODULES.md).
 *
 * <p>Types are named by their canonical names, not by class literals, so that a contribution
 * compiles whatever the contributed type's access.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CkptContribution {
  /** The package every contribution class is generated into. */
  String PACKAGE = "ckptgen_aggregated";

  /** The contributing module, from {@code -Ackptgen.moduleName}; empty when it was not given. */
  String module() default "";

  /** The contributed {@link CkptStruct} types. */
  String[] structs() default {};

  /**
   * For a struct, its Javadoc, which class files do not keep: the assembling build writes its C
   * comments from it as from a struct of its own.
   */
  String javadoc() default "";

  /** The contributed {@link Subsystem} types. */
  String[] subsystems() default {};

  /**
   * For a subsystem, the image it belongs to, by {@link CheckpointImage#name()}; empty for the
   * one image root of the assembling build.
   */
  String image() default "";
}
