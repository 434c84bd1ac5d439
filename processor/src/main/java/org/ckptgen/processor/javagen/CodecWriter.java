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
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.ckptgen.processor.model.Member.Arity;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Scalar;
import org.ckptgen.processor.model.StructLayout;

/**
 * Writes {@code <Struct>Codec}: the struct's size and type id, a validating, allocation-free
 * encoder into a caller's buffer, and a decoder that checks every byte it trusts. Every offset
 * comes from the {@link StructLayout}, the same one the C header is printed from.
 */
public final class CodecWriter {
  private static final String BUF = "buf";
  private static final String AT = "at";
  private static final String LEN = "len";
  private static final String VALUE = "value";

  private final StructLayout struct;
  private final ClassName target;
  private final ClassName codec;
  private final String recordType;

  private CodecWriter(StructLayout struct) {
    this.struct = struct;
    this.target = Names.javaClass(struct.javaType());
    this.codec = Names.codecClass(struct);
    this.recordType = struct.isRecord() ? "TYPE" : "recordType";
  }

  public static JavaFile write(StructLayout struct, Element origin) {
    return new CodecWriter(struct).file(origin);
  }

  /** True when encoding a value of {@code struct} must check more than its fixed-size scalars. */
  static boolean needsValidation(StructLayout struct) {
    return struct.fields().stream().anyMatch(m -> m.arity() != Arity.ONE
        || m.element() == Member.Element.CHAR || m.element() == Member.Element.ENUM
        || m.element() == Member.Element.STRUCT);
  }

  private JavaFile file(Element origin) {
    TypeSpec.Builder type = TypeSpec.classBuilder(codec)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.GENERATED)
        .addOriginatingElement(origin)
        .addJavadoc(classDoc());
    if (struct.isRecord()) {
      type.addField(FieldSpec.builder(TypeName.INT, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The record type id, {@code $L} in C.\n", struct.typeConstant())
          .initializer("$L", struct.typeIdHex())
          .build());
    }
    type.addField(FieldSpec.builder(TypeName.INT, "SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code sizeof(struct $L)}: bytes of the fixed part$L.\n", struct.cName(),
            struct.isRecord() ? ", header included" : "")
        .initializer("$L", struct.size())
        .build());
    if (struct.isRecord()) {
      type.addField(FieldSpec.builder(TypeName.INT, "VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The record's version: the highest {@code @Since} of its fields.\n")
          .initializer("$L", struct.version())
          .build());
    }
    if (struct.version() > 1) {
      type.addField(FieldSpec.builder(TypeName.INT, "MIN_SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Bytes of the record of version 1, the shortest a reader accepts.\n")
          .initializer("$L", struct.minLength())
          .build());
    }
    offsets(type);
    if (struct.isRecord()) {
      type.addSuperinterface(ParameterizedTypeName.get(Names.RECORD_CODEC, target));
      type.addField(FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The codec: {@code $T.INSTANCE.encode(value, buf, at)}.\n", codec)
          .initializer("new $T()", codec)
          .build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (struct.isRecord()) {
      type.addMethod(method("type").returns(TypeName.INT).addStatement("return TYPE").build());
      type.addMethod(method("recordClass").returns(ParameterizedTypeName.get(ClassName.get(Class.class), target))
          .addStatement("return $T.class", target).build());
    }
    if (struct.members().stream().anyMatch(Member::hasRefs)) {
      type.addMethod(refs());
    }
    type.addMethod(json());
    if (struct.isRecord()) {
      type.addMethod(encodedLength());
      type.addMethod(encodeRecord());
      if (struct.variable().filter(Member::view).isPresent()) {
        type.addMethod(encodeHead());
        type.addMethod(payload());
      }
      type.addMethod(decodeRecord());
    } else {
      if (needsValidation(struct)) {
        type.addMethod(validate());
      }
      type.addMethod(encodeValue());
      type.addMethod(writeValue());
      type.addMethod(decodeValue());
    }
    return JavaFile.builder(codec.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * A public method of the codec: for a record, of its one instance and of {@code RecordCodec}; for a
   * value struct, static, called by the codecs of the records it is nested in.
   */
  private MethodSpec.Builder method(String name) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    return struct.isRecord() ? m.addAnnotation(Override.class) : m.addModifiers(Modifier.STATIC);
  }

  /**
   * {@code OFFSET_UID}: where each member starts, {@code offsetof} in C, for code that reads a record's
   * bytes without its codec (the image framing). Padding and the record header have none.
   */
  private void offsets(TypeSpec.Builder type) {
    NameAllocator names = new NameAllocator();  // C names differing only in case (@CName) stay apart
    for (Member m : struct.members()) {
      if (m.role() == Member.Role.FIELD || m.role() == Member.Role.COUNT) {
        String name = names.newName("OFFSET_" + m.cName().toUpperCase(java.util.Locale.ROOT), m);
        type.addField(FieldSpec.builder(TypeName.INT, name,
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("{@code offsetof(struct $L, $L)}.\n", struct.cName(), m.cName())
            .initializer("$L", m.offset())
            .build());
      }
    }
  }

  private CodeBlock classDoc() {
    if (struct.isRecord()) {
      return CodeBlock.of("Encodes and decodes {@link $T} as the record {@code struct $L}, type {@code $L}.\n",
          target, struct.cName(), struct.typeIdHex());
    }
    return CodeBlock.of("Encodes and decodes {@link $T} as {@code struct $L}, nested in records.\n",
        target, struct.cName());
  }

  // public static void refs(Cred value, RefVisitor visitor) throws CkptFormatException {
  //   visitor.ref(value.userRef(), 0x0103, "ckpt_hdr_cred.user_ref", false); ... }   (false: required)
  private MethodSpec refs() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Member f : struct.fields()) {
      if (!f.hasRefs()) {
        continue;
      }
      String get = VALUE + "." + f.javaName() + "()";
      if (f.element() == Member.Element.OBJREF && f.arity() == Arity.ONE) {
        code.addStatement("visitor.ref($L, 0x$L, $S, $L)", get, String.format("%04x", f.refType()), cWhere(f),
            f.optionalRef());
      } else if (f.element() == Member.Element.OBJREF) {
        code.beginControlFlow("for (int objref : $L)", get)
            .addStatement("visitor.ref(objref, 0x$L, $S, $L)", String.format("%04x", f.refType()), cWhere(f),
                f.optionalRef())
            .endControlFlow();
      } else if (f.arity() == Arity.ONE) {
        code.addStatement("$T.refs($L, visitor)", Names.codecClass(f.struct()), get);
      } else {
        code.beginControlFlow("for ($T element : $L)", Names.javaClass(f.struct().javaType()), get)
            .addStatement("$T.refs(element, visitor)", Names.codecClass(f.struct()))
            .endControlFlow();
      }
    }
    return method("refs")
        .addParameter(target, VALUE)
        .addParameter(Names.REF_VISITOR, "visitor")
        .addException(Names.FORMAT_EXCEPTION)
        .addJavadoc("Visits every objref of {@code value} with the record type it must point to and whether it\n"
            + "may be 0 (none).\n")
        .addCode(code.build())
        .build();
  }

  // public static void json(Cred value, StringBuilder out) {
  //   Json.unsigned(out, "{\"uid\":", value.uid(), 4); ... Json.raw(out, "}"); }
  // One call per member into Json, whose methods have distinct names: javac would resolve the many
  // overloads of StringBuilder.append again at every call, most of a codec's compile time.
  private MethodSpec json() {
    CodeBlock.Builder code = CodeBlock.builder();
    String open = "{";
    for (Member f : struct.fields()) {
      code.add(jsonMember(f, open + "\"" + f.cName() + "\":", VALUE + "." + f.javaName() + "()"));
      open = ",";
    }
    code.addStatement("$T.raw(out, $S)", Names.JSON, open.equals("{") ? "{}" : "}");
    return method("json")
        .addParameter(target, VALUE)
        .addParameter(StringBuilder.class, "out")
        .addJavadoc("Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned\n"
            + "decimal, enums by constant name, strings escaped, byte payloads in hex.\n")
        .addCode(code.build())
        .build();
  }

  /** Appends {@code key} (the member's name, with the brace or comma before it), then its value. */
  private static CodeBlock jsonMember(Member f, String key, String expr) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (f.element() == Member.Element.CHAR) {
      return code.addStatement("$T.string(out, $S, $L)", Names.JSON, key, expr).build();
    }
    if (f.element() == Member.Element.BYTE && f.arity() == Arity.VARIABLE) {
      return code.addStatement("$T.hex(out, $S, $L)", Names.JSON, key, expr).build();
    }
    if (f.element() == Member.Element.STRUCT) {
      ClassName nested = Names.codecClass(f.struct());
      if (f.arity() == Arity.ONE) {
        return code.addStatement("$T.raw(out, $S)", Names.JSON, key)
            .addStatement("$T.json($L, out)", nested, expr).build();
      }
      return code.addStatement("$T.raw(out, $S)", Names.JSON, key + "[")
          .beginControlFlow("for (int i = 0; i < $L.length; i++)", expr)
          .beginControlFlow("if (i > 0)")
          .addStatement("$T.raw(out, $S)", Names.JSON, ",")
          .endControlFlow()
          .addStatement("$T.json($L[i], out)", nested, expr)
          .endControlFlow()
          .addStatement("$T.raw(out, $S)", Names.JSON, "]")
          .build();
    }
    boolean unsigned = f.element() == Member.Element.INT && !f.scalar().signed();
    if (f.arity() == Arity.ONE) {
      switch (f.element()) {
        case ENUM:
          return code.addStatement("$T.name(out, $S, $L)", Names.JSON, key, expr).build();
        case BOOL:
          return code.addStatement("$T.bool(out, $S, $L)", Names.JSON, key, expr).build();
        default:
          return unsigned
              ? code.addStatement("$T.unsigned(out, $S, $L, $L)", Names.JSON, key, expr, f.scalar().size()).build()
              : code.addStatement("$T.signed(out, $S, $L)", Names.JSON, key, expr).build();
      }
    }
    String method;
    switch (f.element()) {
      case ENUM: method = "names"; break;
      case BOOL: method = "bools"; break;
      default:
        TypeName element = ((com.palantir.javapoet.ArrayTypeName) Names.javaFieldType(f)).componentType();
        String of = element.equals(TypeName.BYTE) ? "Bytes" : element.equals(TypeName.SHORT) ? "Shorts"
            : element.equals(TypeName.INT) ? "Ints" : "Longs";
        method = (unsigned ? "unsigned" : "signed") + of;
    }
    return code.addStatement("$T.$L(out, $S, $L)", Names.JSON, method, key, expr).build();
  }

  // public static int encodedLength(Cred value) { <checks>; return SIZE + <variable bytes>; }
  private MethodSpec encodedLength() {
    MethodSpec.Builder m = method("encodedLength")
        .returns(TypeName.INT)
        .addParameter(target, VALUE);
    if (needsValidation(struct)) {
      m.addJavadoc("The record length of {@code value}$L.\n"
          + "Checks every bound first, so that {@link #encode} writes nothing for a bad value.\n\n"
          + "@throws IllegalArgumentException if a value breaks a bound of the struct\n",
          struct.variable().isPresent() ? ": header, fixed part and variable member" : ", always {@link #SIZE}");
    } else {
      m.addJavadoc("The record length of {@code value}: always {@link #SIZE}.\n");
    }
    m.addCode(checks());
    Member v = struct.variable().orElse(null);
    if (v == null) {
      m.addStatement("return SIZE");
    } else if (v.element() == Member.Element.CHAR) {
      // the text's UTF-8 length is both its bound check and its share of the length
      String bytes = Names.camel(v.partner());
      m.addStatement("int $L = $T.encodedLength($L.$L(), $S)", bytes, Names.UTF8, VALUE, v.javaName(), where(v));
      m.addStatement("$T.checkVarCount($L, $L, $S)", Names.WIRE, bytes, v.max(), where(v));
      m.addStatement("return SIZE + $L + $L", bytes, struct.variableTail());
    } else if (v.view()) {
      m.addStatement("return SIZE + $L.$L().remaining() * $L", VALUE, v.javaName(), v.elementSize());
    } else {
      // checks() left the array's length, checked, in a local named after its count
      m.addStatement("return SIZE + $L * $L", Names.camel(v.partner()), v.elementSize());
    }
    return m.build();
  }

  // public static void validate(Capabilities value) { <checks> }
  private MethodSpec validate() {
    return method("validate")
        .addParameter(target, VALUE)
        .addJavadoc("Checks every bound of {@code value} that its Java type cannot express.\n\n"
            + "@throws IllegalArgumentException if a value breaks a bound of the struct\n")
        .addCode(checks())
        .build();
  }

  /** The checks an encoder makes before it writes: nulls, array lengths, string sizes, order. */
  private CodeBlock checks() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Member f : struct.fields()) {
      String get = VALUE + "." + f.javaName() + "()";
      boolean reference = f.arity() != Arity.ONE || f.element() == Member.Element.CHAR
          || f.element() == Member.Element.ENUM || f.element() == Member.Element.STRUCT;
      // one call per field where one does (checkLength and checkFixedString check for null too):
      // javac pays per call
      if (f.element() == Member.Element.CHAR && f.arity() == Arity.FIXED) {
        code.addStatement("$T.checkFixedString($L, $L, $S)", Names.WIRE, get, f.length(), where(f));
      } else if (f.arity() == Arity.FIXED) {
        code.addStatement("$T.checkLength($L, $L, $L, $S)", Names.WIRE, get, f.length(), f.length(), where(f));
      } else if (f.arity() == Arity.VARIABLE && f.element() == Member.Element.CHAR) {
        code.addStatement("$T.checkNotNull($L, $S)", Names.WIRE, get, where(f));
        continue; // measured and checked by encodedLength, which needs the measure anyway
      } else if (f.arity() == Arity.VARIABLE && f.view()) {
        code.addStatement("$T.checkNotNull($L, $S)", Names.WIRE, get, where(f));
        code.addStatement("$T.checkVarCount($L.remaining(), $L, $S)", Names.WIRE, get, f.max(), where(f));
      } else if (f.arity() == Arity.VARIABLE) {
        // its length, checked, for encodedLength's sum
        code.addStatement("int $L = $T.checkLength($L, 0, $L, $S)", Names.camel(f.partner()), Names.WIRE, get,
            f.max(), where(f));
      } else if (reference) {
        code.addStatement("$T.checkNotNull($L, $S)", Names.WIRE, get, where(f));
      }
      if (f.sorted()) {
        code.addStatement("$T.checkSorted($L, $L, $S)", Names.WIRE, get, !f.scalar().signed(), where(f));
      }
      if (f.element() == Member.Element.STRUCT && needsValidation(f.struct())) {
        ClassName nested = Names.codecClass(f.struct());
        if (f.arity() == Arity.ONE) {
          code.addStatement("$T.validate($L)", nested, get);
        } else {
          code.beginControlFlow("for ($T element : $L)", Names.javaClass(f.struct().javaType()), get)
              .addStatement("$T.validate(element)", nested)
              .endControlFlow();
        }
      }
    }
    return code.build();
  }

  // public static int encode(Cred value, ByteBuffer buf, int at) { ... }
  private MethodSpec encodeRecord() {
    MethodSpec.Builder m = method("encode")
        .returns(TypeName.INT)
        .addParameter(target, VALUE)
        .addParameter(ByteBuffer.class, BUF)
        .addParameter(TypeName.INT, AT)
        .addJavadoc("Writes {@code value} as one record at {@code buf[at]}, in little endian whatever the\n"
            + "buffer's order, and returns the record length. Allocates nothing. The next record\n"
            + "starts at the following multiple of 8; the gap is the caller's to zero.\n\n"
            + (needsValidation(struct) ? "@throws IllegalArgumentException if a value breaks a bound of the struct\n" : "")
            + "@throws IndexOutOfBoundsException if the record does not fit below the buffer's limit\n")
        .addStatement("int $L = encodedLength($L)", LEN, VALUE)
        .addStatement("$T.checkRoomToWrite($L, $L, $L)", Names.WIRE, BUF, AT, LEN);
    for (Member member : struct.members()) {
      m.addCode(encodeMember(member));
    }
    return m.addStatement("return $L", LEN).build();
  }

  // public static int encodeHead(MemoryPage value, ByteBuffer buf, int at): encode() but the payload bytes
  private MethodSpec encodeHead() {
    Member payload = struct.variable().orElseThrow();
    MethodSpec.Builder m = method("encodeHead")
        .returns(TypeName.INT)
        .addParameter(target, VALUE)
        .addParameter(ByteBuffer.class, BUF)
        .addParameter(TypeName.INT, AT)
        .addJavadoc("Writes the record as {@link #encode} does, but for the bytes of its payload, which follow the\n"
            + "{@link #SIZE} bytes written here: a writer sends {@link #payload} after them as it is, without\n"
            + "copying. Returns the whole record's length.\n\n"
            + "@throws IllegalArgumentException if a value breaks a bound of the struct\n"
            + "@throws IndexOutOfBoundsException if {@link #SIZE} bytes do not fit below the buffer's limit\n")
        .addStatement("int $L = encodedLength($L)", LEN, VALUE)
        .addStatement("$T.checkRoomToWrite($L, $L, SIZE)", Names.WIRE, BUF, AT);
    for (Member member : struct.members()) {
      if (member != payload) {
        m.addCode(encodeMember(member));
      }
    }
    return m.addStatement("return $L", LEN).build();
  }

  // public static ByteBuffer payload(MemoryPage value) { return value.data().duplicate(); }
  private MethodSpec payload() {
    return method("payload")
        .returns(ByteBuffer.class)
        .addParameter(target, VALUE)
        .addJavadoc("The payload bytes that follow the head {@link #encodeHead} writes, in a buffer of their own.\n")
        .addStatement("return $L.$L().duplicate()", VALUE, struct.variable().orElseThrow().javaName())
        .build();
  }

  // public static void encode(Capabilities value, ByteBuffer buf, int at) { ... }
  private MethodSpec encodeValue() {
    MethodSpec.Builder m = method("encode")
        .addParameter(target, VALUE)
        .addParameter(ByteBuffer.class, BUF)
        .addParameter(TypeName.INT, AT)
        .addJavadoc("Writes the $L bytes of {@code value} at {@code buf[at]}, in little endian. Allocates nothing.\n\n"
            + (needsValidation(struct) ? "@throws IllegalArgumentException if a value breaks a bound of the struct\n" : "")
            + "@throws IndexOutOfBoundsException if the struct does not fit below the buffer's limit\n",
            struct.size());
    if (needsValidation(struct)) {
      m.addStatement("validate($L)", VALUE);
    }
    return m.addStatement("$T.checkRoomToWrite($L, $L, SIZE)", Names.WIRE, BUF, AT)
        .addStatement("write($L, $L, $L)", VALUE, BUF, AT)
        .build();
  }

  // public static void write(Capabilities value, ByteBuffer buf, int at) { ... }: encode() without its checks
  private MethodSpec writeValue() {
    MethodSpec.Builder m = method("write")
        .addParameter(target, VALUE)
        .addParameter(ByteBuffer.class, BUF)
        .addParameter(TypeName.INT, AT)
        .addJavadoc("{@link #encode} without its checks, for the codecs of the records it is nested in, which\n"
            + "have checked the whole record$L and its room first: nothing is checked twice.\n",
            needsValidation(struct) ? " (with {@link #validate})" : "");
    for (Member member : struct.members()) {
      m.addCode(encodeMember(member));
    }
    return m.build();
  }

  private CodeBlock encodeMember(Member f) {
    CodeBlock.Builder code = CodeBlock.builder();
    String at = position(f);
    String get = VALUE + "." + f.javaName() + "()";
    switch (f.role()) {
      case HEADER:
        return code.addStatement("$T.writeHeader($L, $L, TYPE, $L)", Names.WIRE, BUF, AT, LEN).build();
      case PADDING:
        return code.addStatement("$T.writeZero($L, $L, $L)", Names.WIRE, BUF, at, f.length()).build();
      case COUNT:
        Member counted = struct.member(f.partner());
        String count = counted.element() == Member.Element.CHAR
            ? LEN + " - SIZE - " + struct.variableTail()
            : VALUE + "." + counted.javaName() + (counted.view() ? "().remaining()" : "().length");
        return code.addStatement("$T.writeInt($L, $L, $L)", Names.LITTLE_ENDIAN, BUF, at, count).build();
      default:
        break;
    }
    if (f.element() == Member.Element.CHAR) {
      if (f.arity() == Arity.FIXED) {
        code.addStatement("$T.writeFixedString($L, $L, $L, $L)", Names.WIRE, get, BUF, at, f.length());
      } else {
        code.addStatement("$T.encode($L, $L, $L)", Names.UTF8, get, BUF, at);
        code.addStatement("$L.put($L + $L - 1, (byte) 0)", BUF, AT, LEN);
      }
      return code.build();
    }
    if (f.arity() == Arity.ONE) {
      return code.add(putOne(f, get, at)).build();
    }
    if (f.view()) {
      // absolute bulk copy: the caller's buffer keeps its position
      return code.addStatement("$L.put($L, $L, $L.position(), $L.remaining())", BUF, at, get, get, get).build();
    }
    if (f.scalar() != null && f.scalar().size() == 1) {
      return code.addStatement("$L.put($L, $L)", BUF, at, get).build();
    }
    String of = scalarArray(f);
    if (of != null) {
      // the loop is the runtime's: one call for javac
      return code.addStatement("$T.write$L($L, $L, $L)", Names.WIRE, of, BUF, at, get).build();
    }
    String bound = f.arity() == Arity.FIXED ? String.valueOf(f.length()) : get + ".length";
    return code.beginControlFlow("for (int i = 0; i < $L; i++)", bound)
        .add(putOne(f, get + "[i]", at + " + " + f.elementSize() + " * i"))
        .endControlFlow()
        .build();
  }

  /** Writes one element (a scalar or a nested struct) held in {@code expr} at {@code at}. */
  private CodeBlock putOne(Member f, String expr, String at) {
    switch (f.element()) {
      case BOOL:
        return CodeBlock.builder().addStatement("$L.put($L, (byte) ($L ? 1 : 0))", BUF, at, expr).build();
      case ENUM:
        return putScalar(f.scalar(), at,
            CodeBlock.of("$T.code($L)", Names.enumCodesClass(f.enumType()), expr), true);
      case STRUCT:
        return CodeBlock.builder()
            .addStatement("$T.write($L, $L, $L)", Names.codecClass(f.struct()), expr, BUF, at).build();
      default:
        return putScalar(f.scalar(), at, CodeBlock.of("$L", expr), false);
    }
  }

  /** Writes {@code expr}, already of the scalar's Java type unless {@code cast}, at {@code at}. */
  private static CodeBlock putScalar(Scalar scalar, String at, CodeBlock expr, boolean cast) {
    switch (scalar.size()) {
      case 1: return CodeBlock.builder().addStatement("$L.put($L, $L$L)", BUF, at, cast ? "(byte) " : "", expr).build();
      case 2: return CodeBlock.builder().addStatement("$T.writeShort($L, $L, $L$L)", Names.LITTLE_ENDIAN, BUF, at, cast ? "(short) " : "", expr).build();
      case 4: return CodeBlock.builder().addStatement("$T.writeInt($L, $L, $L)", Names.LITTLE_ENDIAN, BUF, at, expr).build();
      default: return CodeBlock.builder().addStatement("$T.writeLong($L, $L, $L)", Names.LITTLE_ENDIAN, BUF, at, expr).build();
    }
  }

  // public static Cred decode(ByteBuffer buf, int at) throws CkptFormatException { ... }
  private MethodSpec decodeRecord() {
    MethodSpec.Builder m = method("decode")
        .returns(target)
        .addParameter(ByteBuffer.class, BUF)
        .addParameter(TypeName.INT, AT)
        .addException(Names.FORMAT_EXCEPTION)
        .addJavadoc("Reads the record at {@code buf[at]}, checking its header, length, padding, bounds and\n"
            + "values. Bytes past what this version knows (from a newer writer) are ignored.\n\n"
            + "@throws $T if the bytes are not a valid {@code struct $L};\n"
            + "    offsets count from the start of {@code buf}\n", Names.FORMAT_EXCEPTION, struct.cName());
    String least = struct.version() > 1 ? "MIN_SIZE" : "SIZE";
    if (struct.variable().isPresent() || struct.version() > 1) {
      m.addStatement("int $L = $T.readHeader($L, $L, TYPE, $L, $S)", LEN, Names.WIRE, BUF, AT, least, struct.cName());
    } else {
      m.addStatement("$T.readHeader($L, $L, TYPE, SIZE, $S)", Names.WIRE, BUF, AT, struct.cName());
    }
    return m.addCode(decodeBody()).build();
  }

  // public static Capabilities decode(ByteBuffer buf, int at, int recordType) throws ... { ... }
  private MethodSpec decodeValue() {
    return method("decode")
        .returns(target)
        .addParameter(ByteBuffer.class, BUF)
        .addParameter(TypeName.INT, AT)
        .addParameter(TypeName.INT, recordType)
        .addException(Names.FORMAT_EXCEPTION)
        .addJavadoc("Reads the struct at {@code buf[at]}, checking its padding and values.\n\n"
            + "@param recordType the type of the record it is nested in, for error reports\n"
            + "@throws $T if the bytes are not a valid {@code struct $L}\n",
            Names.FORMAT_EXCEPTION, struct.cName())
        .addStatement("$T.checkRoom($L, $L, SIZE, $L, $S)", Names.WIRE, BUF, AT, recordType, struct.cName())
        .addCode(decodeBody())
        .build();
  }

  private CodeBlock decodeBody() {
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of(BUF, AT, LEN, VALUE, recordType, "i", "rejected", "code")) {
      names.newName(reserved, reserved);
    }
    CodeBlock.Builder code = CodeBlock.builder();
    List<String> arguments = new ArrayList<>();
    int version = 1;
    for (Member f : struct.members()) {
      String at = position(f);
      if (f.since() > version) {
        // fields of a later version: defaults, unless the record is long enough to hold them
        if (version > 1) {
          code.endControlFlow();
        }
        version = f.since();
        for (Member later : struct.members()) {
          if (later.since() == version && later.role() == Member.Role.FIELD) {
            code.addStatement("$T $L = $L", Names.javaFieldType(later), names.newName(later.javaName(), later),
                defaultValue(later));
          }
        }
        code.beginControlFlow("if ($L >= $L)", LEN, struct.sizeOfVersion(version));
      }
      switch (f.role()) {
        case HEADER:
          continue;
        case PADDING:
          code.addStatement("$T.checkZero($L, $L, $L, $L, $S)", Names.WIRE, BUF, at, f.length(), recordType,
              cWhere(f));
          continue;
        case COUNT:
          Member counted = struct.member(f.partner());
          code.addStatement("int $L = $T.readCount($L, $L, $L, $L, $L, $L + SIZE, $L + $L, $L, $S)",
              names.newName(Names.camel(f.cName()), f), Names.WIRE, BUF, at, counted.max(),
              counted.elementSize(), struct.variableTail(), AT, AT, LEN,
              recordType, cWhere(f));
          continue;
        default:
          break;
      }
      boolean declare = f.since() == 1;
      String local = declare ? names.newName(f.javaName(), f) : names.get(f);
      arguments.add(local);
      code.add(decodeField(f, local, at, f.arity() == Arity.VARIABLE ? names.get(struct.member(f.partner())) : null,
          declare));
    }
    if (version > 1) {
      code.endControlFlow();
    }
    code.beginControlFlow("try")
        .addStatement("return new $T($L)", target, String.join(", ", arguments))
        .nextControlFlow("catch ($T rejected)", RuntimeException.class)
        .add("// the record's constructor may check its values; what it rejects is a bad image\n")
        .addStatement("throw $T.rejected($L, $L, $S, rejected)", Names.WIRE, AT, recordType, target.simpleName())
        .endControlFlow();
    return code.build();
  }

  /** The default of a field that an older, shorter record lacks. */
  private static CodeBlock defaultValue(Member f) {
    switch (f.element()) {
      case BOOL: return CodeBlock.of("false");
      case CHAR: return CodeBlock.of("\"\"");
      case ENUM:
        String zero = f.enumType().constants().stream().filter(c -> c.code() == 0).findFirst().orElseThrow().javaName();
        return CodeBlock.of("$T.$L", Names.javaClass(f.enumType().javaType()), zero);
      default:
        if (f.arity() == Arity.FIXED) {
          return CodeBlock.of("new $T[$L]", ((com.palantir.javapoet.ArrayTypeName) Names.javaFieldType(f)).componentType(),
              f.length());
        }
        return CodeBlock.of("0");
    }
  }

  private CodeBlock decodeField(Member f, String name, String at, String count, boolean declare) {
    CodeBlock.Builder code = CodeBlock.builder();
    TypeName type = Names.javaFieldType(f);
    // "int uid" when declared here, "uid" when a later version's default was declared before
    CodeBlock local = declare ? CodeBlock.of("$T $L", type, name) : CodeBlock.of("$L", name);
    if (f.element() == Member.Element.CHAR) {
      if (f.arity() == Arity.FIXED) {
        return code.addStatement("$L = $T.getFixedString($L, $L, $L, $L, $S)", local, Names.WIRE,
            BUF, at, f.length(), recordType, cWhere(f)).build();
      }
      return code.addStatement("$L = $T.getVarString($L, $L, $L, $L, $S)", local, Names.WIRE,
          BUF, at, count, recordType, cWhere(f)).build();
    }
    if (f.arity() == Arity.ONE) {
      return code.addStatement("$L = $L", local, getOne(f, at)).build();
    }
    if (f.view()) {
      // zero-copy: a read-only window on the bytes read, valid as long as they are
      return code.addStatement("$L = $L.slice($L, $L).asReadOnlyBuffer()", local, BUF, at, count).build();
    }
    String n = f.arity() == Arity.FIXED ? String.valueOf(f.length()) : count;
    String of = scalarArray(f);
    if (of != null && !f.sorted()) {
      return code.addStatement("$L = $T.get$L($L, $L, $L)", local, Names.WIRE, of, BUF, at, n).build();
    }
    TypeName element = ((com.palantir.javapoet.ArrayTypeName) type).componentType();
    code.addStatement("$L = new $T[$L]", local, element, n);
    if (f.scalar() != null && f.scalar().size() == 1 && f.element() != Member.Element.BOOL && !f.sorted()) {
      return code.addStatement("$L.get($L, $L)", BUF, at, name).build();
    }
    String elementAt = at + " + " + f.elementSize() + " * i";
    code.beginControlFlow("for (int i = 0; i < $L; i++)", n)
        .addStatement("$L[i] = $L", name, getOne(f, elementAt));
    if (f.sorted()) {
      code.beginControlFlow("if (i > 0 && $L)", outOfOrder(f.scalar(), name + "[i - 1]", name + "[i]"))
          .addStatement("throw $T.unsortedElement($L, $L, $S, i)", Names.WIRE, elementAt, recordType, cWhere(f))
          .endControlFlow();
    }
    return code.endControlFlow().build();
  }

  /**
   * "Ints" for an array of plain 16-, 32- or 64-bit integers, which {@code Wire.writeInts} and
   * {@code Wire.getInts} write and read; null for any other array (of bytes, booleans, enums,
   * objrefs, which are checked, or structs).
   */
  private static String scalarArray(Member f) {
    if (f.element() != Member.Element.INT || f.arity() == Arity.ONE || f.view()) {
      return null;
    }
    switch (f.scalar().size()) {
      case 2: return "Shorts";
      case 4: return "Ints";
      case 8: return "Longs";
      default: return null;
    }
  }

  private static String outOfOrder(Scalar scalar, String previous, String current) {
    if (scalar.signed()) {
      return previous + " > " + current;
    }
    String box = List.of("Byte", "Short", "Integer", "Long").get(Integer.numberOfTrailingZeros(scalar.size()));
    return box + ".compareUnsigned(" + previous + ", " + current + ") > 0";
  }

  /** An expression reading one element at {@code at}. */
  private CodeBlock getOne(Member f, String at) {
    switch (f.element()) {
      case BOOL:
        return CodeBlock.of("$T.getBoolean($L, $L, $L, $S)", Names.WIRE, BUF, at, recordType, cWhere(f));
      case OBJREF:
        return CodeBlock.of("$T.getObjRef($L, $L, $L, $S)", Names.WIRE, BUF, at, recordType, cWhere(f));
      case ENUM:
        CodeBlock raw = getScalar(f.scalar(), at);
        if (f.scalar().size() < 4) {
          raw = CodeBlock.of("$L.toUnsignedInt($L)", f.scalar().size() == 1 ? "Byte" : "Short", raw);
        }
        return CodeBlock.of("$T.of($L, $L, $L, $S)", Names.enumCodesClass(f.enumType()), raw, at,
            recordType, cWhere(f));
      case STRUCT:
        return CodeBlock.of("$T.decode($L, $L, $L)", Names.codecClass(f.struct()), BUF, at, recordType);
      default:
        return getScalar(f.scalar(), at);
    }
  }

  private static CodeBlock getScalar(Scalar scalar, String at) {
    switch (scalar.size()) {
      case 1: return CodeBlock.of("$L.get($L)", BUF, at);
      case 2: return CodeBlock.of("$T.getShort($L, $L)", Names.LITTLE_ENDIAN, BUF, at);
      case 4: return CodeBlock.of("$T.getInt($L, $L)", Names.LITTLE_ENDIAN, BUF, at);
      default: return CodeBlock.of("$T.getLong($L, $L)", Names.LITTLE_ENDIAN, BUF, at);
    }
  }

  /** {@code at + 8}: where a member starts. */
  private static String position(Member f) {
    return f.offset() == 0 ? AT : AT + " + " + f.offset();
  }

  /** {@code ckpt_hdr_cred.uid}: how decoding errors name a member, as C readers see it. */
  private String cWhere(Member f) {
    return struct.cName() + "." + f.cName();
  }

  /** {@code Cred.uid}: how encoding errors name a field, as Java callers see it. */
  private String where(Member f) {
    return struct.javaType().simpleName() + "." + f.javaName();
  }
}
