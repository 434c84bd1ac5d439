package org.ckptgen.processor.javagen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * A switch over every record type, for schemas of any size: up to {@link SchemaWriter#CHUNK}
 * cases it is one switch statement; past that, private methods of {@code CHUNK} cases each answer
 * whether they had the case, since one method of the JVM holds at most 64 KiB of code.
 */
final class SwitchInParts {
  private SwitchInParts() {}

  /**
   * The body of a method that switches on {@code selector} over {@code cases} (each
   * {@code case X -> statement;}, not returning) and runs {@code otherwise} when none matches.
   * Parts, when there are any, are added to {@code type}: made by {@code signature} from a name,
   * with the same parameters as the method the body is for, and called with {@code arguments}.
   */
  static CodeBlock body(TypeSpec.Builder type, String partName, Function<String, MethodSpec.Builder> signature,
      String arguments, String selector, List<CodeBlock> cases, CodeBlock otherwise) {
    int chunk = SchemaWriter.CHUNK;
    CodeBlock.Builder body = CodeBlock.builder();
    if (cases.size() <= chunk) {
      body.add("switch ($L) {\n", selector).indent();
      cases.forEach(body::add);
      body.add("default -> {\n").indent().add(otherwise).unindent().add("}\n").unindent().add("}\n");
      return body.build();
    }
    body.add("if (");
    for (int c = 0; c * chunk < cases.size(); c++) {
      CodeBlock.Builder part = CodeBlock.builder().add("switch ($L) {\n", selector).indent();
      cases.subList(c * chunk, Math.min(cases.size(), (c + 1) * chunk)).forEach(part::add);
      part.add("default -> {\n").indent().addStatement("return false").unindent().add("}\n").unindent().add("}\n");
      type.addMethod(signature.apply(partName + c).addModifiers(Modifier.PRIVATE).returns(TypeName.BOOLEAN)
          .addCode(part.build()).addStatement("return true").build());
      body.add(c == 0 ? "!$L$L($L)" : "\n    && !$L$L($L)", partName, c, arguments);
    }
    body.add(") {\n").indent().add(otherwise).unindent().add("}\n");
    return body.build();
  }
}
