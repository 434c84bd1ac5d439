package org.ckptgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field added in a later version of a record. Fields of each version follow those of earlier
 * versions and start at an 8-byte boundary, so that a reader of an older version sees a longer
 * record whose tail it skips, and a reader of this version fills the fields an older, shorter
 * record lacks with defaults: 0, false, an empty string, a zero-filled array, or the enum
 * constant whose code is 0.
 *
 * <p>Only records (structs with a type) evolve, and only without a variable-length member,
 * whose elements sit right after the fixed part. Nested structs are not allowed as later fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Since {
  /** The version of the record that added the field, at least 2. */
  int value();
}
