package org.ckptgen.processor.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.ckptgen.processor.model.EnumModel;

/** Writes {@code <Enum>Codes}: the stable code of each constant, both ways, with no reflection. */
public final class EnumCodesWriter {
  private EnumCodesWriter() {}

  public static JavaFile write(EnumModel model, Element origin) {
    ClassName type = Names.javaClass(model.javaType());
    ClassName codes = Names.enumCodesClass(model);

    // public static int code(SecType value) { return switch (value) { case CRED -> 1; ... }; }
    CodeBlock.Builder toCode = CodeBlock.builder().add("return switch (value) {\n").indent();
    // public static SecType of(int code, ...) { return switch (code) { case 1 -> SecType.CRED; ... }; }
    CodeBlock.Builder fromCode = CodeBlock.builder().add("return switch (code) {\n").indent();
    for (EnumModel.Constant c : model.constants()) {
      toCode.add("case $L -> $L;\n", c.javaName(), c.code());
      fromCode.add("case $L -> $T.$L;\n", c.code(), type, c.javaName());
    }
    toCode.unindent().add("};\n");
    fromCode.add("default -> throw new $T(at, recordType,\n", Names.FORMAT_EXCEPTION)
        // the words of the generic decoder and the C reader, which do not know the enum's name
        .add("    field + \" has code \" + Integer.toUnsignedString(code) + \", which is no constant of its enum\");\n")
        .unindent().add("};\n");

    TypeSpec spec = TypeSpec.classBuilder(codes)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.GENERATED)
        .addOriginatingElement(origin)
        .addJavadoc("The stable codes of {@link $T}, {@code enum $L} in C.\n", type, model.cName())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("code")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(type, "value")
            .addJavadoc("The code images store for {@code value}.\n")
            .addCode(toCode.build())
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addParameter(TypeName.INT, "code")
            .addParameter(TypeName.INT, "at")
            .addParameter(TypeName.INT, "recordType")
            .addParameter(String.class, "field")
            .addException(Names.FORMAT_EXCEPTION)
            .addJavadoc("The constant stored as {@code code}, read at {@code at} for {@code field}.\n\n"
                + "@throws $T if no constant has that code\n", Names.FORMAT_EXCEPTION)
            .addCode(fromCode.build())
            .build())
        .build();
    return JavaFile.builder(codes.packageName(), spec).skipJavaLangImports(true).indent("  ").build();
  }
}
