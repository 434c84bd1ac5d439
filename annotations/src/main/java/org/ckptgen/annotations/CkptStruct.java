package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java record as a checkpoint struct: its components, in order, are laid out as a C
 * struct with natural alignment, explicit padding and a size rounded up to 8 bytes.
 *
 * <p>With a {@link #type()} the struct is a <em>record</em>: it starts with {@code struct ckpt_hdr}
 * (type and length) and stands on its own in an image, like linux-cr's {@code ckpt_hdr_cred}.
 * Without one it is a <em>value struct</em> that is only nested inside others, like
 * {@code ckpt_capabilities}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CkptStruct {
  /** The value of {@link #type()} for a value struct, which has no record header. */
  int NESTED = 0;

  /** The lowest type id a user record may take; ids below are reserved for the image framing. */
  int FIRST_USER_TYPE = 0x100;

  /** The record type id: stable, unique within the build, at least {@link #FIRST_USER_TYPE}. */
  int type() default NESTED;

  /** True when instances are shared objects, written once and referenced by {@link ObjRef}. */
  boolean shared() default false;

  /**
   * The C name of the struct. Defaults to {@code ckpt_hdr_<snake_case>} for a record and
   * {@code ckpt_<snake_case>} for a value struct.
   */
  String cName() default "";
}
