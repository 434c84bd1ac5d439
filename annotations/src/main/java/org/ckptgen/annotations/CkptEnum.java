package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an enum as storable in a checkpoint struct. Every constant carries a stable
 * {@link EnumCode}; the image stores the code, never the ordinal.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CkptEnum {
  /** Bytes of storage: 1, 2 or 4 ({@code __u8}, {@code __u16}, {@code __u32}). */
  int bytes() default 4;

  /** The C name of the enum. Defaults to {@code ckpt_<snake_case>}. */
  String cName() default "";
}
