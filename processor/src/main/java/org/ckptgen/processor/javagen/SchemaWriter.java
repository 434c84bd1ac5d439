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
  private static final ClassName SCHEMA_FIELDS = ClassName.get(IMAGE, "SchemaFields");
  private static final ClassName SCHEMA_ENUMS = ClassName.get(IMAGE, "SchemaEnums");
  private static final ClassName SCHEMA_SUBSYSTEMS = ClassName.get(IMAGE, "SchemaSubsystems");
  private static final ClassName TRUSTED_SCHEMA = ClassName.get(IMAGE, "TrustedSchema");
  private static final ClassName SCHEMA_TABLES = ClassName.get(IMAGE, "SchemaTables");
  private static final TypeName ANY_CODEC = ParameterizedTypeName.get(RECORD_CODEC, WildcardTypeName.subtypeOf(Object.class));

  /**
   * Records, table rows or switch cases per generated method or holder class: a method of the JVM
   * holds at most 64 KiB of code, and a row costs about 40 bytes, so a schema of thousands of
   * structs is made in parts of this many.
   */
  static final int CHUNK = 256;

  /**
   * Codec constants per class: each costs its class about 14 bytes of initializer and 10 constants,
   * so a schema of more records keeps them in holder classes of this many.
   */
  static final int CODEC_CHUNK = 2048;

  /** Bytes of schema text per string constant, below the class file's 65,535. */
  static final int TEXT_CHUNK = 60_000;

  /** The class the image module must provide for a schema class to be written. */
  public static final String REQUIRES = IMAGE + ".ImageWriter";

  private SchemaWriter() {}

  /**
   * The schema class, and past {@link #CODEC_CHUNK} records the interfaces that declare its codec
   * constants in parts.
   *
   * @param subsystems the image's subsystems in dispatch order (sorted by name), for its subsystem table
   */
  public static List<JavaFile> write(JavaType root, Schema image, List<SubsystemModel> subsystems,
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
    // Past CODEC_CHUNK records the constants are declared in public interfaces of CODEC_CHUNK
    // each, which the schema class implements (Schema.CRED still names one), and the registry's
    // arrays are made in nested holder classes: no class initializer nears the JVM's 64 KiB of
    // code per method, nor a class its 65,535 constants (each constant costs its class about 5).
    List<StructLayout> records = structs.stream().filter(StructLayout::isRecord).toList();
    boolean held = records.size() > CODEC_CHUNK;
    List<TypeSpec.Builder> holders = new java.util.ArrayList<>();
    List<TypeSpec.Builder> parts = new java.util.ArrayList<>();
    List<CodeBlock> codecs = new java.util.ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      StructLayout s = records.get(i);
      String field = fields.get(s);
      TypeName codecType = ParameterizedTypeName.get(RECORD_CODEC, Names.javaClass(s.javaType()));
      FieldSpec.Builder constant = FieldSpec.builder(codecType, field, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The codec of {@code struct $L}, type {@code $L}.\n", s.cName(), s.typeIdHex())
          .initializer("$T.INSTANCE", Names.codecClass(s));
      if (held) {
        int h = i / CODEC_CHUNK;
        if (i % CODEC_CHUNK == 0) {
          holders.add(TypeSpec.classBuilder("Codecs" + h).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL));
          ClassName part = codecsPart(schema, h);
          TypeSpec.Builder partType = TypeSpec.interfaceBuilder(part)
              .addModifiers(Modifier.PUBLIC)
              .addAnnotation(Names.GENERATED)
              .addJavadoc("The codec constants of records $L to $L of {@link $T}, which implements this interface:\n"
                  + "name them as {@code $T.$L}. A class file holds at most 65,535 constants, so a schema of\n"
                  + "more than $L records declares its codec constants in parts.\n", i,
                  Math.min(records.size(), i + CODEC_CHUNK) - 1, schema, schema, field, CODEC_CHUNK);
          origins.forEach(partType::addOriginatingElement);
          parts.add(partType);
          type.addSuperinterface(part);
        }
        parts.get(h).addField(constant.build());
      } else {
        type.addField(constant.build());
      }
      codecs.add(CodeBlock.of("$L", field));
    }
    // the one table of the schema's codecs: by type id, by class, JSON
    CodeBlock registry;
    if (held) {
      for (int h = 0; h < holders.size(); h++) {
        List<CodeBlock> part = codecs.subList(h * CODEC_CHUNK, Math.min(codecs.size(), (h + 1) * CODEC_CHUNK));
        holders.get(h).addField(FieldSpec.builder(com.palantir.javapoet.ArrayTypeName.of(ANY_CODEC), "ALL",
            Modifier.STATIC, Modifier.FINAL).initializer(literal(ANY_CODEC, part)).build());
      }
      registry = CodeBlock.of("$T.ofParts(NAME$L)", Names.CODEC_REGISTRY, java.util.stream.IntStream.range(0, holders.size())
          .mapToObj(h -> CodeBlock.of(",$WCodecs$L.ALL", h)).collect(CodeBlock.joining("")));
    } else {
      registry = CodeBlock.of("$T.of(NAME$L)", Names.CODEC_REGISTRY,
          codecs.stream().map(c -> CodeBlock.of(",$W$L", c)).collect(CodeBlock.joining("")));
    }
    type.addField(FieldSpec.builder(Names.CODEC_REGISTRY, "CODECS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The codec of every record: by type id, by record class, and for JSON.\n")
        .initializer(registry)
        .build());
    holders.forEach(h -> type.addType(h.build()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    // the four tables as text, read once by SchemaTables: rows as data, not as calls for javac to check
    type.addType(TypeSpec.classBuilder("Tables")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(SCHEMA_TABLES, "TABLES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("One row a line ({@link $T}): {@code struct TYPE SIZE VERSION FLAGS NAME}, then its members\n"
                + "{@code ROLE ELEMENT ARITY FLAGS ELEMENT_SIZE OFFSET LENGTH REF SINCE NAME}; {@code enum ENUM_ID CODE NAME};\n"
                + "{@code subsystem STATE_TYPE FLAGS SINCE NAME}.\n", SCHEMA_TABLES)
            .initializer("$T.parse($L)", SCHEMA_TABLES, text(tables).stream().map(part -> CodeBlock.of("$L", part))
                .collect(CodeBlock.joining(",$W")))
            .build())
        .build());
    type.addMethod(table("entries", com.palantir.javapoet.ArrayTypeName.of(SCHEMA_ENTRY),
        "The schema table of the image header: every struct of the image, value structs (type 0) included.\n"));
    type.addMethod(table("fields", SCHEMA_FIELDS,
        "The field table of the image: every member of every struct of {@link #entries()}, by index.\n"));
    type.addMethod(table("enums", SCHEMA_ENUMS,
        "The enum table of the image: the constants of every enum the field table refers to.\n"));
    type.addMethod(table("subsystems", SCHEMA_SUBSYSTEMS,
        "The subsystem table of the image: each subsystem's name and state type, in the order of its sections.\n"));
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
    List<JavaFile> files = new java.util.ArrayList<>();
    files.add(JavaFile.builder(schema.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build());
    for (TypeSpec.Builder part : parts) {
      files.add(JavaFile.builder(schema.packageName(), part.build()).skipJavaLangImports(true).indent("  ").build());
    }
    return files;
  }

  /** The interface of part {@code h} of the codec constants of a schema of more than {@link #CODEC_CHUNK} records. */
  static ClassName codecsPart(ClassName schema, int h) {
    return ClassName.get(schema.packageName(), schema.simpleName() + "Codecs" + h);
  }

  /** The schema class of an image root. */
  static ClassName schemaClass(JavaType root) {
    return ClassName.get(root.packageName(), root.flatName("Schema"));
  }

  /** The name of each record's codec constant in the schema class: {@code GroupInfo} → {@code GROUP_INFO}. */
  static java.util.Map<StructLayout, String> codecFields(List<StructLayout> structs) {
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("NAME", "VERSION", "FINGERPRINT", "CODECS")) {
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

  private static CodeBlock literal(TypeName element, List<CodeBlock> items) {
    CodeBlock.Builder b = CodeBlock.builder().add("new $T[] {\n", element).indent();
    items.forEach(item -> b.add("$L,\n", item));
    return b.unindent().add("}").build();
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc).initializer(value).build();
  }

  // public static SchemaEntry[] entries() { return Tables.TABLES.entries(); }
  private static MethodSpec table(String name, TypeName returns, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns)
        .addJavadoc(doc)
        .addStatement("return Tables.TABLES.$L()", name)
        .build();
  }

  /**
   * The tables as the text {@code SchemaTables.parse} reads (its Javadoc gives the columns), in text
   * blocks of at most {@link #TEXT_CHUNK} bytes, each ending with a whole struct.
   */
  static List<String> text(Tables tables) {
    TextBlocks text = new TextBlocks();
    int f = 0;
    List<Tables.FieldRow> fields = tables.fields();
    for (int owner = 0; owner < tables.structs().size(); owner++) {
      Tables.StructRow s = tables.structs().get(owner);
      StringBuilder rows = new StringBuilder();
      rows.append("struct ").append(String.format("0x%04x", s.type())).append(' ').append(s.size()).append(' ')
          .append(s.version()).append(' ').append(s.flags()).append(' ').append(name(s.name())).append('\n');
      for (; f < fields.size() && fields.get(f).owner() == owner; f++) {
        Tables.FieldRow m = fields.get(f);
        rows.append("  ").append(m.role()).append(' ').append(m.element()).append(' ').append(m.arity()).append(' ')
            .append(m.flags()).append(' ').append(m.elementSize()).append(' ').append(m.offset()).append(' ')
            .append(m.length()).append(' ').append(m.ref()).append(' ').append(m.since()).append(' ')
            .append(name(m.name())).append('\n');
      }
      text.add(rows);
    }
    if (f != fields.size()) {
      throw new IllegalStateException("the field table is not in the order of the schema table");
    }
    for (Tables.EnumRow e : tables.enums()) {
      text.add("enum " + e.enumId() + " " + e.code() + " " + name(e.name()) + "\n");
    }
    for (Tables.SubsystemRow s : tables.subsystems()) {
      boolean removed = (s.flags() & Tables.SUBSYSTEM_REMOVED) != 0;
      // as SubsystemEntry stores it: since 0 for the first version and for a removed subsystem
      int since = removed || s.since() <= 1 ? 0 : s.since();
      text.add("subsystem " + String.format("0x%04x", s.stateType()) + " " + s.flags() + " " + since + " "
          + name(s.name()) + "\n");
    }
    return text.blocks();
  }

  /** Rows gathered into text blocks of at most {@link #TEXT_CHUNK} bytes of UTF-8, a row never split. */
  private static final class TextBlocks {
    private final List<String> blocks = new java.util.ArrayList<>();
    private StringBuilder block = new StringBuilder();
    private int bytes;

    void add(CharSequence rows) {
      int n = utf8Length(rows);
      if (bytes > 0 && bytes + n > TEXT_CHUNK) {
        blocks.add(block.toString());
        block = new StringBuilder();
        bytes = 0;
      }
      block.append(rows);
      bytes += n;
    }

    List<String> blocks() {
      if (bytes > 0 || blocks.isEmpty()) {
        blocks.add(block.toString());
      }
      return blocks.stream().map(b -> "\"\"\"\n" + b + "\"\"\"").toList();
    }
  }

  private static int utf8Length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }

  /** A name as the text holds it: one word, nothing a text block would read as an escape or its end. */
  private static String name(String name) {
    if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == '"')) {
      throw new IllegalStateException("a name the schema text cannot hold: \"" + name + "\"");
    }
    return name;
  }
}
