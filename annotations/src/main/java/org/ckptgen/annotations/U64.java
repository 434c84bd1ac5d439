package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code long} (or the elements of a {@code long[]}) as the unsigned C type {@code __u64}. The Java
 * value keeps the same bits; read it with the {@code toUnsigned} methods of the wrapper class.
 * Without this annotation a {@code long} is stored as {@code __s64}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface U64 {}
