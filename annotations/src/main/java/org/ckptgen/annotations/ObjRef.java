package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code int} as a reference to a shared object ({@code __s32 xxx_ref} in C); ids of
 * objects start at 1.
 *
 * <p>A reference is required unless declared {@code optional = true}: a restore refuses an image
 * that holds 0 in a required reference (or in an element of a required array of references)
 * before any restore hook runs, so hooks never meet a missing object by surprise. An optional
 * reference may hold 0, meaning none; hooks read it with {@code RestoreContext.optional}, which
 * says so in its type. The C header says "0 for none" on optional references only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ObjRef {
  /** The struct of the referenced object; it must be declared {@code @CkptStruct(shared = true)}. */
  Class<?> value();

  /** Whether 0 (none) is a valid value; by default a reference must name an object. */
  boolean optional() default false;
}
