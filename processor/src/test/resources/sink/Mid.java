package test;

import org.ckptgen.annotations.*;

@CkptEnum(bytes = 2)
enum Mid { @EnumCode(7) SEVEN, @EnumCode(65535) TOP }
