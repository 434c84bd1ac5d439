package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member holds group ids: an {@code int} or {@code int[]} (32 bits, like the kernel's
 * {@code gid_t}). The image's field table marks it, so that {@code ckpt remap --gid A:B} and
 * other user-space filters rewrite exactly these members, without the subsystems' classes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Gid {}
