package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code String} stored as {@code char x[length]}: UTF-8 bytes, then NUL bytes up to the
 * length. At most {@code length - 1} bytes of text, so the array always holds a terminator.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface FixedString {
  /** The size of the C array in bytes, NUL included, at least 2. */
  int length();
}
