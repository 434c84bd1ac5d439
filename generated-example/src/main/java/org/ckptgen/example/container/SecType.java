package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptEnum;
import org.ckptgen.annotations.EnumCode;

/** What kind of object an LSM label belongs to, as linux-cr's CKPT_SECURITY_* values. */
@CkptEnum(bytes = 1, cName = "ckpt_security")
public enum SecType {
  @EnumCode(1) MSG_MSG,
  @EnumCode(2) IPC,
  @EnumCode(3) FILE,
  @EnumCode(4) CRED
}
