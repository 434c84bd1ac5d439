package org.ckptgen.processor.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.StructLayout;

/** Java names of the generated code and of what it calls. */
final class Names {
  private static final String RUNTIME = "org.ckptgen.runtime";

  static final ClassName WIRE = ClassName.get(RUNTIME, "Wire");
  static final ClassName UTF8 = ClassName.get(RUNTIME, "Utf8");
  static final ClassName LITTLE_ENDIAN = ClassName.get(RUNTIME, "LittleEndian");
  static final ClassName FORMAT_EXCEPTION = ClassName.get(RUNTIME, "CkptFormatException");
  static final ClassName REF_VISITOR = ClassName.get(RUNTIME, "RefVisitor");
  static final ClassName JSON = ClassName.get(RUNTIME, "Json");
  static final ClassName RECORD_CODEC = ClassName.get(RUNTIME, "RecordCodec");
  static final ClassName CODEC_REGISTRY = ClassName.get(RUNTIME, "CodecRegistry");

  /**
   * ckptgen-image's packages, by audience (their package-info files): the format and its I/O,
   * the hook API the dispatch hands to the subsystems' hooks, and the tools the Reader offers.
   */
  static final String IMAGE = "org.ckptgen.image";
  static final String IMAGE_HOOK = IMAGE + ".hook";
  static final String IMAGE_TOOLS = IMAGE + ".tools";

  /** {@code @Generated("org.ckptgen.processor.CkptProcessor")}, without a date: builds are reproducible. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "org.ckptgen.processor.CkptProcessor")
          .build();

  private Names() {}

  static ClassName javaClass(JavaType type) {
    List<String> names = type.simpleNames();
    return ClassName.get(type.packageName(), names.get(0),
        names.subList(1, names.size()).toArray(new String[0]));
  }

  static ClassName codecClass(StructLayout struct) {
    return ClassName.get(struct.javaType().packageName(), struct.javaType().flatName("Codec"));
  }

  static ClassName enumCodesClass(EnumModel e) {
    return ClassName.get(e.javaType().packageName(), e.javaType().flatName("Codes"));
  }

  /** The Java type of a record component. */
  static TypeName javaFieldType(Member f) {
    if (f.view()) {
      return ClassName.get(java.nio.ByteBuffer.class);
    }
    TypeName one;
    switch (f.element()) {
      case BOOL: one = TypeName.BOOLEAN; break;
      case ENUM: one = javaClass(f.enumType().javaType()); break;
      case STRUCT: one = javaClass(f.struct().javaType()); break;
      case CHAR: return ClassName.get(String.class);
      case OBJREF: one = TypeName.INT; break;
      default: one = List.of(TypeName.BYTE, TypeName.SHORT, TypeName.INT, TypeName.LONG)
          .get(Integer.numberOfTrailingZeros(f.scalar().size()));
    }
    return f.arity() == Member.Arity.ONE ? one : ArrayTypeName.of(one);
  }

  /** {@code label_len} → {@code labelLen}. */
  static String camel(String cName) {
    StringBuilder out = new StringBuilder();
    boolean up = false;
    for (char c : cName.toCharArray()) {
      if (c == '_') {
        up = out.length() > 0;
      } else {
        out.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return out.toString();
  }
}
