package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code byte} (or the elements of a {@code byte[]}) as the unsigned C type {@code __u8}. The Java
 * value keeps the same bits; read it with the {@code toUnsigned} methods of the wrapper class.
 * Without this annotation a {@code byte} is stored as {@code __s8}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface U8 {}
