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
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.RemovedSubsystem;
import org.ckptgen.processor.model.SubsystemModel;
import org.ckptgen.processor.model.Tables;

/**
 * Writes {@code <Root>Schema} for an image root: its name, version and schema fingerprint, the
 * schema table of its header, and the codec of every record, by type id and by class: what the
 * dispatch writes images with and what readers look records up in.
 */
public final class SchemaWriter {
  private static final String IMAGE = Names.IMAGE;
  private static final ClassName RECORD_CODEC = Names.RECORD_CODEC;
  private static final ClassName SCHEMA_ENTRY = ClassName.get(IMAGE, "SchemaEntry");
  private static final ClassName IMAGE_HEADER = ClassName.get(IMAGE, "ImageHeader");
  private static final ClassName IMAGE_WRITER = ClassName.get(IMAGE, "ImageWriter");
  private static final ClassName FIELD_ENTRY = ClassName.get(IMAGE, "FieldEntry");
  private static final ClassName SCHEMA_FIELDS = ClassName.get(IMAGE, "SchemaFields");
  private static final ClassName ENUM_VALUE = ClassName.get(IMAGE, "EnumValue");
  private static final ClassName SCHEMA_ENUMS = ClassName.get(IMAGE, "SchemaEnums");
  private static final ClassName SUBSYSTEM_ENTRY = ClassName.get(IMAGE, "SubsystemEntry");
  private static final ClassName SCHEMA_SUBSYSTEMS = ClassName.get(IMAGE, "SchemaSubsystems");
  private static final ClassName TRUSTED_SCHEMA = ClassName.get(IMAGE, "TrustedSchema");

  /**
   * Records, table rows or switch cases per generated method or holder class: a method of the JVM
   * holds at most 64 KiB of code, and a row costs about 40 bytes, so a schema of thousands of
   * structs is made in parts of this many.
   */
  static final int CHUNK = 256;

  /** The class the image module must provide for a schema class to be written. */
  public static final String REQUIRES = IMAGE + ".ImageWriter";

  private SchemaWriter() {}

  /** @param subsystems the image's subsystems in dispatch order (sorted by name), for its subsystem table */
  public static JavaFile write(JavaType root, Schema image, List<SubsystemModel> subsystems,
      List<RemovedSubsystem> removed, long fingerprint, List<Element> origins) {
    String imageName = image.imageName();
    int imageVersion = image.imageVersion();
    List<StructLayout> structs = image.structs();
    Tables tables = Tables.of(image, subsystems, removed);
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

    // public static final RecordCodec<Cred> CRED = CredCodec.INSTANCE;
    // Past CHUNK records the constants are made in nested holder classes, so that no class
    // initializer nears the JVM's 64 KiB of code per method.
    List<StructLayout> records = structs.stream().filter(StructLayout::isRecord).toList();
    List<CodeBlock> codecs = new java.util.ArrayList<>();
    List<TypeSpec.Builder> holders = new java.util.ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      StructLayout s = records.get(i);
      ClassName record = Names.javaClass(s.javaType());
      ClassName codec = Names.codecClass(s);
      String field = fields.get(s);
      TypeName codecType = ParameterizedTypeName.get(RECORD_CODEC, record);
      CodeBlock value = CodeBlock.of("$T.INSTANCE", codec);
      if (records.size() > CHUNK) {
        if (i % CHUNK == 0) {
          holders.add(TypeSpec.classBuilder("Codecs" + i / CHUNK)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL));
        }
        holders.get(i / CHUNK)
            .addField(FieldSpec.builder(codecType, field, Modifier.STATIC, Modifier.FINAL).initializer(value).build());
        value = CodeBlock.of("Codecs$L.$L", i / CHUNK, field);
      }
      type.addField(FieldSpec.builder(codecType, field, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The codec of {@code struct $L}, type {@code $L}.\n", s.cName(), s.typeIdHex())
          .initializer(value)
          .build());
      codecs.add(CodeBlock.of("$L", field));
    }
    // the one table of the schema's codecs: by type id, by class, JSON
    type.addField(FieldSpec.builder(Names.CODEC_REGISTRY, "CODECS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The codec of every record: by type id, by record class, and for JSON.\n")
        .initializer(codecs.size() <= CHUNK ? CodeBlock.of("$T.of(NAME$L)", Names.CODEC_REGISTRY,
                codecs.stream().map(c -> CodeBlock.of(",$W$L", c)).collect(CodeBlock.joining("")))
            : CodeBlock.of("$T.of(NAME, $L)", Names.CODEC_REGISTRY,
                arrayOf(type, ParameterizedTypeName.get(RECORD_CODEC, WildcardTypeName.subtypeOf(Object.class)),
                    "recordCodecs", codecs)))
        .build());
    holders.forEach(h -> type.addType(h.build()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(entries(type, tables));
    type.addMethod(fields(type, tables));
    type.addMethod(enumValues(type, tables));
    type.addMethod(subsystemTable(tables));
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
        .addJavadoc("Starts a new image on {@code out}: its header, field, enum and subsystem tables.\n")
        .addStatement("return new $T(out, header(createdNs), fields(), enums(), subsystems())", IMAGE_WRITER)
        .build());
    // built on first use, from the very bytes writer() starts every image with
    type.addType(TypeSpec.classBuilder("Trusted")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(TRUSTED_SCHEMA, "SCHEMA", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.ofWriter(out -> writer(out, 0), $S)", TRUSTED_SCHEMA, schema.simpleName())
            .build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("trusted")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TRUSTED_SCHEMA)
        .addJavadoc("The header and tables every image of this schema starts with, as a trusted schema: what the\n"
            + "typed reader and restore check an image's own tables against. The same bytes as the schema file\n"
            + "{@code META-INF/ckptgen/$L.ckptschema}.\n", imageName)
        .addStatement("return Trusted.SCHEMA")
        .build());
    type.addMethod(MethodSpec.methodBuilder("codec")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RECORD_CODEC, WildcardTypeName.subtypeOf(Object.class)))
        .addParameter(TypeName.INT, "type")
        .addJavadoc("The codec of record type {@code type}, or null for a type this schema does not have.\n")
        .addStatement("return CODECS.codec(type)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("json")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(TypeName.INT, "type")
        .addParameter(Object.class, "record")
        .addParameter(StringBuilder.class, "out")
        .addJavadoc("Appends {@code record}, a decoded record of type {@code type}, as a JSON object.\n\n"
            + "@throws IllegalArgumentException for a type this schema does not have\n")
        .addStatement("CODECS.json(type, record, out)")
        .build());
    TypeVariableName t = TypeVariableName.get("T", ClassName.get(Record.class));
    type.addMethod(MethodSpec.methodBuilder("codecOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(t)
        .returns(ParameterizedTypeName.get(RECORD_CODEC, t))
        .addParameter(t, "record")
        .addJavadoc("The codec of {@code record}'s class.\n\n"
            + "@throws IllegalArgumentException if the record is not one of this schema\n")
        .addStatement("return CODECS.codecOf(record)")
        .build());
    return JavaFile.builder(schema.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
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

  /**
   * An expression for the array of {@code items}; past {@link #CHUNK} items, private methods
   * {@code name0()}, {@code name1()}, ... of {@code type} make its parts, and the expression joins them.
   */
  private static CodeBlock arrayOf(TypeSpec.Builder type, TypeName element, String name, List<CodeBlock> items) {
    if (items.size() <= CHUNK) {
      return literal(element, items);
    }
    CodeBlock.Builder parts = CodeBlock.builder();
    for (int c = 0; c * CHUNK < items.size(); c++) {
      type.addMethod(MethodSpec.methodBuilder(name + c)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(com.palantir.javapoet.ArrayTypeName.of(element))
          .addStatement("return $L", literal(element, items.subList(c * CHUNK, Math.min(items.size(), (c + 1) * CHUNK))))
          .build());
      parts.add(c == 0 ? "$L()" : ", $L()", name + c);
    }
    return CodeBlock.of("$T.of($L).flatMap($T::stream).toArray($T[]::new)", java.util.stream.Stream.class,
        parts.build(), java.util.Arrays.class, element);
  }

  private static CodeBlock literal(TypeName element, List<CodeBlock> items) {
    CodeBlock.Builder b = CodeBlock.builder().add("new $T[] {\n", element).indent();
    items.forEach(item -> b.add("$L,\n", item));
    return b.unindent().add("}").build();
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc).initializer(value).build();
  }

  // public static SchemaEntry[] entries() { return new SchemaEntry[] { new SchemaEntry(0x0101, 88, 1, 1, "ckpt_hdr_cred"), ... }; }
  private static MethodSpec entries(TypeSpec.Builder type, Tables tables) {
    List<CodeBlock> rows = new java.util.ArrayList<>();
    for (Tables.StructRow s : tables.structs()) {
      CodeBlock flags = switch (s.flags()) {
        case Tables.SHARED | Tables.VARIABLE -> CodeBlock.of("$T.SHARED | $T.VARIABLE", SCHEMA_ENTRY, SCHEMA_ENTRY);
        case Tables.SHARED -> CodeBlock.of("$T.SHARED", SCHEMA_ENTRY);
        case Tables.VARIABLE -> CodeBlock.of("$T.VARIABLE", SCHEMA_ENTRY);
        default -> CodeBlock.of("$L", s.flags());
      };
      rows.add(CodeBlock.of("new $T($L, $L, $L, $L, $S)", SCHEMA_ENTRY,
          s.type() == 0 ? "0" : String.format("0x%04x", s.type()), s.size(), s.version(), flags, s.name()));
    }
    return MethodSpec.methodBuilder("entries")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(com.palantir.javapoet.ArrayTypeName.of(SCHEMA_ENTRY))
        .addJavadoc("The schema table of the image header: every struct of the image, value structs (type 0) included.\n")
        .addStatement("return $L", arrayOf(type, SCHEMA_ENTRY, "entries", rows))
        .build();
  }

  // public static SchemaFields fields() { return new SchemaFields(new FieldEntry[] { FieldEntry.of(0, 1, 1, 0, ...), ... }); }
  private static MethodSpec fields(TypeSpec.Builder type, Tables tables) {
    List<CodeBlock> rows = new java.util.ArrayList<>();
    int owner = -1;
    for (Tables.FieldRow f : tables.fields()) {
      CodeBlock first = f.owner() != owner ? CodeBlock.of("// $L\n", tables.structs().get(f.owner()).name()) : CodeBlock.of("");
      owner = f.owner();
      rows.add(CodeBlock.of("$L$T.of($L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $S)", first, FIELD_ENTRY, f.owner(),
          f.role(), f.element(), f.arity(), f.flags(), f.elementSize(), f.offset(), f.length(), f.ref(), f.since(),
          f.name()));
    }
    return MethodSpec.methodBuilder("fields")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SCHEMA_FIELDS)
        .addJavadoc("The field table of the image: every member of every struct of {@link #entries()}, by index.\n")
        .addStatement("return new $T($L)", SCHEMA_FIELDS, arrayOf(type, FIELD_ENTRY, "fields", rows))
        .build();
  }

  // public static SchemaSubsystems subsystems() { return new SchemaSubsystems(new SubsystemEntry[] { SubsystemEntry.of("cred", 0x0110, 1), ... }); }
  private static MethodSpec subsystemTable(Tables tables) {
    List<CodeBlock> rows = new java.util.ArrayList<>();
    for (Tables.SubsystemRow s : tables.subsystems()) {
      if ((s.flags() & Tables.SUBSYSTEM_REMOVED) != 0) {
        rows.add(CodeBlock.of("$T.removed($S, $L)", SUBSYSTEM_ENTRY, s.name(), (s.flags() & Tables.SUBSYSTEM_SKIP) != 0));
      } else {
        rows.add(CodeBlock.of("$T.of($S, 0x$L, $L)", SUBSYSTEM_ENTRY, s.name(), String.format("%04x", s.stateType()),
            Math.max(1, s.since())));
      }
    }
    return MethodSpec.methodBuilder("subsystems")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SCHEMA_SUBSYSTEMS)
        .addJavadoc("The subsystem table of the image: each subsystem's name and state type, in the order of its sections.\n")
        .addStatement("return new $T($L)", SCHEMA_SUBSYSTEMS, literal(SUBSYSTEM_ENTRY, rows))
        .build();
  }

  // public static SchemaEnums enums() { return new SchemaEnums(new EnumValue[] { new EnumValue(0, 1, "SELINUX"), ... }); }
  private static MethodSpec enumValues(TypeSpec.Builder type, Tables tables) {
    List<CodeBlock> rows = new java.util.ArrayList<>();
    for (Tables.EnumRow e : tables.enums()) {
      rows.add(CodeBlock.of("new $T($L, $L, $S)", ENUM_VALUE, e.enumId(), e.code(), e.name()));
    }
    return MethodSpec.methodBuilder("enums")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SCHEMA_ENUMS)
        .addJavadoc("The enum table of the image: the constants of every enum the field table refers to.\n")
        .addStatement("return new $T($L)", SCHEMA_ENUMS, arrayOf(type, ENUM_VALUE, "enums", rows))
        .build();
  }
}
