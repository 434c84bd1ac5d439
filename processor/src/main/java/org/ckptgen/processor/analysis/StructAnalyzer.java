package org.ckptgen.processor.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.ckptgen.annotations.CName;
import org.ckptgen.annotations.CkptEnum;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.EnumCode;
import org.ckptgen.annotations.FixedArray;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.Gid;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.Since;
import org.ckptgen.annotations.Sorted;
import org.ckptgen.annotations.U16;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;
import org.ckptgen.annotations.U8;
import org.ckptgen.annotations.Uid;
import org.ckptgen.annotations.VarArray;
import org.ckptgen.annotations.VarBytes;
import org.ckptgen.annotations.VarString;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Layout;
import org.ckptgen.processor.model.Member.Arity;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Scalar;
import org.ckptgen.processor.model.StructLayout;

/**
 * Validates a {@code @CkptStruct} record and builds its {@link StructLayout}. Every problem is
 * reported on the element at fault; a struct with errors yields no layout, and analysis goes on
 * with its other components and with other structs, so one compile shows every error.
 */
public final class StructAnalyzer {
  /** The largest record, in bytes: {@code ckpt_hdr.len} is read into a Java int. */
  private static final long MAX_RECORD = Integer.MAX_VALUE;
  /** The largest fixed part of a struct, as readers of an image's tables allow (ImageLayout.MAX_FIXED). */
  static final int MAX_FIXED = 1 << 20;

  /** Where each field annotation may go, for the message when it is misplaced. */
  private static final Map<Class<?>, String> GOES_ON = new LinkedHashMap<>();

  static {
    GOES_ON.put(U8.class, "a byte or byte[]");
    GOES_ON.put(U16.class, "a short or short[]");
    GOES_ON.put(U32.class, "an int or int[]");
    GOES_ON.put(U64.class, "a long or long[]");
    GOES_ON.put(ObjRef.class, "an int or int[]");
    GOES_ON.put(FixedArray.class, "an array of integers or of value structs");
    GOES_ON.put(VarArray.class, "an array of integers or of value structs");
    GOES_ON.put(Sorted.class, "a @VarArray of integers");
    GOES_ON.put(FixedString.class, "a String");
    GOES_ON.put(VarString.class, "a String");
    GOES_ON.put(VarBytes.class, "a byte[] or a ByteBuffer");
  }

  private static final List<Class<?>> UNSIGNED = List.of(U8.class, U16.class, U32.class, U64.class);
  private static final List<Class<?>> SHAPES =
      List.of(FixedArray.class, VarArray.class, FixedString.class, VarString.class, VarBytes.class);

  private final Elements elements;
  private final Reporter reporter;
  private final Annotations annotations;
  private final Map<String, Optional<StructLayout>> structs = new HashMap<>();
  private final Map<String, Optional<EnumModel>> enums = new HashMap<>();
  private final Deque<TypeElement> inProgress = new ArrayDeque<>();
  /** The Javadoc of library structs, by qualified name (docs/MODULES.md). */
  private final Map<String, String> libraryDocs = new HashMap<>();

  public StructAnalyzer(ProcessingEnvironment env, Reporter reporter) {
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    this.annotations = new Annotations(env);
  }

  /**
   * The Javadoc of a library's struct, which its class file does not keep, from its contribution
   * (docs/MODULES.md): its C comments are then those of a struct of this build.
   */
  public void libraryJavadoc(String qualifiedName, String javadoc) {
    libraryDocs.put(qualifiedName, javadoc);
  }

  /**
   * The layout of {@code type}, or empty when it has errors (already reported).
   *
   * @throws Deferred when a type it mentions is not resolved yet
   */
  public Optional<StructLayout> analyze(TypeElement type) throws Deferred {
    String key = type.getQualifiedName().toString();
    Optional<StructLayout> known = structs.get(key);
    if (known != null) {
      return known;
    }
    inProgress.push(type);
    try {
      Optional<StructLayout> result = build(type);
      structs.put(key, result);
      return result;
    } finally {
      inProgress.pop();
    }
  }

  private Optional<StructLayout> build(TypeElement type) throws Deferred {
    annotations.requireResolved(type);
    AnnotationMirror ann = Annotations.find(type, CkptStruct.class).orElseThrow();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.RECORD) {
      reporter.error(type, Message.NOT_A_RECORD, name,
          Message.withArticle(type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')), name);
      return Optional.empty();
    }
    boolean ok = accessible(type);
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(type, Message.GENERIC_STRUCT, name);
      ok = false;
    }
    int typeId = annotations.intValue(ann, "type");
    if (typeId != CkptStruct.NESTED && typeId < CkptStruct.FIRST_USER_TYPE
        && !(isFraming(type) && typeId > 0)) {
      reporter.error(type, ann, annotations.value(ann, "type"), Message.RESERVED_TYPE_ID,
          typeId, name, CkptStruct.FIRST_USER_TYPE);
      ok = false;
    }
    boolean shared = annotations.booleanValue(ann, "shared");
    if (shared && typeId == CkptStruct.NESTED) {
      reporter.error(type, ann, annotations.value(ann, "shared"), Message.SHARED_WITHOUT_TYPE, name);
      ok = false;
    }
    String cName = structCName(type, ann);
    if (!Names.isUsableCName(cName)) {
      reporter.error(type, ann, annotations.value(ann, "cName"), Message.BAD_C_NAME, cName);
      ok = false;
    } else if (Names.reserved(cName).isPresent()) {
      reporter.error(type, ann, annotations.value(ann, "cName"), Message.RESERVED_C_NAME, "struct " + name, cName,
          Names.reserved(cName).get());
      ok = false;
    }
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    if (components.isEmpty() && typeId == CkptStruct.NESTED) {
      reporter.error(type, Message.EMPTY_STRUCT, name);
      ok = false;
    }

    String javadoc = elements.getDocComment(type);
    DocComments docs = DocComments.parse(javadoc != null ? javadoc : libraryDocs.get(type.getQualifiedName().toString()));
    List<Member> fields = new ArrayList<>();
    List<RecordComponentElement> sources = new ArrayList<>();
    for (RecordComponentElement c : components) {
      Optional<Member> field = component(type, c, docs.param(c.getSimpleName().toString()))
          .flatMap(m -> since(type, c, m));
      if (field.isPresent()) {
        fields.add(field.get());
        sources.add(c);
      } else {
        ok = false;
      }
    }
    ok &= checkVariableMembers(type, components, fields, sources);
    ok &= checkVersions(type, typeId != CkptStruct.NESTED, fields, sources);
    if (typeId == CkptStruct.NESTED) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).arity() == Arity.VARIABLE) {
          reporter.error(sources.get(i), Message.VARIABLE_IN_VALUE_STRUCT, name,
              sources.get(i).getSimpleName(), name);
          ok = false;
        }
      }
    }
    ok &= checkCNames(type, cName, typeId != CkptStruct.NESTED, fields, sources);
    if (!ok) {
      return Optional.empty();
    }
    long fixed = Layout.sizeOf(typeId, fields);
    if (fixed > MAX_FIXED) {
      // each member is within bounds (Spec.fits), but together they are not
      reporter.error(sources.get(0), Message.STRUCT_TOO_LARGE, name, fixed, MAX_FIXED);
      return Optional.empty();
    }
    String typeConstant = typeId == CkptStruct.NESTED ? null : Names.upper(cName);
    StructLayout layout = Layout.lay(javaType(type), cName, typeId, typeConstant, shared, fields,
        docs.description());
    return checkRecordSize(layout, sources) && checkTableLimits(layout, sources) ? Optional.of(layout)
        : Optional.empty();
  }

  /** The C name of a struct, from its annotation or its Java name. */
  private String structCName(TypeElement type, AnnotationMirror ann) {
    String explicit = annotations.stringValue(ann, "cName");
    if (!explicit.isEmpty()) {
      return explicit;
    }
    String prefix = annotations.intValue(ann, "type") == CkptStruct.NESTED ? "ckpt_" : "ckpt_hdr_";
    return prefix + Names.snake(type.getSimpleName().toString());
  }

  private Optional<Member> component(TypeElement owner, RecordComponentElement c, String doc)
      throws Deferred {
    String where = owner.getSimpleName() + "." + c.getSimpleName();
    TypeMirror type = c.asType();
    if (type.getKind() == TypeKind.ERROR) {
      throw new Deferred(c);
    }
    annotations.requireResolved(c);
    Map<Class<?>, AnnotationMirror> present = new LinkedHashMap<>();
    for (Class<?> a : GOES_ON.keySet()) {
      Annotations.find(c, a).ifPresent(m -> present.put(a, m));
    }
    if (!atMostOne(c, where, present, SHAPES) || !atMostOne(c, where, present, UNSIGNED)
        || !atMostOne(c, where, present, List.of(ObjRef.class, U32.class))) {
      return Optional.empty();
    }
    String cName = Annotations.find(c, CName.class)
        .map(m -> annotations.stringValue(m, "value"))
        .orElseGet(() -> Names.snake(c.getSimpleName().toString()));
    Spec spec = new Spec(c, where, c.getSimpleName().toString(), cName, doc, present);
    return shape(spec, type).flatMap(m -> ids(c, where, type, m));
  }

  /** Marks a member {@code @Uid} or {@code @Gid}, which go only on 32-bit integers. */
  private Optional<Member> ids(RecordComponentElement c, String where, TypeMirror type, Member m) {
    Optional<AnnotationMirror> uid = Annotations.find(c, Uid.class);
    Optional<AnnotationMirror> gid = Annotations.find(c, Gid.class);
    if (uid.isEmpty() && gid.isEmpty()) {
      return Optional.of(m);
    }
    if (uid.isPresent() && gid.isPresent()) {
      reporter.error(c, gid.get(), null, Message.CONFLICTING_ANNOTATIONS, where, "Uid", "Gid");
      return Optional.empty();
    }
    if (m.element() != Member.Element.INT || m.scalar().size() != 4) {
      reporter.error(c, uid.or(() -> gid).get(), null, Message.ID_NOT_INT32, uid.isPresent() ? "Uid" : "Gid",
          where, type);
      return Optional.empty();
    }
    return Optional.of(m.withId(uid.isPresent() ? Member.IdKind.UID : Member.IdKind.GID));
  }

  private Optional<Member> shape(Spec spec, TypeMirror type) throws Deferred {
    Element c = spec.element;
    String where = spec.where;
    Map<Class<?>, AnnotationMirror> present = spec.present;
    switch (type.getKind()) {
      case BYTE: case SHORT: case INT: case LONG:
        return present.containsKey(ObjRef.class) ? objRef(spec, type) : integer(spec, type, Arity.ONE);
      case BOOLEAN:
        return spec.only(type) ? spec.member(Member.Element.BOOL, Scalar.U8, Arity.ONE) : Optional.empty();
      case ARRAY:
        return array(spec, (ArrayType) type);
      case DECLARED:
        return declared(spec, (DeclaredType) type);
      default:
        reporter.error(c, Message.UNSUPPORTED_FIELD_TYPE, where, type);
        return Optional.empty();
    }
  }

  private boolean atMostOne(Element c, String where, Map<Class<?>, AnnotationMirror> present,
      List<Class<?>> exclusive) {
    List<Class<?>> found = exclusive.stream().filter(present::containsKey).collect(Collectors.toList());
    if (found.size() > 1) {
      reporter.error(c, present.get(found.get(1)), null, Message.CONFLICTING_ANNOTATIONS, where,
          found.get(0).getSimpleName(), found.get(1).getSimpleName());
      return false;
    }
    return true;
  }

  /** A byte, short, int or long, or an array element of one (signed unless @U..). */
  private Optional<Member> integer(Spec spec, TypeMirror type, Arity arity) {
    int size = primitiveSize(type.getKind());
    Class<?> unsigned = UNSIGNED.stream().filter(spec.present::containsKey).findFirst().orElse(null);
    if (unsigned != null && UNSIGNED.indexOf(unsigned) != Integer.numberOfTrailingZeros(size)) {
      Class<?> right = UNSIGNED.get(Integer.numberOfTrailingZeros(size));
      // the member's own type (int[] for an array), not its element's
      reporter.error(spec.element, spec.present.get(unsigned), null, Message.UNSIGNED_WIDTH,
          unsigned.getSimpleName(), GOES_ON.get(unsigned), spec.where, spec.element.asType(),
          right.getSimpleName(), GOES_ON.get(right));
      return Optional.empty();
    }
    if (arity == Arity.ONE && !spec.only(type, UNSIGNED)) {
      return Optional.empty();
    }
    return spec.member(Member.Element.INT, Scalar.integer(size, unsigned != null), arity);
  }

  private static int primitiveSize(TypeKind kind) {
    switch (kind) {
      case BYTE: return 1;
      case SHORT: return 2;
      case INT: return 4;
      case LONG: return 8;
      default: throw new IllegalArgumentException(kind + " is not an integer");
    }
  }

  private Optional<Member> objRef(Spec spec, TypeMirror type) throws Deferred {
    AnnotationMirror ref = spec.present.get(ObjRef.class);
    if (type.getKind() != TypeKind.INT) {
      reporter.error(spec.element, ref, null, Message.OBJREF_NOT_INT, spec.where, spec.element.asType());
      return Optional.empty();
    }
    if (!spec.only(type, List.of(ObjRef.class, FixedArray.class, VarArray.class, Sorted.class))) {
      return Optional.empty();
    }
    Element target = annotations.classValue(ref, "value");
    annotations.requireResolved(target);
    Optional<AnnotationMirror> targetStruct = Annotations.find(target, CkptStruct.class);
    if (targetStruct.isEmpty() || !annotations.booleanValue(targetStruct.get(), "shared")
        || annotations.intValue(targetStruct.get(), "type") == CkptStruct.NESTED) {
      reporter.error(spec.element, ref, annotations.value(ref, "value"),
          Message.OBJREF_TARGET_NOT_SHARED, spec.where, target.getSimpleName());
      return Optional.empty();
    }
    String targetCName = structCName((TypeElement) target, targetStruct.get());
    int targetType = annotations.intValue(targetStruct.get(), "type");
    return Optional.of(Member.field(Member.Element.OBJREF, Arity.ONE, spec.javaName, spec.cName)
        .scalar(Scalar.S32).ref(targetCName, targetType).doc(spec.doc)
        .optionalRef(annotations.booleanValue(ref, "optional")).build());
  }

  private Optional<Member> array(Spec spec, ArrayType type) throws Deferred {
    TypeMirror element = type.getComponentType();
    if (spec.present.containsKey(VarBytes.class)) {
      if (element.getKind() != TypeKind.BYTE) {
        return spec.misplaced(VarBytes.class, type);
      }
      if (!spec.only(type, List.of(VarBytes.class))) {
        return Optional.empty();
      }
      return spec.variable(Member.Element.BYTE, Scalar.U8, null, null, VarBytes.class, 1);
    }
    Arity arity;
    if (spec.present.containsKey(FixedArray.class)) {
      arity = Arity.FIXED;
    } else if (spec.present.containsKey(VarArray.class)) {
      arity = Arity.VARIABLE;
    } else if (spec.present.containsKey(FixedString.class) || spec.present.containsKey(VarString.class)) {
      return spec.misplaced(spec.present.containsKey(FixedString.class) ? FixedString.class : VarString.class, type);
    } else {
      reporter.error(spec.element, Message.ARRAY_WITHOUT_BOUND, spec.where);
      return Optional.empty();
    }
    Optional<Member> one;
    switch (element.getKind()) {
      case BYTE: case SHORT: case INT: case LONG:
        List<Class<?>> allowed = new ArrayList<>(UNSIGNED);
        allowed.add(arity == Arity.FIXED ? FixedArray.class : VarArray.class);
        allowed.add(Sorted.class);
        allowed.add(ObjRef.class);
        if (!spec.only(type, allowed)) {
          return Optional.empty();
        }
        // an array of objrefs: every element refers to a shared object
        one = spec.present.containsKey(ObjRef.class) ? objRef(spec, element) : integer(spec, element, arity);
        break;
      case DECLARED:
        if (!spec.only(type, List.of(arity == Arity.FIXED ? FixedArray.class : VarArray.class))) {
          return Optional.empty();
        }
        if (((DeclaredType) element).asElement().getKind() != ElementKind.RECORD) {
          reporter.error(spec.element, Message.UNSUPPORTED_FIELD_TYPE, spec.where, type);
          return Optional.empty();
        }
        one = nested(spec, (DeclaredType) element).map(s -> spec.structMember(s, arity));
        break;
      case ERROR:
        throw new Deferred(spec.element);
      default:
        reporter.error(spec.element, Message.UNSUPPORTED_FIELD_TYPE, spec.where, type);
        return Optional.empty();
    }
    if (one.isEmpty()) {
      return one;
    }
    if (spec.present.containsKey(Sorted.class) && arity != Arity.VARIABLE) {
      reporter.error(spec.element, spec.present.get(Sorted.class), null,
          Message.SORTED_NOT_INTEGER_ARRAY, spec.where);
      return Optional.empty();
    }
    Member m = one.get();
    if (arity == Arity.FIXED) {
      AnnotationMirror fixed = spec.present.get(FixedArray.class);
      int length = annotations.intValue(fixed, "length");
      if (!spec.bound(fixed, "length", length, 1)
          || !spec.fits(fixed, (long) length * m.elementSize(), "@FixedArray(length = " + length + ")")) {
        return Optional.empty();
      }
      return Optional.of(withShape(m, Arity.FIXED, length, 0, false, null));
    }
    return spec.variable(m.element(), m.scalar(), m.struct(), null, VarArray.class, m.elementSize())
        .map(v -> withShape(v, Arity.VARIABLE, 1, v.max(), spec.present.containsKey(Sorted.class),
            v.partner()))
        .map(v -> v.withRef(m.refTarget(), m.refType()).withOptionalRef(m.optionalRef()));
  }

  private static Member withShape(Member m, Arity arity, int length, long max, boolean sorted,
      String partner) {
    return m.toBuilder().arity(arity).length(length).max(max).sorted(sorted).partner(partner)
        .offset(-1).id(Member.IdKind.NONE).build();
  }

  private Optional<Member> declared(Spec spec, DeclaredType type) throws Deferred {
    TypeElement te = (TypeElement) type.asElement();
    if (te.getQualifiedName().contentEquals("java.lang.String")) {
      if (spec.present.containsKey(FixedString.class)) {
        if (!spec.only(type, List.of(FixedString.class))) {
          return Optional.empty();
        }
        AnnotationMirror fixed = spec.present.get(FixedString.class);
        int length = annotations.intValue(fixed, "length");
        if (!spec.bound(fixed, "length", length, 2)) {
          return Optional.empty();
        }
        return spec.member(Member.Element.CHAR, Scalar.CHAR, Arity.FIXED)
            .map(m -> withShape(m, Arity.FIXED, length, 0, false, null));
      }
      if (spec.present.containsKey(VarString.class)) {
        if (!spec.only(type, List.of(VarString.class))) {
          return Optional.empty();
        }
        return spec.variable(Member.Element.CHAR, Scalar.CHAR, null, null, VarString.class, 1);
      }
      reporter.error(spec.element, Message.STRING_WITHOUT_BOUND, spec.where);
      return Optional.empty();
    }
    if (!type.getTypeArguments().isEmpty()) {
      reporter.error(spec.element, Message.UNSUPPORTED_FIELD_TYPE, spec.where, type);
      return Optional.empty();
    }
    if (te.getQualifiedName().contentEquals("java.nio.ByteBuffer")) {
      if (!spec.present.containsKey(VarBytes.class)) {
        reporter.error(spec.element, Message.UNSUPPORTED_FIELD_TYPE, spec.where, type);
        return Optional.empty();
      }
      if (!spec.only(type, List.of(VarBytes.class))) {
        return Optional.empty();
      }
      // a payload as a ByteBuffer is decoded as a view of the bytes read, not copied
      return spec.variable(Member.Element.BYTE, Scalar.U8, null, null, VarBytes.class, 1, true);
    }
    if (te.getKind() == ElementKind.ENUM) {
      if (!spec.only(type)) {
        return Optional.empty();
      }
      return enumModel(spec, te).map(e -> Member.field(Member.Element.ENUM, Arity.ONE, spec.javaName, spec.cName)
          .scalar(e.storage()).enumType(e).doc(spec.doc).build());
    }
    if (!spec.only(type)) {
      return Optional.empty();
    }
    return nested(spec, type).map(s -> spec.structMember(s, Arity.ONE));
  }

  /** A value struct nested in another: fixed size, no header, no cycle. */
  private Optional<StructLayout> nested(Spec spec, DeclaredType type) throws Deferred {
    TypeElement te = (TypeElement) type.asElement();
    String name = te.getSimpleName().toString();
    annotations.requireResolved(te);
    Optional<AnnotationMirror> ann = Annotations.find(te, CkptStruct.class);
    if (ann.isEmpty()) {
      reporter.error(spec.element, Message.NOT_A_STRUCT, spec.where, name, name);
      return Optional.empty();
    }
    int typeId = annotations.intValue(ann.get(), "type");
    if (typeId != CkptStruct.NESTED) {
      reporter.error(spec.element, Message.NESTED_RECORD, spec.where, name, typeId);
      return Optional.empty();
    }
    if (inProgress.contains(te)) {
      List<String> path = new ArrayList<>();
      for (var it = inProgress.descendingIterator(); it.hasNext(); ) {
        path.add(it.next().getSimpleName().toString());
      }
      path = path.subList(path.indexOf(name), path.size());
      path.add(name);
      reporter.error(spec.element, Message.RECURSIVE_NESTING, spec.where, name, String.join(" -> ", path));
      return Optional.empty();
    }
    // a value struct has no variable member (VariableInValueStruct), so it nests at a fixed size
    return analyze(te);
  }

  private Optional<EnumModel> enumModel(Spec spec, TypeElement te) throws Deferred {
    String key = te.getQualifiedName().toString();
    annotations.requireResolved(te);
    Optional<AnnotationMirror> ann = Annotations.find(te, CkptEnum.class);
    if (ann.isEmpty()) {
      reporter.error(spec.element, Message.NOT_A_CKPT_ENUM, spec.where, te.getSimpleName());
      return Optional.empty();
    }
    Optional<EnumModel> known = enums.get(key);
    if (known == null) {
      known = buildEnum(te, ann.get());
      enums.put(key, known);
    }
    return known;
  }

  private Optional<EnumModel> buildEnum(TypeElement te, AnnotationMirror ann) throws Deferred {
    annotations.requireResolved(te);
    for (Element e : te.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        annotations.requireResolved(e);
      }
    }
    String name = te.getSimpleName().toString();
    if (!accessible(te)) {
      return Optional.empty();
    }
    int bytes = annotations.intValue(ann, "bytes");
    if (bytes != 1 && bytes != 2 && bytes != 4) {
      reporter.error(te, ann, annotations.value(ann, "bytes"), Message.BAD_ENUM_BYTES, bytes, name);
      return Optional.empty();
    }
    String explicit = annotations.stringValue(ann, "cName");
    String cName = explicit.isEmpty() ? "ckpt_" + Names.snake(name) : explicit;
    if (!Names.isUsableCName(cName)) {
      reporter.error(te, ann, annotations.value(ann, "cName"), Message.BAD_C_NAME, cName);
      return Optional.empty();
    }
    if (Names.reserved(cName).isPresent()) {
      reporter.error(te, ann, annotations.value(ann, "cName"), Message.RESERVED_C_NAME, "enum " + name, cName,
          Names.reserved(cName).get());
      return Optional.empty();
    }
    boolean ok = true;
    List<EnumModel.Constant> constants = new ArrayList<>();
    Map<Long, String> byCode = new HashMap<>();
    for (Element e : te.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String constant = e.getSimpleName().toString();
      Optional<AnnotationMirror> code = Annotations.find(e, EnumCode.class);
      if (code.isEmpty()) {
        reporter.error(e, Message.MISSING_ENUM_CODE, name, constant);
        ok = false;
        continue;
      }
      // C enumerators are ints, so codes stop at INT_MAX even in 4 bytes
      long value = annotations.intValue(code.get(), "value");
      long most = bytes == 4 ? Integer.MAX_VALUE : (1L << (8 * bytes)) - 1;
      if (value < 0 || value > most) {
        reporter.error(e, code.get(), null, Message.BAD_ENUM_CODE, value, name, constant, most, bytes);
        ok = false;
        continue;
      }
      if (constant.length() > Names.MAX_NAME) {
        reporter.error(e, Message.ENUM_CONSTANT_TOO_LONG, name, constant, Names.MAX_NAME);
        ok = false;
        continue;
      }
      String constantCName = Names.upper(cName) + "_" + Names.upper(constant);
      if (!Names.isUsableCName(constantCName) || Names.isLibraryConstant(constantCName)) {
        reporter.error(e, Message.BAD_ENUM_CONSTANT, name, constant, constantCName);
        ok = false;
        continue;
      }
      String other = byCode.putIfAbsent(value, constant);
      if (other != null) {
        reporter.error(e, code.get(), null, Message.DUPLICATE_ENUM_CODE, value, name, other, name, constant);
        ok = false;
        continue;
      }
      constants.add(new EnumModel.Constant(constant, constantCName, value));
    }
    if (ok && constants.size() > MAX_CONSTANTS) {
      reporter.error(te, Message.ENUM_TOO_LARGE, name, constants.size(), MAX_CONSTANTS);
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new EnumModel(javaType(te), cName, Scalar.integer(bytes, true), List.copyOf(constants)));
  }

  /** The version of a field: 1, or that of its {@code @Since}, if its kind can have a default. */
  private Optional<Member> since(TypeElement owner, RecordComponentElement c, Member m) {
    Optional<AnnotationMirror> ann = Annotations.find(c, Since.class);
    if (ann.isEmpty()) {
      return Optional.of(m);
    }
    String where = owner.getSimpleName() + "." + c.getSimpleName();
    int version = annotations.intValue(ann.get(), "value");
    if (version < 2) {
      reporter.error(c, ann.get(), annotations.value(ann.get(), "value"), Message.BAD_BOUND,
          "@Since(value)", where, version, 2);
      return Optional.empty();
    }
    if (m.element() == Member.Element.STRUCT) {
      reporter.error(c, Message.SINCE_NOT_HERE, where,
          "a nested struct has no default for older records; add its fields one by one instead");
      return Optional.empty();
    }
    if (m.element() == Member.Element.ENUM
        && m.enumType().constants().stream().noneMatch(k -> k.code() == 0)) {
      reporter.error(c, Message.SINCE_ENUM_DEFAULT, where, m.enumType().javaType().simpleName());
      return Optional.empty();
    }
    return Optional.of(m.withSince(version));
  }

  /** Later versions only for records without a variable member, in non-decreasing order. */
  private boolean checkVersions(TypeElement owner, boolean isRecord, List<Member> fields,
      List<RecordComponentElement> sources) {
    boolean ok = true;
    boolean variable = fields.stream().anyMatch(f -> f.arity() == Arity.VARIABLE);
    Member previous = null;
    for (int i = 0; i < fields.size(); i++) {
      Member f = fields.get(i);
      String where = owner.getSimpleName() + "." + f.javaName();
      if (f.since() > 1 && !isRecord) {
        reporter.error(sources.get(i), Message.SINCE_NOT_HERE, where,
            owner.getSimpleName() + " is a value struct, and only records (with a type id) have versions");
        ok = false;
      } else if (f.since() > 1 && variable) {
        reporter.error(sources.get(i), Message.SINCE_NOT_HERE, where, owner.getSimpleName()
            + " has a variable-length member, whose elements follow the fixed fields, so it cannot grow them; put new fields in a new record");
        ok = false;
      } else if (previous != null && f.since() < previous.since()) {
        reporter.error(sources.get(i), Message.SINCE_ORDER, where, f.since(),
            owner.getSimpleName() + "." + previous.javaName(), previous.since());
        ok = false;
      }
      previous = f;
    }
    return ok;
  }

  private boolean checkVariableMembers(TypeElement owner, List<? extends RecordComponentElement> all,
      List<Member> fields, List<RecordComponentElement> sources) {
    RecordComponentElement first = null;
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).arity() != Arity.VARIABLE) {
        continue;
      }
      RecordComponentElement c = sources.get(i);
      String where = owner.getSimpleName() + "." + c.getSimpleName();
      if (first != null) {
        reporter.error(c, Message.TWO_VARIABLE_MEMBERS, owner.getSimpleName(), first.getSimpleName(),
            c.getSimpleName());
        ok = false;
      } else if (c != all.get(all.size() - 1)) {
        reporter.error(c, Message.VARIABLE_NOT_LAST, where, owner.getSimpleName(),
            all.get(all.size() - 1).getSimpleName());
        ok = false;
      }
      if (first == null) {
        first = c;
      }
    }
    return ok;
  }

  private boolean checkCNames(TypeElement owner, String structCName, boolean isRecord,
      List<Member> fields, List<RecordComponentElement> sources) {
    Map<String, String> taken = new HashMap<>();
    if (isRecord) {
      taken.put(Member.HEADER_NAME, "the record header");
    }
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      Member m = fields.get(i);
      RecordComponentElement c = sources.get(i);
      String where = owner.getSimpleName() + "." + c.getSimpleName();
      Optional<AnnotationMirror> explicit = Annotations.find(c, CName.class);
      if (!Names.isUsableCName(m.cName())) {
        reporter.error(c, explicit.orElse(null), null, Message.BAD_C_NAME, m.cName());
        ok = false;
        continue;
      }
      if (Names.isCKeyword(m.cName())) {
        reporter.error(c, explicit.orElse(null), null, Message.C_KEYWORD, where, m.cName());
        ok = false;
        continue;
      }
      if (Names.reserved(m.cName()).isPresent()) {
        reporter.error(c, explicit.orElse(null), null, Message.RESERVED_C_NAME, where, m.cName(),
            Names.reserved(m.cName()).get());
        ok = false;
        continue;
      }
      Set<String> names = new HashSet<>();
      names.add(m.cName());
      if (m.arity() == Arity.VARIABLE) {
        names.add(m.partner());
      }
      for (String n : names) {
        String what = n.equals(m.cName()) ? where : "the count of " + where;
        String other = taken.putIfAbsent(n, what);
        if (other != null) {
          reporter.error(c, Message.DUPLICATE_C_NAME, other, what, n, structCName);
          ok = false;
        }
      }
    }
    return ok;
  }

  /** A record must fit in the {@code __u32 len} that Java reads as an int. */
  private boolean checkRecordSize(StructLayout layout, List<RecordComponentElement> sources) {
    Optional<Member> v = layout.variable();
    long most = layout.size() + v.map(m -> m.max() * m.elementSize() + (m.element() == Member.Element.CHAR ? 1 : 0))
        .orElse(0L);
    if (most <= MAX_RECORD) {
      return true;
    }
    Element at = v.isPresent() ? sources.get(sources.size() - 1) : sources.get(0);
    reporter.error(at, Message.BOUND_TOO_LARGE, v.map(m -> "the bound of " + m.cName()).orElse("the size of its fixed members"),
        layout.javaType().simpleName(), most);
    return false;
  }

  /** How deep structs may nest, and how many bytes later versions may add: ImageLayout's limits. */
  static final int MAX_DEPTH = 32;
  static final int MAX_DEFAULTS = 65536;
  /** The most constants of one enum: the C reader finds a code twice by comparing it with the others. */
  static final int MAX_CONSTANTS = 1024;

  /**
   * The limits the readers of an image's tables set (docs/FORMAT.md, "Checks of the tables"), so
   * that no build writes tables that its own readers refuse.
   */
  private boolean checkTableLimits(StructLayout layout, List<RecordComponentElement> sources) {
    int depth = depth(layout, new java.util.IdentityHashMap<>());
    if (depth > MAX_DEPTH) {
      reporter.error(sources.get(0), Message.NESTING_TOO_DEEP, layout.javaType().simpleName(), depth, MAX_DEPTH);
      return false;
    }
    long later = (long) layout.size() - layout.minLength();
    if (later > MAX_DEFAULTS) {
      reporter.error(sources.get(0), Message.DEFAULTS_TOO_LARGE, layout.javaType().simpleName(), later, MAX_DEFAULTS);
      return false;
    }
    return true;
  }

  /** 1 for a struct that nests none, else 1 + the depth of the deepest struct it nests. */
  private static int depth(StructLayout layout, Map<StructLayout, Integer> known) {
    Integer depth = known.get(layout);
    if (depth == null) {
      int deepest = 0;
      for (Member m : layout.members()) {
        if (m.struct() != null) {
          deepest = Math.max(deepest, depth(m.struct(), known));
        }
      }
      depth = 1 + deepest;
      known.put(layout, depth);
    }
    return depth;
  }

  /** The package of ckptgen's own framing records, which take the reserved type ids. */
  public static final String FRAMING_PACKAGE = "org.ckptgen.image";

  static boolean isFraming(TypeElement type) {
    return javaType(type).packageName().equals(FRAMING_PACKAGE);
  }

  /** Generated code lives in the type's package, so the type and its enclosers must not be private. */
  boolean accessible(TypeElement type) {
    if (type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
        || type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
      reporter.error(type, Message.INACCESSIBLE, type.getSimpleName(), "declared inside a method");
      return false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE)) {
        reporter.error(type, Message.INACCESSIBLE, type.getSimpleName(),
            e == type ? "private" : "inside the private " + e.getSimpleName());
        return false;
      }
    }
    return true;
  }

  /** The plain name of any type element, for generators. */
  public static JavaType javaTypeOf(TypeElement type) {
    return javaType(type);
  }

  static JavaType javaType(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.add(0, e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    String pkg = e instanceof PackageElement ? ((PackageElement) e).getQualifiedName().toString() : "";
    return new JavaType(pkg, List.copyOf(names));
  }

  /** What is known of one component while it is analysed, and the checks every kind shares. */
  private final class Spec {
    final RecordComponentElement element;
    final String where;
    final String javaName;
    final String cName;
    final String doc;
    final Map<Class<?>, AnnotationMirror> present;

    Spec(RecordComponentElement element, String where, String javaName, String cName, String doc,
        Map<Class<?>, AnnotationMirror> present) {
      this.element = element;
      this.where = where;
      this.javaName = javaName;
      this.cName = cName;
      this.doc = doc;
      this.present = present;
    }

    /** True when no field annotation but {@code allowed} is present; otherwise reports the first. */
    boolean only(TypeMirror type, List<Class<?>> allowed) {
      for (Class<?> a : present.keySet()) {
        if (!allowed.contains(a)) {
          misplaced(a, type);
          return false;
        }
      }
      return true;
    }

    boolean only(TypeMirror type) {
      return only(type, List.of());
    }

    <T> Optional<T> misplaced(Class<?> annotation, TypeMirror type) {
      reporter.error(element, present.get(annotation), null, Message.MISPLACED_ANNOTATION,
          annotation.getSimpleName(), where, type, GOES_ON.get(annotation));
      return Optional.empty();
    }

    boolean bound(AnnotationMirror ann, String attribute, long value, long least) {
      if (value < least) {
        reporter.error(element, ann, annotations.value(ann, attribute), Message.BAD_BOUND,
            "@" + ann.getAnnotationType().asElement().getSimpleName() + "(" + attribute + ")",
            where, value, least);
        return false;
      }
      return true;
    }

    boolean fits(AnnotationMirror ann, long bytes, String what) {
      if (bytes > MAX_RECORD) {
        reporter.error(element, ann, null, Message.BOUND_TOO_LARGE, what, where, bytes);
        return false;
      }
      return true;
    }

    Optional<Member> member(Member.Element kind, Scalar scalar, Arity arity) {
      return Optional.of(Member.field(kind, arity, javaName, cName).scalar(scalar).doc(doc).build());
    }

    Member structMember(StructLayout struct, Arity arity) {
      return Member.field(Member.Element.STRUCT, arity, javaName, cName).struct(struct).doc(doc).build();
    }

    /** The trailing variable member, bounded by the {@code max} of {@code shape}. */
    Optional<Member> variable(Member.Element kind, Scalar scalar, StructLayout struct,
        EnumModel enumType, Class<?> shape, int elementSize) {
      return variable(kind, scalar, struct, enumType, shape, elementSize, false);
    }

    Optional<Member> variable(Member.Element kind, Scalar scalar, StructLayout struct,
        EnumModel enumType, Class<?> shape, int elementSize, boolean view) {
      AnnotationMirror ann = present.get(shape);
      int max = annotations.intValue(ann, "max");
      if (!bound(ann, "max", max, 1)) {
        return Optional.empty();
      }
      return Optional.of(Member.field(kind, Arity.VARIABLE, javaName, cName).scalar(scalar).struct(struct)
          .enumType(enumType).max(max).view(view).partner(Member.countName(kind, cName)).doc(doc).build());
    }
  }
}
