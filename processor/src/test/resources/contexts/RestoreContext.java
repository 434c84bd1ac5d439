package org.ckptgen.image.hook;

/** A stand-in for ckptgen-image's class, which the processor's tests cannot depend on: the processor knows it by name. */
public final class RestoreContext {}
