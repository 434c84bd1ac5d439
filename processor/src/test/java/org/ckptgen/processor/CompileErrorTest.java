package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.ckptgen.processor.Sources.compile;
import static org.ckptgen.processor.Sources.source;

import com.google.testing.compile.Compilation;
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
        "[ckptgen/UnsignedWidth] @U32 goes on a int, but Bad.uid is a long; use @U64 for a long", "long uid");
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
  }

  @Test
  void badBounds() {
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarArray(max = 0) int[] ids) {}",
        "[ckptgen/BadBound] @VarArray(max) of Bad.ids is 0; it must be at least 1", "int[] ids");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @FixedString(length = 1) String s) {}",
        "[ckptgen/BadBound] @FixedString(length) of Bad.s is 1; it must be at least 2", "String s");
    fails("@CkptStruct(type = 0x100) record Bad(\n  @VarBytes(max = 2147483647) byte[] data) {}",
        "[ckptgen/BoundTooLarge]", "byte[] data");
  }

  @Test
  void privateStructs() {
    fails("class Outer {\n  @CkptStruct(type = 0x100) private record Bad(int a) {} }",
        "[ckptgen/Inaccessible] Bad is private", "private record Bad");
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
}
