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
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.StructLayout;

/**
 * Writes {@code <Root>Reader} for an image root: the typed side of the reader library. A visitor
 * with a method per record type, reading from a file (checked first) or a stream (one pass),
 * JSON of the whole image, and a rewriter whose edits are typed. It uses the schema's codecs and
 * ckptgen-image, never a subsystem, so that user-space tools need no more than those.
 */
public final class ReaderWriter {
  private static final String IMAGE = Names.IMAGE;
  private static final ClassName PUBLIC_KEY = ClassName.get("java.security", "PublicKey");
  private static final ClassName RECORD_VIEW = ClassName.get(IMAGE, "RecordView");
  private static final ClassName IMAGE_LAYOUT = ClassName.get(IMAGE, "ImageLayout");
  private static final ClassName IMAGE_READER = ClassName.get(IMAGE, "ImageReader");
  private static final ClassName IMAGE_DUMP = ClassName.get(Names.IMAGE_TOOLS, "ImageDump");
  private static final ClassName IMAGE_REWRITER = ClassName.get(Names.IMAGE_TOOLS, "ImageRewriter");
  private static final ClassName PROGRESS = ClassName.get(IMAGE, "Progress");
  private static final ClassName TRAILER = ClassName.get(IMAGE, "Trailer");
  private static final ClassName RECORD_CODEC = Names.RECORD_CODEC;
  private static final TypeName ANY_CODEC = ParameterizedTypeName.get(RECORD_CODEC,
      com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
  private static final ClassName IMAGE_CHECKER = ClassName.get(IMAGE, "ImageChecker");
  private static final ClassName GENERIC_DECODER = ClassName.get(IMAGE, "GenericDecoder");
  private static final ClassName FORMAT_EXCEPTION = ClassName.get("org.ckptgen.runtime", "CkptFormatException");

  private ReaderWriter() {}

  public static JavaFile write(JavaType root, String imageName, List<StructLayout> structs, List<Element> origins) {
    ClassName reader = ClassName.get(root.packageName(), root.flatName("Reader"));
    ClassName schema = SchemaWriter.schemaClass(root);
    ClassName visitor = reader.nestedClass("Visitor");
    ClassName edit = reader.nestedClass("Edit");
    NameAllocator names = new NameAllocator();
    names.newName("other", "other");

    TypeSpec.Builder type = TypeSpec.classBuilder(reader)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.GENERATED)
        .addJavadoc("Reads \"$L\" images in user space: every record decoded by its codec, from a file (checked\n"
            + "whole first) or a stream (one pass); the image as JSON; and typed rewriting, such as the\n"
            + "id-mapping filter of linux-cr. Needs ckptgen-runtime, ckptgen-image and the generated\n"
            + "classes only: no subsystem.\n", imageName);
    origins.forEach(type::addOriginatingElement);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    TypeSpec.Builder visitorType = TypeSpec.interfaceBuilder(visitor).addModifiers(Modifier.PUBLIC)
        .addJavadoc("Receives an image's records in order, each decoded by its codec. Every method does nothing\n"
            + "unless overridden.\n");
    TypeSpec.Builder editType = TypeSpec.interfaceBuilder(edit).addModifiers(Modifier.PUBLIC)
        .addJavadoc("What {@link #rewrite} does to each record: every method returns the record to write in its\n"
            + "place, or the very instance it was given to keep the record's bytes as they are.\n");
    List<SwitchInParts.Case> visits = new ArrayList<>();
    List<SwitchInParts.Case> edits = new ArrayList<>();
    // Past CODEC_CHUNK records the methods are declared in parts, interfaces that Visitor and Edit
    // extend: a class file holds at most 65,535 constants (two a method) and 65,535 methods.
    List<StructLayout> records = structs.stream().filter(StructLayout::isRecord).toList();
    boolean inParts = records.size() > SchemaWriter.CODEC_CHUNK;
    List<TypeSpec.Builder> visitorParts = new ArrayList<>();
    List<TypeSpec.Builder> editParts = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      StructLayout s = records.get(i);
      TypeSpec.Builder visitorPart = visitorType;
      TypeSpec.Builder editPart = editType;
      if (inParts) {
        int p = i / SchemaWriter.CODEC_CHUNK;
        if (i % SchemaWriter.CODEC_CHUNK == 0) {
          int last = Math.min(records.size(), i + SchemaWriter.CODEC_CHUNK) - 1;
          visitorParts.add(TypeSpec.interfaceBuilder("VisitorPart" + p).addModifiers(Modifier.PUBLIC)
              .addJavadoc("Records $L to $L of {@link Visitor}, which extends this interface: implement {@code Visitor}.\n",
                  i, last));
          editParts.add(TypeSpec.interfaceBuilder("EditPart" + p).addModifiers(Modifier.PUBLIC)
              .addJavadoc("Records $L to $L of {@link Edit}, which extends this interface: implement {@code Edit}.\n",
                  i, last));
        }
        visitorPart = visitorParts.get(p);
        editPart = editParts.get(p);
      }
      ClassName record = Names.javaClass(s.javaType());
      String method = names.newName(lowerCamel(String.join("", s.javaType().simpleNames())), s);
      visitorPart.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .addParameter(TypeName.LONG, "position")
          .addParameter(record, "value")
          .addException(IOException.class)
          .addJavadoc("A {@code struct $L} record (type {@code $L}) at byte {@code position} of the image.\n",
              s.cName(), s.typeIdHex())
          .build());
      editPart.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(record)
          .addParameter(record, "value")
          .addJavadoc("The {@code struct $L} to write instead of {@code value}; {@code value} itself to keep it.\n",
              s.cName())
          .addStatement("return value")
          .build());
      // case 0x0101 -> visitor.cred(position, (Cred) value): casts, no generic call for javac to infer
      visits.add(new SwitchInParts.Case(s.typeId(), CodeBlock.of("visitor.$L(position, ($T) value)", method, record)));
      edits.add(new SwitchInParts.Case(s.typeId(), CodeBlock.of("edit.$L(($T) value)", method, record)));
    }
    visitorType.addMethod(MethodSpec.methodBuilder("other")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addParameter(RECORD_VIEW, "record")
        .addParameter(IMAGE_LAYOUT, "layout")
        .addException(IOException.class)
        .addException(FORMAT_EXCEPTION)
        .addJavadoc("A record this schema has no class for: a section or objref record, or a type of a newer\n"
            + "writer. {@code new $T(layout)} reads it by the image's own field table.\n", GENERIC_DECODER)
        .build());
    for (int p = 0; p < visitorParts.size(); p++) {
      visitorType.addSuperinterface(reader.nestedClass("VisitorPart" + p));
      editType.addSuperinterface(reader.nestedClass("EditPart" + p));
    }
    type.addType(visitorType.build());
    type.addType(editType.build());
    visitorParts.forEach(part -> type.addType(part.build()));
    editParts.forEach(part -> type.addType(part.build()));

    type.addMethod(MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TRAILER)
        .addParameter(Path.class, "image")
        .addParameter(visitor, "visitor")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("Reads the image at {@code image}, memory-mapped: checks all of it first, as restore does\n"
            + "(framing, CRC32C, tables, image name and version, schema, sections, every record and objref),\n"
            + "then visits every record in order. Returns the trailer. A signed image is read, its signature\n"
            + "unchecked; {@link #read(Path, Visitor, PublicKey)} requires one.\n")
        .addStatement("return read(image, visitor, null)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TRAILER)
        .addParameter(Path.class, "image")
        .addParameter(visitor, "visitor")
        .addParameter(PUBLIC_KEY, "key")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("As {@link #read(Path, Visitor)}, for an image that must be signed by {@code key}, an Ed25519\n"
            + "public key (null: any image): checked after the framing and CRC32C, before the tables and\n"
            + "before any record is visited.\n")
        .beginControlFlow("try ($T r = $T.open(image))", IMAGE_READER, IMAGE_READER)
        .addStatement("return read(r, visitor, key)")
        .endControlFlow()
        .build());
    type.addMethod(MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TRAILER)
        .addParameter(InputStream.class, "in")
        .addParameter(visitor, "visitor")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("Reads an image from {@code in} as {@link #read(Path, Visitor)} reads a file, with the same\n"
            + "verdict: the stream is read whole first (into the heap up to 32 MiB, otherwise into an\n"
            + "unlinked temporary file, see {@link $T#open(java.nio.channels.ReadableByteChannel)}) and checked\n"
            + "all, so that no record of a bad image is visited. The caller closes {@code in}.\n", IMAGE_READER)
        .addStatement("return read(in, visitor, null)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TRAILER)
        .addParameter(InputStream.class, "in")
        .addParameter(visitor, "visitor")
        .addParameter(PUBLIC_KEY, "key")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("As {@link #read(InputStream, Visitor)}, for an image that must be signed by {@code key} (null:\n"
            + "any image), checked before any record is visited.\n")
        .beginControlFlow("try ($T r = $T.open($T.newChannel(in)))", IMAGE_READER, IMAGE_READER,
            java.nio.channels.Channels.class)
        .addStatement("return read(r, visitor, key)")
        .endControlFlow()
        .build());
    type.addMethod(MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TRAILER)
        .addParameter(IMAGE_READER, "r")
        .addParameter(visitor, "visitor")
        .addParameter(PUBLIC_KEY, "key")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addStatement("check(r, key)")
        .addStatement("$T trailer = r.verify()", TRAILER)
        .beginControlFlow("for ($T record : r.records())", RECORD_VIEW)
        .addStatement("visit(record, r.layout(), visitor)")
        .endControlFlow()
        .addStatement("return trailer")
        .build());
    type.addMethod(MethodSpec.methodBuilder("visit")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(RECORD_VIEW, "record")
        .addParameter(IMAGE_LAYOUT, "layout")
        .addParameter(visitor, "visitor")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("Decodes {@code record} by its type and hands it to {@code visitor}'s method for the type.\n")
        .addStatement("$T codec = $T.codec(record.type())", ANY_CODEC, schema)
        .beginControlFlow("if (codec == null)")
        .addStatement("visitor.other(record, layout)")
        .nextControlFlow("else")
        .addStatement("visit(record.type(), record.position(), record.decode(codec), visitor)")
        .endControlFlow()
        .build());
    Function<String, MethodSpec.Builder> visitPart = name -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(TypeName.INT, "type")
        .addParameter(TypeName.LONG, "position")
        .addParameter(Object.class, "value")
        .addParameter(visitor, "visitor")
        .addException(IOException.class);
    type.addMethod(visitPart.apply("visit")
        .addJavadoc("Hands {@code value}, a decoded record of type {@code type}, to {@code visitor}'s method for it.\n")
        .addCode(SwitchInParts.body(type, "visit", visitPart, "type, position, value, visitor", "type", visits, false))
        .build());
    Function<String, MethodSpec.Builder> editPart = name -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Object.class)
        .addParameter(TypeName.INT, "type")
        .addParameter(Object.class, "value")
        .addParameter(edit, "edit");
    type.addMethod(editPart.apply("edited")
        .addJavadoc("What {@code edit} makes of {@code value}, a decoded record of type {@code type}.\n")
        .addCode(SwitchInParts.body(type, "edited", editPart, "type, value, edit", "type", edits, true))
        .build());
    type.addMethod(MethodSpec.methodBuilder("json")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(Path.class, "image")
        .addParameter(Appendable.class, "out")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("Writes the whole image at {@code image} to {@code out} as one JSON document, checked first.\n")
        .addStatement("json(image, out, null)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("json")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(Path.class, "image")
        .addParameter(Appendable.class, "out")
        .addParameter(PUBLIC_KEY, "key")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("As {@link #json(Path, Appendable)}, for an image that must be signed by {@code key} (null: any\n"
            + "image), checked before a byte is written.\n")
        .beginControlFlow("try ($T r = $T.open(image))", IMAGE_READER, IMAGE_READER)
        .addStatement("check(r, key)")
        .addStatement("$T.json(r, out, $T.NONE)", IMAGE_DUMP, PROGRESS)
        .endControlFlow()
        .build());
    type.addMethod(MethodSpec.methodBuilder("rewrite")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TRAILER)
        .addParameter(Path.class, "in")
        .addParameter(Path.class, "out")
        .addParameter(edit, "edit")
        .addExceptions(List.of(TypeName.get(IOException.class), FORMAT_EXCEPTION))
        .addJavadoc("Rewrites the image {@code in} to {@code out} (which may be the same file) with {@code edit}'s\n"
            + "changes and a new checksum. {@code in} is checked whole first; {@code out} appears all at\n"
            + "once, only after it has been read back and decoded. Returns the new trailer. The output is\n"
            + "unsigned: the signature of a signed {@code in} would not match it (ckpt sign signs it again).\n")
        .beginControlFlow("try ($T r = $T.open(in))", IMAGE_READER, IMAGE_READER)
        .addStatement("check(r, null)")
        .endControlFlow()
        .addStatement("return $T.rewrite(in, out, $T.trusted(), (record, layout) -> rewritten(record, edit), $T.NONE)",
            IMAGE_REWRITER, schema, PROGRESS)
        .build());
    type.addMethod(MethodSpec.methodBuilder("rewritten")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ByteBuffer.class)
        .addParameter(RECORD_VIEW, "record")
        .addParameter(edit, "edit")
        .addException(FORMAT_EXCEPTION)
        .addJavadoc("The new bytes {@code edit} gives {@code record}, or null to keep them (as for a record this\n"
            + "schema has no class for).\n")
        .addStatement("$T codec = $T.codec(record.type())", ANY_CODEC, schema)
        .beginControlFlow("if (codec == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T value = record.decode(codec)", Object.class)
        .addStatement("return encoded(codec, value, edited(record.type(), value, edit))")
        .build());

    TypeVariableName t = TypeVariableName.get("T");
    type.addMethod(MethodSpec.methodBuilder("encoded")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(t)
        .returns(ByteBuffer.class)
        .addParameter(ParameterizedTypeName.get(RECORD_CODEC, t), "codec")
        .addParameter(Object.class, "before")
        .addParameter(Object.class, "after")
        .addJavadoc("The record's new bytes, or null when the edit kept it.\n")
        .beginControlFlow("if (after == before)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T.requireNonNull(after, $S)", java.util.Objects.class,
            "an edit returned null; it returns the record it was given to keep it")
        .addStatement("$T record = codec.recordClass().cast(after)", t)
        .addStatement("$T bytes = $T.allocate(codec.encodedLength(record))", ByteBuffer.class, ByteBuffer.class)
        .addStatement("codec.encode(record, bytes, 0)")
        .addStatement("return bytes")
        .build());
    type.addMethod(MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(IMAGE_READER, "r")
        .addParameter(PUBLIC_KEY, "key")
        .addException(FORMAT_EXCEPTION)
        .addJavadoc("The whole-image check of restore, with this build's tables and codecs: one verdict. With a\n"
            + "{@code key} (null: none required), the image must be signed by it.\n")
        .addStatement("$T.check(r, new $T($T.trusted(),$W$T::codec), key)", IMAGE_CHECKER, IMAGE_CHECKER.nestedClass("Expectation"),
            schema, schema)
        .build());
    return JavaFile.builder(reader.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
