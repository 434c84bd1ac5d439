package org.ckptgen.runtime;

/**
 * Visits the objrefs of a decoded record, each with the record type its struct declares for
 * it, so that a reader can check every reference of an image: known, not forward, right type.
 */
@FunctionalInterface
public interface RefVisitor {
  /**
   * @param objref the id read, 0 for none
   * @param expectedType the record type the field's {@code @ObjRef} names
   * @param field the C name of the field, {@code ckpt_hdr_cred.user_ref}
   */
  void ref(int objref, int expectedType, String field) throws CkptFormatException;

  /**
   * As {@link #ref(int, int, String)}, saying whether the field's {@code @ObjRef} allows 0 (none);
   * generated codecs call this one. By default the optional flag is ignored.
   */
  default void ref(int objref, int expectedType, String field, boolean optional) throws CkptFormatException {
    ref(objref, expectedType, field);
  }
}
