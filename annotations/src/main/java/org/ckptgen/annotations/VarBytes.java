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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface VarBytes {
  /** The largest payload in bytes, at least 1. */
  int max();
}
