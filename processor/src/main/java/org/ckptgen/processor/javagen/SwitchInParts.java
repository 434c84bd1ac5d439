package org.ckptgen.processor.javagen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A switch over every record type, for schemas of any size: up to {@link SchemaWriter#CHUNK}
 * cases it is one switch; past that, the cases sorted by type go into private methods of
 * {@code CHUNK} cases each, and the method picks one by comparing the type with the first of each,
 * since one method of the JVM holds at most 64 KiB of code. Past {@link SchemaWriter#CODEC_CHUNK}
 * cases those methods go into nested classes of {@code CODEC_CHUNK} cases each, since a class
 * file holds at most 65,535 constants and each case costs its class about six (a method
 * reference, its name and type, the record's class).
 */
final class SwitchInParts {
  private SwitchInParts() {}

  /** {@code case key -> arm}: {@code arm} an expression (a statement without its semicolon). */
  record Case(int key, CodeBlock arm) {}

  /**
   * The body of a method that switches on {@code selector} over {@code cases}; with
   * {@code returns}, it returns the arm's value. A selector of no case is a bug of the generator:
   * an AssertionError. Parts, when there are any, are added to {@code type}: made by
   * {@code signature} from a name, with the same parameters as the method the body is for, and
   * called with {@code arguments}.
   */
  static CodeBlock body(TypeSpec.Builder type, String partName, Function<String, MethodSpec.Builder> signature,
      String arguments, String selector, List<Case> cases, boolean returns) {
    int chunk = SchemaWriter.CHUNK;
    if (cases.size() <= chunk) {
      return switchOf(selector, cases, returns);
    }
    List<Case> sorted = cases.stream().sorted(Comparator.comparingInt(Case::key)).toList();
    CodeBlock.Builder body = CodeBlock.builder();
    int parts = (sorted.size() + chunk - 1) / chunk;
    boolean nested = cases.size() > SchemaWriter.CODEC_CHUNK;
    int perClass = SchemaWriter.CODEC_CHUNK / chunk;
    List<TypeSpec.Builder> holders = new ArrayList<>();
    for (int c = 0; c < parts; c++) {
      List<Case> part = sorted.subList(c * chunk, Math.min(sorted.size(), (c + 1) * chunk));
      MethodSpec.Builder method = signature.apply(partName + c).addCode(switchOf(selector, part, returns));
      String holder = "";
      if (nested) {
        // private static final class Visit0 { static void visit0(...) { switch ... } ... }
        String holderName = Character.toUpperCase(partName.charAt(0)) + partName.substring(1) + (c / perClass);
        if (c % perClass == 0) {
          holders.add(TypeSpec.classBuilder(holderName)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
        }
        // private: the outer class and its nested ones are nestmates (JDK 11), no accessor needed
        holders.get(holders.size() - 1).addMethod(method.build());
        holder = holderName + ".";
      } else {
        type.addMethod(method.build());
      }
      String call = (returns ? "return " : "") + holder + partName + c + "(" + arguments + ");\n";
      if (c == 0) {
        body.beginControlFlow("if ($L < $L)", selector, hex(sorted.get(chunk).key())).add(call);
      } else if (c < parts - 1) {
        body.nextControlFlow("else if ($L < $L)", selector, hex(sorted.get((c + 1) * chunk).key())).add(call);
      } else {
        body.nextControlFlow("else").add(call).endControlFlow();
      }
    }
    holders.forEach(h -> type.addType(h.build()));
    return body.build();
  }

  private static CodeBlock switchOf(String selector, List<Case> cases, boolean returns) {
    if (cases.isEmpty()) {
      // a switch expression needs one arm that gives a value
      return CodeBlock.builder().addStatement("throw new $T($L)", AssertionError.class, selector).build();
    }
    CodeBlock.Builder b = CodeBlock.builder().add(returns ? "return switch ($L) {\n" : "switch ($L) {\n", selector)
        .indent();
    for (Case c : cases) {
      b.add("case $L -> $L;\n", hex(c.key()), c.arm());
    }
    return b.add("default -> throw new $T($L);\n", AssertionError.class, selector).unindent()
        .add(returns ? "};\n" : "}\n").build();
  }

  private static String hex(int key) {
    return String.format("0x%04x", key);
  }
}
