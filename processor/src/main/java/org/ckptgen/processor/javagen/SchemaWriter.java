package org.ckptgen.processor.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.StructLayout;

/**
 * Writes {@code <Root>Schema} for an image root: its name, version and schema fingerprint, the
 * schema table of its header, and the codec of every record, by type id and by class: what the
 * dispatch writes images with and what readers look records up in.
 */
public final class SchemaWriter {
  private static final String IMAGE = "org.ckptgen.image";
  private static final ClassName RECORD_CODEC = ClassName.get(IMAGE, "RecordCodec");
  private static final ClassName SCHEMA_ENTRY = ClassName.get(IMAGE, "SchemaEntry");
  private static final ClassName IMAGE_HEADER = ClassName.get(IMAGE, "ImageHeader");
  private static final ClassName IMAGE_WRITER = ClassName.get(IMAGE, "ImageWriter");
  private static final ClassName FIELD_ENTRY = ClassName.get(IMAGE, "FieldEntry");
  private static final ClassName SCHEMA_FIELDS = ClassName.get(IMAGE, "SchemaFields");
  private static final ClassName ENUM_VALUE = ClassName.get(IMAGE, "EnumValue");
  private static final ClassName SCHEMA_ENUMS = ClassName.get(IMAGE, "SchemaEnums");

  /** The class the image module must provide for a schema class to be written. */
  public static final String REQUIRES = IMAGE + ".RecordCodec";

  private SchemaWriter() {}

  public static JavaFile write(JavaType root, String imageName, int imageVersion, long fingerprint,
      List<StructLayout> structs, List<Element> origins) {
    ClassName schema = schemaClass(root);
    TypeSpec.Builder type = TypeSpec.classBuilder(schema)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.GENERATED)
        .addJavadoc("The schema of \"$L\" images, version $L: every struct, the codec of every record,\n"
            + "and the fingerprint of their layouts.\n", imageName, imageVersion);
    origins.forEach(type::addOriginatingElement);
    java.util.Map<StructLayout, String> fields = codecFields(structs);
    type.addField(constant(TypeName.get(String.class), "NAME", CodeBlock.of("$S", imageName), "The image name."));
    type.addField(constant(TypeName.INT, "VERSION", CodeBlock.of("$L", imageVersion), "The image version."));
    type.addField(constant(TypeName.LONG, "FINGERPRINT", CodeBlock.of("0x$LL", Long.toHexString(fingerprint)),
        "The first 8 bytes of the SHA-256 of every struct layout: equal in two builds only if they agree on every byte."));

    // public static final RecordCodec<Cred> CRED = RecordCodec.of(CredCodec.TYPE, CredCodec::encodedLength, ...);
    CodeBlock.Builder byType = CodeBlock.builder().add("return switch (type) {\n").indent();
    CodeBlock.Builder json = CodeBlock.builder().add("switch (type) {\n").indent();
    CodeBlock.Builder byClass = CodeBlock.builder();
    boolean first = true;
    for (StructLayout s : structs) {
      if (!s.isRecord()) {
        continue;
      }
      ClassName record = Names.javaClass(s.javaType());
      ClassName codec = Names.codecClass(s);
      String field = fields.get(s);
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(RECORD_CODEC, record), field,
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The codec of {@code struct $L}, type {@code $L}.\n", s.cName(), s.typeIdHex())
          .initializer(codecValue(s, codec))
          .build());
      byType.add("case $T.TYPE -> $L;\n", codec, field);
      json.add("case $T.TYPE -> $T.json(($T) record, out);\n", codec, codec, record);
      byClass.add(first ? "if" : " else if").add(" (record instanceof $T) {\n", record).indent()
          .addStatement("codec = $L", field).unindent().add("}");
      first = false;
    }
    byType.add("default -> null;\n").unindent().add("};\n");
    json.add("default -> throw new $T($S + Integer.toHexString(type));\n", IllegalArgumentException.class,
        "not a record type of the " + imageName + " image: 0x").unindent().add("}\n");

    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(entries(structs));
    List<EnumModel> enums = enums(structs);
    type.addMethod(fields(structs, enums));
    type.addMethod(enumValues(enums));
    type.addMethod(MethodSpec.methodBuilder("header")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(IMAGE_HEADER)
        .addParameter(TypeName.LONG, "createdNs")
        .addJavadoc("The header of a new image created at {@code createdNs} (nanoseconds since the epoch).\n")
        .addStatement("return $T.of(NAME, VERSION, FINGERPRINT, entries(), createdNs)", IMAGE_HEADER)
        .build());
    type.addMethod(MethodSpec.methodBuilder("writer")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(IMAGE_WRITER)
        .addParameter(java.nio.channels.WritableByteChannel.class, "out")
        .addParameter(TypeName.LONG, "createdNs")
        .addException(java.io.IOException.class)
        .addJavadoc("Starts a new image on {@code out}: its header, field table and enum table.\n")
        .addStatement("return new $T(out, header(createdNs), fields(), enums())", IMAGE_WRITER)
        .build());
    type.addMethod(MethodSpec.methodBuilder("codec")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RECORD_CODEC, WildcardTypeName.subtypeOf(Object.class)))
        .addParameter(TypeName.INT, "type")
        .addJavadoc("The codec of record type {@code type}, or null for a type this schema does not have.\n")
        .addCode(byType.build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("json")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(TypeName.INT, "type")
        .addParameter(Object.class, "record")
        .addParameter(StringBuilder.class, "out")
        .addJavadoc("Appends {@code record}, a decoded record of type {@code type}, as a JSON object.\n\n"
            + "@throws IllegalArgumentException for a type this schema does not have\n")
        .addCode(json.build())
        .build());
    TypeVariableName t = TypeVariableName.get("T", ClassName.get(Record.class));
    type.addMethod(MethodSpec.methodBuilder("codecOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(t)
        .returns(ParameterizedTypeName.get(RECORD_CODEC, t))
        .addParameter(t, "record")
        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked").build())
        .addJavadoc("The codec of {@code record}'s class.\n\n"
            + "@throws IllegalArgumentException if the record is not one of this schema\n")
        .addCode(codecOfBody(byClass.build(), first, imageName))
        .build());
    return JavaFile.builder(schema.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /** {@code RecordCodec.of(CredCodec.TYPE, ...)}, with refs and a payload where the struct has them. */
  private static CodeBlock codecValue(StructLayout s, ClassName codec) {
    CodeBlock of = s.members().stream().anyMatch(org.ckptgen.processor.model.Member::hasRefs)
        ? CodeBlock.of("$T.of($T.TYPE, $T::encodedLength, $T::encode, $T::decode, $T::refs)", RECORD_CODEC,
            codec, codec, codec, codec, codec)
        : CodeBlock.of("$T.of($T.TYPE, $T::encodedLength, $T::encode, $T::decode)", RECORD_CODEC,
            codec, codec, codec, codec);
    if (s.variable().filter(org.ckptgen.processor.model.Member::view).isPresent()) {
      return CodeBlock.of("$L\n    .withPayload($T::encodeHead, $T::payload)", of, codec, codec);
    }
    return of;
  }

  /** The schema class of an image root. */
  static ClassName schemaClass(JavaType root) {
    return ClassName.get(root.packageName(), root.flatName("Schema"));
  }

  /** The name of each record's codec constant in the schema class: {@code GroupInfo} → {@code GROUP_INFO}. */
  static java.util.Map<StructLayout, String> codecFields(List<StructLayout> structs) {
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("NAME", "VERSION", "FINGERPRINT")) {
      names.newName(reserved, reserved);
    }
    java.util.Map<StructLayout, String> fields = new java.util.LinkedHashMap<>();
    for (StructLayout s : structs) {
      if (s.isRecord()) {
        fields.put(s, names.newName(String.join("_", s.javaType().simpleNames())
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT), s));
      }
    }
    return fields;
  }

  /** {@code if (record instanceof Cred) { codec = CRED; } else if ... else { throw ... } return (RecordCodec<T>) codec;} */
  private static CodeBlock codecOfBody(CodeBlock branches, boolean none, String imageName) {
    CodeBlock refuse = CodeBlock.of("throw new $T($S + record)", IllegalArgumentException.class,
        "not a record of the " + imageName + " image: ");
    if (none) {
      return CodeBlock.builder().addStatement(refuse).build();
    }
    return CodeBlock.builder()
        .addStatement("$T<?> codec", RECORD_CODEC)
        .add(branches)
        .add(" else {\n").indent().addStatement(refuse).unindent().add("}\n")
        .addStatement("return ($T<T>) codec", RECORD_CODEC)
        .build();
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc).initializer(value).build();
  }

  // public static SchemaEntry[] entries() { return new SchemaEntry[] { new SchemaEntry(0x0101, 88, 1, 1, "ckpt_hdr_cred"), ... }; }
  private static MethodSpec entries(List<StructLayout> structs) {
    CodeBlock.Builder list = CodeBlock.builder().add("return new $T[] {\n", SCHEMA_ENTRY).indent();
    for (StructLayout s : structs) {
      CodeBlock flags = s.shared() && s.variable().isPresent()
          ? CodeBlock.of("$T.SHARED | $T.VARIABLE", SCHEMA_ENTRY, SCHEMA_ENTRY)
          : s.shared() ? CodeBlock.of("$T.SHARED", SCHEMA_ENTRY)
          : s.variable().isPresent() ? CodeBlock.of("$T.VARIABLE", SCHEMA_ENTRY) : CodeBlock.of("0");
      list.add("new $T($L, $L, $L, $L, $S),\n", SCHEMA_ENTRY, s.isRecord() ? s.typeIdHex() : "0", s.size(),
          s.version(), flags, s.cName());
    }
    list.unindent().add("};\n");
    return MethodSpec.methodBuilder("entries")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(com.palantir.javapoet.ArrayTypeName.of(SCHEMA_ENTRY))
        .addJavadoc("The schema table of the image header: every struct of the image, value structs (type 0) included.\n")
        .addCode(list.build())
        .build();
  }

  /** The enums of {@code structs}, in order of first use: a field entry refers to one by its index. */
  private static List<EnumModel> enums(List<StructLayout> structs) {
    java.util.Set<EnumModel> enums = new java.util.LinkedHashSet<>();
    for (StructLayout s : structs) {
      for (Member m : s.members()) {
        if (m.enumType() != null) {
          enums.add(m.enumType());
        }
      }
    }
    return List.copyOf(enums);
  }

  // public static SchemaFields fields() { return new SchemaFields(new FieldEntry[] { FieldEntry.of(0, 1, 1, 0, ...), ... }); }
  private static MethodSpec fields(List<StructLayout> structs, List<EnumModel> enums) {
    CodeBlock.Builder list = CodeBlock.builder().add("return new $T(new $T[] {\n", SCHEMA_FIELDS, FIELD_ENTRY).indent();
    for (int owner = 0; owner < structs.size(); owner++) {
      StructLayout s = structs.get(owner);
      list.add("// $L\n", s.cName());
      for (Member m : s.members()) {
        int ref = m.struct() != null ? structs.indexOf(m.struct())
            : m.enumType() != null ? enums.indexOf(m.enumType())
            : m.element() == Member.Element.OBJREF ? m.refType() : 0;
        int flags = (m.scalar() != null && m.scalar().signed() && m.element() == Member.Element.INT ? 1 : 0)
            | (m.sorted() ? 2 : 0) | (m.view() ? 4 : 0)
            | (m.id() == Member.IdKind.UID ? 8 : 0) | (m.id() == Member.IdKind.GID ? 16 : 0);
        long length = m.arity() == Member.Arity.VARIABLE ? m.max() : m.length();
        list.add("$T.of($L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $S),\n", FIELD_ENTRY, owner, m.role().ordinal(),
            m.element().ordinal(), m.arity().ordinal(), flags, m.elementSize(), m.offset(), length,
            ref, m.since(), m.cName());
      }
    }
    list.unindent().add("});\n");
    return MethodSpec.methodBuilder("fields")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SCHEMA_FIELDS)
        .addJavadoc("The field table of the image: every member of every struct of {@link #entries()}, by index.\n")
        .addCode(list.build())
        .build();
  }

  // public static SchemaEnums enums() { return new SchemaEnums(new EnumValue[] { new EnumValue(0, 1, "SELINUX"), ... }); }
  private static MethodSpec enumValues(List<EnumModel> enums) {
    CodeBlock.Builder list = CodeBlock.builder().add("return new $T(new $T[] {\n", SCHEMA_ENUMS, ENUM_VALUE).indent();
    for (int id = 0; id < enums.size(); id++) {
      for (EnumModel.Constant c : enums.get(id).constants()) {
        list.add("new $T($L, $L, $S),\n", ENUM_VALUE, id, c.code(), c.javaName());
      }
    }
    list.unindent().add("});\n");
    return MethodSpec.methodBuilder("enums")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SCHEMA_ENUMS)
        .addJavadoc("The enum table of the image: the constants of every enum the field table refers to.\n")
        .addCode(list.build())
        .build();
  }
}
