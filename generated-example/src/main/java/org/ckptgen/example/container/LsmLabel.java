package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarString;

/**
 * A security label, as linux-cr's {@code struct ckpt_hdr_lsm}: shared by every object that
 * carries the same label.
 *
 * @param sectype the kind of object labelled
 * @param label the LSM's text for the label, such as an SELinux context
 */
@CkptStruct(type = 0x0105, shared = true, cName = "ckpt_hdr_lsm")
public record LsmLabel(SecType sectype, @VarString(max = 4096) String label) {}
