package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.ckptgen.processor.Sources.compile;
import static org.ckptgen.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each bad struct is a compile error with a stable tag, on the element at fault: the test
 * checks the message, the file and the line.
 */
class CompileErrorTest {

  /** Compiles one file and checks that it fails with {@code message} on the line containing {@code line}. */
  private static void fails(String body, String message, String line) {
    JavaFileObject file = source("Bad", body);
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(line);
    Sources.assertArticlesFit(c);
  }

  @Test
  void unsupportedFieldType() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  double ratio) {}",
        "[ckptgen/UnsupportedFieldType] Bad.ratio has type double", "double ratio");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  java.util.List<Integer> ids) {}",
        "[ckptgen/UnsupportedFieldType] Bad.ids has type java.util.List<java.lang.Integer>", "List<Integer> ids");
  }

  @Test
  void arrayWithoutBound() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @U32 int[] groups) {}",
        "[ckptgen/ArrayWithoutBound] array Bad.groups has no bound; add @FixedArray(length = N) or @VarArray(max = N)",
        "int[] groups");
  }

  @Test
  void stringWithoutBound() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  String label) {}",
        "[ckptgen/StringWithoutBound] String Bad.label has no bound", "String label");
  }

  @Test
  void duplicateTypeIdNamesBothStructs() {
    JavaFileObject first = source("Cred", "@CkptStruct(type = 0x0101) record Cred(int uid) {}");
    JavaFileObject second = source("Creds2", "@CkptStruct(type = 0x0101)\nrecord Creds2(int uid) {}");
    Compilation c = compile(first, second);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(
            "[ckptgen/DuplicateTypeId] type 0x101 is used by Cred and by Creds2; type ids must be unique")
        .inFile(second).onLineContaining("@CkptStruct(type = 0x0101)");
  }

  @Test
  void reservedTypeId() {
    fails("@CkptStruct(type = 0x10)\nrecord Bad(int a) {}",
        "[ckptgen/ReservedTypeId] type 0x10 of Bad is reserved for ckptgen's image framing", "type = 0x10");
  }

  @Test
  void cKeyword() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  int register) {}",
        "[ckptgen/CKeyword] the C name of Bad.register, `register`, is a C keyword", "int register");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @CName(\"union\") int u) {}",
        "[ckptgen/CKeyword] the C name of Bad.u, `union`, is a C keyword", "int u)");
    // legal Java names that C takes and C++ does not: the header compiles as C++ too
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  int template) {}",
        "[ckptgen/ReservedCName] the C name of Bad.template, `template`, is a C++ keyword", "int template");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  int coAwait) {}",
        "[ckptgen/ReservedCName] the C name of Bad.coAwait, `co_await`, is a C++ keyword", "int coAwait");
  }

  /** Names the header cannot hold in some dialect: C++ keywords, predefined and library macros, capitals. */
  @Test
  void reservedCNames() {
    for (String name : new String[] {"template", "typename", "unix", "linux", "i386", "offsetof", "errno"}) {
      fails("@CkptStruct(type = 0x100) record Bad(int a,\n  int " + name + ") {}",
          "[ckptgen/ReservedCName] the C name of Bad." + name + ", `" + name + "`, is a", "int " + name);
    }
    for (String name : new String[] {"class", "new", "operator", "and"}) {  // Java keywords: by @CName
      fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @CName(\"" + name + "\") int k) {}",
          "[ckptgen/ReservedCName] the C name of Bad.k, `" + name + "`, is a C++ keyword", "int k)");
    }
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  int unix) {}",
        "in their default GNU dialects `unix` expands to 1); rename it or give it another C name with @CName", "int unix");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @CName(\"PATH_MAX\") int p) {}",
        "[ckptgen/ReservedCName] the C name of Bad.p, `PATH_MAX`, is in capitals", "int p)");
    fails("@CkptStruct(cName = \"linux\")\nrecord Bad(int a) {}",
        "[ckptgen/ReservedCName] the C name of struct Bad, `linux`, is a macro", "cName = \"linux\"");
    fails("@CkptEnum(cName = \"not\")\nenum Kind { @EnumCode(1) A }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/ReservedCName] the C name of enum Kind, `not`, is a C++ keyword", "cName = \"not\"");
  }

  @Test
  void badEnumConstant() {
    fails("@CkptEnum enum Kind { @EnumCode(1) A, \n  @EnumCode(2) CAFÉ }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/BadEnumConstant] Kind.CAFÉ becomes the C constant `CKPT_KIND_CAFÉ`", "CAFÉ");
    fails("@CkptEnum(cName = \"int32\") enum Kind {\n  @EnumCode(1) MAX }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/BadEnumConstant] Kind.MAX becomes the C constant `INT32_MAX`", "MAX }");
  }

  /** The C reader declares functions named after structs and members; they must not collide. */
  @Test
  void readerFunctionsMustBeUnique() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @VarArray(max = 4) int[] load) {}",
        "[ckptgen/DuplicateCIdentifier] `ckpt_hdr_bad_load` names both the C reader's functions for struct Bad and"
            + " the C reader's accessor of Bad.load", "record Bad");
    fails("@CkptStruct(type = 0x100, cName = \"ckpt\")\nrecord Bad(int a, @VarArray(max = 4) int[] open) {}",
        "[ckptgen/DuplicateCIdentifier] `ckpt_open` names both ckptgen's own C code and the C reader's accessor of Bad.open",
        "record Bad");
    fails("@CkptStruct(type = 0x100, cName = \"ckpt_reader\")\nrecord Bad(int a) {}",
        "[ckptgen/DuplicateCIdentifier] `ckpt_reader` names both ckptgen's own C code and struct Bad", "record Bad");
  }

  @Test
  void twoFieldsWithOneCName() {
    fails("@CkptStruct(type = 0x100) record Bad(int userNs,\n  int user_ns) {}",
        "[ckptgen/DuplicateCName] Bad.userNs and Bad.user_ns both have the C name `user_ns` in struct ckpt_hdr_bad",
        "int user_ns");
    fails("@CkptStruct(type = 0x100) record Bad(int ngroups,\n  @VarArray(max = 4) int[] groups) {}",
        "[ckptgen/DuplicateCName] Bad.ngroups and the count of Bad.groups both have the C name `ngroups`",
        "int[] groups");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  int h) {}",
        "[ckptgen/DuplicateCName] the record header and Bad.h both have the C name `h`", "int h");
  }

  @Test
  void nestedTypeThatIsNotAStruct() {
    fails("record Plain(int x) {}\n@CkptStruct(type = 0x100) record Bad(int a,\n  Plain p) {}",
        "[ckptgen/NotAStruct] Bad.p has type Plain, which is not a @CkptStruct", "Plain p");
  }

  @Test
  void nestingARecord() {
    fails("@CkptStruct(type = 0x101) record Inner(int x) {}\n@CkptStruct(type = 0x100) record Bad(int a,\n  Inner in) {}",
        "[ckptgen/NestedRecord] Bad.in nests Inner, which is a record (type 0x101)", "Inner in");
  }

  @Test
  void recursiveNesting() {
    fails("@CkptStruct(type = 0x100) record Bad(int a, A x) {}\n"
            + "@CkptStruct record A(int a,\n  B b) {}\n"
            + "@CkptStruct record B(int b,\n  A back) {}",
        "[ckptgen/RecursiveNesting]", "A back");
    fails("@CkptStruct record Bad(int a,\n  Bad self) {}",
        "[ckptgen/RecursiveNesting] Bad.self nests Bad, which leads back to itself (Bad -> Bad)", "Bad self");
  }

  @Test
  void variableMemberNotLast() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarArray(max = 8) int[] groups,\n  int after) {}",
        "[ckptgen/VariableNotLast] Bad.groups is variable-length, so it must be the last component of Bad; move it after after",
        "int[] groups");
  }

  @Test
  void twoVariableMembers() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarString(max = 8) String label,\n  @VarBytes(max = 8) byte[] data) {}",
        "[ckptgen/TwoVariableMembers] Bad has two variable-length members, label and data", "byte[] data");
  }

  @Test
  void variableMemberInAValueStruct() {
    fails("@CkptStruct record Bad(int a,\n  @VarArray(max = 8) int[] more) {}",
        "[ckptgen/VariableInValueStruct] Bad has the variable-length member more", "int[] more");
  }

  @Test
  void objRefToAStructThatIsNotShared() {
    fails("@CkptStruct(type = 0x101) record Target(int x) {}\n@CkptStruct(type = 0x100) record Bad(\n  @ObjRef(Target.class) int ref) {}",
        "[ckptgen/ObjRefTargetNotShared] Bad.ref refers to Target, which is not a shared struct", "int ref");
  }

  @Test
  void unsignedOfTheWrongWidth() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @U32 long uid) {}",
        "[ckptgen/UnsignedWidth] @U32 goes on an int or int[], but Bad.uid has type long; use @U64 for a long or long[]",
        "long uid");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @U8 @VarArray(max = 4) int[] ids) {}",
        "[ckptgen/UnsignedWidth] @U8 goes on a byte or byte[], but Bad.ids has type int[]; use @U32 for an int or int[]",
        "int[] ids");
  }

  @Test
  void sortedOnAFixedArray() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @FixedArray(length = 4) @Sorted int[] ids) {}",
        "[ckptgen/SortedNeedsIntegerVarArray] @Sorted applies to a @VarArray of integers; Bad.ids is not one", "int[] ids");
  }

  @Test
  void misplacedAnnotation() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarArray(max = 3) int plain) {}",
        "[ckptgen/MisplacedAnnotation] @VarArray does not apply to Bad.plain (int)", "int plain");
  }

  @Test
  void enumsNeedStableCodes() {
    fails("@CkptEnum enum Kind {\n  @EnumCode(1) A,\n  B }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/MissingEnumCode] enum constant Kind.B has no @EnumCode", "B }");
    fails("@CkptEnum enum Kind {\n  @EnumCode(1) A,\n  @EnumCode(1) B }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/DuplicateEnumCode] code 1 is used by Kind.A and Kind.B", "@EnumCode(1) B");
    fails("@CkptEnum(bytes = 1) enum Kind {\n  @EnumCode(300) A }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/BadEnumCode] code 300 of Kind.A is out of range: codes are 0 to 255", "@EnumCode(300) A");
    fails("enum Kind { A }\n@CkptStruct(type = 0x100) record Bad(\n  Kind k) {}",
        "[ckptgen/NotACkptEnum] Bad.k has the enum type Kind, which has no @CkptEnum", "Kind k");
  }

  @Test
  void structMustBeARecord() {
    fails("@CkptStruct(type = 0x100)\nfinal class Bad { int a; }",
        "[ckptgen/NotARecord] @CkptStruct goes on a record; Bad is a class", "final class Bad");
    fails("@CkptStruct(type = 0x100)\ninterface Bad {}",
        "[ckptgen/NotARecord] @CkptStruct goes on a record; Bad is an interface. Declare it as `record Bad(...)`",
        "interface Bad");
    fails("@CkptStruct(type = 0x100)\nenum Bad { A }",
        "[ckptgen/NotARecord] @CkptStruct goes on a record; Bad is an enum", "enum Bad");
    fails("@CkptStruct(type = 0x100)\n@interface Bad {}",
        "[ckptgen/NotARecord] @CkptStruct goes on a record; Bad is an annotation type", "@interface Bad");
  }

  @Test
  void badBounds() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarArray(max = 0) int[] ids) {}",
        "[ckptgen/BadBound] @VarArray(max) of Bad.ids is 0; it must be at least 1", "int[] ids");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @FixedString(length = 1) String s) {}",
        "[ckptgen/BadBound] @FixedString(length) of Bad.s is 1; it must be at least 2", "String s");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarBytes(max = 2147483647) byte[] data) {}",
        "[ckptgen/BoundTooLarge] the bound of data makes Bad up to 2147483663 bytes; a record holds at most 2147483647"
            + " bytes. Lower the bound", "byte[] data");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @FixedArray(length = 300000000) long[] big) {}",
        "[ckptgen/BoundTooLarge] @FixedArray(length = 300000000) makes Bad.big up to 2400000000 bytes", "long[] big");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @FixedArray(length = 150000000) long[] a,"
            + " @FixedArray(length = 150000000) long[] b) {}",
        "[ckptgen/StructTooLarge] the fixed members of Bad take 2400000008 bytes; a struct's fixed part is at most"
            + " 1048576 (1 MiB)", "long[] a");
    // the fixed part is at most 1 MiB, header and count included: one long past it fails, a struct at it compiles
    fails("@CkptStruct(type = 0x100) record Bad(\n  @FixedArray(length = 131072) long[] a) {}",
        "[ckptgen/StructTooLarge] the fixed members of Bad take 1048584 bytes", "long[] a");
    assertThat(compile(source("Big", "@CkptStruct(type = 0x100) record Big(@FixedArray(length = 131070) long[] a,"
        + " @VarBytes(max = 1 << 30) byte[] data) {}"))).succeeded();
    // nested value structs count with the record that holds them
    fails("@CkptStruct record Half(@FixedArray(length = 65536) long[] a) {}\n"
            + "@CkptStruct(type = 0x100) record Bad(Half x, Half y) {}",
        "[ckptgen/StructTooLarge] the fixed members of Bad take 1048584 bytes", "Half x");
  }

  @Test
  void privateStructs() {
    fails("class Outer {\n  @CkptStruct(type = 0x100) private record Bad(int a) {} }",
        "[ckptgen/Inaccessible] Bad is private", "private record Bad");
    fails("class Outer {\n  private static class Inner {\n    @CkptStruct(type = 0x100) record Bad(int a) {} } }",
        "[ckptgen/Inaccessible] Bad is inside the private Inner, so the code generated beside it cannot use it", "record Bad");
  }

  /** Each place that refuses a type: plain, array of a non-record, payload without its annotation, generic. */
  @Test
  void unsupportedFieldTypesOfEveryShape() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @FixedArray(length = 2) boolean[] flags) {}",
        "[ckptgen/UnsupportedFieldType] Bad.flags has type boolean[]", "boolean[] flags");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @FixedArray(length = 2) String[] names) {}",
        "[ckptgen/UnsupportedFieldType] Bad.names has type java.lang.String[]", "String[] names");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  java.nio.ByteBuffer data) {}",
        "[ckptgen/UnsupportedFieldType] Bad.data has type java.nio.ByteBuffer", "ByteBuffer data");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  java.util.Optional<String> name) {}",
        "[ckptgen/UnsupportedFieldType] Bad.name has type java.util.Optional<java.lang.String>", "Optional<String> name");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  char c) {}",
        "[ckptgen/UnsupportedFieldType] Bad.c has type char, which a checkpoint struct cannot store", "char c");
  }

  @Test
  void badImageName() {
    fails("@CheckpointImage(name = \"Bad-Name\")\ninterface Bad {}",
        "[ckptgen/BadImageName] image name \"Bad-Name\" must be lower case letters", "Bad-Name");
  }

  @Test
  void cIdentifiersMustBeUniqueAcrossStructs() {
    fails("@CkptStruct(type = 0x100, cName = \"ckpt_hdr_x\") record A(int a) {}\n"
            + "@CkptStruct(type = 0x101, cName = \"ckpt_hdr_x\")\nrecord Bad(int b) {}",
        "[ckptgen/DuplicateCIdentifier] `ckpt_hdr_x` names both struct A and struct Bad", "record Bad");
  }

  @Test
  void laterVersionsMustBeWhereOldReadersCanSkipThem() {
    fails("@CkptStruct(type = 0x100) record Bad(@Since(2) int b,\n  int a) {}",
        "[ckptgen/SinceOrder] Bad.a is from version 1 but follows Bad.b from version 2", "int a)");
    fails("@CkptStruct record Bad(int a,\n  @Since(2) int b) {}",
        "[ckptgen/SinceNotHere] Bad.b has @Since, but Bad is a value struct", "int b");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @Since(2) int b, @VarArray(max = 2) int[] c) {}",
        "[ckptgen/SinceNotHere] Bad.b has @Since, but Bad has a variable-length member", "int b");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @Since(1) int b) {}",
        "[ckptgen/BadBound] @Since(value) of Bad.b is 1; it must be at least 2", "int b");
    fails("@CkptEnum enum Kind { @EnumCode(1) A }\n@CkptStruct(type = 0x100) record Bad(int a,\n  @Since(2) Kind k) {}",
        "[ckptgen/SinceEnumDefault] Bad.k is a later field of enum type Kind", "Kind k");
    fails("@CkptStruct record P(int x) {}\n@CkptStruct(type = 0x100) record Bad(int a,\n  @Since(2) P p) {}",
        "[ckptgen/SinceNotHere] Bad.p has @Since, but a nested struct has no default", "P p");
  }

  /** The limits of docs/FORMAT.md, "Checks of the tables": a build never writes tables its readers refuse. */
  @Test
  void structsStayWithinTheLimitsOfTheTables() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @Since(2) @FixedArray(length = 65537) byte[] b) {}",
        "[ckptgen/DefaultsTooLarge] the fields of Bad after version 1 span 65544 bytes; a reader fills at most 65536"
            + " with defaults. Put them in a new record", "int a");
    StringBuilder nested = new StringBuilder("@CkptStruct record S0(int x) {}\n");
    for (int k = 1; k < 32; k++) {
      nested.append("@CkptStruct record S").append(k).append("(S").append(k - 1).append(" s) {}\n");
    }
    nested.append("@CkptStruct(type = 0x100) record Bad(\n  S31 s) {}");
    StringBuilder big = new StringBuilder("@CkptEnum(bytes = 2) enum Big {");
    for (int k = 0; k < 1025; k++) {
      big.append(k > 0 ? ", " : " ").append("@EnumCode(").append(k).append(") C").append(k);
    }
    big.append(" }\n@CkptStruct(type = 0x100) record Bad(\n  Big b) {}");
    fails(big.toString(), "[ckptgen/EnumTooLarge] Big has 1025 constants; readers of an image's tables allow at most"
        + " 1024 per enum", "enum Big");
    fails(nested.toString(), "[ckptgen/NestingTooDeep] Bad nests structs 33 deep; readers of an image's tables allow"
        + " at most 32", "S31 s");
  }

  @Test
  void genericStruct() {
    fails("@CkptStruct(type = 0x100)\nrecord Bad<T>(int a) {}",
        "[ckptgen/GenericStruct] Bad has type parameters; a checkpoint struct has one fixed layout, so it cannot be generic",
        "record Bad<T>");
  }

  @Test
  void emptyValueStruct() {
    fails("@CkptStruct\nrecord Bad() {}",
        "[ckptgen/EmptyStruct] Bad has no components; a value struct needs at least one field", "record Bad()");
  }

  @Test
  void sharedWithoutType() {
    fails("@CkptStruct(\n  shared = true)\nrecord Bad(int a) {}",
        "[ckptgen/SharedWithoutType] Bad is shared, so it is written as a record of its own and needs a type id",
        "shared = true");
  }

  @Test
  void conflictingAnnotations() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @Uid @Gid int id) {}",
        "[ckptgen/ConflictingAnnotations] Bad.id has both @Uid and @Gid; keep one", "int id");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @FixedArray(length = 2) @VarArray(max = 2) int[] ids) {}",
        "[ckptgen/ConflictingAnnotations] Bad.ids has both @FixedArray and @VarArray; keep one", "int[] ids");
  }

  @Test
  void idNotInt32() {
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @Uid long id) {}",
        "[ckptgen/IdNotInt32] @Uid goes on an int or int[] (a 32-bit id, like uid_t and gid_t); Bad.id has type long",
        "long id");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @Gid @FixedArray(length = 2) short[] ids) {}",
        "[ckptgen/IdNotInt32] @Gid goes on an int or int[] (a 32-bit id, like uid_t and gid_t); Bad.ids has type short[]",
        "short[] ids");
  }

  @Test
  void objRefNotInt() {
    String target = "@CkptStruct(type = 0x101, shared = true) record Target(int x) {}\n";
    fails(target + "@CkptStruct(type = 0x100) record Bad(int a,\n  @ObjRef(Target.class) long ref) {}",
        "[ckptgen/ObjRefNotInt] @ObjRef goes on an int or int[] (each stored as __s32); Bad.ref has type long", "long ref");
    fails(target + "@CkptStruct(type = 0x100) record Bad(int a,\n  @ObjRef(Target.class) @FixedArray(length = 2) long[] refs) {}",
        "[ckptgen/ObjRefNotInt] @ObjRef goes on an int or int[] (each stored as __s32); Bad.refs has type long[]",
        "long[] refs");
  }

  @Test
  void enumConstantTooLong() {
    String constant = "A".repeat(48);
    fails("@CkptEnum enum Kind { @EnumCode(1) A,\n  @EnumCode(2) " + constant + " }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/EnumConstantTooLong] Kind." + constant + " is longer than 47 characters, the most the image's enum table holds",
        "@EnumCode(2) " + constant);
  }

  @Test
  void badCName() {
    fails("@CkptStruct(type = 0x100,\n  cName = \"9lives\")\nrecord Bad(int a) {}",
        "[ckptgen/BadCName] `9lives` is not usable as a C name: it must match [A-Za-z_][A-Za-z0-9_]*", "cName = \"9lives\"");
    fails("@CkptStruct(type = 0x100) record Bad(int a,\n  @CName(\"__mine\") int b) {}",
        "[ckptgen/BadCName] `__mine` is not usable as a C name", "int b");
    fails("@CkptEnum(\n  cName = \"a-b\") enum Kind { @EnumCode(1) A }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/BadCName] `a-b` is not usable as a C name", "cName = \"a-b\"");
    fails("@CkptStruct(type = 0x100,\n  cName = \"ckpt_" + "x".repeat(43) + "\")\nrecord Bad(int a) {}",
        "[ckptgen/BadCName] `ckpt_" + "x".repeat(43) + "` is not usable as a C name", "cName = ");
  }

  @Test
  void badEnumBytes() {
    fails("@CkptEnum(\n  bytes = 3) enum Kind { @EnumCode(1) A }\n@CkptStruct(type = 0x100) record Bad(Kind k) {}",
        "[ckptgen/BadEnumBytes] @CkptEnum(bytes = 3) on Kind: bytes must be 1, 2 or 4", "bytes = 3");
  }

  @Test
  void duplicateImageName() {
    JavaFileObject first = source("First", "@CheckpointImage(name = \"pod\") interface First {}");
    JavaFileObject second = source("Second", "@CheckpointImage(name = \"pod\")\ninterface Second {}");
    Compilation c = compile(first, second);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/DuplicateImageName] image name \"pod\" is used by First and by Second;"
        + " it names the generated files, so it must be unique").inFile(second).onLineContaining("@CheckpointImage");
  }

  /** javac reports the missing type; ckptgen says why it generated nothing, on the member, once it is sure. */
  @Test
  void unresolvedType() {
    JavaFileObject file = source("Bad", "@CkptStruct(type = 0x100) record Bad(int a,\n  Missing gone) {}");
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("Missing gone");
    assertThat(c).hadErrorContaining("[ckptgen/UnresolvedType] the type of Bad.gone could not be resolved;"
        + " fix the compile errors above first").inFile(file).onLineContaining("Missing gone");
  }

  /** A user type with the name of a generated one: javac's Filer refuses to write the codec. */
  @Test
  void outputFailedForAClashingName() {
    JavaFileObject struct = source("Bad", "@CkptStruct(type = 0x100)\nrecord Bad(int a) {}");
    JavaFileObject clash = source("BadCodec", "final class BadCodec {}");
    Compilation c = compile(struct, clash);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/OutputFailed] could not write test.BadCodec: ").inFile(struct)
        .onLineContaining("record Bad");
  }

  /** A directory for the C headers that cannot be created: reported on the image root once javac is done. */
  @Test
  void outputFailedForTheCOutputDir() throws java.io.IOException {
    java.nio.file.Path notADirectory = java.nio.file.Files.createTempFile("ckptgen", ".file");
    try {
      JavaFileObject file = source("Root", "@CkptStruct(type = 0x100) record Rec(int a) {}\n"
          + "@CheckpointImage(name = \"pod\")\ninterface Root {}");
      Compilation c = compile(List.of("-A" + CkptProcessor.C_OUTPUT_DIR + "=" + notADirectory.resolve("include")), file);
      assertThat(c).failed();
      assertThat(c).hadErrorContaining("[ckptgen/OutputFailed] could not write " + notADirectory.resolve("include")
          .resolve("pod_ckpt_hdr.h") + ": " + notADirectory + " is not a writable directory").inFile(file)
          .onLineContaining("interface Root");
    } finally {
      java.nio.file.Files.delete(notADirectory);
    }
  }

  /**
   * A bug of ckptgen's (here a Filer that throws what no Filer should) is one compile error with
   * the tag and the cause, not a javac crash. It concerns the build, not an element, so it has no
   * file and line.
   */
  @Test
  void internalError() {
    JavaFileObject file = source("Bad", "@CkptStruct(type = 0x100)\nrecord Bad(int a) {}");
    Compilation c = com.google.testing.compile.Compiler.javac().withProcessors(new BrokenFiler(new CkptProcessor()))
        .compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/InternalError] ckptgen failed on this build: "
        + "java.lang.IllegalStateException: a broken Filer. This is a bug in ckptgen; please report it");
    assertThat(c).hadErrorCount(1);
  }

  /** Runs a processor with a Filer that throws on every source file it is asked to create. */
  private static final class BrokenFiler extends javax.annotation.processing.AbstractProcessor {
    private final javax.annotation.processing.Processor inner;

    BrokenFiler(javax.annotation.processing.Processor inner) {
      this.inner = inner;
    }

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
      super.init(env);
      javax.annotation.processing.Filer filer = (javax.annotation.processing.Filer) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.Filer.class}, (proxy, method, args) -> {
            if (method.getName().equals("createSourceFile")) {
              throw new IllegalStateException("a broken Filer");
            }
            return method.invoke(env.getFiler(), args);
          });
      inner.init((javax.annotation.processing.ProcessingEnvironment) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.ProcessingEnvironment.class},
          (proxy, method, args) -> method.getName().equals("getFiler") ? filer : method.invoke(env, args)));
    }

    @Override
    public java.util.Set<String> getSupportedAnnotationTypes() {
      return inner.getSupportedAnnotationTypes();
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return inner.getSupportedSourceVersion();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      return inner.process(annotations, round);
    }
  }
}
