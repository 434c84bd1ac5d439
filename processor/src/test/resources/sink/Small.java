package test;

import org.ckptgen.annotations.*;

@CkptEnum(bytes = 1)
enum Small { @EnumCode(0) ZERO, @EnumCode(255) MAX }
