package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The trailing variable-length array of integers or value structs. The build adds a {@code __u32}
 * count field {@code n<name>} where the component is declared; the elements follow the fixed
 * part of the struct (a C flexible array member). Only the last component may be variable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface VarArray {
  /** The largest element count a valid image may hold, at least 1. */
  int max();
}
