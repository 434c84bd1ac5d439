package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The trailing variable-length NUL-terminated string, such as an LSM label. The build adds a
 * {@code __u32 <name>_len} field (bytes of text, NUL excluded) where the component is declared;
 * the text and its NUL follow the fixed part. The text may not contain NUL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface VarString {
  /** The largest length in bytes of UTF-8 text, NUL excluded, at least 1. */
  int max();
}
