/**
 * The annotations that subsystem code compiles against.
 *
 * <p>Generated code carries {@code @javax.annotation.processing.Generated}, which lives in
 * {@code java.compiler}; a module that requires this one reads it at compile time without
 * saying so. Nothing of it is needed at run time (the annotation is kept in sources only).
 */
module org.ckptgen.annotations {
  requires static transitive java.compiler;

  exports org.ckptgen.annotations;
}
