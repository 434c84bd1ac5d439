package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code int} as a reference to a shared object ({@code __s32 xxx_ref} in C). Zero means no
 * object; ids of objects start at 1.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ObjRef {
  /** The struct of the referenced object; it must be declared {@code @CkptStruct(shared = true)}. */
  Class<?> value();
}
