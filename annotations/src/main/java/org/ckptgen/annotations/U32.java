package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an {@code int} (or the elements of an {@code int[]}) as the unsigned C type {@code __u32}. The Java
 * value keeps the same bits; read it with the {@code toUnsigned} methods of the wrapper class.
 * Without this annotation an {@code int} is stored as {@code __s32}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface U32 {}
