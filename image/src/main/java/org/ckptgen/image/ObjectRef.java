package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U32;

/**
 * Precedes the record of a shared object, at its first reference; later references carry only
 * the id. A reader fetches an object by id and expected type.
 *
 * @param objtype the record type of the object that follows
 * @param objref the object's id, from 1 up, in the order objects are first written
 */
@CkptStruct(type = 0x0003, cName = "ckpt_hdr_objref")
public record ObjectRef(@U32 int objtype, int objref) {}
